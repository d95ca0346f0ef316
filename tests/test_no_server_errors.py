"""Promise 3 across the whole demo site: odd or hostile input gets a 4xx or the page, never a 500."""

import pytest
from wagtail.models import Page

JUNK_QUERIES = [
    "?page=abc",
    "?page=-1&query=%00",
    "?zip=<script>alert(1)</script>",
    "?zip=0213",
    "?zip=99999-9999-9",
    "?campaign=-5&amount=NaN&frequency=weekly",
    "?topic=%F0%9F%92%A5&kind=nope&language=xx&region=%27%22&service=1e9",
    "?q=" + "a" * 3000,
]
JUNK_POSTS = [
    {},
    {"email": "not-an-email", "name": "x" * 10000, "zip": "abcde"},
    {"amount": "1e9", "frequency": "sometimes", "campaign": "'; DROP TABLE x; --"},
    {"outcome": "?", "target": "-1", "kind": "organisation", "website": "spam"},
    {"name": "<script>", "email": "a@b.c", "zip": "02139", "city": "{__class__}", "letter": "{0}{"},
]


APP_URLS = [
    "/newsletter/signup/",
    "/es/newsletter/signup/",
    "/newsletter/confirm/not-a-token/",
    "/newsletter/unsubscribe/%00/",
    "/donations/stripe/webhook/",
    "/donations/test-checkout/not-a-uuid/",
    "/donations/test-checkout/00000000-0000-0000-0000-000000000000/",
    "/donations/manage/",
    "/search/",
    "/healthz",
    "/robots.txt",
    "/sitemap.xml",
]


@pytest.fixture
def generous_limits(settings):
    """Every hostile post reaches validation instead of stopping at a rate limit."""
    settings.CAMPAIGNS_RATE_LIMIT = settings.LEGISLATORS_RATE_LIMIT = settings.DONATIONS_RATE_LIMIT = "100000/h"
    settings.NEWSLETTER_SIGNUP_RATE = "100000/h"


# The pages are shared out in shards, so that pytest-xdist spreads the ~600 requests over its workers.
SHARDS = 4


@pytest.mark.django_db
@pytest.mark.parametrize("shard", range(SHARDS))
def test_no_page_answers_hostile_input_with_a_server_error(client, generous_limits, demo_site, shard):
    host = {"HTTP_HOST": "127.0.0.1:8000"}
    urls = [page.url for page in Page.objects.live().filter(depth__gte=2).order_by("path")] + APP_URLS
    assert len(urls) > 40
    failures = []
    for url in urls[shard::SHARDS]:
        for query in JUNK_QUERIES:
            status = client.get(url + query, **host).status_code
            if status >= 500:
                failures.append(("GET", url + query[:40], status))
        for data in JUNK_POSTS:
            status = client.post(url, data, **host).status_code
            if status >= 500:
                failures.append(("POST", url, sorted(data), status))
    assert failures == []
