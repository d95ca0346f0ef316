"""WCAG 2.2 AA right to left: every live Arabic page of the demo (SITE_LANGUAGES=en,es,ar), checked with axe-core
in Chromium, on a phone and on a desktop, with no request leaving the site."""

import pytest

from tests.e2e.accessibility import audit
from tests.test_arabic_demo import arabic_demo  # noqa: F401 (the fixture)

pytestmark = pytest.mark.browser


def test_every_arabic_page_passes_axe_right_to_left(page, live_server, arabic_demo, first_party_only):  # noqa: F811
    from wagtail.models import Page, Site

    host, port = live_server.url.removeprefix("http://").split(":")
    Site.objects.update(hostname=host, port=int(port))
    Site.clear_site_root_paths_cache()
    paths = [p.url for p in Page.objects.live().filter(locale__language_code="ar").order_by("path")]
    assert len(paths) >= 4

    problems = {}
    for width, height in ((390, 844), (1280, 800)):
        page.set_viewport_size({"width": width, "height": height})
        for path in paths:
            response = page.goto(live_server.url + path)
            assert response.status == 200, path
            assert page.locator("html").get_attribute("dir") == "rtl", path
            results = audit(page)
            if results.violations_count:
                problems[f"{path} at {width}px"] = [v["id"] for v in results.response["violations"]]
    assert problems == {}
    assert first_party_only == []
