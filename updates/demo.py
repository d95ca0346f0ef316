"""Demo content: the Take Action Now archive with two weekly issues, and three news updates, in English and Spanish."""

import datetime

from django.utils import timezone

from core.models import Topic
from home.demo import add_menu_link
from home.demo_tools import ensure_child, ensure_image, ensure_translation, move_demo_dates
from updates import factories
from updates.demo_updates import UPDATES
from updates.demo_weekly import WEEKLY_ISSUES

TOPICS = [
    ("detention", "Detention", "detencion", "Detención"),
    ("workers", "Workers' rights", "derechos-laborales", "Derechos laborales"),
    ("know-your-rights", "Know your rights", "conozca-sus-derechos", "Conozca sus derechos"),
]


def _last_tuesday(today):
    return today - datetime.timedelta(days=(today.weekday() - 1) % 7)


def load(ctx):
    home, spanish = ctx["home_en"], ctx["locale_es"]

    weekly_index = ensure_child(
        home,
        factories.WeeklyActionsIndexPageFactory,
        "take-action-now",
        title="Take Action Now",
        intro="Three concrete actions every week, whatever your schedule. The newest issue comes first.",
    )
    weekly_index_es = ensure_translation(
        weekly_index,
        spanish,
        title="Actúe ahora",
        slug="actue-ahora",
        intro="Tres acciones concretas cada semana, tenga el tiempo que tenga. El número más reciente va primero.",
    )
    updates_index = ensure_child(
        home,
        factories.UpdatesIndexPageFactory,
        "updates",
        title="Updates",
        intro="News from the network: what changed, what it means for our neighbours, and what we do next.",
    )
    updates_index_es = ensure_translation(
        updates_index,
        spanish,
        title="Noticias",
        slug="noticias",
        intro="Noticias de la red: qué cambió, qué significa para nuestros vecinos y qué hacemos ahora.",
    )
    ctx.update(
        weekly_index=weekly_index,
        weekly_index_es=weekly_index_es,
        updates_index=updates_index,
        updates_index_es=updates_index_es,
    )

    latest_tuesday = _last_tuesday(timezone.localdate())
    _load_weekly_issues(ctx, weekly_index, latest_tuesday)
    topics = _ensure_topics(ctx["locale_en"], spanish)
    _load_updates(ctx, updates_index, topics, latest_tuesday)

    add_menu_link("main", ctx["locale_en"], weekly_index)
    add_menu_link("main", spanish, weekly_index_es)
    add_menu_link("main", ctx["locale_en"], updates_index)
    add_menu_link("main", spanish, updates_index_es)


def _load_weekly_issues(ctx, index, latest_tuesday):
    # Each action's button leads where its words say: the call script, the guide itself.
    links = {
        "petition": ctx.get("petition"),
        "donate": ctx.get("donate_page"),
        "call": ctx.get("call_page") or ctx.get("campaign"),
        "guide": ctx.get("know_your_rights"),
    }
    issues = []
    for issue in WEEKLY_ISSUES:

        def actions(language, issue=issue):
            """The issue's actions in `language`; each item's words are (title, text) or (title, text, label)."""
            return [
                factories.action(title, item["kind"], links.get(item["page"]), item["url"], text, *label)
                for item in issue["actions"]
                for title, text, *label in [item[language]]
            ]

        extra = {"body": issue["body"]} if "body" in issue else {}
        issue_date = latest_tuesday - datetime.timedelta(days=7 * issue["weeks_ago"])
        page = ensure_child(
            index,
            factories.WeeklyActionsPageFactory,
            issue["slug"],
            title=issue["title"],
            issue_date=issue_date,
            intro=issue["intro"],
            actions=actions("en"),
            **extra,
        )
        if page.issue_date < issue_date:  # loaded again weeks later: the demo's newest issue is this week's
            page = move_demo_dates(page, issue_date=issue_date)
        ensure_translation(page, ctx["locale_es"], **issue["spanish"], actions=actions("es"))
        issues.append(page)
    ctx["weekly_issues"] = issues


def _ensure_topics(english, spanish):
    return {
        slug: Topic.ensure(english, slug, name, [(spanish, slug_es, name_es)])
        for slug, name, slug_es, name_es in TOPICS
    }


def _load_updates(ctx, index, topics, latest_tuesday):
    spanish = ctx["locale_es"]
    for data in UPDATES:
        title, seed = data["image"]
        date = latest_tuesday - datetime.timedelta(days=data["days_ago"])
        page = ensure_child(
            index,
            factories.UpdatePageFactory,
            data["slug"],
            title=data["title"],
            date=date,
            summary=data["summary"],
            image=ensure_image(title, seed=seed),
            image_alt=data["image_alt"],
            body=data["body"],
        )
        if page.date < date:
            page = move_demo_dates(page, date=date)
        if not page.topics.exists():
            page.topics.set([topics[slug] for slug in data["topics"]])
            page.save_revision().publish()
        if data["spanish"]:
            spanish_page = ensure_translation(page, spanish, **data["spanish"])
            wanted = list(
                Topic.objects.filter(
                    locale=spanish, translation_key__in=[topics[slug].translation_key for slug in data["topics"]]
                )
            )
            if set(spanish_page.topics.all()) != set(wanted):
                spanish_page.topics.set(wanted)
                spanish_page.save_revision().publish()
