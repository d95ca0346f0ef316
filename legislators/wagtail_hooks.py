"""Admin views: the imported members of Congress, and what supporters' letters and calls left behind.

All three are read-only: members come from `import_legislators` (edits would be overwritten), and letters and
call reports are what supporters sent.
"""

from django.utils.translation import gettext_lazy as _
from django_filters import ModelChoiceFilter
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSetGroup
from wagtail.models import Locale

from core.admin import ReadOnlyViewSet, register_read_only
from core.exports import SafeExportIndexView
from legislators.models import CallReport, Legislator, LetterWritten
from privacy.audit import AuditedExportMixin

# Letter forms hold supporters' details: their policy (supporter-data permission) comes from personal_data.py.
register_read_only(Legislator, CallReport)


def page_language_filters(model, *fields):
    """A filter set with the language of the page the letter or call came from (its locale: a letter is stored on
    the language version the supporter used, so nothing more is kept about them)."""

    class Meta:
        pass

    Meta.model, Meta.fields = model, list(fields)
    language = ModelChoiceFilter(field_name="page__locale", queryset=Locale.objects.all(), label=_("Language"))
    return type(f"{model.__name__}FilterSet", (WagtailFilterSet,), {"Meta": Meta, "language": language})


# The language column and export cell: the locale of the page the letter or call came from.
LANGUAGE = "page.locale.get_display_name"
LANGUAGE_COLUMN = Column("language", label=_("Language"), accessor=LANGUAGE)


class PageLanguageIndexView(AuditedExportMixin, SafeExportIndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("page__locale")


class LegislatorViewSet(ReadOnlyViewSet):
    model = Legislator
    icon = "group"
    menu_label = _("Members of Congress")
    form_fields = ["full_name"]  # never shown: the policy forbids adding and editing
    list_display = ["full_name", "chamber", "state", "district", "party"]
    list_filter = ["chamber", "state"]
    search_fields = ["full_name", "last_name", "state", "bioguide_id"]
    ordering = ["state", "chamber", "district"]


class LetterWrittenViewSet(ReadOnlyViewSet):
    model = LetterWritten
    index_view_class = PageLanguageIndexView
    icon = "mail"
    menu_label = _("Letters written")
    form_fields = ["letters"]
    list_display = ["page", LANGUAGE_COLUMN, "letters", "consent", "name", "created_at"]
    filterset_class = page_language_filters(LetterWritten, "consent")
    list_export = ["name", "email", "zip_code", "city", "page", LANGUAGE, "letters", "consent", "created_at"]
    export_headings = {
        "zip_code": _("ZIP"),
        LANGUAGE: _("Language"),
        "consent": _("Agreed to be kept"),
        "created_at": _("Date sent"),
    }
    search_fields = ["name", "email", "city"]


class CallReportViewSet(ReadOnlyViewSet):
    model = CallReport
    index_view_class = PageLanguageIndexView
    icon = "mobile-alt"
    menu_label = _("Calls reported")
    form_fields = ["outcome"]
    list_display = ["page", LANGUAGE_COLUMN, "target_name", "outcome", "created_at"]
    filterset_class = page_language_filters(CallReport, "outcome")
    list_export = ["page", LANGUAGE, "target_name", "outcome", "created_at"]
    export_headings = {LANGUAGE: _("Language")}


class LegislatorsGroup(ModelViewSetGroup):
    menu_label = _("Congress")
    menu_icon = "group"
    items = (LegislatorViewSet, LetterWrittenViewSet, CallReportViewSet)


@hooks.register("register_admin_viewset")
def register_viewsets():
    return LegislatorsGroup()
