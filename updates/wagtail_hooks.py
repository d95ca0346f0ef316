from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.i18n import visitor_locale
from updates.models import Topic, UpdatePage, WeeklyActionsPage
from updates.models.news import with_list_data
from updates.models.topics import localize_topics


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = "Topics"
    add_to_admin_menu = False
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


register_snippet(TopicViewSet)


@hooks.register("amparo_home_page_context")
def latest_actions_and_updates(page, request):
    """The latest weekly issue and the three latest updates in the visitor's language (three queries or so)."""
    locale = visitor_locale()
    latest_weekly_actions = (
        WeeklyActionsPage.objects.live().public().filter(locale=locale).order_by("-issue_date", "-pk").first()
    )
    latest_updates = list(
        with_list_data(UpdatePage.objects.live().public().filter(locale=locale).order_by("-date", "-pk"))[:3]
    )
    localize_topics(latest_updates, locale)
    return {"latest_weekly_actions": latest_weekly_actions, "latest_updates": latest_updates}
