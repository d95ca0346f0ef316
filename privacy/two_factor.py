"""Optional TOTP second factor for the admin (django-otp), required of everyone who can see supporters' data
when ADMIN_REQUIRE_2FA is on.

A user who set up an authenticator app is always asked for its code after signing in; with
ADMIN_REQUIRE_2FA=true, staff holding "Can view supporters' personal data" (superusers included) must set one up
before any other admin page opens. Codes are checked by django-otp's TOTP device.
"""

import base64

from django import forms
from django.conf import settings
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from privacy.policies import can_view_supporter_data

EXEMPT_URL_NAMES = {"wagtailadmin_login", "wagtailadmin_logout", "privacy_two_factor"}


def confirmed_device(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def needs_second_factor(user):
    if not user.is_authenticated or user.is_verified():
        return False
    if getattr(settings, "ADMIN_REQUIRE_2FA", False) and can_view_supporter_data(user):
        return True
    return confirmed_device(user) is not None


class SecondFactorMiddleware:
    """Sends a signed-in admin user who still owes a code to the two-factor page (after OTPMiddleware)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.path_info.startswith(settings.SITE_CSP_ADMIN_PREFIXES):
            return None
        match = request.resolver_match
        if match is not None and match.url_name in EXEMPT_URL_NAMES:
            return None
        if needs_second_factor(request.user):
            return redirect(reverse("privacy_two_factor") + "?next=" + request.get_full_path())
        return None


class TokenForm(forms.Form):
    token = forms.CharField(
        label=_("6-digit code from your authenticator app"),
        max_length=8,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )


def _safe_next(request):
    target = request.POST.get("next") or request.GET.get("next") or ""
    return target if target.startswith("/admin/") and not target.startswith("//") else reverse("wagtailadmin_home")


def two_factor(request):
    """Set up an authenticator app (first time) or enter its current code (every sign-in)."""
    device = confirmed_device(request.user)
    setting_up = device is None
    if setting_up:
        device, _created = TOTPDevice.objects.get_or_create(
            user=request.user, confirmed=False, defaults={"name": "Authenticator app"}
        )
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["token"].strip()):
            if setting_up:
                device.confirmed = True
                device.save(update_fields=["confirmed"])
            otp_login(request, device)
            return redirect(_safe_next(request))
        form.add_error("token", _("That code is not right (or has expired). Try the newest one."))
    context = {"form": form, "setting_up": setting_up, "next": _safe_next(request)}
    if setting_up:
        context.update(secret=base64.b32encode(device.bin_key).decode(), config_url=device.config_url)
    return TemplateResponse(request, "privacy/two_factor.html", context, status=400 if form.errors else 200)
