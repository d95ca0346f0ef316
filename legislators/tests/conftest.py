"""The real congress data, imported once per test session (about two seconds) and shared by every test."""

import io

import pytest
from django.core.management import call_command
from django.utils import translation

from legislators.factories import CallScriptPageFactory, LetterPageFactory


@pytest.fixture(autouse=True)
def english():
    """Requests to Spanish pages leave Spanish active in the thread; each test starts in English."""
    with translation.override("en"):
        yield


@pytest.fixture(scope="session")
def _congress_imported(django_db_setup, django_db_blocker):
    """Committed for the whole session, and taken out again at its end: the test database is left as the
    migrations made it, so the next run that reuses it keeps only that."""
    from legislators.models import Legislator, Office, ZipDistrict

    with django_db_blocker.unblock():
        call_command("import_legislators", stdout=io.StringIO())
    yield
    with django_db_blocker.unblock():
        for model in (ZipDistrict, Office, Legislator):
            model.objects.all().delete()


@pytest.fixture
def congress(_congress_imported, db):
    """The imported data; imported again (inside the test) if a transactional test has flushed the tables."""
    from legislators.models import Legislator

    if not Legislator.objects.exists():
        call_command("import_legislators", stdout=io.StringIO())


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
