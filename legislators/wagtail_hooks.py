"""Admin views: the imported members of Congress, and what supporters' letters and calls left behind.

All three are read-only: members come from `import_legislators` (edits would be overwritten), and letters and
call reports are what supporters sent.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSetGroup

from core.admin import ReadOnlyViewSet, register_read_only
from core.exports import SafeExportIndexView
from legislators.models import CallReport, Legislator, LetterWritten
from privacy.audit import AuditedExportMixin

# Letter forms hold supporters' details: their policy (supporter-data permission) comes from personal_data.py.
register_read_only(Legislator, CallReport)


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
    index_view_class = type("LetterWrittenIndexView", (AuditedExportMixin, SafeExportIndexView), {})
    icon = "mail"
    menu_label = _("Letters written")
    form_fields = ["letters"]
    list_display = ["page", "letters", "consent", "name", "created_at"]
    list_filter = ["consent"]
    list_export = ["name", "email", "zip_code", "city", "page", "letters", "consent", "created_at"]
    export_headings = {"zip_code": _("ZIP"), "consent": _("Agreed to be kept"), "created_at": _("Date sent")}
    search_fields = ["name", "email", "city"]


class CallReportViewSet(ReadOnlyViewSet):
    model = CallReport
    icon = "mobile-alt"
    menu_label = _("Calls reported")
    form_fields = ["outcome"]
    list_display = ["page", "target_name", "outcome", "created_at"]
    list_filter = ["outcome"]
    list_export = ["page", "target_name", "outcome", "created_at"]


class LegislatorsGroup(ModelViewSetGroup):
    menu_label = _("Congress")
    menu_icon = "group"
    items = (LegislatorViewSet, LetterWrittenViewSet, CallReportViewSet)


@hooks.register("register_admin_viewset")
def register_viewsets():
    return LegislatorsGroup()
