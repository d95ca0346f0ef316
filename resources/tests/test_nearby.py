"""Groups near you: a ZIP code or a town orders the directory by distance, local groups first."""

import re

import pytest

from resources.factories import OrganisationFactory
from resources.geo import locate, miles_between
from resources.tests.helpers import card_titles

pytestmark = pytest.mark.django_db


@pytest.fixture
def spread(directory, locales):
    """Groups in Cambridge and Worcester MA, Washington DC, Los Angeles and San Diego CA, plus state-wide ones."""
    english = locales[0]
    for name, areas in [
        ("Cambridge Sanctuary", [("MA", "Cambridge")]),
        ("Worcester Mutual Aid", [("MA", "Worcester")]),
        ("Massachusetts Statewide", [("MA", "")]),
        ("DC Legal Clinic", [("DC", "Washington")]),
        ("LA Workers Center", [("CA", "Los Angeles")]),
        ("San Diego Rapid Response", [("CA", "San Diego")]),
        ("California Statewide", [("CA", "")]),
        ("National Hotline", [("national", "")]),
    ]:
        OrganisationFactory(name=name, areas=areas, locale=english)


def near(client, place):
    response = client.get("/directory/", {"near": place})
    assert response.status_code == 200
    return response.content.decode()


def distances(content):
    return [int(miles) for miles in re.findall(r"(\d+) miles? away", content)]


def headings(content):
    return re.findall(r'<h2 id="region-\d+">([^<]+)</h2>', content)


def test_a_cambridge_zip_lists_nearby_groups_by_distance_then_the_state_then_nationwide(client, spread):
    content = near(client, "02139")
    assert card_titles(content)[:4] == [
        "Cambridge Sanctuary",
        "Worcester Mutual Aid",
        "Massachusetts Statewide",
        "National Hotline",
    ]
    # The rest are far away: nearest first (San Diego is a few miles nearer Boston than Los Angeles is), then
    # state-wide groups elsewhere.
    assert card_titles(content)[4:] == [
        "DC Legal Clinic",
        "San Diego Rapid Response",
        "LA Workers Center",
        "California Statewide",
    ]
    assert headings(content) == [
        "Near 02139 (Cambridge, MA)",
        "Across Massachusetts",
        "Nationwide",
        "Farther away",
        "Statewide groups in other states",
    ]
    shown = distances(content)
    assert shown == sorted(shown[:2]) + sorted(shown[2:])
    assert shown[0] <= 2 and 35 <= shown[1] <= 45  # Cambridge is next door; Worcester about 40 miles west
    assert 'value="02139"' in content


def test_a_dc_zip_puts_the_dc_clinic_first(client, spread):
    content = near(client, "20001")
    titles = card_titles(content)
    assert titles[0] == "DC Legal Clinic"
    assert titles[1] == "National Hotline"  # nothing else within reach, and no DC-wide group
    assert titles.index("Worcester Mutual Aid") < titles.index("LA Workers Center")


def test_a_los_angeles_zip_puts_la_then_san_diego_then_california(client, spread):
    titles = card_titles(near(client, "90012"))
    assert titles[:4] == ["LA Workers Center", "San Diego Rapid Response", "California Statewide", "National Hotline"]


def test_a_town_and_state_works_like_a_zip(client, spread):
    for place in ("Cambridge, MA", "cambridge ma", "Cambridge"):
        assert card_titles(near(client, place))[0] == "Cambridge Sanctuary", place


def test_a_zip_typed_into_the_search_box_means_near(client, spread):
    response = client.get("/directory/", {"q": "02139"})
    assert card_titles(response.content.decode())[0] == "Cambridge Sanctuary"


def test_a_state_alone_puts_that_states_groups_first(client, spread):
    titles = card_titles(near(client, "California"))
    assert set(titles[:3]) == {"LA Workers Center", "San Diego Rapid Response", "California Statewide"}


def test_an_unknown_place_says_so_and_lists_everyone(client, spread):
    content = near(client, "Atlantis")
    assert "We could not find “Atlantis”" in content
    assert len(card_titles(content)) >= 8


def test_text_search_matches_city_state_and_description(client, spread):
    OrganisationFactory(name="Quiet Group", description="Know-your-rights trainings in churches.", areas=[("NH", "")])
    assert card_titles(client.get("/directory/", {"q": "Worcester"}).content.decode()) == ["Worcester Mutual Aid"]
    by_state = card_titles(client.get("/directory/", {"q": "Massachusetts"}).content.decode())
    assert set(by_state) == {"Cambridge Sanctuary", "Worcester Mutual Aid", "Massachusetts Statewide"}
    assert card_titles(client.get("/directory/", {"q": "trainings churches"}).content.decode()) == ["Quiet Group"]


def test_filters_fold_away_behind_a_summary(client, spread):
    content = client.get("/directory/", {"kind": "legal"}).content.decode()
    assert '<details class="facets-fold">' in content
    assert re.search(r'<summary class="facets-fold__summary">Filter: Legal services</summary>', content)


def test_areas_get_coordinates_from_their_town_or_zip(spread):
    from resources.models import OrganisationArea

    cambridge = OrganisationArea.objects.get(organisation__name="Cambridge Sanctuary")
    assert miles_between((cambridge.latitude, cambridge.longitude), (42.3647, -71.1042)) < 3
    assert OrganisationArea.objects.get(organisation__name="National Hotline").latitude is None
    pinned = OrganisationArea.objects.create(organisation=cambridge.organisation, region="MA", zip_code="01608")
    assert round(pinned.latitude, 1) == round(locate("01608").latitude, 1)


def test_spanish_directory_orders_by_distance_too(client, spread, spanish_home):
    from wagtail.models import Locale

    from resources.models import DirectoryPage, Organisation

    directory = DirectoryPage.objects.get(locale__language_code="en")
    es = Locale.objects.get(language_code="es")
    spanish = directory.copy_for_translation(es, copy_parents=True)
    spanish.save_revision().publish()
    # The Spanish directory lists the organisations' Spanish versions (never English cards under Spanish labels).
    for organisation in Organisation.objects.filter(locale__language_code="en"):
        organisation.copy_for_translation(es).save()
    response = client.get(spanish.url, {"near": "02139"})
    content = response.content.decode()
    assert response.status_code == 200
    assert card_titles(content)[0] == "Cambridge Sanctuary"
    assert "Cerca de 02139 (Cambridge, MA)" in content
    assert re.search(r"\d+ millas? de distancia", content)


@pytest.mark.django_db
def test_a_translated_place_keeps_the_point_of_its_english_version(locales):
    from resources.models import OrganisationArea

    english = OrganisationFactory(name="Boston group", areas=[("MA", "Boston area")])
    spanish = english.copy_for_translation(locales[1])
    spanish.save()
    area = spanish.areas.get()
    area.place = "Área de Boston"  # not a town the ZIP list knows
    area.save()
    source = OrganisationArea.objects.get(organisation=english)
    assert source.latitude is not None
    assert (area.latitude, area.longitude) == (source.latitude, source.longitude)
