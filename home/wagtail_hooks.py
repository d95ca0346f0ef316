from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.sections import HOME_PAGE_SECTIONS, Section
from home.models import NavigationMenu


class NavigationMenuViewSet(SnippetViewSet):
    model = NavigationMenu
    icon = "list-ul"
    menu_label = "Navigation"
    list_display = ["__str__", "slot", "locale"]
    list_filter = ["slot", "locale"]


register_snippet(NavigationMenuViewSet)


@hooks.register(HOME_PAGE_SECTIONS)
def donate_call(page, request):
    """The home page's own call to give, between the weekly actions and the latest updates."""
    if not page.donate_heading:
        return None
    return Section("home/includes/donate_section.html", order=30)
