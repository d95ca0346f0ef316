"""The content version: one value in the shared cache that every derived cache is named by.

The page cache (pagecache/middleware.py), the frame parts (home/frame_cache.py: routes, menus, the site, the
private sections), the `{% framecache %}` fragments and the empty forms' HTML (core/forms.py) all keep their
copies under the version current when they were made, and none of them has purge rules of its own: whatever
changes what a visitor may see (pagecache/purge.py lists it) starts a new version, and every copy made before
is a miss from then on, in every process. A lost version (Redis restarted or evicted it) is a new version too.

The version is read once per request (the page cache reads it with the page; `one_version_per_request` pins
it), so a page's parts all come from one version even if an editor publishes meanwhile.
"""

import uuid
from contextlib import contextmanager

from asgiref.local import Local
from django.core.cache import cache
from django.db import transaction

VERSION_KEY = "amparo:content-version"

_pinned = Local()


def content_version():
    """The current version (the one pinned for this request, if any)."""
    version = getattr(_pinned, "version", None)
    if version is not None:
        return version
    return _read_or_start()


def _read_or_start():
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, timeout=None)
        version = cache.get(VERSION_KEY) or uuid.uuid4().hex
    return version


def bump_content_version(**kwargs):
    """A new version at once, and again when the transaction commits: a request that rebuilt a copy between the
    two read the rows as they were before the commit, and must not leave that copy in use."""
    new_version()
    transaction.on_commit(new_version)


def new_version():
    version = uuid.uuid4().hex
    cache.set(VERSION_KEY, version, timeout=None)
    if getattr(_pinned, "version", None) is not None:
        _pinned.version = version  # the rest of this request sees its own change
    return version


@contextmanager
def one_version_per_request(version=None):
    """Pins `version` (or the version read now) for the request; an inner call keeps the outer one's."""
    outer = getattr(_pinned, "version", None)
    if outer is not None:
        yield
        return
    _pinned.version = version or _read_or_start()
    try:
        yield
    finally:
        _pinned.version = None
