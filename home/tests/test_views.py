from xml.etree import ElementTree

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
def test_sitemap_lists_both_languages_with_hreflang_alternates(client, home_page, spanish_home, locales):
    about = StandardPageFactory(parent=home_page, slug="about", title="About us")
    about_es = about.copy_for_translation(locales[1])
    about_es.slug = "quienes-somos"
    about_es.save_revision().publish()
    StandardPageFactory(parent=home_page, slug="only-english", title="Only English")
    draft_es = StandardPageFactory(parent=home_page, slug="drafted", title="Drafted").copy_for_translation(locales[1])
    draft_es.slug = "borrador"
    draft_es.save_revision()

    response = client.get("/sitemap.xml")
    tree = ElementTree.fromstring(response.content)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    entries = {
        url.findtext("s:loc", namespaces=ns): {
            link.get("hreflang"): link.get("href")
            for link in url.findall("x:link", ns)
            if link.get("rel") == "alternate"
        }
        for url in tree.findall("s:url", ns)
    }
    pair = {
        "en": "http://testserver/about/",
        "es": "http://testserver/es/quienes-somos/",
        "x-default": "http://testserver/about/",
    }
    assert entries["http://testserver/about/"] == pair
    assert entries["http://testserver/es/quienes-somos/"] == pair
    assert entries["http://testserver/es/"]["en"] == "http://testserver/"
    assert entries["http://testserver/only-english/"] == {}  # no translation: no alternates
    assert "http://testserver/es/borrador/" not in entries  # a draft translation is not listed


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
