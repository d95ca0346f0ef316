"""The full-page cache: anonymous GET/HEAD requests are answered from the shared cache without touching the
database; everything else passes through and, when it is safe to share, is stored for the next visitor.

The same idea as wagtail-cache (CodeRed) and Django's cache middleware, in one middleware placed before the
session, so a hit costs one read of the shared cache (one Redis round trip) and no query. What is never stored:
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

from pagecache.keys import current_generation, page_key, query_params, read_with_page
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


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        enabled, timeout, live_seconds = _settings()
        if not enabled or not request_is_cacheable(request):
            return self._uncached(request)
        try:
            key = page_key(request)
        except DisallowedHost:
            return self._uncached(request)
        generation, activity, entry = read_with_page(key)
        generation = generation or current_generation()
        if entry is not None:
            stored_generation, created, status, headers, content = entry
            fresh = not (activity >= created and time.time() - created >= live_seconds)
            if stored_generation == generation and fresh:
                return self._from_entry(request, status, headers, content)
        reads = record_reads(request)
        response = self.get_response(request)
        if response_is_cacheable(request, response) and reads_only(reads, query_params()):
            if not response.has_header("Cache-Control"):  # a view that chose its own (robots.txt) keeps it
                public_cache_control(response)
            response[HIT_HEADER] = "miss"
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
            headers = [(name, value) for name, value in response.items() if name != HIT_HEADER]
            entry = (generation, time.time(), response.status_code, headers, response.content)
            cache.set(key, entry, timeout=timeout)
        else:
            self._mark_private(response)
        return response

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
    def _from_entry(request, status, headers, content):
        response = HttpResponse(b"" if request.method == "HEAD" else content, status=status)
        for name, value in headers:
            response[name] = value
        response[HIT_HEADER] = "hit"
        return response
