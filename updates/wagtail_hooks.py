from wagtail import hooks

from core.i18n import visitor_locale
from core.models import Topic
from core.sections import HOME_PAGE_SECTIONS, Section
from updates.models import UpdatePage, WeeklyActionsPage
from updates.models.news import with_list_data

STYLESHEET = "updates/updates.css"


@hooks.register(HOME_PAGE_SECTIONS)
def latest_actions_and_updates(page, request):
    """The latest weekly issue and the three latest updates in the visitor's language (three queries or so)."""
    locale = visitor_locale()
    latest_weekly_actions = (
        WeeklyActionsPage.objects.live().public().filter(locale=locale).order_by("-issue_date", "-pk").first()
    )
    latest_updates = list(
        with_list_data(UpdatePage.objects.live().public().filter(locale=locale).order_by("-date", "-pk"))[:3]
    )
    Topic.label_pages(latest_updates, locale)
    sections = []
    if latest_weekly_actions:
        sections.append(
            Section(
                "updates/includes/home_weekly_actions.html",
                {"latest_weekly_actions": latest_weekly_actions},
                stylesheet=STYLESHEET,
                order=20,
            )
        )
    if latest_updates:
        sections.append(
            Section(
                "updates/includes/home_latest_updates.html",
                {"latest_updates": latest_updates},
                stylesheet=STYLESHEET,
                order=40,
            )
        )
    return sections
