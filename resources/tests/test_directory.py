import re

import pytest

from resources.factories import OrganisationFactory
from resources.listings import ORGANISATIONS_PER_PAGE
from resources.models import DirectoryPage, Organisation
from resources.tests.helpers import assert_queries_do_not_grow, card_titles, facet_counts, selected_options

pytestmark = pytest.mark.django_db


def get(client, query="", prefix=""):
    response = client.get(prefix + "/directory/" + query)
    assert response.status_code == 200
    return response.content.decode()


def region_headings(content):
    return re.findall(r'<h2 id="region-[^"]+">([^<]+)</h2>', content)


def test_groups_organisations_by_region_with_nationwide_last(client, organisations):
    content = get(client)
    assert region_headings(content) == ["California", "Massachusetts", "New Hampshire", "Texas", "Nationwide"]
    # One card per organisation and region it works in, alphabetical within a region.
    assert card_titles(content) == [
        "Border Angels",
        "CHIRLA",
        "BIJAN",
        "MIRA Coalition",
        "MIRA Coalition",
        "Border Angels",
        "National Immigration Law Center",
    ]
    assert "5 organisations" in content
    assert facet_counts(content, "region") == {"CA": 2, "MA": 2, "NH": 1, "TX": 1, "national": 1}
    assert facet_counts(content, "kind") == {
        "volunteer": 3,
        "donate": 4,
        "legal": 2,
        "advocacy": 2,
        "accompaniment": 1,
    }
    assert facet_counts(content, "language") == {"en": 4, "es": 4, "ht": 1, "pt": 1}


def test_cards_show_places_offers_languages_and_contact(client, organisations):
    content = get(client, "?q=BIJAN")
    assert "Boston area" in content
    assert '<li class="tag">Accompaniment</li>' in content
    assert '<span lang="es">Español</span>' in content
    assert 'href="tel:6175550100"' in content
    assert 'href="mailto:hello@example.org"' in content
    assert 'class="button button--donate button--small" href="https://example.org/give"' in content


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        ("?region=MA", ["BIJAN", "MIRA Coalition"]),
        ("?region=TX", ["Border Angels"]),
        ("?region=national", ["National Immigration Law Center"]),
        ("?kind=legal", ["CHIRLA", "National Immigration Law Center"]),
        ("?kind=accompaniment", ["BIJAN"]),
        ("?language=pt", ["MIRA Coalition", "MIRA Coalition"]),
    ],
)
def test_each_filter_narrows_the_directory(client, organisations, query, titles):
    assert card_titles(get(client, query)) == titles


def test_combined_filters_with_counts_from_the_other_filters(client, organisations):
    content = get(client, "?region=CA&kind=donate&language=en")
    assert card_titles(content) == ["CHIRLA"]
    assert region_headings(content) == ["California"]
    assert selected_options(content) == {"region": "CA", "kind": "donate", "language": "en"}
    assert facet_counts(content, "region") == {"CA": 1, "MA": 1, "national": 1}
    assert facet_counts(content, "kind") == {"legal": 1, "advocacy": 1, "donate": 1}
    assert facet_counts(content, "language") == {"en": 1, "es": 2}


@pytest.mark.parametrize(
    ("q", "titles"),
    [
        ("chirla", ["CHIRLA"]),  # name, any case
        ("desert crossing", ["Border Angels", "Border Angels"]),  # description phrase
        ("refug", ["MIRA Coalition", "MIRA Coalition"]),  # part of a word
        ("accompaniment Boston", ["BIJAN"]),  # words apart: the search backend
        ("legal battles immigrant", ["National Immigration Law Center"]),
    ],
)
def test_search_over_names_and_descriptions(client, organisations, q, titles):
    content = get(client, "?" + f"q={q}")
    assert card_titles(content) == titles


def test_search_combines_with_filters_and_the_form_keeps_them(client, organisations):
    content = get(client, "?q=legal&region=CA")
    assert card_titles(content) == ["CHIRLA"]
    assert '<input type="hidden" name="region" value="CA">' in content
    assert 'value="legal"' in content
    assert 'href="?region=CA&amp;kind=donate&amp;q=legal"' in content


@pytest.mark.parametrize(
    "query",
    [
        "?q=%00",
        "?q=%22",
        "?q=*",
        "?q=((",
        "?q=NEAR(a+b)",
        "?q=%27+OR+1%3D1+--",
        "?q=%25",
        "?q=_",
        "?q=" + "x" * 3000,
        "?region=ZZ&kind=<b>&language=12345",
        "?region=MA&region=bogus",
        "?page=0",
        "?page=last",
    ],
)
def test_ugly_input_never_breaks_the_page(client, organisations, query):
    response = client.get("/directory/" + query)
    assert response.status_code == 200
    assert "<b>" not in response.content.decode().split("<main")[1]


def test_unknown_filter_values_are_ignored(client, organisations):
    content = get(client, "?region=ZZ&kind=free-lunch&language=klingon")
    assert len(card_titles(content)) == 7
    assert selected_options(content) == {}


def test_spanish_directory_shows_only_spanish_descriptions(client, organisations, spanish_home, locales):
    bijan = Organisation.objects.get(name="BIJAN")
    translated = bijan.copy_for_translation(locales[1])
    translated.description = "Voluntarios que acompañan a la corte y a las citas con ICE."
    translated.save()
    directory_es = DirectoryPage.objects.get(locale=locales[0]).copy_for_translation(locales[1])
    directory_es.slug = "directorio"
    directory_es.save_revision().publish()

    content = client.get("/es/directorio/").content.decode()
    assert "Voluntarios que acompañan a la corte" in content
    assert "Volunteers provide accompaniment" not in content
    assert card_titles(content).count("BIJAN") == 1
    assert "CHIRLA" not in card_titles(content)  # not translated yet: no English card under Spanish labels
    assert "1 organización" in content
    assert facet_counts(content, "region")["MA"] == 1


def test_pagination_keeps_filters_and_search(client, directory, lookups):
    for number in range(ORGANISATIONS_PER_PAGE + 2):
        OrganisationFactory(
            name=f"Legal clinic {number:02d}", areas=[("NY", "New York City")], services=["legal"], languages=["es"]
        )
    first = get(client, "?kind=legal&q=clinic")
    assert len(card_titles(first)) == ORGANISATIONS_PER_PAGE
    assert 'href="?kind=legal&amp;q=clinic&amp;page=2"' in first
    second = get(client, "?kind=legal&q=clinic&page=2")
    assert card_titles(second) == ["Legal clinic 24", "Legal clinic 25"]


def test_constant_number_of_queries_whatever_the_number_of_organisations(client, directory):
    def add(count, start):
        regions = [("MA", "Boston"), ("NY", "New York City"), ("national", ""), ("CA", "Los Angeles")]
        for number in range(start, start + count):
            OrganisationFactory(
                name=f"Group {number:03d}",
                description="Immigrant legal help and volunteers.",
                areas=[regions[number % 4], regions[(number + 1) % 4]],
                services=["legal", "volunteer", "donate"][: 1 + number % 3],
                languages=["en", "es", "ht"][: 1 + number % 3],
            )

    urls = ["/directory/", "/directory/?region=MA&kind=legal&language=es&q=immigrant&page=2"]
    # 13 groups in two regions each: 26 cards, more than a page (ORGANISATIONS_PER_PAGE); 4 cards for the filters.
    assert ORGANISATIONS_PER_PAGE < 26
    assert_queries_do_not_grow(client, urls, add, many=13)
