"""Loads members of Congress, their offices and the ZIP-to-district table from the files in legislators/data/.

Re-running it with newer files updates members in place (matched by bioguide id), removes members who left
(and their offices) and replaces the ZIP table, all in one transaction: a bad file changes nothing.
"""

import csv
import time
from pathlib import Path

import yaml
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from legislators.models import Legislator, Office, ZipDistrict

DEFAULT_DATA_DIR = Path(__file__).resolve().parents[2] / "data"
LEGISLATORS_FILE = "legislators-current.yaml"
OFFICES_FILE = "legislators-district-offices.yaml"
ZIP_FILE = "zccd.csv"
BATCH_SIZE = 5000
YamlLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

LEGISLATOR_FIELDS = [
    "first_name",
    "last_name",
    "full_name",
    "gender",
    "chamber",
    "state",
    "district",
    "party",
    "state_rank",
    "website",
    "contact_form",
]


class Command(BaseCommand):
    help = "Imports current members of Congress, their offices and the ZIP-to-district table (public domain data)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--data-dir",
            default=str(DEFAULT_DATA_DIR),
            help=f"Folder holding {LEGISLATORS_FILE}, {OFFICES_FILE} and {ZIP_FILE} (default: the shipped copy).",
        )

    def handle(self, *args, **options):
        started = time.perf_counter()
        data_dir = Path(options["data_dir"])
        zip_rows = read_zip_districts(data_dir / ZIP_FILE)
        local_offices = read_local_offices(data_dir / OFFICES_FILE)
        members = read_legislators(data_dir / LEGISLATORS_FILE)
        parsed = time.perf_counter()
        with transaction.atomic():
            counts = save(members, local_offices, zip_rows)
        finished = time.perf_counter()
        self.stdout.write(
            self.style.SUCCESS(
                "Legislators: {created} new, {updated} updated, {removed} removed; {offices} offices; "
                "{zips} ZIP-district rows. Read in {read:.2f}s, saved in {saved:.2f}s.".format(
                    **counts, read=parsed - started, saved=finished - parsed
                )
            )
        )


def _load_yaml(path):
    try:
        with open(path, encoding="utf-8") as handle:
            return yaml.load(handle, Loader=YamlLoader)  # noqa: S506 (a safe loader)
    except OSError as error:
        raise CommandError(f"Cannot read {path}: {error}") from error
    except yaml.YAMLError as error:
        raise CommandError(f"{path} is not valid YAML: {error}") from error


def read_legislators(path):
    """bioguide id → (model fields, DC office fields), from each member's last (current) term."""
    entries = _load_yaml(path)
    if not isinstance(entries, list) or not entries:
        raise CommandError(f"{path} holds no legislators; refusing to empty the table.")
    members = {}
    for entry in entries:
        try:
            bioguide = entry["id"]["bioguide"]
            name = entry["name"]
            term = entry["terms"][-1]
            chamber = term["type"]
            state = term["state"]
        except (KeyError, IndexError, TypeError) as error:
            raise CommandError(f"{path}: a legislator is missing {error}: {str(entry)[:200]}") from error
        if chamber not in (Legislator.SENATE, Legislator.HOUSE):
            raise CommandError(f"{path}: {bioguide} has an unknown term type {chamber!r}.")
        full_name = name.get("official_full") or " ".join(
            part for part in (name.get("first"), name.get("middle"), name.get("last"), name.get("suffix")) if part
        )
        fields = {
            "first_name": name.get("first", ""),
            "last_name": name.get("last", ""),
            "full_name": full_name,
            "gender": (entry.get("bio") or {}).get("gender", "")[:1],
            "chamber": chamber,
            "state": state,
            "district": term.get("district") if chamber == Legislator.HOUSE else None,
            "party": term.get("party", ""),
            "state_rank": term.get("state_rank", ""),
            "website": term.get("url", ""),
            "contact_form": term.get("contact_form", ""),
        }
        dc_office = {
            "kind": Office.WASHINGTON,
            "source_id": f"{bioguide}-dc",
            "city": "Washington",
            "state": "DC",
            "address": term.get("address") or term.get("office") or "",
            "phone": term.get("phone", ""),
        }
        members[bioguide] = (fields, dc_office)
    return members


