"""Donors manage a monthly gift in Stripe's customer portal, reached only in ways that prove who they are.

1. The thank-you page's button: only in the browser that gave, only for a few hours (see tokens.py).
2. "Manage my monthly gift": the donor types their email and gets a one-time, 30-minute link. The page says
   the same whether or not the address is known, and the email leaves from the task worker.
3. After a failed renewal, the email's link opens the portal on "update your card".
Portal sessions are made when the donor clicks, never earlier: Stripe's portal URLs are short-lived.
"""

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Q
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from core.http import see_other
from core.ratelimit import rate_limit
from donations import stripe_gateway, tokens
from donations.checkout import OFFLINE_SESSION_PREFIX
from donations.models import Donation, MonthlyGift
from donations.tasks import send_manage_link


class ManageRequestForm(forms.Form):
    email = forms.EmailField(label=_("Your email address"), max_length=254)


def _return_url(request, donation):
    page = donation.donate_page if donation is not None else None
    return page.get_full_url(request) if page else request.build_absolute_uri("/")


def _open_portal(request, gift, update_card=False):
    """A fresh portal session for the gift's Stripe customer (or the offline stand-in), then off to it."""
    first = gift.donations.order_by("created_at").select_related("donate_page").first()
    return_url = _return_url(request, first)
    if gift.stripe_subscription_id.startswith("sub_offline_") or (
        first and (first.stripe_checkout_session_id or "").startswith(OFFLINE_SESSION_PREFIX)
    ):
        if not settings.DONATIONS_OFFLINE_CHECKOUT or first is None:
            raise Http404
        return see_other(reverse("donations:test_portal", args=[first.id]))
    try:
        customer = gift.stripe_customer_id or (first.stripe_customer_id if first else "")
        if not customer and first and first.stripe_checkout_session_id:
            session = stripe_gateway.retrieve_checkout_session(first.stripe_checkout_session_id)
            customer = session.get("customer") or ""
        if not customer:
            raise stripe_gateway.PaymentProviderError("The gift has no Stripe customer yet.")
        locale = gift.language or translation.get_language() or ""
        return see_other(stripe_gateway.create_portal_session(customer, return_url, locale, update_card))
    except stripe_gateway.PaymentProviderError:
        return TemplateResponse(request, "donations/portal_unavailable.html", {"return_url": return_url}, status=503)


def _expired(request, status=403):
    context = {"portal_login_url": settings.STRIPE_CUSTOMER_PORTAL_LOGIN_URL, "form": ManageRequestForm()}
    return _personal(TemplateResponse(request, "donations/manage_expired.html", context, status=status))


@require_POST
def manage_from_thanks(request):
    """The thank-you page's button: the signed token names the gift, the browser's cookie proves the giver."""
    try:
        donation_hex = tokens.read_thanks_token(request.POST.get("token", ""))
    except tokens.InvalidLink:
        return _expired(request)
    donation = Donation.objects.filter(pk=donation_hex).select_related("monthly_gift").first()
    window_start = timezone.now() - timezone.timedelta(seconds=settings.DONATIONS_MANAGE_WINDOW)
    if donation is None or not donation.is_monthly or donation.created_at < window_start:
        return _expired(request)
    if not tokens.browser_gave(request, donation):
        return _expired(request)
    if donation.monthly_gift is None:
        return TemplateResponse(
            request, "donations/portal_unavailable.html", {"return_url": _return_url(request, donation)}, status=503
        )
    return _open_portal(request, donation.monthly_gift)


@rate_limit("donations-manage-link", "DONATIONS_MANAGE_RATE_LIMIT")
def manage_request(request):
    """Asks for an email and sends a one-time link; the answer never says whether the address gives monthly."""
    context = {
        "portal_login_url": settings.STRIPE_CUSTOMER_PORTAL_LOGIN_URL,
        "minutes": settings.DONATIONS_MANAGE_LINK_MAX_AGE // 60,
    }
    if request.method != "POST":
        return TemplateResponse(request, "donations/manage_request.html", {**context, "form": ManageRequestForm()})
    form = ManageRequestForm(request.POST)
    if not form.is_valid():
        return TemplateResponse(request, "donations/manage_request.html", {**context, "form": form}, status=400)
    email = form.cleaned_data["email"].strip().lower()
    send_manage_link.enqueue(email, (translation.get_language() or settings.LANGUAGE_CODE)[:10])
    return TemplateResponse(request, "donations/manage_sent.html", {**context, "email": email})


def _personal(response):
    """A donor's own gifts: never kept by the page cache, a CDN or a shared browser."""
    patch_cache_control(response, private=True, no_store=True)
    return response


def _live_gifts(email):
    return MonthlyGift.objects.filter(~Q(status=MonthlyGift.Status.CANCELLED), donor_email__iexact=email)


class PortalNotOpened(Exception):
    """Stripe could not open the portal: the link's spending is rolled back, so the donor can try again."""

    def __init__(self, response):
        super().__init__()
        self.response = response


def _spend_and_open(request, kind, nonce, gift, update_card=False):
    """Spends the link and opens the portal in one transaction: if Stripe fails, the link stays good."""
    try:
        with transaction.atomic():
            tokens.spend_link(kind, nonce)
            response = _open_portal(request, gift, update_card=update_card)
            if response.status_code >= 400:
                raise PortalNotOpened(response)
            return response
    except PortalNotOpened as failed:
        return failed.response
    except tokens.InvalidLink:
        return _expired(request, status=410)


def _gifts_from_link(value):
    """A link names its gifts by id; links sent before that named the address."""
    if isinstance(value, str):
        return _live_gifts(value)
    ids = [item for item in value if isinstance(item, int)] if isinstance(value, list) else []
    return MonthlyGift.objects.filter(pk__in=ids).exclude(status=MonthlyGift.Status.CANCELLED)


def manage_open(request, token):
    """The emailed link: a page with one button per gift (email scanners follow links, they do not post forms)."""
    try:
        value, nonce = tokens.read_link_token("email", token)
    except tokens.InvalidLink:
        return _expired(request, status=410)
    gifts = list(_gifts_from_link(value).order_by("-started_at"))
    if request.method != "POST":
        return _personal(TemplateResponse(request, "donations/manage_open.html", {"gifts": gifts}))
    gift = next((gift for gift in gifts if str(gift.pk) == request.POST.get("gift")), None)
    if gift is None:
        raise PermissionDenied
    return _spend_and_open(request, "email", nonce, gift)


def manage_card(request, token):
    """The failed-renewal email's link: straight to "update your card" for that gift."""
    try:
        gift_id, nonce = tokens.read_link_token("card", token)
    except tokens.InvalidLink:
        return _expired(request, status=410)
    gift = MonthlyGift.objects.filter(pk=gift_id).exclude(status=MonthlyGift.Status.CANCELLED).first()
    if gift is None:
        return _expired(request, status=410)
    if request.method != "POST":
        context = {"gifts": [gift], "update_card": True}
        return _personal(TemplateResponse(request, "donations/manage_open.html", context))
    return _spend_and_open(request, "card", nonce, gift, update_card=True)
