"""Fills `{name}`-style placeholders in editors' letters and call scripts.

Only the known names are filled; every other brace ("{", "}", "{0}", "{__class__}", "{name.upper}") is left
exactly as typed, so no text an editor or supporter writes can fail the page or reach an object's attributes.
Nothing is escaped here: templates autoescape the result.
"""

import re

from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

PLACEHOLDER_NAMES = (
    "name",
    "email",
    "city",
    "zip",
    "title",
    "the_title",
    "dear",
    "legislator",
    "last_name",
    "state",
)

PLACEHOLDER_HELP = _(
    "Placeholders, filled in for each supporter and member: {name}, {email}, {city} and {zip} (the supporter's), "
    "{title} (Senator, Representative, Delegate…), {the_title} (the title mid-sentence: “la senadora” in Spanish), "
    "{dear} (“Dear Senator”, “Estimada senadora”), {legislator} (the member's full name), {last_name} and {state}. "
    "For example: “{dear} {last_name}, I live in {city}…”. Any other text in braces is left as it is."
)

_TOKEN = re.compile(r"\{(\w+)\}|[{}]")


class _LeaveUnknown(dict):
    def __missing__(self, key):
        return "{" + key + "}"


def fill_placeholders(template, values):
    """`template` with each known {placeholder} replaced by str(values[name]); str.format_map on a safe dict."""
    values = {name: str(value) for name, value in values.items() if name in PLACEHOLDER_NAMES}

    def protect(match):
        if match.group(1) in values:
            return match.group(0)
        # Doubled braces come out of format_map as the single brace the author typed.
        return match.group(0).replace("{", "{{").replace("}", "}}")

    return _TOKEN.sub(protect, template or "").format_map(_LeaveUnknown(values))


def supporter_values(name="", email="", city="", zip_code=""):
    """The supporter's half of the values, with a visible blank where they have not told us."""
    return {
        "name": name or _("[your name]"),
        "email": email or _("[your email]"),
        "city": city or _("[your city or town]"),
        "zip": zip_code or _("[your ZIP code]"),
    }


def member_values(title, full_name, last_name="", state="", the_title="", dear=""):
    return {
        "title": title,
        "the_title": the_title or title,
        "dear": dear or format_lazy("{} {}", pgettext_lazy("salutation before a title", "Dear"), title),
        "legislator": full_name,
        "last_name": last_name or full_name.rsplit(" ", 1)[-1],
        "state": state,
    }
