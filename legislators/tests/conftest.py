"""Fixtures of the legislators' tests: the real congress data (in every test database), campaigns, pages."""

import pytest
from django.utils import translation

from legislators.factories import CallScriptPageFactory, LetterPageFactory


@pytest.fixture(autouse=True)
def english():
    """Requests to Spanish pages leave Spanish active in the thread; each test starts in English."""
    with translation.override("en"):
        yield


@pytest.fixture
def congress(db):
    """The real congress data: every test database has it (tests/databases.py imports it into the templates)."""


@pytest.fixture
def campaign(home_page):
    from campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory

    index = CampaignIndexPageFactory(parent=home_page)
    return CampaignPageFactory(parent=index, title="Free them all", slug="free-them-all")


@pytest.fixture
def letter_page(campaign, congress):
    return LetterPageFactory(parent=campaign, slug="write")


@pytest.fixture
def call_page(campaign, congress):
    return CallScriptPageFactory(parent=campaign, slug="call")
