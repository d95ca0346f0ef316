"""A cached page is keyed by the query parameters pages read: junk parameters share its copy, a parameter a
page reads gets a copy per value, and a page that reads a parameter outside the key is never stored."""

import pytest
from django.http import HttpResponse
from django.urls import path


def zip_echo(request):
    return HttpResponse(f"Results for {request.GET.get('zip', 'nowhere')}")


def colour_echo(request):
    return HttpResponse(f"Colour {request.GET.get('colour', 'none')}")


def query_walker(request):
    return HttpResponse(", ".join(sorted(request.GET)))


urlpatterns = [path("zip/", zip_echo), path("colour/", colour_echo), path("walk/", query_walker)]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "junk", ["x=1", "utm_source=mail&utm_medium=email&utm_campaign=day", "fbclid=abc", "gclid=1&ref=tw"]
)
def test_junk_parameters_get_the_page_already_cached(client, home_page, junk):
    first = client.get("/")
    assert first["X-Page-Cache"] == "miss"
    again = client.get(f"/?{junk}")
    assert again["X-Page-Cache"] == "hit"
    assert again.content == first.content


@pytest.mark.django_db
def test_a_page_first_visited_with_junk_is_stored_for_everyone(client, home_page):
    assert client.get("/?utm_source=newsletter")["X-Page-Cache"] == "miss"
    assert client.get("/")["X-Page-Cache"] == "hit"
    assert client.get("/?fbclid=xyz")["X-Page-Cache"] == "hit"


@pytest.mark.django_db
@pytest.mark.urls("pagecache.tests.test_query_keys")
def test_each_value_of_a_parameter_the_page_reads_has_its_own_copy(client):
    assert client.get("/zip/?zip=02139").content == b"Results for 02139"
    boston = client.get("/zip/?zip=02139&utm_source=mail")
    assert boston["X-Page-Cache"] == "hit" and boston.content == b"Results for 02139"
    new_york = client.get("/zip/?zip=10001")
    assert new_york["X-Page-Cache"] == "miss" and new_york.content == b"Results for 10001"
    nowhere = client.get("/zip/")
    assert nowhere["X-Page-Cache"] == "miss" and nowhere.content == b"Results for nowhere"


@pytest.mark.django_db
@pytest.mark.urls("pagecache.tests.test_query_keys")
def test_a_page_that_reads_a_parameter_outside_the_key_is_never_stored(client):
    for colour in ("red", "blue", "red"):
        response = client.get(f"/colour/?colour={colour}")
        assert response.content == f"Colour {colour}".encode()
        assert response.get("X-Page-Cache") != "hit"
        assert "private" in response["Cache-Control"]  # nor kept by a CDN
    client.get("/colour/")
    nothing = client.get("/colour/")  # read, though absent: `?colour=red` would share its key
    assert nothing.get("X-Page-Cache") != "hit" and nothing.content == b"Colour none"


@pytest.mark.django_db
@pytest.mark.urls("pagecache.tests.test_query_keys")
def test_a_page_that_walks_the_whole_query_is_never_stored(client):
    assert client.get("/walk/?a=1").content == b"a"
    response = client.get("/walk/?a=1&b=2")
    assert response.get("X-Page-Cache") != "hit" and response.content == b"a, b"


@pytest.mark.django_db
@pytest.mark.urls("pagecache.tests.test_query_keys")
def test_the_parameters_in_the_key_are_a_setting(client, settings):
    settings.PAGECACHE_QUERY_PARAMS = ("zip", "colour")
    client.get("/colour/?colour=red")
    hit = client.get("/colour/?colour=red&utm_source=x")
    assert hit["X-Page-Cache"] == "hit" and hit.content == b"Colour red"
    assert client.get("/colour/?colour=blue").content == b"Colour blue"
