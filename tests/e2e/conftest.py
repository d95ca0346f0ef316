"""End-to-end fixtures: a live server with the site tree, and a check that no request leaves the site."""

import os

import pytest

from tests.e2e import chromium

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": chromium.EXECUTABLE,
        "args": chromium.CHROMIUM_ARGS,
    }


@pytest.fixture
def live_site(live_server, transactional_db, home_page, spanish_home):
    """The live server, with the default site answering on its host and port."""
    from wagtail.models import Site

    host, port = live_server.url.removeprefix("http://").split(":")
    Site.objects.filter(pk=home_page.get_site().pk).update(hostname=host, port=int(port))
    Site.clear_site_root_paths_cache()
    return live_server


@pytest.fixture
def first_party_only(page, live_server):
    """Records every request the page makes that is not to the site itself."""
    outside = []
    page.on(
        "request", lambda request: None if request.url.startswith(live_server.url) else outside.append(request.url)
    )
    return outside
