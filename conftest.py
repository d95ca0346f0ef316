"""Fixtures every app's tests share: the test databases, a site of a test's own, the browser.

A test starts from what the migrations made and builds what it needs (`home_page`…), or asks for `demo_site`
and starts from the demo site as `make run` shows it. `tests/databases.py` builds both once per run and gives each
pytest-xdist worker its own copy of each. An ordinary test runs inside a transaction rolled back after it; a test
that commits (live server, concurrency, migrations) leaves a fresh copy behind it. So no test depends on which
tests ran before it, in any order.
"""

import os
import unittest

import pytest
from django.test import Client
from wagtail.models import Locale, Page, Site

from tests import databases

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


def pytest_addoption(parser):
    parser.addoption("--reverse-order", action="store_true", help="Run the tests in reverse order.")
    parser.addoption("--as-given", action="store_true", help="Run the tests in the order they were named.")


@pytest.hookimpl(wrapper=True)
def pytest_collection_modifyitems(config, items):
    """Tests marked `postgres` need row locks and real concurrency: deselected (not skipped) on SQLite.
    `--reverse-order`, `--as-given` (tests/test_isolation.py) and `-p randomly` change the order pytest-django
    gives the tests, to show that no test leans on one that ran before it."""
    as_collected = list(items)
    yield
    if "postgres" not in os.environ.get("DATABASE_URL", ""):
        drop = [item for item in items if item.get_closest_marker("postgres")]
        config.hook.pytest_deselected(items=drop)
        items[:] = [item for item in items if item not in drop]
    if config.getoption("as_given"):
        kept = set(items)
        items[:] = [item for item in as_collected if item in kept]
    if config.getoption("reverse_order"):
        items.reverse()


@pytest.fixture(scope="session")
def django_db_setup(request, django_test_environment, django_db_blocker, django_db_modify_db_settings):
    """Replaces pytest-django's set-up (as its docs show for a populated test database): the templates are built
    once per run (or reused while current, with `--reuse-db`) and this worker gets its own copy of each."""
    with django_db_blocker.unblock():
        names = databases.Names()
        run_id = os.environ.get("PYTEST_XDIST_TESTRUNUID") or str(os.getpid())
        databases.build_templates(names, rebuild=request.config.getvalue("create_db"), run_id=run_id)
        databases.use_copy(names, "demo", fresh=True)
        databases.use_copy(names, "migrated", fresh=True)
    yield names
    with django_db_blocker.unblock():
        databases.drop_copies(names)


@pytest.fixture
def _django_db_helper(_test_database, _django_db_helper):
    """pytest-django's own database fixture, with `_test_database` set up before it and torn down after it."""
    return _django_db_helper


@pytest.fixture(scope="class", autouse=True)
def _unittest_database(request):
    """Django's own test classes (WagtailPageTestCase) open their transaction when the class starts, before any
    function fixture: they are given the migrations' copy first."""
    if request.cls is not None and issubclass(request.cls, unittest.TestCase):
        with request.getfixturevalue("django_db_blocker").unblock():
            databases.use_copy(request.getfixturevalue("django_db_setup"), "migrated")


@pytest.fixture
def _test_database(request, django_db_setup, django_db_blocker):
    """The demo's copy for tests that ask for `demo_site`, the migrations' copy for the others; a test that
    committed (live server, concurrency, migrations) leaves a fresh copy behind it."""
    kind = "demo" if "demo_site" in request.fixturenames else "migrated"
    with django_db_blocker.unblock():
        databases.use_copy(django_db_setup, kind)
    yield
    marker = request.node.get_closest_marker("django_db")
    committed = bool(marker and (marker.kwargs.get("transaction") or marker.args[:1] == (True,)))
    if committed or {"transactional_db", "live_server"} & set(request.fixturenames):
        with django_db_blocker.unblock():
            databases.use_copy(django_db_setup, kind, fresh=True)


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


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the site's default language: a test that rendered Spanish (translation.activate)
    without undoing it must not turn the next test on the same worker Spanish."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def demo_site(db):
    """The demo site, as `make run` shows it (`_test_database` gives the test the demo's copy); its host."""
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
    """An English home page as the default site's root, in place of Wagtail's welcome page."""
    from home.factories import HomePageFactory

    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, title="Home", slug="home-en", hero_heading="Stand with our neighbours")
    site = Site.objects.get(is_default_site=True)
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
