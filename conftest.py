"""Fixtures every app's tests share: a site with English and Spanish home pages, and the browser set-up."""

import os

import pytest
from wagtail.models import Locale, Page, Site

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
    """Deselect PostgreSQL-only tests on SQLite; run the tests on the shared demo site last, in one xdist worker.

    Tests marked `postgres` need row locks and real concurrency: deselected (not skipped) on SQLite.

    The demo is loaded once per worker inside a transaction that stays open until the session ends (see
    `demo_site`), so every test after the first one that uses it must be one of its own: no other test may run
    inside that transaction, and no transactional test (which flushes tables) may run before it is rolled back.
    This runs after pytest-django's own reordering (trylast), so the demo tests really come last.
    """
    if "postgres" not in os.environ.get("DATABASE_URL", ""):
        drop = [item for item in items if item.get_closest_marker("postgres")]
        if drop:
            config.hook.pytest_deselected(items=drop)
            items[:] = [item for item in items if item not in drop]
    demo = [item for item in items if "demo_site" in getattr(item, "fixturenames", ())]
    for item in demo:
        item.add_marker(pytest.mark.xdist_group("demo_site"))
    items[:] = [item for item in items if item not in demo] + demo


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: cached menus or rate-limit counters never leak between tests."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(scope="session")
def _demo_database(django_db_setup, django_db_blocker):
    """The whole demo (`load_demo_content`) built once per test session and rolled back at its end."""
    from django.core.management import call_command
    from django.db import transaction

    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        call_command("load_demo_content", verbosity=0)
    yield
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)


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
    home = HomePageFactory(parent=root, title="Home", slug="home-en", hero_heading="Stand with our neighbours")
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    welcome_page_id = site.root_page_id
    site.root_page, site.hostname, site.port = home, "testserver", 80
    site.save()
    Page.objects.filter(pk=welcome_page_id).exclude(pk=home.pk).delete()
    return home


@pytest.fixture
def spanish_home(home_page, locales):
    home_es = home_page.copy_for_translation(locales[1])
    home_es.title = "Inicio"
    home_es.slug = "inicio"
    home_es.hero_heading = "Defendamos a nuestros vecinos"
    home_es.save_revision().publish()
    return home_es.specific
