"""Wagtail looks up the active Locale row on every call of `Locale.get_active()`: a page asks for it five to
seven times (routing, `.localized`, blocks, the language switcher), each a query. Locales change about once in
a site's life, so each process keeps them for LOCALE_CACHE_SECONDS; saving or deleting one forgets them at
once in that process (other processes within the same few seconds).
"""

import threading
import time

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from wagtail.models.i18n import Locale, LocaleManager

_original_get_for_language = LocaleManager.get_for_language
_memo = {}
_lock = threading.Lock()


def _get_for_language(self, language_code):
    seconds = getattr(settings, "LOCALE_CACHE_SECONDS", 60)
    if seconds <= 0:
        return _original_get_for_language(self, language_code)
    key = (self.db, language_code)
    now = time.monotonic()
    found = _memo.get(key)
    if found is not None and now - found[1] < seconds:
        return found[0]
    locale = _original_get_for_language(self, language_code)  # DoesNotExist is not kept: asked again next time
    with _lock:
        _memo[key] = (locale, now)
    return locale


def forget_locales(**kwargs):
    with _lock:
        _memo.clear()


def install():
    LocaleManager.get_for_language = _get_for_language
    post_save.connect(forget_locales, sender=Locale, dispatch_uid="pagecache-forget-locales-save")
    post_delete.connect(forget_locales, sender=Locale, dispatch_uid="pagecache-forget-locales-delete")
