"""Who gets a cached page and who never does."""

import pytest
from django.contrib import messages
from django.db import connection
from django.http import HttpResponse
from django.test.utils import CaptureQueriesContext
from django.urls import path

from pagecache.tests.conftest import SIGNATURE


def get_twice(client, url, **extra):
    first = client.get(url, **extra)
    with CaptureQueriesContext(connection) as queries:
        second = client.get(url, **extra)
    return first, second, len(queries)


@pytest.mark.django_db
def test_anonymous_visitor_gets_the_page_from_the_cache_without_a_query(client, petition):
    first, second, queries = get_twice(client, petition.url)
    assert first["X-Page-Cache"] == "miss" and second["X-Page-Cache"] == "hit"
    assert queries == 0
    assert second.content == first.content and second.status_code == 200
    assert "Suspend enforcement now" in second.content.decode()
    cache_control = second["Cache-Control"]
    assert "public" in cache_control and "s-maxage=10" in cache_control
    assert "stale-while-revalidate=30" in cache_control


SECURITY_HEADERS = (
    "Content-Security-Policy",
    "Permissions-Policy",
    "X-Frame-Options",
    "X-Content-Type-Options",
    "Referrer-Policy",
    "Cross-Origin-Opener-Policy",
)


@pytest.mark.django_db
def test_a_hit_carries_the_security_headers_of_the_page_and_its_own_request_id(client, petition, spanish_home):
    """A hit is answered before the security middleware runs: it carries the headers they gave the stored page."""
    for url in ("/", "/es/", petition.url):
        miss, hit = client.get(url), client.get(url)
        assert (miss["X-Page-Cache"], hit["X-Page-Cache"]) == ("miss", "hit"), url
        for header in SECURITY_HEADERS:
            assert hit[header] == miss[header], (url, header)
        assert "script-src 'self'" in hit["Content-Security-Policy"]
        assert "'unsafe-inline'" not in hit["Content-Security-Policy"]
        assert "frame-ancestors 'none'" in hit["Content-Security-Policy"]
        assert hit["X-Frame-Options"] == "DENY"
        assert hit["X-Request-ID"] != miss["X-Request-ID"]
    assert client.get("/", HTTP_X_REQUEST_ID="proxy-id-1")["X-Request-ID"] == "proxy-id-1"


@pytest.mark.django_db
def test_static_files_pass_the_page_cache_by(client, home_page, settings):
    settings.STATIC_URL = "/static/"
    response = client.get("/static/css/no-such-file.css")
    assert "X-Page-Cache" not in response


@pytest.mark.django_db
def test_a_hit_is_one_read_of_the_shared_cache(client, petition, monkeypatch):
    """With Redis, every read is a round trip: the generation, the last signature and the page come in one."""
    from django.core.cache import cache

    client.get(petition.url)
    reads, depth = [], [0]

    def counted(name, original):
        def read(*args, **kwargs):
            if not depth[0]:
                reads.append(name)  # a backend's get_many may call its own get: one read from outside
            depth[0] += 1
            try:
                return original(*args, **kwargs)
            finally:
                depth[0] -= 1

        return read

    for name in ("get", "get_many", "has_key"):
        monkeypatch.setattr(cache, name, counted(name, getattr(cache, name)))
    assert client.get(petition.url)["X-Page-Cache"] == "hit"
    assert reads == ["get_many"]


@pytest.mark.django_db
def test_anonymous_visitors_never_get_a_cookie(client, petition, spanish_home):
    for url in ("/", "/es/", petition.url, petition.url + "thanks/"):
        for _ in range(2):  # miss, then hit
            response = client.get(url)
            assert response.status_code == 200, url
            assert not response.cookies, f"{url} set {list(response.cookies)}"
            assert "Set-Cookie" not in response


@pytest.mark.django_db
def test_head_is_answered_from_the_cache_without_a_body(client, home_page):
    client.get("/")
    response = client.head("/")
    assert response["X-Page-Cache"] == "hit"
    assert response.content == b""


