from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from resources.models import Language, Organisation


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    list_display = ["name", "locale", "website"]  # the locale filter is Wagtail's own, for translatable models
    list_filter = ["services", "languages", "areas__region"]
    list_per_page = 50
    ordering = ["name"]


class LanguageViewSet(SnippetViewSet):
    model = Language
    icon = "globe"
    menu_label = _("Languages")
    list_display = ["autonym", "name", "code"]
    search_fields = ["name", "autonym", "code"]


class ResourceSnippets(SnippetViewSetGroup):
    items = (OrganisationViewSet, LanguageViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Resources")
    menu_name = "resources"


register_snippet(ResourceSnippets)
