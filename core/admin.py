"""The admin policy for records nobody edits by hand (payments, letters, imported data): look, filter, export.

`ReadOnlyViewSet` registers `ReadOnlyPermissionPolicy` for its model and only the "view" permission, so the
group editor offers just that one box. A subclass may widen `allowed_actions` (e.g. to let superusers delete).
"""

from django.contrib.auth.models import Permission
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry, register_permission_policy

from core.exports import SafeExportIndexView


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Anyone with the model's view permission (and superusers) may look; nobody may add, change or delete."""

    allowed_actions = frozenset({"view"})

    def user_has_permission(self, user, action):
        return action in self.allowed_actions and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        allowed = [action for action in actions if action in self.allowed_actions]
        if not allowed:
            return super().users_with_any_permission([]).none()
        return super().users_with_any_permission(allowed)


class ReadOnlyViewSet(ModelViewSet):
    """A listing with filters, inspect and safe export; the add and edit views exist but are never allowed."""

    permission_policy_class = ReadOnlyPermissionPolicy
    index_view_class = SafeExportIndexView
    inspect_view_enabled = True
    copy_view_enabled = False

    def register_permissions(self):
        if policy_registry.get_by_type(self.model, fallback=False) is None:
            register_permission_policy(self.model, self.permission_policy_class(self.model), exact_class=True)
        super().register_permissions()

    def get_permissions_to_register(self):
        codenames = [
            f"{action}_{self.model._meta.model_name}" for action in self.permission_policy_class.allowed_actions
        ]
        return Permission.objects.filter(content_type__app_label=self.model._meta.app_label, codename__in=codenames)


def register_read_only(*models):
    """Registers the read-only policy for models at import time (before any admin view asks for one)."""
    for model in models:
        register_permission_policy(model, ReadOnlyPermissionPolicy(model), exact_class=True)
