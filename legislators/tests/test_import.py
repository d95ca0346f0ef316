import io
import shutil
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from legislators.lookup import find_legislators
from legislators.models import Legislator, Office, ZipDistrict

DATA = Path(__file__).resolve().parents[1] / "data"
WARREN, MARKEY = "W000817", "M000133"

pytestmark = pytest.mark.django_db


def counts():
    return Legislator.objects.count(), Office.objects.count(), ZipDistrict.objects.count()


def test_the_shipped_data_is_complete(congress):
    assert Legislator.objects.filter(chamber="sen").count() == 100
    assert Legislator.objects.filter(chamber="rep").count() > 430
    assert ZipDistrict.objects.values("zip_code").distinct().count() > 33_000
    warren = Legislator.objects.get(bioguide_id=WARREN)
    assert warren.full_name == "Elizabeth Warren"
    assert warren.contact_form.startswith("https://")
    assert [o.phone for o in warren.dc_offices] == ["202-224-4543"]
    assert {o.city for o in warren.local_offices} >= {"Boston", "Springfield"}
    for licence in ("LICENSE-congress-legislators.txt", "LICENSE-us-zipcodes-congress.txt", "SOURCE.md"):
        assert (DATA / licence).exists()


def test_reimporting_the_same_files_changes_nothing(congress):
    before = counts()
    ids = dict(Legislator.objects.values_list("bioguide_id", "pk"))
    out = io.StringIO()
    call_command("import_legislators", stdout=out)
    assert counts() == before
    assert dict(Legislator.objects.values_list("bioguide_id", "pk")) == ids
    assert "0 new, 0 updated, 0 removed" in out.getvalue()


def set_last(entry, field, value):
    """The last `field:` line of a member's entry set to `value`: her last term's, the one the import reads."""
    before, marker, after = entry.rpartition(f"\n    {field}: ")
    assert marker and "- type:" not in after
    _old, newline, rest = after.partition("\n")
    return before + marker + value + newline + rest


@pytest.fixture
def newer_data(tmp_path):
    """A copy of the data where Markey left, Warren's number changed and one ZIP moved district (edited as text:
    parsing and writing back the 1 MB of YAML took a second)."""
    for path in DATA.iterdir():
        shutil.copy(path, tmp_path / path.name)
    entries = (DATA / "legislators-current.yaml").read_text().split("\n- id:\n")
    kept = [entry for entry in entries if f"bioguide: {MARKEY}\n" not in entry]
    assert len(kept) == len(entries) - 1
    [warren] = [i for i, entry in enumerate(kept) if f"bioguide: {WARREN}\n" in entry]
    kept[warren] = set_last(kept[warren], "phone", "202-555-0100")
    kept[warren] = set_last(kept[warren], "contact_form", "https://www.warren.senate.gov/contact/write")
    (tmp_path / "legislators-current.yaml").write_text("\n- id:\n".join(kept))
    rows = (DATA / "zccd.csv").read_text().replace("17,IL,60601,7", "17,IL,60601,5")
    (tmp_path / "zccd.csv").write_text(rows)
    return tmp_path


def test_newer_files_update_in_place_and_remove_members_who_left(congress, newer_data):
    markey = Legislator.objects.get(bioguide_id=MARKEY)
    warren_pk = Legislator.objects.get(bioguide_id=WARREN).pk
    assert Office.objects.filter(legislator=markey).exists()

    out = io.StringIO()
    call_command("import_legislators", "--data-dir", str(newer_data), stdout=out)

    assert "0 new, 1 updated, 1 removed" in out.getvalue()
    assert not Legislator.objects.filter(bioguide_id=MARKEY).exists()
    assert not Office.objects.filter(legislator_id=markey.pk).exists()
    warren = Legislator.objects.get(bioguide_id=WARREN)
    assert warren.pk == warren_pk
    assert warren.contact_form == "https://www.warren.senate.gov/contact/write"
    assert [o.phone for o in warren.dc_offices] == ["202-555-0100"]
    assert [(r.state, r.district) for r in find_legislators("60601").representatives] == [("IL", 5)]
    assert [s.full_name for s in find_legislators("02139").senators] == ["Elizabeth Warren"]
    assert "One of Massachusetts's seats in the Senate is vacant" in " ".join(find_legislators("02139").notes)


@pytest.mark.parametrize(
    "filename, content",
    [
        ("legislators-current.yaml", "[]"),
        ("legislators-current.yaml", "{{{ not yaml"),
        ("zccd.csv", "state_fips,state_abbr,zcta,cd\n25,MA,02139,five\n"),
        ("legislators-district-offices.yaml", "- offices: []\n"),
    ],
)
def test_a_bad_file_changes_nothing(congress, tmp_path, filename, content):
    for path in DATA.iterdir():
        shutil.copy(path, tmp_path / path.name)
    (tmp_path / filename).write_text(content)
    before = counts()
    with pytest.raises(CommandError):
        call_command("import_legislators", "--data-dir", str(tmp_path), stdout=io.StringIO())
    assert counts() == before


def test_a_missing_folder_is_a_clear_error(congress, tmp_path):
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_legislators", "--data-dir", str(tmp_path / "nowhere"), stdout=io.StringIO())
