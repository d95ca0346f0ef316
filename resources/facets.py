"""Filters as plain links: every option is a GET link that keeps the other filters and says how much it holds.

Anything a visitor types into the query string is checked against the known values in Python; unknown values
are ignored, so a hand-edited URL shows the unfiltered list instead of an error.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

MAX_SEARCH_LENGTH = 100


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    url: str
    selected: bool
    lang: str = ""


@dataclass
class Facet:
    param: str
    legend: str
    all_label: str
    clear_url: str
    selected: str = ""
    options: list = field(default_factory=list)


def clean_choice(request, param, allowed):
    """The parameter's value if it is one of `allowed`, else "" (no filter)."""
    value = request.GET.get(param, "")
    return value if value in allowed else ""


def clean_search(request, param="q"):
    """The search words: printable characters only (no NUL, which PostgreSQL refuses), spaces collapsed."""
    value = "".join(char for char in request.GET.get(param, "") if char.isprintable())
    return " ".join(value.split())[:MAX_SEARCH_LENGTH]


def query_string(selection, **changes):
    """The URL query for `selection` with `changes` applied; empty values are left out and `page` is dropped."""
    params = {**selection, **changes}
    return urlencode([(name, value) for name, value in params.items() if value and name != "page"])


def build_facet(param, legend, all_label, labels, counts, selection, langs=None):
    """A facet whose options are the values in `labels` (in that order) that hold results, plus the selected one."""
    facet = Facet(
        param=param,
        legend=legend,
        all_label=all_label,
        clear_url="?" + query_string(selection, **{param: ""}),
        selected=selection.get(param, ""),
    )
    for value, label in labels.items():
        count = counts.get(value, 0)
        selected = facet.selected == value
        if count or selected:
            facet.options.append(
                FacetOption(
                    value=value,
                    label=str(label),
                    count=count,
                    url="?" + query_string(selection, **{param: value}),
                    selected=selected,
                    lang=(langs or {}).get(value, ""),
                )
            )
    return facet
