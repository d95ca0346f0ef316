"""Two admin pages the treasurer needs beside the listings: where gifts came from, and webhooks that failed."""

import re
from datetime import timedelta

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet

from donations import events, stripe_gateway
from donations.models import StripeEvent
from donations.money import format_amount
from donations.totals import raised_by_source
from privacy.policies import can_view_supporter_data

EMAIL = re.compile(r"[^\s@<>\"']+@[^\s@<>\"']+")
QUOTED = re.compile(r"(['\"])(?:(?!\1).){1,200}\1")
VIEW_PERMISSION = "donations.view_donation"
REPROCESS_PERMISSION = "donations.change_stripeevent"


def _menu_item_for(permission):
    class PermittedMenuItem(MenuItem):
        def is_shown(self, request):
            return request.user.has_perm(permission)

    return PermittedMenuItem


def shown_error(error, user):
    """A failed event's error as this user may see it: in full with the supporter-data permission; otherwise
    the exception's class and its message with email addresses and quoted values (names, addresses) hidden."""
    if not error or can_view_supporter_data(user):
        return error
    redacted = QUOTED.sub("[…]", EMAIL.sub("[email]", error))
    return redacted[:500]


def _require(request, permission):
    if not request.user.has_perm(permission):
        raise PermissionDenied


class SourcesViewSet(ViewSet):
    """Totals by `?source=`: which links, emails and pages bring gifts. No cookies or trackers behind it."""

    name = "donations_sources"
    url_prefix = "donations/sources"
    icon = "link"
    menu_label = gettext_lazy("Gifts by source")
    menu_item_class = _menu_item_for(VIEW_PERMISSION)

    def index(self, request):
        _require(request, VIEW_PERMISSION)
        rows = [
            {
                "source": source or _("(none)"),
                "currency": currency.upper(),
                "gifts": gifts,
                "total": format_amount(total, currency),
            }
            for source, currency, gifts, total in raised_by_source()
        ]
        context = {"rows": rows, "page_title": _("Gifts by source"), "header_icon": self.icon}
        return TemplateResponse(request, "donations/admin/sources.html", context)

    def get_urlpatterns(self):
        return [path("", self.index, name="index")]


class FailedEventsViewSet(ViewSet):
    """Stripe events whose processing failed: what went wrong, and a button to process one again."""

    name = "donations_failed_events"
    url_prefix = "donations/failed-webhooks"
    icon = "warning"
    menu_label = gettext_lazy("Failed webhooks")
    menu_item_class = _menu_item_for(REPROCESS_PERMISSION)

    def index(self, request):
        _require(request, REPROCESS_PERMISSION)
        failed = list(
            StripeEvent.objects.filter(processed_at__isnull=True).defer("payload").order_by("received_at")[:200]
        )
        for event in failed:
            event.shown_error = shown_error(event.error, request.user)
        context = {"events": failed, "page_title": _("Failed webhooks"), "header_icon": self.icon}
        return TemplateResponse(request, "donations/admin/failed_events.html", context)

    def process_again(self, request, pk):
        _require(request, REPROCESS_PERMISSION)
        event = get_object_or_404(StripeEvent, pk=pk)
        try:
            done = events.process_event(event.pk)
        except Exception as error:  # noqa: BLE001 - shown to staff, kept on the event
            messages.error(
                request,
                _("Processing %(event)s failed again: %(error)s")
                % {"event": event, "error": shown_error(f"{type(error).__name__}: {error}", request.user)},
            )
        else:
            if done:
                messages.success(request, _("%(event)s is processed.") % {"event": event})
            else:
                messages.info(request, _("%(event)s was already processed.") % {"event": event})
        return redirect(self.get_url_name("index"))

    def get_urlpatterns(self):
        return [
            path("", self.index, name="index"),
            path("<int:pk>/process/", require_POST(self.process_again), name="process"),
        ]


class PayoutRangeForm(forms.Form):
    start = forms.DateField(
        label=gettext_lazy("Payouts that arrived from"), widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(label=gettext_lazy("to"), widget=forms.DateInput(attrs={"type": "date"}))

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("start") and cleaned.get("end") and cleaned["start"] > cleaned["end"]:
            raise forms.ValidationError(_("The first date must come before the second."))
        return cleaned


class PayoutsViewSet(ViewSet):
    """Stripe's payouts for a date range, each broken into the gifts, refunds, disputes and fees it paid out."""

    name = "donations_payouts"
    url_prefix = "donations/payouts"
    icon = "table"
    menu_label = gettext_lazy("Payouts (accounting)")
    menu_item_class = _menu_item_for(VIEW_PERMISSION)

    def index(self, request):
        from donations import payouts

        _require(request, VIEW_PERMISSION)
        today = timezone.localdate()
        form = PayoutRangeForm(request.GET or {"start": today - timedelta(days=30), "end": today})
        context = {"form": form, "page_title": _("Payouts (accounting)"), "header_icon": self.icon, "payouts": []}
        if form.is_valid():
            start, end = form.cleaned_data["start"], form.cleaned_data["end"]
            try:
                found, rows = payouts.payout_rows(start, end)
            except stripe_gateway.PaymentProviderError as error:
                context["error"] = _("Stripe could not be asked: %(error)s") % {"error": error}
                return TemplateResponse(request, "donations/admin/payouts.html", context, status=503)
            export_format = request.GET.get("export")
            if export_format in {"csv", "xlsx"}:
                return payouts.download(rows, export_format, f"payouts-{start}-{end}")
            context["payouts"] = [
                {
                    "id": payout["id"],
                    "date": payouts.local_time(payouts.when(payout.get("arrival_date")))[:10],
                    "amount": format_amount(payout.get("amount") or 0, payout.get("currency") or "usd"),
                    "rows": sum(1 for row in rows if row["payout"] == payout["id"]),
                    "matches": sum(row["net"] for row in rows if row["payout"] == payout["id"])
                    == (payout.get("amount") or 0),
                }
                for payout in found
            ]
            context["query"] = request.GET.urlencode() if request.GET else f"start={start}&end={end}"
        return TemplateResponse(
            request, "donations/admin/payouts.html", context, status=200 if form.is_valid() else 400
        )

    def get_urlpatterns(self):
        return [path("", self.index, name="index")]
