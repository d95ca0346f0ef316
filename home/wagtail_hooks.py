from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.models import NavigationMenu


class NavigationMenuViewSet(SnippetViewSet):
    model = NavigationMenu
    icon = "list-ul"
    menu_label = "Navigation"
    list_display = ["__str__", "slot", "locale"]
    list_filter = ["slot", "locale"]


register_snippet(NavigationMenuViewSet)
