"""The directory's "near me" order, in the database so it paginates: local groups by distance, then the
visitor's state, then nationwide groups, then the rest.

Distances are great-circle miles between ZIP centroids (haversine in SQL: PostgreSQL has the functions and
Django registers them on SQLite). Each organisation appears once, at its nearest area.
"""

import math

from django.db.models import Case, F, FloatField, IntegerField, Max, Min, Q, Value, When
from django.db.models.functions import ASin, Cast, Cos, Power, Radians, Sin, Sqrt

from resources.choices import NATIONWIDE
from resources.geo import EARTH_RADIUS_MILES
from resources.models.organisations import OrganisationArea

# Groups within this many miles are "near"; farther ones follow the state-wide and nationwide groups.
NEAR_MILES = 100


class Tier:
    NEAR, IN_STATE, NATIONWIDE, FARTHER, ELSEWHERE = range(5)


def _miles_from(origin):
    """SQL for the distance from `origin` to an area's point (NULL for areas without one)."""
    lat0, lon0 = math.radians(origin.latitude), math.radians(origin.longitude)
    half_dlat = (Radians(F("latitude")) - Value(lat0)) / Value(2.0)
    half_dlon = (Radians(F("longitude")) - Value(lon0)) / Value(2.0)
    h = Power(Sin(half_dlat), 2) + Value(math.cos(lat0)) * Cos(Radians(F("latitude"))) * Power(Sin(half_dlon), 2)
    return Value(2 * EARTH_RADIUS_MILES) * ASin(Sqrt(h))


def nearby_rows(areas, origin):
    """One row per organisation: organisation_id, distance (miles or None), tier, ordered for the listing."""
    has_point = not math.isnan(origin.latitude)
    # A state alone has no point: a typed NULL, which PostgreSQL needs inside MIN().
    distance = _miles_from(origin) if has_point else Cast(Value(None), output_field=FloatField())
    rows = (
        areas.order_by()
        .values("organisation_id")
        .annotate(
            distance=Min(distance, output_field=FloatField()),
            in_state=Max(Case(When(region=origin.state, then=1), default=0, output_field=IntegerField())),
            nationwide=Max(Case(When(region=NATIONWIDE, then=1), default=0, output_field=IntegerField())),
            organisation_name=Min("organisation__name"),
        )
        .annotate(
            tier=Case(
                When(distance__lte=NEAR_MILES, then=Value(Tier.NEAR)),
                When(in_state=1, then=Value(Tier.IN_STATE)),
                When(nationwide=1, then=Value(Tier.NATIONWIDE)),
                When(distance__isnull=False, then=Value(Tier.FARTHER)),
                default=Value(Tier.ELSEWHERE),
                output_field=IntegerField(),
            )
        )
        .order_by("tier", F("distance").asc(nulls_last=True), "organisation_name", "organisation_id")
    )
    return rows


def text_matches(query, regions):
    """Every word of the query in the name, description, a town it works in or a state's name or code.

    ("legal Boston", "Cambridge", "Massachusetts", "tx"): the search backend adds stemmed matches on top.
    """
    condition = Q()
    words = query.split()
    for word in words:
        states = _states(word, words, regions)
        in_areas = OrganisationArea.objects.filter(Q(place__icontains=word) | Q(region__in=states))
        condition &= (
            Q(name__icontains=word) | Q(description__icontains=word) | Q(pk__in=in_areas.values("organisation_id"))
        )
    return condition


def _states(word, words, regions):
    """States a word names: part of a state's name (4+ letters), or its code when written "MA" or alone.

    Short lower-case words are left alone: "de", "la" and "in" are Spanish and English words, not states.
    """
    folded = word.casefold()
    if len(word) == 2 and (word.isupper() or len(words) == 1):
        return [code for code in regions if code.casefold() == folded]
    if len(word) > 3:
        return [code for code, label in regions.items() if folded in str(label).casefold()]
    return []
