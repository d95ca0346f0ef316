"""The test databases and the state every test starts from (the site fixtures are in tests/site_fixtures.py).

A test starts from what the migrations made, or from a small site (`home_page`, `spanish_home`), or from the demo
site as `make run` shows it (`demo_site`). `tests/databases.py` builds each once per run and gives each pytest-xdist
worker its own copy. An ordinary test runs inside a transaction rolled back after it; a test that commits (live
server, concurrency, migrations) leaves a fresh copy behind it. No test depends on which tests ran before it.
"""

import os
import unittest

import pytest
from django.test import TransactionTestCase

from tests import databases

# The site fixtures every app uses (`client`, `admin_client`, `demo_site`, `home_page`…), and the collector's tuning.
pytest_plugins = ["tests.site_fixtures", "tests.collector"]


def pytest_addoption(parser):
    parser.addoption("--reverse-order", action="store_true", help="Run the tests in reverse order.")
    parser.addoption("--as-given", action="store_true", help="Run the tests in the order they were named.")


@pytest.hookimpl(wrapper=True)
def pytest_collection_modifyitems(config, items):
    """Tests marked `postgres` (row locks, real concurrency) are deselected, not skipped, on SQLite. `--reverse-order`,
    `--as-given` (tests/test_isolation.py) and `-p randomly` change the order, to show no test leans on another."""
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
        databases.use_copy(names, "migrated")
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
    """The copy a test starts from: the demo's for a test that asks for `demo_site`, the small site's for one that
    asks for `home_page` (with its Spanish home for `spanish_home`), the migrations' for the others. A test that
    committed (live server, concurrency, migrations) leaves a fresh copy behind it, in place of the flush Django
    would do (a flush is slower, and races with a live server still answering the browser's last requests)."""
    names = request.fixturenames
    wants = {"demo_site": "demo", "spanish_home": "bilingual", "home_page": "site"}
    kind = next((kind for fixture, kind in wants.items() if fixture in names), "migrated")
    marker = request.node.get_closest_marker("django_db")
    committed = bool(marker and (marker.kwargs.get("transaction") or marker.args[:1] == (True,)))
    committed = committed or bool({"transactional_db", "live_server"} & set(request.fixturenames))
    no_flush = pytest.MonkeyPatch()  # its own: undone here, after the test's own patches are
    if committed:
        no_flush.setattr(TransactionTestCase, "_fixture_teardown", lambda test_case: None)
    with django_db_blocker.unblock():
        databases.use_copy(django_db_setup, kind)
    yield
    no_flush.undo()
    if committed:
        with django_db_blocker.unblock():
            databases.use_copy(django_db_setup, kind, fresh=True)


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
