"""The real congress data, imported once per test session (about two seconds) and shared by every test."""

import io

import pytest
from django.core.management import call_command

from legislators.factories import CallScriptPageFactory, LetterPageFactory


@pytest.fixture(scope="session")
def _congress_imported(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("import_legislators", stdout=io.StringIO())


@pytest.fixture
def congress(_congress_imported, db):
    """The imported data; imported again (inside the test) if a transactional test has flushed the tables."""
    from legislators.models import Legislator

    if not Legislator.objects.exists():
        call_command("import_legislators", stdout=io.StringIO())


@pytest.fixture
def letter_page(home_page, congress):
    # add_child does not enforce parent_page_types, so the page can hang under the home page in tests.
    return LetterPageFactory(parent=home_page, slug="write")


@pytest.fixture
def call_page(home_page, congress):
    return CallScriptPageFactory(parent=home_page, slug="call")
