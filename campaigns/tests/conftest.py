import pytest

from campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory, PetitionPageFactory


@pytest.fixture
def campaign_index(home_page):
    return CampaignIndexPageFactory(parent=home_page)


@pytest.fixture
def campaign(campaign_index):
    return CampaignPageFactory(parent=campaign_index, title="#FreeThemAll", slug="free-them-all")


@pytest.fixture
def petition(campaign):
    return PetitionPageFactory(parent=campaign, title="Suspend enforcement now", slug="suspend-enforcement")
