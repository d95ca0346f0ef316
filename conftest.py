"""Fixtures every app's tests share: a site with English and Spanish home pages, and the browser set-up."""

import os

import pytest
from django.test import Client
from wagtail.models import Collection, Locale, Page, Site

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """Deselect PostgreSQL-only tests on SQLite; run the tests on the shared demo site last.

    Tests marked `postgres` need row locks and real concurrency: deselected (not skipped) on SQLite. Tests marked
    `sqlite_only` migrate the test database backwards and forwards: deselected on PostgreSQL, where the content
    types they leave under new ids collide with the next transactional test's serialized rollback.

    The demo is loaded once per process inside a transaction that stays open until the session ends (see
    `demo_site`), so every test after the first one that uses it must be one of its own: no other test may run
    inside that transaction, and no transactional test (which flushes tables) may run before it is rolled back.
    This runs after pytest-django's own reordering (trylast), so the demo tests really come last. pytest-xdist
    (`--dist load`) hands each worker its tests in collection order, so this holds in every worker too.
    """
    on_postgres = "postgres" in os.environ.get("DATABASE_URL", "")
    drop = [item for item in items if item.get_closest_marker("sqlite_only" if on_postgres else "postgres")]
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = [item for item in items if item not in drop]
    # Migration tests run last but for the demo's: the content types a migration back and forth leaves behind
    # must not meet another transactional test.
    last = [item for item in items if item.get_closest_marker("sqlite_only")]
    demo = [item for item in items if "demo_site" in getattr(item, "fixturenames", ())]
    items[:] = [item for item in items if item not in demo and item not in last] + last + demo
    if config.getoption("reverse_order"):
        items[:] = _reversed_in_groups(items)
    for item in items:
        _serialized_rollback_for(item)


def _serialized_rollback_for(item):
    """Transactional tests (live server, concurrency) empty every table when they end; with a serialized
    rollback each of them starts from what the migrations made (the page tree's root, locales, Wagtail's groups,
    the "Supporter data" group) and `reusable_test_database` puts it back when the session ends."""
    fixtures = getattr(item, "fixturenames", None)
    if fixtures is None:
        return
    marker = item.get_closest_marker("django_db")
    if marker is not None and marker.kwargs.get("transaction"):
        item.add_marker(pytest.mark.django_db(*marker.args, **{**marker.kwargs, "serialized_rollback": True}))
    elif "transactional_db" in fixtures or "live_server" in fixtures:
        fixtures.append("django_db_serialized_rollback")


def pytest_addoption(parser):
    parser.addoption(
        "--reverse-order",
        action="store_true",
        help="Run the tests backwards inside each group that must keep its place (pytest-django's database, "
        "transactional and database-free groups; the demo tests last): finds tests that lean on an earlier one.",
    )


def _order_group(item):
    """As pytest-django orders them: database tests, then transactional ones, then those with no database."""
    from django.test import TestCase, TransactionTestCase

    fixtures = getattr(item, "fixturenames", ())
    marker = item.get_closest_marker("django_db")
    cls = getattr(item, "cls", None)
    if cls is not None and issubclass(cls, TransactionTestCase):
        uses_db, transactional = True, not issubclass(cls, TestCase)
    else:
        uses_db = marker is not None or "db" in fixtures
        transactional = bool(marker and (marker.kwargs.get("transaction") or marker.args[:1] == (True,)))
        transactional = transactional or "transactional_db" in fixtures or "live_server" in fixtures
    return ("demo_site" in fixtures, 1 if transactional else 0 if uses_db else 2)


def _reversed_in_groups(items):
    result, run = [], []
    for item in items:
        if run and _order_group(item) != _order_group(run[0]):
            result += reversed(run)
            run = []
        run.append(item)
    return result + run[::-1]


class BrowserLikeClient(Client):
    """Sends `Origin` like a browser on a page of the site itself, so public form posts pass the Origin check
    (core/origin.py). A test of a cross-site post sets HTTP_ORIGIN or HTTP_SEC_FETCH_SITE itself."""

    def _base_environ(self, **request):
        environ = super()._base_environ(**request)
        told = {"HTTP_ORIGIN", "HTTP_REFERER", "HTTP_SEC_FETCH_SITE"} & environ.keys()
        if environ["REQUEST_METHOD"] not in ("GET", "HEAD") and not told:
            scheme = "https" if environ.get("wsgi.url_scheme") == "https" else "http"
            host = environ.get("HTTP_HOST") or environ["SERVER_NAME"]
            environ["HTTP_ORIGIN"] = f"{scheme}://{host}"
        return environ


@pytest.fixture
def client():
    return BrowserLikeClient()


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client


