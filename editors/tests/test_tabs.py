"""Every page with an action opens on the same tabs, in the order an editor works: what the page says, what the
supporter does, what they see after, how it is shared; then Wagtail's own settings."""

import re

import pytest

from campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory

# Wagtail shows the Settings tab's fields (scheduling, privacy) in its side panels, not as a tab.
TABS = ["content", "action", "after_the_action", "promote"]

# A field an editor fills on each tab of each action page: where it must be found.
WHERE = {
    "campaigns/petitionpage": {"content": "intro", "action": "signature_goal", "after_the_action": "thank_you_text"},
    "campaigns/eventpage": {"content": "starts_at", "action": "rsvp_enabled", "after_the_action": "donation_ask"},
    "legislators/letterpage": {"content": "intro", "action": "letter", "after_the_action": "thank_you"},
    "legislators/callscriptpage": {"content": "intro", "action": "script", "after_the_action": "donation_ask_text"},
}


@pytest.fixture
def campaign(home_page):
    return CampaignPageFactory(parent=CampaignIndexPageFactory(parent=home_page))


def tab_panels(html):
    """{tab id: the HTML of that tab's panel}, in the order the tabs are shown."""
    order = list(dict.fromkeys(re.findall(r'<a[^>]+href="#tab-(\w+)"[^>]*role="tab"', html)))
    starts = [(name, html.index(f'id="tab-{name}"')) for name in order]
    ends = [start for _name, start in starts[1:]] + [len(html)]
    return {name: html[start:end] for (name, start), end in zip(starts, ends, strict=True)}


@pytest.mark.django_db
@pytest.mark.parametrize("page_type", sorted(WHERE))
def test_action_pages_open_on_the_editors_tabs_with_each_field_in_its_place(admin_client, campaign, page_type):
    response = admin_client.get(f"/admin/pages/add/{page_type}/{campaign.pk}/")
    assert response.status_code == 200
    panels = tab_panels(response.content.decode())
    assert list(panels) == TABS
    for tab, field in WHERE[page_type].items():
        # A form field is an input named for it; a stream field (the letter) is a block editor with its id.
        marks = (f'name="{field}"', f'<div id="{field}" data-block')
        assert any(mark in panels[tab] for mark in marks), f"{page_type}: {field} is not on the {tab} tab"
        others = [name for name in panels if name != tab]
        assert not any(mark in panels[name] for name in others for mark in marks)
    assert 'name="search_description"' in panels["promote"] and 'name="social_image"' in panels["promote"]


@pytest.mark.django_db
def test_the_call_pages_other_numbers_sit_with_its_script(admin_client, campaign):
    html = admin_client.get(f"/admin/pages/add/legislators/callscriptpage/{campaign.pk}/").content.decode()
    panels = tab_panels(html)
    assert "targets-TOTAL_FORMS" in panels["action"] and "Other people to call" in panels["action"]
