import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from updates.factories import TopicFactory, UpdatePageFactory


@pytest.fixture
def topics(locales):
    english, spanish = locales
    detention = TopicFactory(name="Detention", slug="detention", locale=english)
    workers = TopicFactory(name="Workers", slug="workers", locale=english)
    TopicFactory(name="Detención", slug="detencion", locale=spanish, translation_key=detention.translation_key)
    return {"detention": detention, "workers": workers}


def _update(index, topics=(), **fields):
    page = UpdatePageFactory(parent=index, **fields)
    if topics:
        page.topics.set(topics)
        page.save_revision().publish()
    return page


@pytest.mark.django_db
def test_update_page_shows_date_summary_topics_image_and_body(client, updates_index, topics):
    image = get_image_model().objects.create(title="Court", file=get_test_image_file())
    _update(
        updates_index,
        [topics["detention"]],
        slug="bond-fund",
        title="Bond fund <script>",
        date=datetime.date(2026, 11, 3),
        summary="Eleven neighbours came home.",
        image=image,
        image_alt="People outside a courthouse",
        body=[("paragraph", "<p>Thanks to four hundred donors.</p>")],
    )
    response = client.get("/updates/bond-fund/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Bond fund &lt;script&gt;</h1>" in html
    assert '<time datetime="2026-11-03">' in html
    assert "Eleven neighbours came home." in html
    assert 'alt="People outside a courthouse"' in html
    assert "Thanks to four hundred donors." in html
    assert 'href="/updates/?topic=detention"' in html
    assert 'type="application/atom+xml"' in html and 'href="/updates/feed/"' in html


@pytest.mark.django_db
def test_index_lists_newest_first_and_filters_by_topic(client, updates_index, topics):
    _update(updates_index, [topics["detention"]], title="Older on detention", date=datetime.date(2026, 10, 1))
    _update(updates_index, [topics["workers"]], title="Newer on workers", date=datetime.date(2026, 11, 1))
    _update(updates_index, [topics["detention"], topics["workers"]], title="Both", date=datetime.date(2026, 9, 1))

    html = client.get("/updates/").content.decode()
    assert html.index("Newer on workers") < html.index("Older on detention") < html.index("Both")
    assert 'aria-current="page">All topics' in html

    detention = client.get("/updates/?topic=detention").content.decode()
    assert "Older on detention" in detention and "Both" in detention
    assert "Newer on workers" not in detention
    assert 'href="/updates/?topic=detention" aria-current="page"' in detention

    assert client.get("/updates/?topic=no-such-topic").status_code == 404
    for ugly in ["", "%00", "x" * 5000, "<script>", "detention'--"]:
        assert client.get("/updates/", {"topic": ugly}).status_code in (200, 404)


@pytest.mark.django_db
def test_control_characters_in_the_topic_are_a_404_not_a_500(client, updates_index, topics):
    # PostgreSQL refuses NUL in a query parameter; the raw query string must never reach it.
    client.raise_request_exception = False
    for query in ["topic=%00", "topic=detention%00", "topic=a%0Ab", "topic=%E2%80%AE"]:
        assert client.get(f"/updates/?{query}").status_code == 404, query
    assert client.get("/updates/?topic=detention").status_code == 200


@pytest.mark.django_db
def test_index_paginates_and_keeps_the_topic_in_page_links(client, updates_index, topics):
    for day in range(1, 13):
        _update(updates_index, [topics["workers"]], title=f"Workers news {day:02d}", date=datetime.date(2026, 10, day))
    html = client.get("/updates/?topic=workers").content.decode()
    assert "Workers news 12" in html and "Workers news 02" not in html
    assert 'href="?topic=workers&amp;page=2"' in html
    second = client.get("/updates/?topic=workers&page=2").content.decode()
    assert "Workers news 02" in second and "Workers news 01" in second
    assert client.get("/updates/?page=zzz").status_code == 200


@pytest.mark.django_db
def test_spanish_visitors_see_spanish_updates_and_topic_names(client, updates_index, topics, spanish_home, translate):
    update = _update(updates_index, [topics["detention"]], title="English news", slug="news")
    index_es = translate(updates_index, title="Noticias", slug="noticias")
    translate(update, title="Noticia en español", slug="noticia")  # keeps the English topic: shown in Spanish
    html = client.get("/es/noticias/").content.decode()
    assert "Noticia en español" in html and "English news" not in html
    assert "Detención" in html
    # A Spanish link with the English slug still filters (shared links cross languages).
    assert "Noticia en español" in client.get("/es/noticias/?topic=detention").content.decode()
    assert index_es.url == "/es/noticias/"


@pytest.mark.django_db
def test_index_runs_the_same_queries_for_few_or_many_updates(client, updates_index, topics):
    image = get_image_model().objects.create(title="Court", file=get_test_image_file())
    _update(updates_index, [topics["detention"]], image=image)
    client.get("/updates/")  # the first request makes the image rendition
    with CaptureQueriesContext(connection) as few:
        assert client.get("/updates/").status_code == 200
    for _ in range(8):
        _update(updates_index, [topics["detention"], topics["workers"]], image=image)
    client.get("/updates/")
    with CaptureQueriesContext(connection) as many:
        assert client.get("/updates/").status_code == 200
    assert len(many) == len(few), [q["sql"] for q in many.captured_queries]
