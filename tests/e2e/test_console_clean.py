"""Nothing on the public site is blocked by its own Content-Security-Policy, and no page throws a JavaScript error.

A real browser loads every page of the demo's sitemap (English and Spanish) and the pages a supporter reaches
with something filled in; the test fails on any CSP violation the browser reports (console and the
`securitypolicyviolation` event) and on any uncaught JavaScript error.
"""

import re
from xml.etree import ElementTree

import pytest

pytestmark = pytest.mark.browser

WITH_INPUT = [
    "/campaigns/free-them-all/call-congress/?zip=02139",
    "/directory/?near=02139",
    "/es/search/?query=derechos",
]
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


def test_every_sitemap_page_in_both_languages_runs_clean_under_the_policy(page, live_server, demo_site):
    from wagtail.models import Site

    host, port = live_server.url.removeprefix("http://").split(":")
    Site.objects.update(hostname=host, port=int(port))
    Site.clear_site_root_paths_cache()

    paths = sitemap_paths(page, live_server.url)
    assert len(paths) > 40
    assert any(path.startswith("/es/") for path in paths) and any(not path.startswith("/es/") for path in paths)

    problems = []
    current = {}
    page.add_init_script(REPORT_VIOLATIONS)
    page.on(
        "console",
        lambda message: (
            problems.append((current["path"], message.text))
            if message.type == "error" and "Content Security Policy" in message.text
            else None
        ),
    )
    page.on("pageerror", lambda error: problems.append((current["path"], f"JavaScript error: {error}")))
    for path in paths + WITH_INPUT:
        current["path"] = path
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
        page.wait_for_load_state("load")
    assert problems == []
