"""Admin listings of signers and RSVPs, searchable, filterable, and exportable as a spreadsheet to deliver."""

from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django_filters import ChoiceFilter, DateFromToRangeFilter, ModelChoiceFilter
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Page

from campaigns.models import CampaignFollower, EventPage, EventRSVP, PetitionPage, Signature
from core.exports import SafeExportIndexView
from core.http import parse_id
from core.i18n import first_language_version_id, first_language_versions
from core.locales import language_choices
from privacy.audit import AuditedExportMixin


class AnyLanguageVersionFilterSet(WagtailFilterSet):
    """The page filter lists each page once (its first language version); a link or export naming another
    language's version (the Spanish page's button) is read as that first version, not refused as a bad choice,
    which would list every page's responses."""

    page_filter = None

    def __init__(self, data=None, *args, **kwargs):
        page_id = parse_id(data.get(self.page_filter)) if data is not None else None
        page = Page.objects.filter(pk=page_id).only("translation_key").first() if page_id is not None else None
        if page is not None:
            data = data.copy()
            data[self.page_filter] = str(first_language_version_id(page))
        super().__init__(data, *args, **kwargs)


class SignatureFilterSet(AnyLanguageVersionFilterSet):
    page_filter = "petition"
    petition = ModelChoiceFilter(
        queryset=first_language_versions(PetitionPage.objects.order_by("title")),
        label=_("Petition"),
        method="filter_petition",
    )
    kind = ChoiceFilter(choices=Signature.Kind.choices, label=_("Signed as"))
    language = ChoiceFilter(choices=language_choices, label=_("Language"))
    created_at = DateFromToRangeFilter(label=_("Signed between"))

    class Meta:
        model = Signature
        fields = ["petition", "kind", "language", "approved", "keep_updated", "created_at"]

    def filter_petition(self, queryset, name, value):
        """Signatures live on a petition's first language version: any of its translations lists them all."""
        return queryset.filter(petition__translation_key=value.translation_key) if value else queryset


class RSVPFilterSet(AnyLanguageVersionFilterSet):
    page_filter = "event"
    event = ModelChoiceFilter(
        queryset=first_language_versions(EventPage.objects.order_by("-starts_at")),
        label=_("Event"),
        method="filter_event",
    )
    language = ChoiceFilter(choices=language_choices, label=_("Language"))

    class Meta:
        model = EventRSVP
        fields = ["event", "language"]

    def filter_event(self, queryset, name, value):
        """RSVPs live on an event's first language version: any of its translations lists them all."""
        return queryset.filter(event__translation_key=value.translation_key) if value else queryset


class NamedExportIndexView(AuditedExportMixin, SafeExportIndexView):
    """Names the exported file after the filtered page and today's date, e.g. free-them-all-2026-04-01.xlsx."""

    page_filter = None
    page_model = None

    def get_base_queryset(self):
        return super().get_base_queryset().select_related(self.page_filter)

    def get_filename(self):
        stem = str(self.model._meta.verbose_name_plural)
        page_id = parse_id(self.request.GET.get(self.page_filter))
        if page_id is not None:
            page = self.page_model.objects.filter(pk=page_id).only("title").first()
            if page is not None:
                stem = f"{page.title} {stem}"
        return f"{slugify(stem)[:80] or 'export'}-{timezone.localdate().isoformat()}"


class SignatureIndexView(NamedExportIndexView):
    page_filter = "petition"
    page_model = PetitionPage


class RSVPIndexView(NamedExportIndexView):
    page_filter = "event"
    page_model = EventPage


class SignatureViewSet(ModelViewSet):
    model = Signature
    index_view_class = SignatureIndexView
    icon = "form"
    menu_label = _("Signatures")
    # Seven short columns fit a 1280 px screen; email and city are in the inspect view, the search and the export.
    list_display = [
        "name",
        "organisation",
        "petition",
        "kind",
        "language",
        Column("listing_status", label=_("Listed publicly")),
        "created_at",
    ]
    # Follow-up (email, opted in, language) and delivery (name, place) in one sheet; the delivery list leaves
    # emails out.
    # Every field the form asked: who signed as what, where, what they wrote, what they agreed to, in which language.
    list_export = [
        "name",
        "email",
        "postal_code",
        "city",
        "state",
        "organisation",
        "keep_updated",
        "get_language_display",
        "created_at",
        "get_kind_display",
        "comment",
        "approved",
    ]
    export_headings = {
        "get_kind_display": _("Signed as"),
        "comment": _("Comment"),
        "approved": _("Listed publicly"),
        "postal_code": _("ZIP"),
        "keep_updated": _("Opted in to updates"),
        "get_language_display": _("Language"),
        "created_at": _("Date signed"),
    }
    filterset_class = SignatureFilterSet
    search_fields = ["name", "email", "organisation", "city"]
    search_backend_name = None
    form_fields = ["approved", "name", "organisation", "city", "state", "postal_code", "comment", "keep_updated"]
    inspect_view_enabled = True


class RSVPViewSet(ModelViewSet):
    model = EventRSVP
    index_view_class = RSVPIndexView
    icon = "date"
    menu_label = _("RSVPs")
    list_display = ["name", "email", "event", "postal_code", "language", "created_at"]
    list_export = ["name", "email", "postal_code", "event", "get_language_display", "created_at"]
    export_headings = {
        "postal_code": _("ZIP"),
        "get_language_display": _("Language"),
        "created_at": _("Date answered"),
    }
    filterset_class = RSVPFilterSet
    search_fields = ["name", "email"]
    search_backend_name = None
    form_fields = ["name", "postal_code"]
    inspect_view_enabled = True


class FollowerFilterSet(WagtailFilterSet):
    language = ChoiceFilter(choices=language_choices, label=_("Language"))

    class Meta:
        model = CampaignFollower
        fields = ["campaign", "status", "language"]


class FollowerIndexView(AuditedExportMixin, SafeExportIndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("campaign")


class CampaignFollowerViewSet(ModelViewSet):
    """Who asked for a campaign's updates ("keep me updated about this campaign"); write only to the confirmed."""

    model = CampaignFollower
    index_view_class = FollowerIndexView
    icon = "mail"
    list_display = ["email", "name", "campaign", "language", "status", "created_at"]
    list_export = ["email", "name", "campaign", "get_language_display", "get_status_display", "confirmed_at"]
    export_headings = {"get_language_display": _("Language"), "get_status_display": _("status")}
    filterset_class = FollowerFilterSet
    search_fields = ["name", "email"]
    search_backend_name = None
    form_fields = ["name"]
    inspect_view_enabled = True


class CampaignResponsesGroup(ViewSetGroup):
    menu_label = _("Campaign responses")
    menu_icon = "group"
    menu_order = 250
    items = (SignatureViewSet("signatures"), RSVPViewSet("rsvps"), CampaignFollowerViewSet("campaign_followers"))
