"""The filtered, counted and paginated lists behind the resource index and the directory page.

Each list runs the same number of queries however many resources or organisations exist: one GROUP BY per
filter for the counts, one page of results, and one prefetch per related list shown on the cards.
"""

import logging

from django.conf import settings
from django.core.paginator import Paginator
from django.db import DatabaseError, transaction
from django.db.models import Count, F, Q
from django.utils.translation import gettext_lazy as _

from core.i18n import visitor_locale
from core.models import Topic
from core.normalise import normalise_zip
from resources.choices import REGION_ORDER, REGIONS, RESOURCE_KINDS, SERVICES, region_ordering
from resources.facets import build_facet, clean_choice, clean_search, query_string
from resources.geo import locate
from resources.models.lookups import Language
from resources.models.organisations import Organisation, OrganisationArea
from resources.nearby import nearby_rows, text_matches

logger = logging.getLogger(__name__)

RESOURCES_PER_PAGE = 12
ORGANISATIONS_PER_PAGE = 24

OrganisationServices = Organisation.services.through
OrganisationLanguages = Organisation.languages.through


def _language_labels():
    """code -> name in the language itself, in the admin's order (one query)."""
    return dict(Language.objects.values_list("code", "autonym"))


def _topics_for_active_locale():
    """(translation_key -> topic to show, slug -> translation_key) from one query.

    Both the visitor's-language slug and the source slug are accepted in links.
    """
    active = visitor_locale()
    shown, keys_by_slug = {}, {}
    for topic in Topic.objects.filter(Q(locale=active) | Q(locale__language_code=settings.LANGUAGE_CODE)):
        keys_by_slug[topic.slug] = topic.translation_key
        if topic.translation_key not in shown or topic.locale_id == active.pk:
            shown[topic.translation_key] = topic
    return shown, keys_by_slug


def _grouped_counts(queryset, key):
    return dict(queryset.order_by().values_list(key).annotate(count=Count("pk")))


def _linked_counts(through, owner, owners, key):
    """How many of `owners` link each value of `key` in the `through` table (one GROUP BY)."""
    rows = through.objects.filter(**{f"{owner}__in": owners}).order_by().values_list(key)
    return dict(rows.annotate(count=Count(owner, distinct=True)))


def _language_facet(legend, languages, through, owner, owners, selection):
    """The "language" facet, each option marked as written in its own language (`lang`)."""
    counts = _linked_counts(through, owner, owners, "language__code")
    langs = {code: code for code in languages}
    return build_facet("language", legend, _("All languages"), languages, counts, selection, langs=langs)


def resource_listing(request, resources, directory=None):
    """The resource index's context. The page hands over its live, public resources and its directory page, so
    this module needs no page model (and the page module can import it)."""
    resource_topics = resources.model.topics.through
    resource_languages = resources.model.languages.through
    kinds = dict(RESOURCE_KINDS)
    languages = _language_labels()
    topics, topic_keys_by_slug = _topics_for_active_locale()

    topic_key = topic_keys_by_slug.get(clean_choice(request, "topic", topic_keys_by_slug), "")
    selection = {
        "kind": clean_choice(request, "kind", kinds),
        "topic": topics[topic_key].slug if topic_key else "",
        "language": clean_choice(request, "language", languages),
    }

    def filtered(queryset, leave_out=None):
        if selection["kind"] and leave_out != "kind":
            queryset = queryset.filter(kind=selection["kind"])
        if topic_key and leave_out != "topic":
            linked = resource_topics.objects.filter(topic__translation_key=topic_key)
            queryset = queryset.filter(pk__in=linked.values("resourcepage_id"))
        if selection["language"] and leave_out != "language":
            linked = resource_languages.objects.filter(language__code=selection["language"])
            queryset = queryset.filter(pk__in=linked.values("resourcepage_id"))
        return queryset

    facets = [
        build_facet(
            "kind",
            _("Kind"),
            _("All kinds"),
            kinds,
            _grouped_counts(filtered(resources, "kind"), "kind"),
            selection,
        ),
        build_facet(
            "topic",
            _("Topic"),
            _("All topics"),
            {topic.slug: topic.name for topic in sorted(topics.values(), key=lambda topic: topic.name.lower())},
            {
                topics[key].slug: count
                for key, count in _linked_counts(
                    resource_topics, "resourcepage", filtered(resources, "topic"), "topic__translation_key"
                ).items()
                if key in topics
            },
            selection,
        ),
        _language_facet(
            _("Language"), languages, resource_languages, "resourcepage", filtered(resources, "language"), selection
        ),
    ]

    results = (
        filtered(resources)
        .order_by(F("last_reviewed").desc(nulls_last=True), "title")
        .prefetch_related("languages", "topics")
    )
    page_of_results = Paginator(results, RESOURCES_PER_PAGE).get_page(request.GET.get("page"))
    cards = [
        {
            "page": resource,
            "kind": kinds.get(resource.kind, ""),
            "languages": list(resource.languages.all()),
            "topics": [topics.get(topic.translation_key, topic) for topic in resource.topics.all()],
        }
        for resource in page_of_results
    ]
    return {
        "facets": facets,
        "selection": selection,
        "filtered": any(selection.values()),
        "clear_all_url": "?",
        "resources": page_of_results,
        "resource_cards": cards,
        "extra_query": query_string(selection),
        "directory": directory,
    }