@pytest.fixture(scope="session", autouse=True)
def reusable_test_database(django_db_setup, django_db_blocker):
    """Leaves the test database as the migrations made it, so `--reuse-db` finds it complete next time.

    Transactional tests end by emptying every table (Django's flush), rows the data migrations made included;
    each of them starts again from what the migrations made (a serialized rollback, `_serialized_rollback_for`),
    and this puts it back once more when the session ends. A database already emptied by an older run is refused
    with the fix, instead of failing in a hundred odd ways.
    """
    from django.db import connections
    from wagtail.models import Locale

    with django_db_blocker.unblock():
        # pytest-django sets up no database when no collected test needs one (`pytest tests/test_app_imports.py`).
        set_up = Locale._meta.db_table in connections["default"].introspection.table_names()
        if set_up and not Locale.objects.exists():
            pytest.exit("The reused test database lost its migration data: run once with --create-db.", 2)
    yield
    if not set_up:
        return
    from django.core.management import call_command

    with django_db_blocker.unblock():
        for connection in connections.all(initialized_only=True):
            contents = getattr(connection, "_test_serialized_contents", None)
            if contents and not Locale.objects.using(connection.alias).exists():
                call_command(
                    "flush", database=connection.alias, interactive=False, verbosity=0, inhibit_post_migrate=True
                )
                connection.creation.deserialize_db_from_string(contents)


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: cached menus or rate-limit counters never leak between tests."""
    from django.core.cache import cache

    from home.frame_cache import forget_local_copies

    cache.clear()
    forget_local_copies()
    yield
    cache.clear()
    forget_local_copies()


_demo_loaded = []


_migration_test_ran = []


def pytest_runtest_setup(item):
    if item.get_closest_marker("sqlite_only"):
        _migration_test_ran.append(True)
    if _demo_loaded and "demo_site" not in item.fixturenames:
        pytest.fail(f"{item.nodeid} ran after the shared demo site was loaded: it would see the demo's rows")


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the site's default language: a test that rendered Spanish (translation.activate)
    without undoing it must not turn the next test on the same worker Spanish."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(scope="session")
def _demo_database(django_db_setup, django_db_blocker):
    """The whole demo (`load_demo_content`) built once per test session and rolled back at its end."""
    from django.core.management import call_command
    from django.db import transaction

    _demo_loaded.append(True)
    with django_db_blocker.unblock():
        if _migration_test_ran:  # it leaves the tables empty and the content types under other ids
            _migration_data_back()
        outer = transaction.atomic()
        outer.__enter__()
        call_command("load_demo_content", verbosity=0)
    yield
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)


def _migration_data_back():
    """Puts back what the migrations made (kept by Django when the test database was set up) if a transactional
    test emptied the tables, with the content types under their first ids, as every process has them cached."""
    from django.contrib.contenttypes.models import ContentType
    from django.core.management import call_command
    from django.db import connection
    from wagtail.models import Locale

    contents = getattr(connection, "_test_serialized_contents", None)
    if contents and not Locale.objects.exists():
        call_command("flush", interactive=False, verbosity=0, inhibit_post_migrate=True, reset_sequences=False)
        connection.creation.deserialize_db_from_string(contents)
    ContentType.objects.clear_cache()


@pytest.fixture
def demo_site(_demo_database, db):
    """The demo site, as `make run` shows it; each test's own changes are rolled back after it."""
    return {"HTTP_HOST": "127.0.0.1:8000"}


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"),
        "args": CHROMIUM_ARGS,
    }


@pytest.fixture
def locales(db):
    english = Locale.objects.get_or_create(language_code="en")[0]
    spanish = Locale.objects.get_or_create(language_code="es")[0]
    return english, spanish


@pytest.fixture
def home_page(locales):
    """An English home page as the default site's root, with a published Spanish translation."""
    from home.factories import HomePageFactory

    # Transactional tests (the live server's) flush the tree that migrations made; build it again then.
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", locale=locales[0]))
    if Collection.get_first_root_node() is None:  # images and documents need the root collection
        Collection.add_root(name="Root")
    home = HomePageFactory(parent=root, title="Home", slug="home-en", hero_heading="Stand with our neighbours")
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    welcome_page_id = site.root_page_id
    site.root_page, site.hostname, site.port = home, "testserver", 80
    site.save()
    Page.objects.filter(pk=welcome_page_id).exclude(pk=home.pk).delete()
    return home


@pytest.fixture
def donate_page(home_page):
    """The site's donate page, chosen in the organisation settings, so every donate link and ask leads to it.
    (The donations and browser suites override it with their own.)"""
    from donations.factories import DonatePageFactory
    from home.models import OrganisationSettings

    page = DonatePageFactory(parent=home_page)
    settings = OrganisationSettings.for_site(Site.objects.get(is_default_site=True))
    settings.donate_page = page
    settings.save()
    return page


@pytest.fixture
def spanish_home(home_page, locales):
    home_es = home_page.copy_for_translation(locales[1])
    home_es.title = "Inicio"
    home_es.slug = "inicio"
    home_es.hero_heading = "Defendamos a nuestros vecinos"
    home_es.save_revision().publish()
    return home_es.specific
