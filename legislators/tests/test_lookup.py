import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.normalise import normalise_zip
from legislators.lookup import LookupResult, find_legislators

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("02139", "02139"),
        (" 02139 ", "02139"),
        ("02139-4307", "02139"),
        ("021394307", "02139"),
        ("02139 4307", "02139"),
        ("\t02139\n", "02139"),
        ("2139", None),
        ("021399", None),
        ("02139-43", None),
        ("abcde", None),
        ("０２１３９", None),  # full-width digits
        ("٠٢١٣٩", None),  # Arabic-Indic digits
        ("02139" * 20, None),
        ("", None),
        (None, None),
        ("{0}", None),
        ("'; DROP TABLE x;--", None),
    ],
)
def test_normalise_zip(raw, expected):
    assert normalise_zip(raw) == expected


def names(members):
    return sorted(member.full_name for member in members)


def test_a_zip_inside_one_district_gives_two_senators_and_one_representative(congress):
    result = find_legislators("60601")
    assert result.status == LookupResult.FOUND
    assert [state.code for state in result.states] == ["IL"]
    assert len(result.senators) == 2
    assert [(r.state, r.district) for r in result.representatives] == [("IL", 7)]
    assert len(result.legislators()) == 3
    assert result.notes == []


def test_cambridge_02139_shows_both_districts_and_says_why(congress):
    result = find_legislators("02139")
    assert names(result.senators) == ["Edward J. Markey", "Elizabeth Warren"]
    assert [d.label for d in result.states[0].districts] == ["MA-5", "MA-7"]
    assert names(result.representatives) == ["Ayanna Pressley", "Katherine M. Clark"]
    assert len(result.notes) == 1
    assert "split between 2 congressional districts (MA-5 and MA-7)" in result.notes[0]


def test_zip_plus_four_is_trimmed(congress):
    assert [d.label for d in find_legislators(" 02139-4307 ").states[0].districts] == ["MA-5", "MA-7"]


def test_a_zip_across_a_state_line_lists_both_states(congress):
    result = find_legislators("30165")
    assert [state.code for state in result.states] == ["AL", "GA"]
    assert [len(state.senators) for state in result.states] == [2, 2]
    assert [(r.state, r.district) for r in result.representatives] == [("AL", 3), ("GA", 14)]
    assert "crosses a state line" in result.notes[0]
    assert "Alabama and Georgia" in result.notes[0]


def test_dc_has_a_delegate_and_no_senators(congress):
    result = find_legislators("20001")
    assert result.senators == []
    assert names(result.representatives) == ["Eleanor Holmes Norton"]
    assert str(result.representatives[0].title) == "Delegate"
    assert result.notes == [
        "The District of Columbia has no senators. Its voters elect a delegate to the House of Representatives, "
        "who serves on committees but cannot vote on the final passage of bills."
    ]


@pytest.mark.parametrize("zip_code, state", [("82001", "WY"), ("05401", "VT")])
def test_at_large_states(congress, zip_code, state):
    result = find_legislators(zip_code)
    assert len(result.senators) == 2
    assert [(r.state, r.district) for r in result.representatives] == [(state, 0)]
    assert result.states[0].districts[0].label == f"{state}-AL"
    assert "single, at-large seat" in result.notes[0]


def test_puerto_rico_has_a_resident_commissioner(congress):
    result = find_legislators("00601")
    assert result.senators == []
    assert str(result.representatives[0].title) == "Resident Commissioner"
    assert "resident commissioner" in result.notes[0]


def test_territories_missing_from_the_census_file_are_placed_by_zip_range(congress):
    result = find_legislators("96910")  # Guam
    assert result.status == LookupResult.FOUND
    assert [(r.state, r.district) for r in result.representatives] == [("GU", 0)]
    assert result.notes[0].startswith("Guam has no senators.")


def test_a_zip_without_a_district_row_gives_the_state_senators_and_says_so(congress):
    result = find_legislators("02101")  # Boston PO boxes
    assert result.status == LookupResult.STATE_ONLY
    assert names(result.senators) == ["Edward J. Markey", "Elizabeth Warren"]
    assert result.representatives == []
    assert "cannot tell its congressional district" in result.notes[0]


def test_a_zip_without_a_row_in_an_at_large_state_still_finds_the_representative(congress):
    result = find_legislators("99950")  # Ketchikan PO boxes
    assert result.status == LookupResult.FOUND
    assert [(r.state, r.district) for r in result.representatives] == [("AK", 0)]


def test_99999_is_no_zip_code_not_alaska(congress):
    result = find_legislators("99999")
    assert result.status == LookupResult.UNKNOWN
    assert result.legislators() == []
    assert "We could not find ZIP code 99999" in result.notes[0]


def test_a_split_zip_offers_its_districts_with_their_representatives_offices(congress):
    from legislators.lookup import UNSURE, DistrictChoice

    result = find_legislators("02139")
    choice = DistrictChoice(result, "")
    assert choice.pending and [d.label for d in choice.candidates] == ["MA-5", "MA-7"]
    assert "Boston" in choice.candidates[1].office_cities
    chosen = DistrictChoice(result, "MA-7")
    assert names(chosen.members()) == ["Ayanna Pressley", "Edward J. Markey", "Elizabeth Warren"]
    unsure = DistrictChoice(result, UNSURE)
    assert names(unsure.members()) == ["Edward J. Markey", "Elizabeth Warren"]
    assert names(unsure.uncertain()) == ["Ayanna Pressley", "Katherine M. Clark"]
    # Writing to the senators only, a ZIP split between districts of one state asks nothing.
    assert not DistrictChoice(result, "", "senators").needed


def test_unknown_zip(congress):
    result = find_legislators("00000")
    assert result.status == LookupResult.UNKNOWN
    assert result.legislators() == []
    assert "We could not find ZIP code 00000" in result.notes[0]


@pytest.mark.parametrize("raw", ["abc", "1234", "123456", "<script>", "0213９", "02139-", "{}", "x" * 5000])
def test_malformed_input(congress, raw):
    with CaptureQueriesContext(connection) as queries:
        result = find_legislators(raw)
    assert result.status == LookupResult.MALFORMED
    assert "5-digit ZIP code" in result.notes[0]
    assert len(queries) == 0


def test_empty_input_is_not_an_error(congress):
    assert find_legislators("  ").status == LookupResult.EMPTY


@pytest.mark.parametrize("zip_code", ["60601", "02139", "30165", "20001", "02101", "00000"])
def test_a_constant_number_of_queries_per_look_up(congress, zip_code):
    with CaptureQueriesContext(connection) as queries:
        result = find_legislators(zip_code)
        # Offices come prefetched: reading them costs nothing more.
        for member in result.legislators():
            list(member.local_offices)
            list(member.dc_offices)
    assert len(queries) <= 4
