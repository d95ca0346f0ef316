"""Atom feeds of the updates and the weekly actions, served by their index pages."""

import datetime

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape


def feed_response(request, index_page, items):
    """An Atom feed of `items`: dicts with the page, a plain-text description, a date and category names."""
    feed = Atom1Feed(
        title=index_page.seo_title or index_page.title,
        link=index_page.get_full_url(request),
        description=getattr(index_page, "intro_text", "") or "",
        subtitle=getattr(index_page, "intro_text", "") or None,
        language=index_page.locale.language_code,
        feed_url=request.build_absolute_uri(request.path),  # the same for every visitor: the page cache shares it
        # RFC 4287 requires an author on the feed when entries have none; validators reject the feed without it.
        author_name=getattr(settings, "WAGTAIL_SITE_NAME", "") or index_page.get_site().site_name or "Amparo",
    )
    for item in items:
        page = item["page"]
        url = page.get_full_url(request)
        published = timezone.make_aware(datetime.datetime.combine(item["date"], datetime.time(9, 0)))
        feed.add_item(
            title=page.title,
            link=url,
            # Atom summaries are typed "html": plain text is escaped so "<" or "&" in it read as written.
            description=escape(item["description"]),
            pubdate=published,
            updateddate=page.last_published_at or published,
            unique_id=url,
            categories=[str(name) for name in dict.fromkeys(item["categories"]) if name],
        )
    response = HttpResponse(content_type=feed.content_type)
    feed.write(response, "utf-8")
    return response
