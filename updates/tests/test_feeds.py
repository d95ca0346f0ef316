import datetime
import xml.etree.ElementTree as ET

import pytest

from updates.factories import TopicFactory, UpdatePageFactory, WeeklyActionsPageFactory, action

ATOM = "{http://www.w3.org/2005/Atom}"


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return ET.fromstring(response.content)


@pytest.mark.django_db
def test_updates_feed_lists_live_updates_newest_first_with_topics(client, updates_index):
    topic = TopicFactory(name="Detention & courts", slug="detention")
    older = UpdatePageFactory(parent=updates_index, title="Older", slug="older", date=datetime.date(2026, 9, 1))
    older.topics.set([topic])
    older.save_revision().publish()
    UpdatePageFactory(
        parent=updates_index, title="Newer <b>", slug="newer", date=datetime.date(2026, 10, 1), summary="Sum & more"
    )
    UpdatePageFactory(parent=updates_index, title="Draft", slug="draft").unpublish()

    feed = parse(client.get("/updates/feed/"))
    assert feed.find(f"{ATOM}title").text == "Updates"
    # RFC 4287 4.1.1: a feed whose entries name no author must name one itself.
    assert feed.find(f"{ATOM}author/{ATOM}name").text == "Amparo"
    entries = feed.findall(f"{ATOM}entry")
    assert [e.find(f"{ATOM}title").text for e in entries] == ["Newer <b>", "Older"]
    assert entries[0].find(f"{ATOM}link").get("href") == "http://testserver/updates/newer/"
    # type="html": the plain-text summary arrives escaped, so a reader shows "Sum & more", not markup.
    assert entries[0].find(f"{ATOM}summary").get("type") == "html"
    assert entries[0].find(f"{ATOM}summary").text == "Sum &amp; more"
    assert entries[1].find(f"{ATOM}category").get("term") == "Detention & courts"
    assert entries[1].find(f"{ATOM}updated").text.startswith("20")


@pytest.mark.django_db
def test_weekly_actions_feed_and_its_link_in_the_page_head(client, weekly_index):
    WeeklyActionsPageFactory(
        parent=weekly_index,
        title="Stand with workers",
        slug="workers",
        actions=[action("Call", "call"), action("Share", "share"), action("Call again", "call")],
    )
    head = client.get("/take-action-now/").content.decode().split("</head>")[0]
    assert (
        '<link rel="alternate" type="application/atom+xml" title="Take Action Now" href="/take-action-now/feed/">'
        in head
    )

    feed = parse(client.get("/take-action-now/feed/"))
    (entry,) = feed.findall(f"{ATOM}entry")
    assert entry.find(f"{ATOM}title").text == "Stand with workers"
    assert entry.find(f"{ATOM}link").get("href") == "http://testserver/take-action-now/workers/"
    assert [c.get("term") for c in entry.findall(f"{ATOM}category")] == ["Call", "Share"]


@pytest.mark.django_db
def test_spanish_feed_holds_only_spanish_pages(client, weekly_index, spanish_home, translate):
    issue = WeeklyActionsPageFactory(parent=weekly_index, title="English issue", slug="issue")
    translate(weekly_index, title="Actúe ahora", slug="actue-ahora")
    translate(issue, title="Número en español", slug="numero")
    feed = parse(client.get("/es/actue-ahora/feed/"))
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "es"
    assert [e.find(f"{ATOM}title").text for e in feed.findall(f"{ATOM}entry")] == ["Número en español"]
    assert [c.get("term") for c in feed.find(f"{ATOM}entry").findall(f"{ATOM}category")] == [
        "Firmar",
        "Llamar",
        "Donar",
    ]
