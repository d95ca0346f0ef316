"""Showing content in the visitor's language: the active locale's version of a page or snippet, if any."""

from wagtail.models import Locale


def visitor_locale():
    """The Wagtail locale of the language this request is served in."""
    return Locale.get_active()


def in_visitor_language(obj):
    """The translation of a page or translatable snippet in the visitor's language, else the object itself.

    None stays None. A page comes back as the class it was given in (no extra query for `.specific`).
    """
    return obj.localized if obj is not None else None


def translations_for(objects, locale=None):
    """{translation_key: the object in `locale` (default: the visitor's) where translated, else as given}.

    For lists of translatable snippets (topics on cards): one query for all of them, none when all are already
    in that locale.
    """
    locale = locale or visitor_locale()
    objects = list(objects)
    missing = {obj.translation_key for obj in objects if obj.locale_id != locale.pk}
    found = {}
    if missing:
        model = type(objects[0])
        found = {obj.translation_key: obj for obj in model.objects.filter(translation_key__in=missing, locale=locale)}
    result = {}
    for obj in objects:
        result.setdefault(obj.translation_key, found.get(obj.translation_key, obj))
    return result


def first_language_versions(queryset):
    """One row per translated page: the first language version made, which is where responses are stored
    (see PetitionPage.signed_page), so an admin filter lists "Free them all" once, not once per language."""
    from django.db.models import Min

    firsts = queryset.model.objects.values("translation_key").annotate(first=Min("pk")).values("first")
    return queryset.filter(pk__in=firsts)


def first_language_version_id(page):
    """The id of the page's first language version, as `first_language_versions` lists it in admin filters."""
    return (
        type(page).objects.filter(translation_key=page.translation_key).order_by("pk").values_list("pk", flat=True)[0]
    )
