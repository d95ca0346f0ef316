"""One copy per page: a page is keyed only by the query parameters it reads while rendering. Unread parameters,
whatever their values, get the page's one copy; a listing has a copy per `page`; copies of one page are
bounded by PAGECACHE_MAX_VARIANTS."""

import uuid

import pytest
from django.core.cache import cache
from django.http import HttpResponse
from django.urls import path

from updates.factories import UpdatePageFactory, UpdatesIndexPageFactory


def zip_echo(request):
    return HttpResponse(f"Results for {request.GET.get('zip', 'nowhere')}")


def near_or_region(request):
    """Reads `region` only when `near` is absent, as a directory does."""
    near = request.GET.get("near")
    return HttpResponse(f"Near {near}" if near else f"Region {request.GET.get('region', 'all')}")


urlpatterns = [path("zip/", zip_echo), path("directory/", near_or_region)]


def page_copies():
    """How many pages the (local-memory) test cache holds."""
    return sum(1 for key in cache._cache if ":pagecache:page:" in key or ":pagecache:variant:" in key)


@pytest.mark.django_db
@pytest.mark.parametrize("param", ["page", "q", "query", "zip", "near", "region", "topic"])
def test_a_random_value_of_a_parameter_the_home_page_does_not_read_is_a_hit(client, home_page, param):
    first = client.get("/")
    assert first["X-Page-Cache"] == "miss"
    for _ in range(3):
        response = client.get(f"/?{param}={uuid.uuid4().hex}")
        assert response["X-Page-Cache"] == "hit" and response.content == first.content
    assert page_copies() == 1


@pytest.mark.django_db
def test_a_page_first_visited_with_an_unread_parameter_is_the_copy_for_all(client, home_page):
    assert client.get("/?page=rnd1")["X-Page-Cache"] == "miss"
    assert client.get("/")["X-Page-Cache"] == "hit"
    assert client.get("/?page=rnd2")["X-Page-Cache"] == "hit"


@pytest.mark.django_db
def test_a_listing_has_a_copy_per_page_and_shares_it_across_unread_parameters(client, home_page):
    index = UpdatesIndexPageFactory(parent=home_page, title="News", slug="news")
    for number in range(25):
        UpdatePageFactory(parent=index, title=f"Update number {number:02d}", slug=f"update-{number}")
    first = client.get(index.url)
    second = client.get(index.url + "?page=2")
    assert second["X-Page-Cache"] == "miss" and second.content != first.content
    assert client.get(index.url + "?page=2&zip=02139&utm_source=mail")["X-Page-Cache"] == "hit"
    assert client.get(index.url + "?zip=02139")["X-Page-Cache"] == "hit"
    assert client.get(index.url + "?zip=02139").content == first.content


@pytest.mark.django_db
@pytest.mark.urls("pagecache.tests.test_one_copy")
def test_a_page_that_reads_more_on_some_urls_is_never_served_the_wrong_copy(client):
    expected = [
        ("/directory/?near=02139", b"Near 02139"),
        ("/directory/?region=west", b"Region west"),
        ("/directory/?region=east", b"Region east"),
        ("/directory/?near=02139&region=east", b"Near 02139"),
        ("/directory/", b"Region all"),
    ]
    for _visit in range(3):
        for url, body in expected:
            assert client.get(url).content == body, url
    for url, body in expected:
        response = client.get(url)
        assert response["X-Page-Cache"] == "hit" and response.content == body, url


@pytest.mark.django_db
@pytest.mark.urls("pagecache.tests.test_one_copy")
def test_copies_of_one_page_are_bounded_by_a_setting(client, settings):
    settings.PAGECACHE_MAX_VARIANTS = 5
    assert client.get("/zip/").content == b"Results for nowhere"
    for number in range(20):
        response = client.get(f"/zip/?zip={number:05d}")
        assert response.content == f"Results for {number:05d}".encode()
    assert page_copies() == 1 + 5
    assert client.get("/zip/?zip=00003")["X-Page-Cache"] == "hit"
    assert client.get("/zip/?zip=00019")["X-Page-Cache"] == "miss"
    assert client.get("/zip/")["X-Page-Cache"] == "hit"
