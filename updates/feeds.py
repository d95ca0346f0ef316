"""Atom feeds of the updates and the weekly actions, served by their index pages."""

import datetime

from django.http import HttpResponse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed


def feed_response(request, index_page, items):
    """An Atom feed of `items`: dicts with the page, a plain-text description, a date and category names."""
    feed = Atom1Feed(
        title=index_page.seo_title or index_page.title,
        link=index_page.get_full_url(request),
        description=getattr(index_page, "intro_text", "") or "",
        language=index_page.locale.language_code,
        feed_url=request.build_absolute_uri(),
    )
    for item in items:
        page = item["page"]
        url = page.get_full_url(request)
        published = timezone.make_aware(datetime.datetime.combine(item["date"], datetime.time(9, 0)))
        feed.add_item(
            title=page.title,
            link=url,
            description=item["description"],
            pubdate=published,
            updateddate=page.last_published_at or published,
            unique_id=url,
            categories=[str(name) for name in dict.fromkeys(item["categories"]) if name],
        )
    response = HttpResponse(content_type=feed.content_type)
    feed.write(response, "utf-8")
    return response
