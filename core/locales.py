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
    Locale.objects.using(using).bulk_create([Locale(language_code=code) for code in created])
    if created:
        from pagecache.locales import forget_locales

        forget_locales()
    return created


def create_locales_after_migrate(sender, using="default", plan=None, **kwargs):
    """post_migrate: once Wagtail's tables exist, every site language has its locale."""
    from django.db import connections

    if "wagtailcore_locale" not in connections[using].introspection.table_names():
        return
    ensure_locales(using)