@pytest.mark.django_db
def test_logged_in_editors_always_see_the_live_page(admin_client, petition):
    first, second, queries = get_twice(admin_client, petition.url)
    assert "X-Page-Cache" not in second
    assert queries > 0
    assert "private" in second["Cache-Control"]
    # What an editor was served is never handed to an anonymous visitor either.
    admin_client.logout()
    assert admin_client.get(petition.url)["X-Page-Cache"] == "miss"


@pytest.mark.django_db
def test_previews_are_never_cached(admin_client, petition):
    url = f"/admin/pages/{petition.pk}/edit/preview/"
    admin_client.post(url, {"title": "Draft title"})  # the preview form, as the editor's browser sends it
    response = admin_client.get(url)
    assert "X-Page-Cache" not in response


@pytest.mark.django_db
def test_posts_and_their_responses_are_never_cached(client, petition):
    response = client.post(petition.url, {**SIGNATURE, "email": "bad"})
    assert response.status_code == 400
    assert "X-Page-Cache" not in response and "private" in response["Cache-Control"]
    # The form with its errors was not stored: the next visitor gets a clean page.
    page = client.get(petition.url)
    assert page["X-Page-Cache"] == "miss"
    assert "Please correct the errors below." not in page.content.decode()


@pytest.mark.django_db
def test_parameters_a_page_does_not_read_share_its_copy_tracking_or_not(client, home_page):
    assert client.get("/?zip=02139")["X-Page-Cache"] == "miss"
    assert client.get("/?zip=02139&utm_source=mail&fbclid=x")["X-Page-Cache"] == "hit"
    assert client.get("/?zip=10001")["X-Page-Cache"] == "hit"  # the home page reads no `zip`


@pytest.mark.django_db
def test_the_donation_thank_you_is_personal_and_never_cached(client, home_page):
    from donations.factories import DonatePageFactory

    donate = DonatePageFactory(parent=home_page)
    url = donate.url + "thanks/?session_id=cs_test_someone"
    for _ in range(2):
        response = client.get(url)
        assert response.status_code == 200
        assert "X-Page-Cache" not in response or response["X-Page-Cache"] != "hit"
        assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]


def page_with_a_message(request):
    messages.success(request, "Thanks, Ana!")
    return HttpResponse("".join(str(message) for message in messages.get_messages(request)))


def page_that_sets_a_cookie(request):
    response = HttpResponse("hello")
    response.set_cookie("seen", "1")
    return response


def page_with_a_csp_nonce(request):
    return HttpResponse(f'<script nonce="{request.csp_nonce}" src="/static/x.js"></script>')


urlpatterns = [
    path("message/", page_with_a_message),
    path("cookie/", page_that_sets_a_cookie),
    path("nonce/", page_with_a_csp_nonce),
]


@pytest.mark.django_db
@pytest.mark.urls("pagecache.tests.test_cache_rules")
def test_pages_with_a_message_a_cookie_or_a_csp_nonce_are_not_stored(client):
    """A nonce is one response's own: a page that used one is rendered for each visitor, with its own header."""
    nonces = set()
    for _ in range(2):
        response = client.get("/nonce/")
        assert response.get("X-Page-Cache") != "hit"
        nonces.add(response.content.decode().split('nonce="')[1].split('"')[0])
    assert len(nonces) == 2
    for url in ("/message/", "/cookie/"):
        client.get(url)
        assert client.get(url).get("X-Page-Cache") != "hit", url


@pytest.mark.django_db
def test_visitors_with_a_message_waiting_skip_the_cache(client, home_page):
    client.get("/")
    client.cookies["messages"] = "anything"
    assert "X-Page-Cache" not in client.get("/")


@pytest.mark.django_db
def test_admin_and_health_are_never_cached(client, home_page):
    for url in ("/admin/login/", "/healthz"):
        client.get(url)
        assert "X-Page-Cache" not in client.get(url), url


@pytest.mark.django_db
def test_turned_off_the_cache_renders_every_time(client, home_page, settings):
    settings.PAGECACHE_ENABLED = False
    _first, second, queries = get_twice(client, "/")
    assert "X-Page-Cache" not in second and queries > 0
