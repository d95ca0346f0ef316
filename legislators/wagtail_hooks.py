"""Admin views: the imported members of Congress, and what supporters' letters and calls left behind.

All three are read-only: members come from `import_legislators` (edits would be overwritten), and letters and
call reports are what supporters sent.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSetGroup

from core.admin import ReadOnlyViewSet, register_read_only
from legislators.models import CallReport, Legislator, LetterWritten

register_read_only(Legislator, LetterWritten, CallReport)


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
    icon = "mail"
    menu_label = _("Letters written")
    form_fields = ["letters"]
    list_display = ["page", "letters", "consent", "name", "created_at"]
    list_filter = ["consent"]
    list_export = ["page", "letters", "consent", "name", "email", "city", "zip_code", "created_at"]
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
