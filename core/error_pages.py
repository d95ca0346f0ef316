"""The 500 and 503 pages' words in every site language, each in its own block with its `lang` and `dir`.

These pages render with no database and no request context (the 503 page is built once per process and kept),
so they cannot know the visitor's language: they say the same thing in each of the site's languages, the
default first, with a link to each language's home page.
"""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext


def _home_url(code):
    return "/" if code == settings.LANGUAGE_CODE else f"/{code}/"


def _in_each_language(words):
    blocks = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            texts = words()
            blocks.append(
                {
                    "code": code,
                    "dir": "rtl" if translation.get_language_bidi() else "ltr",
                    "home_url": _home_url(code),
                    "home_label": gettext("Go to the home page"),
                    **texts,
                }
            )
    return blocks


def server_error_blocks():
    return _in_each_language(
        lambda: {
            "heading": gettext("Something went wrong on our side"),
            "text": gettext("Nothing you sent was lost. Please try again in a few minutes."),
        }
    )


def unavailable_blocks():
    return _in_each_language(
        lambda: {
            "heading": gettext("We’ll be back shortly"),
            "text": gettext("The site is under heavy load or being repaired. Please try again in a minute."),
        }
    )
