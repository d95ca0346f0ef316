"""The full-page cache: anonymous GET/HEAD requests are answered from the shared cache without touching the
database; everything else passes through and, when it is safe to share, is stored for the next visitor.

The same idea as wagtail-cache (CodeRed) and Django's cache middleware, in one middleware placed first after the
request id (config/settings/base.py), so a hit costs one read of the shared cache (one Redis round trip), no
query and none of the middleware below it. What it stores is the response as those middleware left it, their
headers included (Content-Security-Policy, Permissions-Policy, the security headers, X-Frame-Options), so a hit
carries exactly the headers of the miss that stored it; a response whose CSP nonce was used is not stored (a
nonce is per response). What is never stored:
requests that carry a session or a message (admins, previews, anyone logged in or mid-flow), anything but a 200
to a GET, responses that set a cookie or say `private`/`no-store` (the donation thank-you, unsubscribe links),
pages that read a query parameter the key leaves out (pagecache/reads.py), and the paths in
PAGECACHE_SKIP_PATHS (admin, documents, donations, search, health).
"""

import logging
import time

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.http import HttpResponse
from django.utils.cache import patch_cache_control

from core.content_version import one_version_per_request, shared_version, with_own_change
from pagecache.keys import (
    count_variant,
    page_key,
    query_params,
    read_with_page,
    used_query,
    variant_key,
)
from pagecache.reads import reads_only, record_reads

logger = logging.getLogger(__name__)

HIT_HEADER = "X-Page-Cache"
PERSONAL_CACHE_CONTROL = ("private", "no-store", "no-cache")


def _settings():
    return (
        getattr(settings, "PAGECACHE_ENABLED", True),
        getattr(settings, "PAGECACHE_TIMEOUT", 600),
        getattr(settings, "PAGECACHE_LIVE_SECONDS", 5),
    )


def without_language_prefix(path):
    """ "/ar/search/" is "/search/": the skipped paths are listed once and hold in every language."""
    first, _slash, rest = path.lstrip("/").partition("/")
    if first and first != settings.LANGUAGE_CODE and first in {code for code, _name in settings.LANGUAGES}:
        return "/" + rest
    return path


def passes_through(request):
    """Static files and uploads: WhiteNoise (below) or the web server answers them; the page cache stays out."""
    return request.path_info.startswith(_asset_prefixes())


def _asset_prefixes():
    return tuple(url for url in (settings.STATIC_URL, settings.MEDIA_URL) if url and url.startswith("/"))


def request_is_cacheable(request):
    if request.method not in ("GET", "HEAD"):
        return False
    skipped = tuple(getattr(settings, "PAGECACHE_SKIP_PATHS", ()))
    if request.path_info.startswith(skipped) or without_language_prefix(request.path_info).startswith(skipped):
        return False
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or CookieStorage.cookie_name in cookies:
        return False
    return "HTTP_AUTHORIZATION" not in request.META


def _has_messages(request):
    storage = getattr(request, "_messages", None)
    return bool(storage is not None and (storage._queued_messages or getattr(storage, "_loaded_data", None)))


def response_is_cacheable(request, response):
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return False
    if response.cookies or _has_messages(request) or getattr(request, "is_preview", False):
        return False
    if isinstance(getattr(request, "_csp_nonce", None), str):  # django-csp made a nonce: it is this response's own
        return False
    cache_control = response.get("Cache-Control", "").lower()
    return not any(word in cache_control for word in PERSONAL_CACHE_CONTROL)


def public_cache_control(response):
    """Headers for a CDN in front: short for browsers and the CDN (counts stay fresh), stale while refreshing."""
    patch_cache_control(
        response,
        public=True,
        max_age=getattr(settings, "PAGECACHE_BROWSER_MAX_AGE", 0),
        s_maxage=getattr(settings, "PAGECACHE_CDN_MAX_AGE", 10),
        stale_while_revalidate=getattr(settings, "PAGECACHE_STALE_WHILE_REVALIDATE", 30),
    )


def _fresh(page, activity, live_seconds):
    created = page[0]
    return not (activity >= created and time.time() - created >= live_seconds)


class PageCacheMiddleware:
    """A page is stored under its path (pagecache/keys.py `page_key`) with the names of the query parameters it
    read. A URL carrying none of those gets that copy; one carrying some of them gets the copy for their values
    (`variant_key`), at most PAGECACHE_MAX_VARIANTS of them per page and generation, so random values cannot
    fill the cache with copies of one page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if passes_through(request):
            return self.get_response(request)
        enabled, timeout, live_seconds = _settings()
        if not enabled or not request_is_cacheable(request):
            return self._uncached(request)
        try:
            key = page_key(request)
        except DisallowedHost:
            return self._uncached(request)
        query_string = request.META.get("QUERY_STRING", "")
        shared, activity, stored = read_with_page(key)
        shared = shared or shared_version()
        # A change this thread has not committed yet (a test's, or a request's own) is seen by this thread.
        generation = with_own_change(shared)
        names = ()
        if stored is not None and stored[0] == generation:
            _generation, names, page = stored
            used = used_query(query_string, names)
            if used:
                variant = cache.get(variant_key(key, names, used))
                page = variant[1] if variant is not None and variant[0] == generation else None
            if page is not None and _fresh(page, activity, live_seconds):
                return self._from_entry(request, page)
        else:
            stored = None
        reads = record_reads(request)
        with one_version_per_request(shared):  # the page and its frame parts come from the version read here
            response = self.get_response(request)
        allowed = query_params()
        if response_is_cacheable(request, response) and reads_only(reads, allowed):
            self._store(request, response, key, stored, generation, sorted(set(names) | reads.names_read), timeout)
        else:
            self._mark_private(response)
        return response

    def _store(self, request, response, key, stored, generation, names, timeout):
        if not response.has_header("Cache-Control"):  # a view that chose its own (robots.txt) keeps it
            public_cache_control(response)
        response[HIT_HEADER] = "miss"
        if hasattr(response, "render") and not response.is_rendered:
            response.render()
        headers = tuple((name, value) for name, value in response.items() if name != HIT_HEADER)
        page = (time.time(), response.status_code, headers, response.content)
        names = tuple(names)
        used = used_query(request.META.get("QUERY_STRING", ""), names)
        if not used:
            cache.set(key, (generation, names, page), timeout=timeout)
            return
        max_variants = getattr(settings, "PAGECACHE_MAX_VARIANTS", 100)
        if count_variant(key, generation, timeout) <= max_variants:
            cache.set(variant_key(key, names, used), (generation, page), timeout=timeout)
        if stored is None or stored[1] != names:
            # The page's own key learns the names (its copy without them, if any, stays good for URLs with none).
            cache.set(key, (generation, names, stored[2] if stored is not None else None), timeout=timeout)

    def _uncached(self, request):
        response = self.get_response(request)
        self._mark_private(response)
        return response

    @staticmethod
    def _mark_private(response):
        """Whatever the cache did not store, a CDN or browser must not store either, unless the view said so."""
        if not response.has_header("Cache-Control") and response.status_code < 500:
            patch_cache_control(response, private=True, no_store=True)

    @staticmethod
    def _from_entry(request, page):
        """The stored response: its headers were checked by Django when the miss set them, so they are copied
        as they are (no per-header validation on every hit)."""
        _created, status, headers, content = page
        response = HttpResponse(b"" if request.method == "HEAD" else content, status=status)
        store = {name.lower(): (name, value) for name, value in headers}
        store[HIT_HEADER.lower()] = (HIT_HEADER, "hit")
        response.headers._store = store
        return response
