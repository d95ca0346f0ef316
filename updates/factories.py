import datetime

import factory
import wagtail_factories

from core.factories import TopicFactory  # noqa: F401  (re-exported: tests build topics from either app)
from updates.models import UpdatePage, UpdatesIndexPage, WeeklyActionsIndexPage, WeeklyActionsPage


def action(
    title="Sign the pledge", kind="sign", page=None, link_url="https://example.org/act", text=None, link_label=""
):
    """One action of a weekly issue: a page of this site when there is one, else the outside link."""
    return (
        "action",
        {
            "title": title,
            "text": text or f"Why “{title}” matters this week.",
            "kind": kind,
            "link_label": link_label,
            "page": page,
            "link_url": "" if page else link_url,
        },
    )


class WeeklyActionsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Take Action Now"
    slug = "take-action-now"
    intro = "Three actions every week."

    class Meta:
        model = WeeklyActionsIndexPage


class WeeklyActionsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Weekly actions {n}")
    slug = factory.Sequence(lambda n: f"weekly-actions-{n}")
    issue_date = datetime.date(2026, 11, 17)
    intro = "Three ways to stand with our neighbours this week."
    actions = factory.LazyFunction(
        lambda: [
            action("Sign the pledge", "sign"),
            action("Call your senator", "call", link_url="https://example.org/call"),
            action("Give to the bond fund", "donate", link_url="https://example.org/give"),
        ]
    )

    class Meta:
        model = WeeklyActionsPage


class UpdatesIndexPageFactory(wagtail_factories.PageFactory):
    title = "Updates"
    slug = "updates"
    intro = "News from the network."

    class Meta:
        model = UpdatesIndexPage


class UpdatePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Update {n}")
    slug = factory.Sequence(lambda n: f"update-{n}")
    date = datetime.date(2026, 11, 10)
    summary = "What happened and what we do next."

    class Meta:
        model = UpdatePage
