"""WCAG 2.2 AA across the whole demo site: every live page, in English and Spanish, checked with axe-core."""

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
# Pages a supporter reaches with something filled in, not only as first shown.
WITH_INPUT = ["/campaigns/free-them-all/call-congress/?zip=02139", "/directory/?language=es", "/search/?query=rights"]


def test_every_demo_page_passes_axe_and_stays_first_party(page, live_server, demo_site, first_party_only):
    from wagtail.models import Page, Site

    host, port = live_server.url.removeprefix("http://").split(":")
    Site.objects.update(hostname=host, port=int(port))
    Site.clear_site_root_paths_cache()
    paths = [p.url for p in Page.objects.live().filter(depth__gte=2).order_by("path")] + WITH_INPUT
    assert len(paths) > 40

    axe = Axe()
    problems = {}
    for path in paths:
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
        results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
        if results.violations_count:
            problems[path] = [v["id"] for v in results.response["violations"]]
    assert problems == {}
    assert first_party_only == []
