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
