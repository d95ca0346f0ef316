from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.sections import HOME_PAGE_SECTIONS, Section
from home.aliases import refuse_foreign_alias
from home.models import NavigationMenu, SiteText


class NavigationMenuViewSet(SnippetViewSet):
    model = NavigationMenu
    icon = "list-ul"
    menu_label = "Navigation"
    list_display = ["__str__", "slot", "locale"]
    list_filter = ["slot", "locale"]


register_snippet(NavigationMenuViewSet)


class SiteTextViewSet(SnippetViewSet):
    model = SiteText
    icon = "doc-full"
    menu_label = "Site text"
    list_display = ["__str__", "tagline", "locale"]
    list_filter = ["locale"]


register_snippet(SiteTextViewSet)

hooks.register("before_serve_page", refuse_foreign_alias)


@hooks.register(HOME_PAGE_SECTIONS)
def donate_call(page, request):
    """The home page's own call to give, between the weekly actions and the latest updates."""
    if not page.donate_heading:
        return None
    return Section("home/includes/donate_section.html", order=30)
