"""Admin listings that fit an editor's day: one entry per translated page in filters.

(The export buttons in plain sight are `core.exports.VisibleExportMixin`, part of every admin export view.)
"""

from django.db.models import Min


def first_language_versions(queryset):
    """One row per translated page: the first language version made, which is where responses are stored
    (see PetitionPage.signed_page), so a filter lists "Free them all" once, not once per language."""
    firsts = queryset.model.objects.values("translation_key").annotate(first=Min("pk")).values("first")
    return queryset.filter(pk__in=firsts)
