"""The whole demo site in a real browser, each page loaded once per language and checked for everything a crawl
checks: WCAG 2.2 AA (axe-core), nothing blocked by the site's own Content-Security-Policy, no JavaScript error,
no request leaving the site, and a 200.

The pages: every live page of the language, every page of the demo's sitemap in that language (the sitemap has
more than 40, in both languages), and the pages a supporter reaches with something filled in. A CSP violation is
what the browser reports (console and the `securitypolicyviolation` event); a JavaScript error is an uncaught one.
"""

import re
from xml.etree import ElementTree

import pytest

from tests.e2e.accessibility import audit

pytestmark = pytest.mark.browser

# Pages a supporter reaches with something filled in, not only as first shown.
WITH_INPUT = {
    "en": [
        "/campaigns/free-them-all/call-congress/?zip=02139",
        "/directory/?language=es",
        "/directory/?near=02139",
        "/search/?query=rights",
    ],
    "es": ["/es/search/?query=derechos"],
}
# Reports each CSP violation on the console, where the test collects it (an init script runs outside the policy).
REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
    const blocked = event.blockedURI || "inline";
    console.error(`Content Security Policy violation: ${event.violatedDirective} blocked ${blocked}`);
});
"""


def sitemap_paths(page, base_url):
    page.goto(base_url + "/sitemap.xml")
    xml = page.evaluate("() => new XMLSerializer().serializeToString(document)")
    tree = ElementTree.fromstring(xml)
    locations = [element.text for element in tree.iter() if element.tag.endswith("}loc")]
    return [re.sub(r"^https?://[^/]+", "", location) for location in locations]


def in_language(path, language):
    return path.startswith("/es/") == (language == "es")


@pytest.mark.parametrize("language", ["en", "es"])  # two tests, so two workers can share the crawl
def test_every_demo_page_passes_axe_and_runs_clean_under_the_policy(
    page, live_server, demo_site, first_party_only, language
):
    from wagtail.models import Page, Site

    host, port = live_server.url.removeprefix("http://").split(":")
    Site.objects.update(hostname=host, port=int(port))
    Site.clear_site_root_paths_cache()
    live = [p.url for p in Page.objects.live().filter(depth__gte=2, locale__language_code=language).order_by("path")]
    assert len(live) > 20
    sitemap = sitemap_paths(page, live_server.url)
    assert len(sitemap) > 40
    assert any(in_language(path, "es") for path in sitemap) and any(in_language(path, "en") for path in sitemap)
    in_sitemap = [path for path in sitemap if in_language(path, language)]
    paths = list(dict.fromkeys(live + in_sitemap + WITH_INPUT[language]))  # each page once, in that order

    console_problems = []
    current = {}
    page.add_init_script(REPORT_VIOLATIONS)
    page.on(
        "console",
        lambda message: (
            console_problems.append((current["path"], message.text))
            if message.type == "error" and "Content Security Policy" in message.text
            else None
        ),
    )
    page.on("pageerror", lambda error: console_problems.append((current["path"], f"JavaScript error: {error}")))
    axe_problems = {}
    for path in paths:
        current["path"] = path
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
        page.wait_for_load_state("load")
        results = audit(page)
        if results.violations_count:
            axe_problems[path] = [v["id"] for v in results.response["violations"]]
    assert console_problems == []
    assert axe_problems == {}
    assert first_party_only == []
