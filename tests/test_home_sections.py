"""The home page is composed of the sections apps register: each stylesheet linked once, and only in <head>."""

import datetime
from html.parser import HTMLParser

import pytest

from campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory
from updates.factories import (
    UpdatePageFactory,
    UpdatesIndexPageFactory,
    WeeklyActionsIndexPageFactory,
    WeeklyActionsPageFactory,
)


class StylesheetLinks(HTMLParser):
    """Every <link rel="stylesheet">, with whether it sits inside <head>."""

    def __init__(self):
        super().__init__()
        self.in_head = False
        self.links = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "head":
            self.in_head = True
        elif tag == "link" and attrs.get("rel") == "stylesheet":
            self.links.append((attrs["href"], self.in_head))

    def handle_endtag(self, tag):
        if tag == "head":
            self.in_head = False


def stylesheet_links(html):
    parser = StylesheetLinks()
    parser.feed(html)
    return parser.links


@pytest.fixture
def full_home(home_page):
    """A home page with every section: a featured campaign, this week's actions, a donate call, updates."""
    campaign = CampaignPageFactory(parent=CampaignIndexPageFactory(parent=home_page), title="Free them all")
    home_page.featured_campaign = campaign
    home_page.donate_heading = "Just $5 keeps us going"
    home_page.body = [("newsletter_signup", {"heading": "Get the actions", "text": ""})]
    home_page.save_revision().publish()
    weekly = WeeklyActionsIndexPageFactory(parent=home_page)
    WeeklyActionsPageFactory(parent=weekly, title="This week", issue_date=datetime.date(2026, 11, 17))
    updates = UpdatesIndexPageFactory(parent=home_page)
    for day in (1, 2):
        UpdatePageFactory(parent=updates, title=f"News {day}", date=datetime.date(2026, 11, day))
    return home_page


@pytest.mark.django_db
def test_each_stylesheet_is_linked_once_and_only_in_head(client, full_home):
    html = client.get("/").content.decode()
    links = stylesheet_links(html)
    hrefs = [href for href, _in_head in links]

    assert [href for href, in_head in links if not in_head] == []
    assert len(hrefs) == len(set(hrefs)), hrefs
    # The featured campaign is styled (its stylesheet used never to be loaded on the home page).
    assert any("campaigns/campaigns.css" in href for href in hrefs)
    assert any("updates/updates.css" in href for href in hrefs)


@pytest.mark.django_db
def test_sections_come_in_their_registered_order(client, full_home):
    html = client.get("/").content.decode()
    positions = [
        html.index(marker)
        for marker in (
            'id="featured-campaign-heading"',  # campaigns, order 10
            'id="weekly-actions-heading"',  # updates, order 20
            'id="donate-heading"',  # home, order 30
            'id="latest-updates-heading"',  # updates, order 40
            "newsletter-block",  # the page's own body comes last
        )
    ]
    assert positions == sorted(positions)


@pytest.mark.django_db
def test_a_section_with_nothing_to_show_brings_no_stylesheet(client, home_page):
    html = client.get("/").content.decode()
    hrefs = [href for href, _in_head in stylesheet_links(html)]
    assert not any("campaigns.css" in href or "updates.css" in href for href in hrefs)
    assert "featured-campaign-heading" not in html and "weekly-actions-heading" not in html
