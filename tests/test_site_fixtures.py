"""The site fixtures' shortcuts leave the database exactly as the long way would."""

import pytest
from django.db import connection, transaction
from wagtail.models import Page, Site

from home.factories import HomePageFactory
from tests.site_fixtures import _delete_root_page

pytestmark = pytest.mark.django_db
# The congress data: large, and no page points at it.
SKIPPED = ("legislators_", "_fts")


def every_row():
    with connection.cursor() as cursor:
        tables = [t for t in connection.introspection.table_names(cursor) if not any(s in t for s in SKIPPED)]
        rows = {}
        for table in tables:
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            rows[table] = sorted(map(repr, cursor.fetchall()))
    return rows


@pytest.fixture
def home_beside_welcome(locales):
    """The home_page fixture's state just before it deletes the welcome page: (welcome page's id, home page)."""
    home = HomePageFactory(parent=Page.get_first_root_node(), title="Home", slug="home-en")
    site = Site.objects.get(is_default_site=True)
    welcome_page_id = site.root_page_id
    site.root_page = home
    site.save()
    return welcome_page_id, home


def test_the_welcome_page_goes_leaving_the_rows_djangos_cascade_leaves(home_beside_welcome):
    welcome_page_id, home = home_beside_welcome
    savepoint = transaction.savepoint()
    Page.objects.filter(pk=welcome_page_id).delete()
    by_django = every_row()
    transaction.savepoint_rollback(savepoint)

    _delete_root_page(welcome_page_id, keep=home.pk)
    assert not Page.objects.filter(pk=welcome_page_id).exists()
    assert every_row() == by_django
    assert Page.get_first_root_node().numchild == 1


def test_a_welcome_page_with_children_goes_djangos_way(home_beside_welcome):
    welcome_page_id, home = home_beside_welcome
    child = Page.objects.get(pk=welcome_page_id).add_child(instance=Page(title="Under it", slug="under-it"))
    _delete_root_page(welcome_page_id, keep=home.pk)
    assert not Page.objects.filter(pk__in=[welcome_page_id, child.pk]).exists()
    assert Page.get_first_root_node().numchild == 1
    assert Page.find_problems() == ([], [], [], [], [])
