"""The admin's rule for supporters' personal data: no permission, no sight of it, in any view.

Wagtail's listing, inspect, history, export, edit and delete views all ask the model's registered permission
policy; `privacy.choosers` makes the choosers ask it too.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Q
from wagtail.permission_policies import ModelPermissionPolicy

from privacy.models import VIEW_SUPPORTER_DATA


def can_view_supporter_data(user):
    return bool(user and user.is_active and user.has_perm(VIEW_SUPPORTER_DATA))


class SupporterDataPolicy(ModelPermissionPolicy):
    """Viewing (lists, inspect, history, exports) needs only "Can view supporters' personal data"; changing
    also needs the model's own permission. Read-only models (records of what supporters sent or paid) can be
    neither added nor changed by anyone, and only a superuser may delete one row."""

    def __init__(self, model, read_only=False, **kwargs):
        super().__init__(model, **kwargs)
        self.read_only = read_only

    def user_has_permission(self, user, action):
        if not can_view_supporter_data(user):
            return False
        if action == "view":
            return True
        if self.read_only:
            return action == "delete" and user.is_superuser
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_any_permission(user, actions)

    def instances_user_has_permission_for(self, user, action):
        queryset = self.model._default_manager.all()
        return queryset if self.user_has_permission(user, action) else queryset.none()

    def instances_user_has_any_permission_for(self, user, actions):
        queryset = self.model._default_manager.all()
        return queryset if self.user_has_any_permission(user, actions) else queryset.none()

    def users_with_any_permission(self, actions):
        app_label, codename = VIEW_SUPPORTER_DATA.split(".")
        permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename)
        holders = Q(user_permissions__in=permission) | Q(groups__permissions__in=permission) | Q(is_superuser=True)
        users = get_user_model().objects.filter(holders, is_active=True).distinct()
        if set(actions) <= {"view"}:
            return users
        if self.read_only:
            return users.filter(is_superuser=True) if "delete" in actions else users.none()
        others = super().users_with_any_permission([a for a in actions if a != "view"])
        return users.filter(pk__in=others.values("pk"))

    def users_with_permission(self, action):
        return self.users_with_any_permission([action])
