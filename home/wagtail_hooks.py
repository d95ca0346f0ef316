from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.aliases import refuse_foreign_alias
from home.models import NavigationMenu


class NavigationMenuViewSet(SnippetViewSet):
    model = NavigationMenu
    icon = "list-ul"
    menu_label = "Navigation"
    list_display = ["__str__", "slot", "locale"]
    list_filter = ["slot", "locale"]


register_snippet(NavigationMenuViewSet)

hooks.register("before_serve_page", refuse_foreign_alias)
