"""Donations in the Wagtail admin: read-only listings with filters and spreadsheet export, and a dashboard panel."""

import django_filters
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.admin.viewsets.model import ModelViewSetGroup
from wagtail.models import Page

import core.admin
from core.exports import SafeExportIndexView
from donations.models import Donation, MonthlyGift
from donations.money import format_amount
from donations.totals import dashboard_figures


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
    campaign = CampaignFilter(label=_("Campaign"))
    created_at = django_filters.DateFromToRangeFilter(label=_("Date"), widget=DateRangePickerWidget)

    class Meta:
        model = Donation
        fields = ["status", "frequency", "campaign", "created_at"]


class ReadOnlyViewSet(core.admin.ReadOnlyViewSet):
    """Money records change only through Stripe's news; staff may look, filter and export, never edit."""

    add_to_reference_index = False  # payment rows link to pages, but no one edits pages "used by" a donation
    add_to_admin_menu = False
    exclude_form_fields = []  # the add and edit views exist but the permission policy never allows them


class DonationViewSet(ReadOnlyViewSet):
    model = Donation
    name = "donations_donation"
    url_prefix = "donations"
    icon = "success"
    menu_label = _("Donations")
    list_display = ["display_amount", "frequency", "status", "campaign", "donor_email", "created_at", "paid_at"]
    filterset_class = DonationFilterSet
    search_fields = ["donor_email"]
    search_backend_name = None
    list_export = [
        "id",
        "created_at",
        "paid_at",
        "status",
        "frequency",
        "amount_major",
        "currency",
        "campaign",
        "donor_name",
        "donor_email",
        "stripe_checkout_session_id",
        "stripe_payment_intent_id",
        "stripe_subscription_id",
        "stripe_invoice_id",
    ]
    export_headings = {"amount_major": _("Amount"), "id": _("Donation id")}
    export_filename = "donations"
    inspect_view_fields = [
        "display_amount",
        "amount_refunded",
        "currency",
        "frequency",
        "status",
        "campaign",
        "monthly_gift",
        "donor_name",
        "donor_email",
        "language",
        "stripe_checkout_session_id",
        "stripe_payment_intent_id",
        "stripe_customer_id",
        "stripe_subscription_id",
        "stripe_invoice_id",
        "created_at",
        "paid_at",
    ]

    index_view_class = type(
        "DonationIndexView", (SafeExportIndexView,), {"queryset": Donation.objects.select_related("campaign")}
    )


class MonthlyGiftViewSet(ReadOnlyViewSet):
    model = MonthlyGift
    name = "donations_monthlygift"
    url_prefix = "monthly-gifts"
    icon = "repeat"
    menu_label = _("Monthly gifts")
    list_display = ["display_amount", "status", "campaign", "donor_email", "started_at", "cancelled_at"]
    list_filter = ["status"]
    search_fields = ["donor_email"]
    search_backend_name = None
    list_export = ["stripe_subscription_id", "status", "amount", "currency", "campaign", "donor_email", "started_at"]
    export_filename = "monthly-gifts"

    index_view_class = type(
        "MonthlyGiftIndexView", (SafeExportIndexView,), {"queryset": MonthlyGift.objects.select_related("campaign")}
    )


class DonationsViewSetGroup(ModelViewSetGroup):
    items = (DonationViewSet, MonthlyGiftViewSet)
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
