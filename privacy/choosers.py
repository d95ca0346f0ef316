"""Snippet choosers that ask the permission policy before they list or return anything.

Wagtail's chooser views only require admin access, so without this any Editor could search supporters'
emails through a chooser (`/admin/snippets/choose/...?q=`) or read one through `.../chosen/<pk>/`.
"""

from django.core.exceptions import PermissionDenied
from wagtail.permissions import policy_registry
from wagtail.snippets.views import chooser


class PolicyCheckedChooserMixin:
    def dispatch(self, request, *args, **kwargs):
        policy = policy_registry.get_by_type(self.model_class)
        if not policy.user_has_permission(request.user, "view"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ChooseView(PolicyCheckedChooserMixin, chooser.ChooseView):
    pass


class ChooseResultsView(PolicyCheckedChooserMixin, chooser.ChooseResultsView):
    pass


class ChosenView(PolicyCheckedChooserMixin, chooser.SnippetChosenView):
    pass


class ChosenMultipleView(PolicyCheckedChooserMixin, chooser.SnippetChosenMultipleView):
    pass


class CreateView(PolicyCheckedChooserMixin, chooser.SnippetCreateView):
    pass


class SupporterDataChooserViewSet(chooser.SnippetChooserViewSet):
    """Set as `chooser_viewset_class` on the SnippetViewSet of any model holding personal data."""

    choose_view_class = ChooseView
    choose_results_view_class = ChooseResultsView
    chosen_view_class = ChosenView
    chosen_multiple_view_class = ChosenMultipleView
    create_view_class = CreateView