def _search_organisation_ids(query):
    """Organisations whose name or description matches, via Wagtail's search backend (stemmed, ranked).

    Returns None if the backend cannot answer (e.g. a query it cannot parse); the caller then relies on the
    plain substring match alone.
    """
    try:
        with transaction.atomic():
            return [organisation.pk for organisation in Organisation.objects.all().search(query, operator="and")]
    except DatabaseError:
        logger.warning("Organisation search failed for a query; using the substring match only.", exc_info=True)
        return None


def directory_listing(directory_page, request):
    regions = dict(REGIONS)
    services = dict(SERVICES)
    languages = _language_labels()
    query = clean_search(request)
    near = clean_search(request, "near")
    if query and not near and normalise_zip(query):
        near, query = query, ""  # a ZIP code typed into the search box means "near this ZIP code"
    origin = locate(near) if near else None
    selection = {
        "region": clean_choice(request, "region", regions),
        "kind": clean_choice(request, "kind", services),
        "language": clean_choice(request, "language", languages),
        "q": query,
        "near": near,
    }

    organisations = Organisation.objects.for_locale(directory_page.locale)
    if query:
        matches = text_matches(query, regions)
        found = _search_organisation_ids(query)
        if found:
            matches |= Q(pk__in=found)
        organisations = organisations.filter(matches)

    def filtered(queryset, leave_out=None):
        if selection["region"] and leave_out != "region":
            linked = OrganisationArea.objects.filter(region=selection["region"])
            queryset = queryset.filter(pk__in=linked.values("organisation_id"))
        if selection["kind"] and leave_out != "kind":
            linked = OrganisationServices.objects.filter(service__code=selection["kind"])
            queryset = queryset.filter(pk__in=linked.values("organisation_id"))
        if selection["language"] and leave_out != "language":
            linked = OrganisationLanguages.objects.filter(language__code=selection["language"])
            queryset = queryset.filter(pk__in=linked.values("organisation_id"))
        return queryset

    region_counts = dict(
        OrganisationArea.objects.filter(organisation__in=filtered(organisations, "region"))
        .order_by()
        .values_list("region")
        .annotate(count=Count("organisation", distinct=True))
    )
    ordered_regions = {code: regions[code] for code in REGION_ORDER}
    facets = [
        build_facet("region", _("Where"), _("Everywhere"), ordered_regions, region_counts, selection),
        build_facet(
            "kind",
            _("What they offer"),
            _("Everything"),
            services,
            _linked_counts(OrganisationServices, "organisation", filtered(organisations, "kind"), "service__code"),
            selection,
        ),
        _language_facet(
            _("Languages served"),
            languages,
            OrganisationLanguages,
            "organisation",
            filtered(organisations, "language"),
            selection,
        ),
    ]

    placements = OrganisationArea.objects.filter(organisation__in=filtered(organisations))
    if selection["region"]:
        placements = placements.filter(region=selection["region"])
    if origin is not None:
        rows = nearby_rows(placements, origin)
    else:
        # One row per organisation and region it works in, so the list can be grouped by region and paginated.
        rows = (
            placements.values("region", "organisation_id")
            .annotate(region_rank=region_ordering(), organisation_name=F("organisation__name"))
            .distinct()
            .order_by("region_rank", "organisation_name", "organisation_id")
        )
    page_of_placements = Paginator(rows, ORGANISATIONS_PER_PAGE).get_page(request.GET.get("page"))
    shown = Organisation.objects.filter(pk__in=[row["organisation_id"] for row in page_of_placements])
    by_id = {org.pk: org for org in shown.prefetch_related("services", "languages", "areas")}

    groups = []
    for row in page_of_placements:
        organisation = by_id.get(row["organisation_id"])
        if organisation is None:
            continue
        key = row["tier"] if origin is not None else row["region"]
        if not groups or groups[-1]["region"] != key:
            label = _tier_label(row["tier"], origin, regions) if origin is not None else regions.get(key, "")
            groups.append({"region": key, "label": label, "entries": []})
        if origin is not None:
            places = [str(area) for area in organisation.areas.all()]
        else:
            places = [area.place for area in organisation.areas.all() if area.region == row["region"] and area.place]
        groups[-1]["entries"].append(
            {
                "organisation": organisation,
                "places": places,
                "miles": _rounded_miles(row.get("distance")),
                "services": [services.get(service.code, "") for service in organisation.services.all()],
                "languages": list(organisation.languages.all()),
            }
        )

    return {
        "facets": facets,
        "selection": selection,
        "search_query": query,
        "near_query": near,
        "origin": origin,
        "near_not_found": bool(near) and origin is None,
        "active_filters": [option.label for facet in facets for option in facet.options if option.selected],
        "filtered": any(selection.values()),
        "organisation_count": filtered(organisations).count(),
        "placements": page_of_placements,
        "groups": groups,
        "extra_query": query_string(selection),
    }


def _tier_label(tier, origin, regions):
    from resources.nearby import Tier

    if tier == Tier.NEAR:
        return _("Near %(place)s") % {"place": origin.label}
    if tier == Tier.IN_STATE:
        return _("Across %(state)s") % {"state": regions.get(origin.state, origin.state)}
    if tier == Tier.NATIONWIDE:
        return _("Nationwide")
    if tier == Tier.FARTHER:
        return _("Farther away")
    return _("Statewide groups in other states")


def _rounded_miles(distance):
    if distance is None:
        return None
    return max(1, round(distance))
