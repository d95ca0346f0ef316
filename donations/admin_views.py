"""Donations in the Wagtail admin: read-only listings with filters and spreadsheet export, and a dashboard panel."""

import django_filters
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic import InspectView
from wagtail.admin.viewsets.model import ModelViewSetGroup
from wagtail.admin.widgets.button import Button, HeaderButton
from wagtail.models import Page

import core.admin
from core.exports import SafeExportIndexView
from donations.admin_actions import can_act
from donations.admin_reports import FailedEventsViewSet, PayoutsViewSet, SourcesViewSet
from donations.donor_admin import DonorViewSet
from donations.models import Donation, MonthlyGift
from donations.money import format_amount
from donations.totals import dashboard_figures
from privacy.audit import AuditedExportMixin


class CampaignFilter(django_filters.ModelChoiceFilter):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("queryset", self.campaigns)
        super().__init__(*args, **kwargs)

    @staticmethod
    def campaigns(request):
        used = Donation.objects.filter(campaign__isnull=False).values("campaign_id")
        return Page.objects.filter(pk__in=used).order_by("title")


class DonationFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(choices=Donation.Status.choices, label=_("Status"))
    frequency = django_filters.ChoiceFilter(
        choices=Donation._meta.get_field("frequency").choices, label=_("Frequency")
    )
    method = django_filters.ChoiceFilter(choices=Donation._meta.get_field("method").choices, label=_("How it came"))
    campaign = CampaignFilter(label=_("Campaign"))
    source = django_filters.CharFilter(label=_("Source"))
    # The treasurer's date is the day the donor paid (Stripe's time); when the form was sent is kept for support.
    paid_at = django_filters.DateFromToRangeFilter(label=_("Paid"), widget=DateRangePickerWidget)
    refunded_at = django_filters.DateFromToRangeFilter(label=_("Refunded on"), widget=DateRangePickerWidget)
    created_at = django_filters.DateFromToRangeFilter(label=_("Created"), widget=DateRangePickerWidget)

    class Meta:
        model = Donation
        fields = ["status", "frequency", "method", "campaign", "source", "paid_at", "refunded_at", "created_at"]


class ReadOnlyViewSet(core.admin.ReadOnlyViewSet):
    """Money records change only through Stripe's news; staff may look, filter and export, never edit."""

    add_to_reference_index = False  # payment rows link to pages, but no one edits pages "used by" a donation
    add_to_admin_menu = False
    exclude_form_fields = []  # the add and edit views exist but the permission policy never allows them


class DonationIndexView(AuditedExportMixin, SafeExportIndexView):
    queryset = Donation.objects.select_related("campaign")

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if can_act(self.request.user):
            url = reverse("donations_offline_gift")
            buttons.append(HeaderButton(_("Record an offline gift"), url=url, icon_name="plus"))
        return buttons


class DonationInspectView(InspectView):
    """The gift, with what staff allowed to act may do to it: refund, resend the receipt or the statement."""

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if not can_act(self.request.user):
            return buttons
        donation = self.object
        buttons.append(
            Button(_("Refund through Stripe"), url=reverse("donations_refund", args=[donation.pk]), icon_name="undo")
        )
        return buttons

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["can_act"] = can_act(self.request.user)
        return context


class MonthlyGiftInspectView(InspectView):
    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if can_act(self.request.user) and self.object.status != MonthlyGift.Status.CANCELLED:
            url = reverse("donations_cancel_monthly", args=[self.object.pk])
            buttons.append(Button(_("Cancel the monthly gift"), url=url, icon_name="cross"))
        return buttons


