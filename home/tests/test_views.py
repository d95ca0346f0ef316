import pytest
from django.db import DatabaseError

from home.factories import StandardPageFactory


@pytest.mark.django_db
def test_search_finds_a_page_and_paginates(client, home_page):
    for number in range(12):
        StandardPageFactory(parent=home_page, slug=f"bond-{number}", title=f"Bond fund update {number}")
    StandardPageFactory(parent=home_page, slug="court", title="Court accompaniment")

    response = client.get("/search/", {"query": "bond"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "12 results for “bond”." in html
    assert html.count('class="card"') == 10
    assert "Page 1 of 2" in html
    second = client.get("/search/", {"query": "bond", "page": 2}).content.decode()
    assert second.count('class="card"') == 2
    assert "Court accompaniment" not in html


@pytest.mark.django_db
def test_search_survives_odd_input(client, home_page):
    StandardPageFactory(parent=home_page, slug="rights", title="Know your rights")
    odd_queries = ["x" * 5000, "<script>", '"unterminated', "it's", "rights'\"", "\x00rights", "AND OR NOT", "*", "(("]
    for params in [{"query": q} for q in odd_queries] + [{"query": "bond", "page": "abc"}, {}]:
        response = client.get("/search/", params)
        assert response.status_code == 200, params
    assert "Know your rights" in client.get("/search/", {"query": '"rights'}).content.decode()
    assert "&lt;script&gt;" in client.get("/search/", {"query": "<script>"}).content.decode()


@pytest.mark.django_db
def test_sitemap_lists_live_pages(client, home_page):
    StandardPageFactory(parent=home_page, slug="about", title="About us")
    draft = StandardPageFactory(parent=home_page, slug="draft", title="Draft", live=False)
    xml = client.get("/sitemap.xml").content.decode()
    assert "<loc>http://testserver/about/</loc>" in xml
    assert "<loc>http://testserver/</loc>" in xml
    assert draft.slug not in xml


@pytest.mark.django_db
def test_robots_points_at_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()


@pytest.mark.django_db
def test_missing_page_gets_a_friendly_404(client, home_page):
    response = client.get("/no-such-campaign/")
    assert response.status_code == 404
    assert "We can’t find that page" in response.content.decode()


@pytest.mark.django_db
def test_healthz_reports_the_database(client, monkeypatch):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]

    def broken_cursor(*args, **kwargs):
        raise DatabaseError("connection refused")

    monkeypatch.setattr("home.views.connection.cursor", broken_cursor)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"


def test_server_error_page_needs_nothing(rf):
    from home.views import server_error

    response = server_error(rf.get("/"))
    assert response.status_code == 500
    assert "Something went wrong on our side" in response.content.decode()
