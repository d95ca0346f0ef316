"""WCAG 2.2 AA across the whole demo site: every live page, in English and Spanish, checked with axe-core."""

import pytest

from tests.e2e.accessibility import audit

pytestmark = pytest.mark.browser

# Pages a supporter reaches with something filled in, not only as first shown.
WITH_INPUT = ["/campaigns/free-them-all/call-congress/?zip=02139", "/directory/?language=es", "/search/?query=rights"]


@pytest.mark.parametrize("language", ["en", "es"])  # two tests, so two workers can share the crawl
def test_every_demo_page_passes_axe_and_stays_first_party(page, live_server, demo_site, first_party_only, language):
    from wagtail.models import Page, Site

    host, port = live_server.url.removeprefix("http://").split(":")
    Site.objects.update(hostname=host, port=int(port))
    Site.clear_site_root_paths_cache()
    live = Page.objects.live().filter(depth__gte=2, locale__language_code=language).order_by("path")
    paths = [p.url for p in live] + (WITH_INPUT if language == "en" else [])
    assert len(paths) > 20

    problems = {}
    for path in paths:
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
        results = audit(page)
        if results.violations_count:
            problems[path] = [v["id"] for v in results.response["violations"]]
    assert problems == {}
    assert first_party_only == []
