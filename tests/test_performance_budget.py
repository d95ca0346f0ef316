"""Performance budget for the demo site: queries, HTML weight and first-party assets per key page.

Measured with the demo content loaded, each page served twice (the second, warm request is counted), the way
a visitor reaching an app server with a warm cache would be served.
"""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

# (path, query budget). The frame (site, locale, routing, settings) costs about ten of these.
BUDGETS = [
    ("/", 30),
    ("/es/", 32),
    ("/about/", 15),
    ("/donate/", 16),
    ("/campaigns/", 22),
    ("/campaigns/free-them-all/", 30),
    ("/campaigns/free-them-all/suspend-enforcement/", 24),
    ("/campaigns/free-them-all/write-to-congress/?zip=02139", 26),
    ("/campaigns/free-them-all/call-congress/?zip=02139", 26),
    ("/take-action-now/", 18),
    ("/updates/", 24),
    ("/resources/", 28),
    ("/directory/", 30),
    ("/search/?query=immigration", 20),
]
MAX_HTML_BYTES = 64 * 1024


@pytest.mark.django_db
def test_key_pages_stay_within_their_budgets(client, demo_site):
    host = {"HTTP_HOST": "127.0.0.1:8000"}
    report = []
    for path, budget in BUDGETS:
        client.get(path, **host)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path, **host)
        html = response.content.decode()
        report.append((path, response.status_code, len(queries), len(response.content)))
        assert response.status_code == 200, path
        assert len(queries) <= budget, f"{path}: {len(queries)} queries, budget {budget}"
        assert len(response.content) <= MAX_HTML_BYTES, f"{path}: {len(response.content)} bytes of HTML"
        # Everything the page loads comes from the site itself: no third-party scripts, styles, fonts or images.
        for url in re.findall(r'<(?:script|link|img|iframe)[^>]+(?:src|href)="([^"]+)"', html):
            assert not url.startswith(("http://", "https://", "//")) or url.startswith("http://127.0.0.1:8000"), (
                f"{path} loads {url}"
            )
    print("\n".join(f"{p:60} {s} {q:3} queries {b:6} bytes" for p, s, q, b in report))
