"""List pages run the same number of queries whatever the number of campaigns, actions or signatures."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from campaigns.factories import CampaignPageFactory, EventPageFactory, PetitionPageFactory, SignatureFactory
from home.demo_tools import ensure_image


def queries_for(client, url):
    client.get(url)  # warm per-process caches (site root paths, content types)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.django_db
def test_campaign_index_queries_do_not_grow_with_campaigns(client, campaign_index):
    image = ensure_image("Test hero", seed=3)
    CampaignPageFactory.create_batch(2, parent=campaign_index, hero_image=image, fundraising_goal=100)
    few = queries_for(client, campaign_index.url)
    CampaignPageFactory.create_batch(9, parent=campaign_index, hero_image=image, fundraising_goal=100)
    many = queries_for(client, campaign_index.url)
    assert few == many
    assert many <= 25, many


@pytest.mark.django_db
def test_campaign_page_queries_do_not_grow_with_actions_or_events(client, campaign):
    PetitionPageFactory(parent=campaign)
    EventPageFactory(parent=campaign)
    few = queries_for(client, campaign.url)
    PetitionPageFactory.create_batch(6, parent=campaign)
    PetitionPageFactory.create_batch(3, parent=campaign, sign_on_mode="organisations")
    EventPageFactory.create_batch(5, parent=campaign)
    many = queries_for(client, campaign.url)
    assert few == many
    assert many <= 25, many


@pytest.mark.django_db
def test_petition_page_queries_do_not_grow_with_signatures(client, campaign):
    petition = PetitionPageFactory(parent=campaign, sign_on_mode="both")
    SignatureFactory.create_batch(2, petition=petition)
    SignatureFactory.create_batch(2, petition=petition, kind="organisation", organisation="Org")
    few = queries_for(client, petition.url)
    SignatureFactory.create_batch(40, petition=petition)
    SignatureFactory.create_batch(20, petition=petition, kind="organisation", organisation="Org")
    many = queries_for(client, petition.url)
    assert few == many
    assert many <= 25, many


@pytest.mark.django_db
def test_home_page_featured_campaign_adds_few_queries(client, campaign, home_page):
    from home.factories import HomePageFactory  # noqa: F401  (the fixture's home page is the site root)

    CampaignPageFactory.create_batch(5, parent=campaign.get_parent())
    with_campaigns = queries_for(client, "/")
    assert "campaign-featured" in client.get("/").content.decode()
    assert with_campaigns <= 25, with_campaigns
