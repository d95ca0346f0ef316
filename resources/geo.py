"""Where a ZIP code or a town is, offline: ZIP centroids from the `zipcodes` package (kept in a compact index
file, resources/data/zip_points.tsv.gz), no geocoding service.

Visitors type "02139", "Cambridge, MA" or "Cambridge"; organisations' areas name a town and a state (or a ZIP
code). Both become a point, and the directory sorts groups by the distance between them. Nothing the visitor
types leaves the server.
"""

import gzip
import math
import re
import statistics
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from django.utils import translation

from core.normalise import normalise_zip
from resources.choices import NATIONWIDE, REGIONS

EARTH_RADIUS_MILES = 3958.8
MAX_PLACE_LENGTH = 100


@dataclass(frozen=True)
class Point:
    latitude: float
    longitude: float
    label: str = ""
    state: str = ""


# Every ZIP code's centroid, town and state, made from the `zipcodes` package by `manage.py build_zip_index`.
# Rows: ZIP, latitude, longitude, town, state, the town's folded name (empty for ZIPs that are not a town's).
ZIP_INDEX = Path(__file__).resolve().parent / "data" / "zip_points.tsv.gz"


@lru_cache(maxsize=1)
def _zip_text():
    """The index's text, framed by newlines so that a ZIP's row is found as "\n02139\t" (about 30 ms, once).

    The `zipcodes` package itself takes about a second to load its data on its first question, and folding every
    town's name another second: the directory's first "near 02139" took seconds. A string search finds a ZIP
    in the 1.6 MB text in well under a millisecond (a town's ZIP codes in a few), so no dictionary of 42,000
    ZIP codes or 30,000 towns is built."""
    with gzip.open(ZIP_INDEX, "rt", encoding="utf-8") as file:
        return "\n" + file.read().strip("\n") + "\n"


def _zip_row(zip5):
    text = _zip_text()
    start = text.find(f"\n{zip5}\t")
    if start < 0:
        return None
    return text[start + 1 : text.index("\n", start + 1)].split("\t")


def _town_points(town):
    """{state: [points]} of the ZIP codes of a (folded) town name, found by a search of the index's text (about
    a millisecond; no index of every town is built): a plain search for a row's end, "\\t<town>\\n" (a folded name
    has no tab or newline, and only the last column ends a row), then that row read from its start. (A regular
    expression over the whole 1.9 MB took 10-50 ms a town: each organisation's area paid it on every save.)"""
    text = _zip_text()
    row = re.compile(rf"\d{{5}}\t([^\t]+)\t([^\t]+)\t([^\t]*)\t([A-Z]{{2}})\t{re.escape(town)}")
    needle = f"\t{town}\n"
    by_state = {}
    end = text.find(needle)
    while end >= 0:
        start = text.rindex("\n", 0, end) + 1
        found = row.fullmatch(text, start, end + len(needle) - 1)
        if found:
            latitude, longitude, name, state = found.groups()
            by_state.setdefault(state, []).append((float(latitude), float(longitude), name, state))
        end = text.find(needle, end + 1)
    return by_state


def build_zip_index(path=ZIP_INDEX):
    """Writes the index from the `zipcodes` package (run by `manage.py build_zip_index` after upgrading it)."""
    import zipcodes

    rows = []
    for row in sorted(zipcodes.list_all(), key=lambda row: row["zip_code"]):
        if not row.get("lat") or not row.get("long"):
            continue
        key = _fold(row["city"]) if row.get("zip_code_type") in ("STANDARD", "PO BOX") else ""
        rows.append("\t".join([row["zip_code"], row["lat"], row["long"], row["city"], row["state"], key]))
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(path, "wb", compresslevel=9, mtime=0) as file:  # mtime 0: the same bytes every time
        file.write(("\n".join(rows) + "\n").encode("utf-8"))
    _zip_text.cache_clear()
    return len(rows)


def _fold(text):
    """Town names compared without case, accents, dots or repeated spaces ("St. Paul" = "st paul")."""
    import unicodedata

    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(char for char in text if not unicodedata.combining(char))
    return " ".join(re.sub(r"[.'’]", "", text).casefold().replace("saint ", "st ").split())


def _state_codes():
    """Every way to write a state: its code and its name in English and Spanish, folded."""
    names = {}
    for code, label in REGIONS:
        if code == NATIONWIDE:
            continue
        names[_fold(code)] = code
        for language in ("en", "es"):
            with translation.override(language):
                names[_fold(str(label))] = code
    return names


def zip_point(zip_code):
    zip5 = normalise_zip(zip_code)
    found = _zip_row(zip5) if zip5 else None
    if not found:
        return None
    _zip5, latitude, longitude, town, state, _key = found
    return Point(float(latitude), float(longitude), f"{zip5} ({town.title()}, {state})", state)


def town_point(town, state=""):
    """The middle of a town's ZIP codes; without a state, the state where that name has the most ZIP codes."""
    town = _fold(town)
    if not town:
        return None
    by_state = _town_points(town)
    if state:
        candidates = [(state, by_state.get(state, []))]
    else:
        candidates = [(code, by_state.get(code, [])) for code, _label in REGIONS if code != NATIONWIDE]
    state, points = max(candidates, key=lambda candidate: len(candidate[1]))
    if not points:
        return None
    # The median, not the mean: a few ZIP codes of a big city sit far away (PO boxes, unique ZIPs of firms).
    latitude = statistics.median(point[0] for point in points)
    longitude = statistics.median(point[1] for point in points)
    return Point(latitude, longitude, f"{points[0][2].title()}, {state}", state)


def area_point(region, place="", zip_code=""):
    """Where an organisation's area is: its ZIP code, else its town in its state; None for a whole state
    or the whole country (those are listed by state and nationwide, not by distance)."""
    if zip_code:
        point = zip_point(zip_code)
        if point:
            return point
    if not place or region == NATIONWIDE:
        return None
    for candidate in _place_variants(place):
        point = town_point(candidate, region)
        if point:
            return point
    return None


def _place_variants(place):
    """ "Boston area" -> "Boston"; "New York City" -> "New York"; "Cambridge / Somerville" -> "Cambridge"."""
    first = re.split(r"[/,;(–-]| and | y ", place)[0]
    words = first.split()
    variants = [place, first]
    while words and words[-1].casefold() in {"area", "metro", "city", "region", "county"}:
        words = words[:-1]
        variants.append(" ".join(words))
    if words and words[0].casefold() in {"greater", "metro"}:
        variants.append(" ".join(words[1:]))
    return [variant for variant in variants if variant.strip()]


def locate(text):
    """A point for "02139", "Cambridge, MA", "Cambridge Massachusetts" or "Cambridge"; None if unknown.

    A state on its own ("MA", "Texas") is a place too, but not a point: it gives Point(state=...) with no
    coordinates, so the directory can put that state's groups first.
    """
    text = " ".join((text or "").split())[:MAX_PLACE_LENGTH]
    if not text:
        return None
    if normalise_zip(text):
        return zip_point(text)
    states = _state_codes()
    folded = _fold(text.replace(",", " "))
    if folded in states:
        return Point(math.nan, math.nan, str(dict(REGIONS)[states[folded]]), states[folded])
    words = folded.split()
    for size in (2, 1):  # "new york", "ma"
        if len(words) > size and " ".join(words[-size:]) in states:
            return town_point(" ".join(words[:-size]), states[" ".join(words[-size:])])
    return town_point(folded)


def has_coordinates(point):
    return point is not None and not math.isnan(point.latitude)


def miles_between(a, b):
    """Great-circle distance in miles (haversine)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_MILES * math.asin(math.sqrt(h))
