"""Admin views: the imported members of Congress, and what supporters' letters and calls left behind.

All three are read-only: members come from `import_legislators` (edits would be overwritten), and letters and
call reports are what supporters sent.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from editors.listings import VisibleExportMixin
from legislators.models import CallReport, Legislator, LetterWritten


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Anyone with the model's view permission (and superusers) may look; nobody may add, change or delete."""

    def user_has_permission(self, user, action):
        if action in ("add", "change", "delete"):
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)


for model in (Legislator, LetterWritten, CallReport):
    register_permission_policy(model, ReadOnlyPermissionPolicy(model), exact_class=True)


class LegislatorViewSet(ModelViewSet):
    model = Legislator
    icon = "group"
    menu_label = _("Members of Congress")
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["full_name"]  # never shown: the policy forbids adding and editing
    list_display = ["full_name", "chamber", "state", "district", "party"]
    list_filter = ["chamber", "state"]
    search_fields = ["full_name", "last_name", "state", "bioguide_id"]
    ordering = ["state", "chamber", "district"]


class ExportInSightIndexView(VisibleExportMixin, IndexView):
    pass


class LetterWrittenViewSet(ModelViewSet):
    model = LetterWritten
    index_view_class = ExportInSightIndexView
    icon = "mail"
    menu_label = _("Letters written")
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["letters"]
    list_display = ["page", "letters", "consent", "name", "created_at"]
    list_filter = ["consent"]
    list_export = ["page", "letters", "consent", "name", "email", "city", "zip_code", "created_at"]
    search_fields = ["name", "email", "city"]


class CallReportViewSet(ModelViewSet):
    model = CallReport
    index_view_class = ExportInSightIndexView
    icon = "mobile-alt"
    menu_label = _("Calls reported")
    inspect_view_enabled = True
    copy_view_enabled = False
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
