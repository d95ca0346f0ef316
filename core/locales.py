"""A Wagtail locale for each of the site's languages (SITE_LANGUAGES), made by `migrate` or `sync_locales`.

Locales are only ever added: a language taken out of SITE_LANGUAGES keeps its locale and pages (deleting them
would delete its pages), and Wagtail stops offering it.
"""

from django.conf import settings


def language_choices():
    """The site's languages as model field choices: a callable, so migrations never record the list."""
    return list(settings.LANGUAGES)


def default_language():
    return settings.LANGUAGE_CODE


def missing_locale_codes(using="default"):
    from wagtail.models import Locale

    existing = set(Locale.objects.using(using).values_list("language_code", flat=True))
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code not in existing]


def ensure_locales(using="default"):
    """Creates the missing locales; returns their language codes."""
    from wagtail.models import Locale

    created = missing_locale_codes(using)
    # (A language that had no locale was never remembered by pagecache/locales.py: nothing to forget.)
    Locale.objects.using(using).bulk_create([Locale(language_code=code) for code in created])
    return created


def create_locales_after_migrate(sender, using="default", plan=None, **kwargs):
    """post_migrate: once Wagtail's tables exist, every site language has its locale."""
    from django.db import connections

    if "wagtailcore_locale" not in connections[using].introspection.table_names():
        return
    ensure_locales(using)


def site_language(code):
    """`code` as one of the site's languages ("es-MX" → "es", "pt_BR" → "pt-br"), else the default language."""
    from django.utils import translation

    codes = {known for known, _name in settings.LANGUAGES}
    code = (code or "").strip().replace("_", "-").lower()
    if code in codes:
        return code
    try:
        found = translation.get_supported_language_variant(code) if code else None
    except LookupError:
        found = None
    return found if found in codes else settings.LANGUAGE_CODE


def is_translated(language, msgid):
    """Whether the interface text `msgid` reads in `language` (the default language is the text itself)."""
    from django.utils import translation

    if language == settings.LANGUAGE_CODE:
        return True
    with translation.override(language):
        return translation.gettext(msgid) != msgid


def email_language(code, probe_msgid):
    """(the language to write an email in, a note for the top of it).

    The supporter's language when the email is translated into it (`probe_msgid`, e.g. its subject, reads in
    it); else the site's default language, with a note saying so in the supporter's language where that note
    is translated (in the default language otherwise)."""
    from django.utils import translation
    from django.utils.translation import gettext

    language = site_language(code)
    if is_translated(language, probe_msgid):
        return language, ""
    default = settings.LANGUAGE_CODE
    with translation.override(language):
        note = gettext(
            "We have not translated this email into your language yet, so it is in %(language)s. We are working on it."
        ) % {"language": translation.get_language_info(default)["name_translated"]}
    return default, note
