import re
import sys
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import caches
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import DatabaseError, connection
from django.http import HttpResponse, JsonResponse
from django.template.response import TemplateResponse
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_GET
from wagtail.models import Page

from core.error_pages import server_error_blocks
from core.i18n import visitor_locale
from pagecache.unavailable import DATABASE_DOWN, database_unavailable_response

SEARCH_PAGE_SIZE = 10
UNSEARCHABLE = re.compile(r'[\x00-\x1f\x7f"]')


@require_GET
def search(request):
    """Wagtail search over live pages in the visitor's language, ten results a page."""
    # Control characters and stray quotes make full-text backends (SQLite's FTS5, PostgreSQL) reject a query.
    query = UNSEARCHABLE.sub(" ", request.GET.get("query", ""))[:200].strip()
    pages = Page.objects.live().public().filter(locale=visitor_locale()).specific()
    results = pages.search(query) if query else Page.objects.none()
    try:
        paginator, page_of_results = _paginate(results, request.GET.get("page", 1))
    except DatabaseError:
        # The search backend could not parse what was typed: fall back to a plain title match.
        paginator, page_of_results = _paginate(pages.filter(title__icontains=query), request.GET.get("page", 1))
    return TemplateResponse(
        request,
        "home/search.html",
        {
            "search_query": query,
            "search_results": page_of_results,
            "paginator": paginator,
            "query_string": urlencode({"query": query}),
        },
    )


def _paginate(results, number):
    paginator = Paginator(results, SEARCH_PAGE_SIZE)
    try:
        return paginator, paginator.page(number)
    except PageNotAnInteger:
        return paginator, paginator.page(1)
    except EmptyPage:
        return paginator, paginator.page(paginator.num_pages)


@never_cache
@require_GET
def healthz(request):
    """For load balancers: 200 when the database answers (the cache may be down: pages are then rendered
    uncached), 503 when the database does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "error", "database": "unavailable", "cache": _cache_status()}, status=503)
    return JsonResponse({"status": "ok", "database": "ok", "cache": _cache_status()})


def _cache_status():
    backend = caches["default"]
    try:
        if hasattr(backend, "is_available"):  # the resilient Redis cache: ask Redis, not its fallback
            return "ok" if backend.is_available() else "down"
        backend.set("healthz:probe", "1", timeout=5)
        return "ok" if backend.get("healthz:probe") == "1" else "down"
    except Exception:
        return "down"


@cache_control(max_age=86400, public=True)
@require_GET
def robots_txt(request):
    sitemap_url = request.build_absolute_uri("/sitemap.xml")
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /search/",
        *(f"Disallow: /{code}/search/" for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE),
        "Disallow: /donations/",
        f"Sitemap: {sitemap_url}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def server_error(request):
    """A 500 page that needs no database or context processors, so it renders when things are broken; when the
    database is what broke (even in a middleware), the static "we'll be back" 503 instead."""
    if isinstance(sys.exc_info()[1], DATABASE_DOWN):
        return database_unavailable_response()
    return TemplateResponse(request, "500.html", {"blocks": server_error_blocks()}, status=500).render()
