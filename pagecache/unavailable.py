"""When the database is down: a plain 503 page read from disk, with no template, setting or query behind it.

A load balancer then sees 503 (from /healthz too) and can send visitors elsewhere, and visitors read "we'll be
back" instead of a 500. Pages already in the shared cache keep being served, since a cache hit needs no query.
"""

import logging
from functools import cache

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.utils.cache import add_never_cache_headers

logger = logging.getLogger(__name__)

DATABASE_DOWN = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30


@cache
def _page():
    return (settings.BASE_DIR / "templates" / "503.html").read_bytes()


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
