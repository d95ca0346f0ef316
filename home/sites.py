"""The request's Wagtail Site from the frame cache: Wagtail looks it up with a query on every request. The
frame's version is read once here for the whole request (home/frame_cache.py).

Sites change about once in a site's life; saving or deleting one starts a new content version (pagecache/purge.py).
Wagtail keeps the site it finds on `request._wagtail_site` (documented on `Site.find_for_request`), so
setting it there first is all it takes.
"""

from django.core.exceptions import DisallowedHost
from django.db import DatabaseError
from django.http.request import split_domain_port
from wagtail.models import Site

from home.frame_cache import cached_frame_part, one_version_per_request

NO_SITE = "none"


class CachedSiteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with one_version_per_request():
            return self._with_site(request)

    def _with_site(self, request):
        try:
            request.get_host()  # only a host the site answers to is looked up and kept
        except DisallowedHost:
            return self.get_response(request)
        if not hasattr(request, "_wagtail_site"):
            hostname = split_domain_port(request._get_raw_host())[0]  # as Wagtail reads it
            port = request.get_port()
            try:
                site = cached_frame_part(f"site:{hostname}:{port}", lambda: _find_site(request))
            except DatabaseError:
                pass  # views that need no site (/healthz) still answer; Wagtail asks again when it needs one
            else:
                request._wagtail_site = None if site == NO_SITE else site
        return self.get_response(request)


def _find_site(request):
    """The site with its home page already specific: Wagtail routes every URL from `site.root_page.specific`."""
    site = Site._find_for_request(request)
    if site is None:
        return NO_SITE
    root = site.root_page.specific
    site.root_page = root.with_frame_relations() if hasattr(root, "with_frame_relations") else root
    return site
