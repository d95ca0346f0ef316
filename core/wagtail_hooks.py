"""The kernel's one snippet: topics, shared by updates and resources (listed once, under Snippets); and the
autosave mark the page form's image check reads (core/pages.py)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.models import Topic
from core.pages import mark_autosave


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    add_to_admin_menu = False


register_snippet(TopicViewSet)

hooks.register("before_edit_page", mark_autosave)
