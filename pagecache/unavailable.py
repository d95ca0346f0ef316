"""When the database is down: a plain 503 page read from disk, with no template, setting or query behind it.

A load balancer then sees 503 (from /healthz too) and can send visitors elsewhere, and visitors read "we'll be
back" instead of a 500. Pages already in the shared cache keep being served, since a cache hit needs no query.
"""

import logging
from functools import cache

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.utils.cache import add_never_cache_headers

logger = logging.getLogger(__name__)

DATABASE_DOWN = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30
FALLBACK_PAGE = (
    b'<!DOCTYPE html><html lang="en"><meta charset="utf-8"><title>We\xe2\x80\x99ll be back shortly</title>'
    b"<h1>We\xe2\x80\x99ll be back shortly</h1><p>Please try again in a minute.</p></html>"
)


@cache
def _page():
    """Rendered once per process with the words in each site language (no query: catalogues are in memory);
    the template's own English if even that fails."""
    try:
        from django.template.loader import render_to_string

        from core.error_pages import unavailable_blocks

        return render_to_string("503.html", {"blocks": unavailable_blocks()}).encode()
    except Exception:  # noqa: BLE001 (the page that says the site is down must not fail itself)
        logger.exception("The 503 page could not be rendered; serving its plain English text")
        return FALLBACK_PAGE


def database_unavailable_response():
    response = HttpResponse(_page(), status=503, content_type="text/html; charset=utf-8")
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)
    return response


class DatabaseUnavailableMiddleware:
    """Turns "cannot reach the database" raised by a view into the static 503 page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_DOWN):
            logger.error("Database unavailable: %s", exception)
            return database_unavailable_response()
        return None
