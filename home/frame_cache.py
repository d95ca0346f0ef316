"""A shared cache for the parts of the frame that every page repeats (menus, the donate link).

They change only when an editor publishes, moves or deletes a page, or saves a menu or the settings; each of
those bumps one version number, so every app server (sharing Redis) drops the old copies at once.
"""

import uuid
from contextlib import contextmanager

from asgiref.local import Local
from django.core.cache import cache
from django.db import transaction

VERSION_KEY = "amparo:frame-version"

# The version read once per request (CachedSiteMiddleware pins it): a page reads a dozen frame parts.
_pinned = Local()


def frame_version():
    version = getattr(_pinned, "version", None)
    if version is not None:
        return version
    version = cache.get(VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex
        cache.add(VERSION_KEY, version, timeout=None)
        version = cache.get(VERSION_KEY, version)
    return version


def bump_frame_version(**kwargs):
    """A new version at once, and again when the transaction commits: a request that rebuilt a part between the
    two read the rows as they were before the commit, and must not leave that copy cached."""
    _new_version()
    transaction.on_commit(_new_version)


def _new_version():
    version = uuid.uuid4().hex
    cache.set(VERSION_KEY, version, timeout=None)
    if getattr(_pinned, "version", None) is not None:
        _pinned.version = version  # the rest of this request sees its own change


@contextmanager
def one_version_per_request():
    """Reads the frame's version once for the whole request instead of once per frame part."""
    _pinned.version = None
    _pinned.version = frame_version()
    try:
        yield
    finally:
        _pinned.version = None


def cached_frame_part(name, build, timeout=60 * 60, keep=None):
    """`build()`'s result, cached under `name` until the frame's version changes (only when `keep(result)`, if
    given, says so)."""
    key = f"amparo:frame:{frame_version()}:{name}"
    value = cache.get(key)
    if value is None:
        value = build()
        if keep is None or keep(value):
            cache.set(key, value, timeout=timeout)
    return value
