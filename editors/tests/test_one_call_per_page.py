"""A page never asks twice: the editor's donate or sign-up block makes the automatic one step aside."""

import pytest

from campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory
from home.factories import StandardPageFactory
from home.models import OrganisationSettings


def main_of(response):
    """The page's own content, without the site header's donate button."""
    return response.content.decode().split('id="main"', 1)[1].split("</main>", 1)[0]


DONATE_BOX = ("donate_to_campaign", {"heading": "Fund the bond fund", "text": "", "label": "Give to the bond fund"})


@pytest.fixture
def donate_setting(home_page):
    settings = OrganisationSettings.for_site(home_page.get_site())
    settings.donate_url = "https://donate.example.org/"
    settings.save()


@pytest.fixture
def campaign_index(home_page):
    return CampaignIndexPageFactory(parent=home_page)


@pytest.mark.django_db
def test_campaign_without_donate_box_shows_the_automatic_fundraising_card(client, campaign_index, donate_setting):
    campaign = CampaignPageFactory(parent=campaign_index, slug="c1", fundraising_goal=10000)
    html = main_of(client.get(campaign.url))
    assert "campaign-fundraising" in html
    assert html.count("button--donate") == 1


@pytest.mark.django_db
def test_donate_box_in_the_body_replaces_the_fundraising_card(client, campaign_index, donate_setting):
    campaign = CampaignPageFactory(parent=campaign_index, slug="c2", fundraising_goal=10000, body=[DONATE_BOX])
    html = main_of(client.get(campaign.url))
    assert "campaign-fundraising" not in html
    assert html.count("button--donate") == 1
    assert "Give to the bond fund" in html
    assert "raised of $10,000" in html  # the progress moved into the editor's box


@pytest.mark.django_db
def test_sign_up_block_in_the_body_replaces_the_footer_form(client, home_page):
    plain = StandardPageFactory(parent=home_page, slug="plain")
    with_block = StandardPageFactory(
        parent=home_page, slug="with-signup", body=[("newsletter_signup", {"heading": "Join us", "text": ""})]
    )
    assert client.get(plain.url).content.decode().count('class="newsletter-signup ') == 1
    html = client.get(with_block.url).content.decode()
    assert html.count('class="newsletter-signup ') == 1
    assert "newsletter-signup--footer" not in html and "Join us" in html
