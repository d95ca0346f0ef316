"""Private sections from the frame cache instead of a query each time a page is served or a listing filtered.

Wagtail asks the database for every view restriction each time a queryset calls `.public()` (a home page does
it three times) and for the page's ancestors and their restrictions each time a page is served. A site has a
handful of private sections at most, and they change only when an editor sets or lifts a restriction or
moves or deletes a page, which all start a new content version (pagecache/purge.py). So the restricted pages' paths
are kept with the frame, and the two checks use them: no query unless the page really is in a private
section (then Wagtail's own check runs, unchanged).
"""

from django.db.models import Q
from wagtail.models import Page, PageViewRestriction
from wagtail.query import PageQuerySet

from home.frame_cache import cached_frame_part

_original_get_view_restrictions = Page.get_view_restrictions


def restricted_sections():
    """[(path, depth)] of every page with a view restriction."""
    return cached_frame_part(
        "view-restrictions",
        lambda: sorted(set(PageViewRestriction.objects.values_list("page__path", "page__depth"))),
    )


def _private_q(self):
    q = Q()
    for path, depth in restricted_sections():
        q |= Q(path__startswith=path) & Q(depth__gte=depth)
    return q if q else Q(pk__in=[])  # as Wagtail: no private section matches no page


def _get_view_restrictions(self):
    # An alias takes its source's restrictions (and an alias's children are aliases): Wagtail resolves those.
    if self.alias_of_id is None and not any(self.path.startswith(path) for path, _depth in restricted_sections()):
        return PageViewRestriction.objects.none()
    return _original_get_view_restrictions(self)


def install():
    PageQuerySet.private_q = _private_q
    Page.get_view_restrictions = _get_view_restrictions
