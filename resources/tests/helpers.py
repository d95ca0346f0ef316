import html
import re

FACET_OPTION = re.compile(
    r'<a href="[^"]*"(?P<current> aria-current="true")? data-facet="(?P<facet>[^"]+)" data-value="(?P<value>[^"]+)">'
    r'<span[^>]*>[^<]*</span> <span class="facet__count">\((?P<count>\d+)\)</span>'
)
CARD_TITLE = re.compile(r'<h3 class="card__title">(?:<a href="[^"]*">)?([^<]+)<')


def facet_counts(content, facet):
    """{option value: count} of one filter, as the visitor sees it."""
    return {m["value"]: int(m["count"]) for m in FACET_OPTION.finditer(content) if m["facet"] == facet}


def selected_options(content):
    return {m["facet"]: m["value"] for m in FACET_OPTION.finditer(content) if m["current"]}


def card_titles(content):
    return [html.unescape(title) for title in CARD_TITLE.findall(content)]


def assert_queries_do_not_grow(client, urls, add, many, budget=30):
    """Each URL runs the same queries with 5 rows as with `many` (`add(count, start)` makes rows), within budget.
    `many` fills more than a page: every card a page can show, and the link to the next page."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count(url):
        client.get(url)  # warm: new rows (saved pages) make the first visit rebuild the frame cache
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    add(5, 0)
    few = [count(url) for url in urls]
    add(many - 5, 5)
    more = [count(url) for url in urls]
    assert few == more
    assert max(more) <= budget
