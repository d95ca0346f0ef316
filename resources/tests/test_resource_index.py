import pytest

from resources.factories import ResourcePageFactory
from resources.listings import RESOURCES_PER_PAGE
from resources.tests.helpers import assert_queries_do_not_grow, card_titles, facet_counts, selected_options

pytestmark = pytest.mark.django_db


def get(client, query=""):
    response = client.get("/resources/" + query)
    assert response.status_code == 200
    return response.content.decode()


def test_lists_every_resource_newest_review_first_with_counts_per_option(client, resources):
    content = get(client)
    assert card_titles(content) == [
        "If agents come to your door",
        "If you are stopped in the street",
        "Rapid response toolkit",
        "Immigrants and the economy",
    ]
    assert "4 resources" in content
    assert facet_counts(content, "kind") == {"guide": 2, "toolkit": 1, "factsheet": 1}
    assert facet_counts(content, "topic") == {"know-your-rights": 2, "local-organizing": 1}
    assert facet_counts(content, "language") == {"en": 4, "es": 2, "ht": 1, "pt": 1}
    assert 'Updated <time datetime="2024-12-11">Dec. 11, 2024</time>' in content
    assert '<span lang="ht">Kreyòl ayisyen</span>' in content


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        ("?kind=guide", ["If agents come to your door", "If you are stopped in the street"]),
        ("?kind=factsheet", ["Immigrants and the economy"]),
        ("?topic=local-organizing", ["Rapid response toolkit"]),
        ("?language=ht", ["If agents come to your door"]),
        ("?language=pt", ["Immigrants and the economy"]),
    ],
)
def test_each_filter_narrows_the_list(client, resources, query, titles):
    assert card_titles(get(client, query)) == titles


def test_combined_filters_and_counts_that_follow_the_other_filters(client, resources):
    content = get(client, "?kind=guide&language=ht")
    assert card_titles(content) == ["If agents come to your door"]
    assert selected_options(content) == {"kind": "guide", "language": "ht"}
    # Each filter counts what its options would show with the other filters kept.
    assert facet_counts(content, "kind") == {"guide": 1}
    assert facet_counts(content, "language") == {"en": 2, "es": 2, "ht": 1}
    assert facet_counts(content, "topic") == {"know-your-rights": 1}
    # Option links keep the other filter; "all" links drop only their own.
    assert 'href="?kind=guide&amp;language=es"' in content
    assert 'href="?language=ht">All kinds</a>' in content
    assert "Clear all filters" in content


def test_no_match_says_so_and_keeps_the_selected_option_visible(client, resources):
    content = get(client, "?kind=toolkit&language=pt")
    assert card_titles(content) == []
    assert "No resources match these filters" in content
    assert selected_options(content) == {"kind": "toolkit", "language": "pt"}


def test_topic_links_accept_the_translated_slug_and_show_translated_labels(client, resources, spanish_home, locales):
    index_es = resources["door"].get_parent().copy_for_translation(locales[1])
    index_es.slug = "recursos"
    index_es.save_revision().publish()
    door_es = resources["door"].copy_for_translation(locales[1])
    door_es.title = "Si los agentes llegan a su puerta"
    door_es.save_revision().publish()

    content = client.get("/es/recursos/?topic=conozca-sus-derechos").content.decode()
    assert card_titles(content) == ["Si los agentes llegan a su puerta"]
    assert "Conozca sus derechos" in content
    assert selected_options(content) == {"topic": "conozca-sus-derechos"}
    # The source-language slug works as well (links shared across languages).
    english_slug = client.get("/es/recursos/?topic=know-your-rights").content.decode()
    assert card_titles(english_slug) == ["Si los agentes llegan a su puerta"]
    assert "Actualizado" in english_slug


@pytest.mark.parametrize(
    "query",
    [
        "?kind=nope",
        "?kind=<script>alert(1)</script>",
        "?topic=%00",
        "?language=xx&kind=",
        "?kind=guide&kind=bogus",
        "?page=abc",
        "?page=-3",
        "?page=99999999999999999999",
        "?language[]=en",
        "?topic=" + "x" * 5000,
    ],
)
def test_bad_filter_values_are_ignored(client, resources, query):
    content = get(client, query)
    assert len(card_titles(content)) == 4
    assert "<script>alert(1)</script>" not in content
    assert selected_options(content) == {}


def test_pagination_keeps_the_filters(client, resource_index, lookups):
    for number in range(RESOURCES_PER_PAGE + 3):
        ResourcePageFactory(parent=resource_index, slug=f"guide-{number}", kind="guide", languages=["es"])
    ResourcePageFactory(parent=resource_index, slug="toolkit", kind="toolkit", languages=["es"])
    first = get(client, "?kind=guide&language=es")
    assert len(card_titles(first)) == RESOURCES_PER_PAGE
    assert 'href="?kind=guide&amp;language=es&amp;page=2"' in first
    second = get(client, "?kind=guide&language=es&page=2")
    assert len(card_titles(second)) == 3
    assert 'href="?kind=guide&amp;language=es&amp;page=1"' in second
    # Filter links start again at page one.
    assert "page=2" not in second.split('class="facets"')[1].split("</nav>")[0]


def test_draft_and_other_sections_resources_are_not_listed(client, resources, home_page):
    draft = resources["rapid"]
    draft.unpublish()
    assert "Rapid response toolkit" not in get(client)


def test_constant_number_of_queries_whatever_the_number_of_resources(client, resource_index, topics):
    def add(count, start):
        for number in range(start, start + count):
            ResourcePageFactory(
                parent=resource_index,
                slug=f"r{number}",
                kind=["guide", "toolkit", "factsheet"][number % 3],
                languages=["en", "es", "ht"][: 1 + number % 3],
                topics=[topics["rights"]] if number % 2 else [topics["organizing"]],
            )

    urls = ["/resources/", "/resources/?kind=guide&language=es&topic=know-your-rights&page=2"]
    assert RESOURCES_PER_PAGE < 13  # more than a page
    assert_queries_do_not_grow(client, urls, add, many=13)