class DonationViewSet(ReadOnlyViewSet):
    model = Donation
    name = "donations_donation"
    url_prefix = "donations"
    icon = "success"
    menu_label = _("Donations")
    list_display = ["display_amount", "frequency", "status", "campaign", "donor_email", "created_at", "paid_at"]
    filterset_class = DonationFilterSet
    inspect_view_class = DonationInspectView
    inspect_template_name = "donations/admin/donation_inspect.html"
    search_fields = ["donor_email"]
    search_backend_name = None
    # One unit everywhere (major units with the currency beside them), dates in the site's time zone (TIME_ZONE).
    list_export = [
        "id",
        "created_local",
        "paid_local",
        "status",
        "frequency",
        "method",
        "amount_major",
        "base_major",
        "fee_major",
        "refunded_major",
        "refunded_local",
        "disputed_major",
        "disputed_local",
        "net_major",
        "currency",
        "campaign",
        "source",
        "source_campaign",
        "donor_name",
        "donor_email",
        "stripe_checkout_session_id",
        "stripe_payment_intent_id",
        "stripe_subscription_id",
        "stripe_invoice_id",
    ]
    export_headings = {
        "id": _("Donation id"),
        "created_local": _("Created"),
        "paid_local": _("Paid"),
        "amount_major": _("Amount"),
        "base_major": _("Gift"),
        "fee_major": _("Fees covered"),
        "refunded_major": _("Refunded"),
        "refunded_local": _("Refunded on"),
        "disputed_major": _("Disputed"),
        "disputed_local": _("Disputed on"),
        "net_major": _("Net kept"),
        "source_campaign": _("UTM campaign"),
        "method": _("How it came"),
    }
    export_filename = "donations"
    inspect_view_fields = [
        "display_amount",
        "display_fee",
        "refunded_major",
        "disputed_major",
        "currency",
        "frequency",
        "status",
        "method",
        "note",
        "campaign",
        "monthly_gift",
        "donor_name",
        "donor_email",
        "language",
        "source",
        "source_campaign",
        "receipt_sent_at",
        "stripe_checkout_session_id",
        "stripe_payment_intent_id",
        "stripe_customer_id",
        "stripe_subscription_id",
        "stripe_invoice_id",
        "created_at",
        "paid_at",
        "refunded_at",
        "disputed_at",
    ]

    index_view_class = DonationIndexView


class MonthlyGiftViewSet(ReadOnlyViewSet):
    model = MonthlyGift
    name = "donations_monthlygift"
    url_prefix = "monthly-gifts"
    icon = "repeat"
    menu_label = _("Monthly gifts")
    list_display = [
        "display_amount",
        "status",
        "cancel_at_period_end",
        "campaign",
        "donor_email",
        "started_at",
        "cancelled_at",
    ]
    list_filter = ["status", "cancel_at_period_end"]
    inspect_view_class = MonthlyGiftInspectView
    search_fields = ["donor_email"]
    search_backend_name = None
    list_export = [
        "stripe_subscription_id",
        "status",
        "cancel_at_period_end",
        "amount_major",
        "currency",
        "campaign",
        "donor_email",
        "started_local",
        "cancelled_local",
    ]
    export_headings = {
        "amount_major": _("Amount a month"),
        "started_local": _("Started"),
        "cancelled_local": _("Cancelled"),
    }
    export_filename = "monthly-gifts"

    index_view_class = type(
        "MonthlyGiftIndexView",
        (AuditedExportMixin, SafeExportIndexView),
        {"queryset": MonthlyGift.objects.select_related("campaign")},
    )


class DonationsViewSetGroup(ModelViewSetGroup):
    items = (DonationViewSet, MonthlyGiftViewSet, DonorViewSet, SourcesViewSet, PayoutsViewSet, FailedEventsViewSet)
    menu_label = _("Donations")
    menu_icon = "success"
    menu_order = 250


class DonationsSummaryPanel(Component):
    """Raised this month, all time, and how many donors give monthly: the numbers staff ask for first."""

    name = "donations_summary"
    order = 50
    template_name = "donations/admin/dashboard_panel.html"

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        now = timezone.localtime()
        figures = dashboard_figures(now.replace(day=1, hour=0, minute=0, second=0, microsecond=0))

        def money(totals):
            return ", ".join(format_amount(total, currency) for currency, total in totals.items()) or format_amount(0)

        context.update(
            this_month=money(figures["this_month"]),
            all_time=money(figures["all_time"]),
            active_monthly=figures["active_monthly"],
        )
        return context
