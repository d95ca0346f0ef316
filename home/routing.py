"""Routing a URL to its page in one query, whatever its depth.

Wagtail walks the tree one level at a time, two queries a level (the child by slug, then its specific row):
six for a petition under a campaign. The URL's page is found instead by `url_path` (the deepest page the URL
names), and its specific row is read; both are kept with the frame (whose version changes whenever a page is
saved, published, moved or deleted). That page then routes what is left of the URL itself, so routable pages
(`/donate/thanks/`) and 404s for unknown children behave exactly as with Wagtail's own walk.
"""

import hashlib

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from wagtail.models import Page

from core.queries import one_or_none
from home.frame_cache import cached_frame_part

# Image foreign keys a page's frame reads (share image, hero): fetched with the page, not one query each.
FRAME_IMAGE_FIELDS = ("social_image", "hero_image")


def _deepest_page(root, components):
    """[content type id, page id, components consumed] of the deepest page under `root` the URL names."""
    candidates = [root.url_path + "/".join(components[:n]) + "/" for n in range(1, len(components) + 1)]
    found = (
        Page.objects.filter(path__startswith=root.path, url_path__in=candidates)
        .order_by("-depth")
        .values_list("content_type_id", "pk", "depth")
        .first()
    )
    if found is None:
        return []
    content_type_id, pk, depth = found
    return [content_type_id, pk, depth - root.depth]


def route_by_url_path(root, request, components):
    # Only URLs that name a page exactly are kept: made-up URLs (scanners, typos, a routable page's sub-paths)
    # cost their one query each time rather than filling the cache.
    path = "/".join(components)
    found = cached_frame_part(
        f"route:{root.pk}:{hashlib.sha256(path.encode()).hexdigest()[:32]}",
        lambda: _deepest_page(root, components),
        keep=lambda found: bool(found) and found[2] == len(components),
    )
    if not found:
        raise Http404
    content_type_id, pk, consumed = found
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:
        raise Http404
    page = cached_frame_part(f"page:{pk}", lambda: _specific_page(model, pk))
    if page is None:
        raise Http404
    return page.route(request, components[consumed:])


def _specific_page(model, pk):
    """The page's specific row with what its frame reads, or None. Kept with the frame like the route: a page is
    only ever changed by saving, publishing, unpublishing, moving or deleting it, and each bumps the version."""
    names = {field.name for field in model._meta.get_fields()}
    pages = model.objects.select_related("locale", *(name for name in FRAME_IMAGE_FIELDS if name in names))
    return one_or_none(pages.filter(pk=pk))
