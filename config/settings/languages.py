"""The site's languages from SITE_LANGUAGES ("en,es,ht,pt-br,zh-hans,vi,ar"): the first one is the default.

Any language Django ships a translation for can be named (ko, fr, ru, fa…). Haitian Creole, which Django does not
know, is described here and added to Django's table of languages, so `get_language_info` and the language
switcher work for it; its interface text is the site's own catalogues (Django only serves a language under its
URL prefix when some catalogue for it exists).
"""

from django.conf import global_settings
from django.conf.locale import LANG_INFO
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

DEFAULT_SITE_LANGUAGES = "en,es"

# Languages the site has catalogues for that Django ships no table entry for: name, name in the language, bidi.
EXTRA_LANG_INFO = {
    "ht": {"bidi": False, "code": "ht", "name": "Haitian Creole", "name_local": "Kreyòl ayisyen"},
}
# The names as translatable strings (makemessages reads these calls; the table above stays plain text).
EXTRA_LANGUAGE_NAMES = {"ht": _("Haitian Creole")}
for _code, _info in EXTRA_LANG_INFO.items():
    LANG_INFO.setdefault(_code, _info)

DJANGO_LANGUAGE_NAMES = dict(global_settings.LANGUAGES)


def normalise_code(code):
    """ "pt_BR", "PT-br" and "pt-br" are one language to Django: "pt-br"; "zh_Hans" is "zh-hans"."""
    return code.strip().replace("_", "-").lower()


def site_languages(value):
    """[(code, name)] in the order given; the name is translated into the visitor's language where shown."""
    codes = []
    for raw in value.split(","):
        code = normalise_code(raw)
        if code and code not in codes:
            codes.append(code)
    if not codes:
        raise ImproperlyConfigured("SITE_LANGUAGES names no language; leave it unset for English and Spanish.")
    unknown = [code for code in codes if code not in DJANGO_LANGUAGE_NAMES and code not in EXTRA_LANGUAGE_NAMES]
    if unknown:
        raise ImproperlyConfigured(
            f"SITE_LANGUAGES names languages Django does not know: {', '.join(unknown)}. Use Django's codes "
            "(en, es, ht, pt-br, zh-hans, vi, ar, ko, fr…), or describe the language in config/settings/languages.py."
        )
    return [
        (code, EXTRA_LANGUAGE_NAMES[code] if code in EXTRA_LANGUAGE_NAMES else _(DJANGO_LANGUAGE_NAMES[code]))
        for code in codes
    ]


def bidi_languages():
    """Django's right-to-left languages plus any described here."""
    extra = [code for code, info in EXTRA_LANG_INFO.items() if info["bidi"]]
    return [*global_settings.LANGUAGES_BIDI, *extra]