def read_local_offices(path):
    """bioguide id → list of local office fields."""
    offices = {}
    for entry in _load_yaml(path) or []:
        try:
            bioguide = entry["id"]["bioguide"]
        except (KeyError, TypeError) as error:
            raise CommandError(f"{path}: an entry has no bioguide id: {str(entry)[:200]}") from error
        for office in entry.get("offices") or []:
            address = ", ".join(
                str(part) for part in (office.get("building"), office.get("address"), office.get("suite")) if part
            )
            offices.setdefault(bioguide, []).append(
                {
                    "kind": Office.LOCAL,
                    "source_id": str(office.get("id", ""))[:100],
                    "city": office.get("city", ""),
                    "state": office.get("state", ""),
                    "zip_code": str(office.get("zip", ""))[:10],
                    "address": address[:300],
                    "phone": office.get("phone", ""),
                    "hours": str(office.get("hours", ""))[:200],
                }
            )
    return offices


def read_zip_districts(path):
    rows = set()
    try:
        with open(path, newline="", encoding="utf-8") as handle:
            for line, row in enumerate(csv.DictReader(handle), start=2):
                try:
                    zip_code, state, district = row["zcta"].strip(), row["state_abbr"].strip(), int(row["cd"])
                except (KeyError, ValueError, AttributeError) as error:
                    raise CommandError(f"{path}, line {line}: unreadable row {row!r}") from error
                if len(zip_code) != 5 or not zip_code.isdigit() or len(state) != 2:
                    raise CommandError(f"{path}, line {line}: unreadable row {row!r}")
                rows.add((zip_code, state, district))
    except OSError as error:
        raise CommandError(f"Cannot read {path}: {error}") from error
    if not rows:
        raise CommandError(f"{path} holds no ZIP codes; refusing to empty the table.")
    return rows


def _empty(model):
    """Empties a table that nothing points at in one DELETE. `QuerySet.delete()` would first load every row (42,000
    ZIP rows) to send each a post_delete that no receiver acts on for these tables (the page cache's purge listens
    to every model, and ignores these): seconds of every import."""
    rows = model.objects.all()
    rows._raw_delete(rows.db)


def save(members, local_offices, zip_rows):
    existing = {legislator.bioguide_id: legislator for legislator in Legislator.objects.all()}
    created, updated = [], []
    for bioguide, (fields, _dc_office) in members.items():
        legislator = existing.get(bioguide)
        if legislator is None:
            created.append(Legislator(bioguide_id=bioguide, **fields))
        elif any(getattr(legislator, name) != value for name, value in fields.items()):
            for name, value in fields.items():
                setattr(legislator, name, value)
            updated.append(legislator)
    departed = [legislator.pk for bioguide, legislator in existing.items() if bioguide not in members]
    Legislator.objects.filter(pk__in=departed).delete()
    Legislator.objects.bulk_create(created, batch_size=BATCH_SIZE)
    Legislator.objects.bulk_update(updated, LEGISLATOR_FIELDS, batch_size=500)

    ids = dict(Legislator.objects.values_list("bioguide_id", "pk"))
    # Offices have no identity worth keeping (nothing points at them): replace them all.
    _empty(Office)
    offices = []
    for bioguide, (_fields, dc_office) in members.items():
        offices.append(Office(legislator_id=ids[bioguide], **dc_office))
        offices.extend(Office(legislator_id=ids[bioguide], **local) for local in local_offices.get(bioguide, []))
    Office.objects.bulk_create(offices, batch_size=BATCH_SIZE)

    _empty(ZipDistrict)
    ZipDistrict.objects.bulk_create(
        (ZipDistrict(zip_code=z, state=s, district=d) for z, s, d in sorted(zip_rows)), batch_size=BATCH_SIZE
    )
    return {
        "created": len(created),
        "updated": len(updated),
        "removed": len(departed),
        "offices": len(offices),
        "zips": len(zip_rows),
    }
