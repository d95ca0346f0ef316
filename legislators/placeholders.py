"""Fills `{name}`-style placeholders in editors' letters and call scripts, and checks an editor's text for
placeholders that would not be filled (`placeholder_problems`, run when a letter or script is saved).

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
    "For example: “{dear} {last_name}, I live in {city}…”. Saving refuses any other word in braces, and "
    "[Name]-style blanks, which would reach supporters exactly as typed."
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


# What editors type for a placeholder in other tools and languages, for the "did you mean" hint.
_SYNONYMS = {
    "lastname": "last_name",
    "surname": "last_name",
    "apellido": "last_name",
    "apellidos": "last_name",
    "your_name": "name",
    "first_name": "name",
    "full_name": "name",
    "nombre": "name",
    "su_nombre": "name",
    "tu_nombre": "name",
    "ciudad": "city",
    "town": "city",
    "city_town": "city",
    "ciudad_pueblo": "city",
    "zip_code": "zip",
    "zipcode": "zip",
    "postal_code": "zip",
    "codigo_postal": "zip",
    "correo": "email",
    "email_address": "email",
    "representative": "legislator",
    "senator": "legislator",
    "representative_senator": "legislator",
    "member": "legislator",
    "legislador": "legislator",
    "legisladora": "legislator",
    "titulo": "title",
    "estado": "state",
    "estimado": "dear",
    "estimada": "dear",
}

_BRACES = re.compile(r"\{([^{}\n]{1,40})\}")
_BRACKETS = re.compile(r"\[([^\[\]\n]{1,40})\]")


def _suggestion(word):
    import difflib
    import unicodedata

    key = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().casefold()
    key = re.sub(r"[^a-z0-9]+", "_", key).strip("_")
    if key in PLACEHOLDER_NAMES:
        return key
    if key in _SYNONYMS:
        return _SYNONYMS[key]
    close = difflib.get_close_matches(key, PLACEHOLDER_NAMES + tuple(_SYNONYMS), n=1, cutoff=0.6)
    return _SYNONYMS.get(close[0], close[0]) if close else None


def placeholder_problems(text):
    """What is wrong with the placeholders in an editor's text: one message per unknown {brace} or [bracket]."""
    messages = []
    seen = set()
    for pattern, kind in ((_BRACES, "brace"), (_BRACKETS, "bracket")):
        for match in pattern.finditer(text or ""):
            typed = match.group(0)
            if typed in seen or (kind == "brace" and match.group(1) in PLACEHOLDER_NAMES):
                continue
            seen.add(typed)
            suggestion = _suggestion(match.group(1))
            if kind == "bracket":
                message = _("“%(typed)s” would reach every supporter's letter exactly as typed.") % {"typed": typed}
            else:
                message = _("“%(typed)s” is not a placeholder we fill in.") % {"typed": typed}
            if suggestion:
                message = format_lazy("{} {}", message, _("Did you mean {%(name)s}?") % {"name": suggestion})
            messages.append(str(message))
    if messages:
        messages.append(
            str(
                _("The placeholders are: %(names)s.")
                % {"names": ", ".join(f"{{{name}}}" for name in PLACEHOLDER_NAMES)}
            )
        )
    return messages
