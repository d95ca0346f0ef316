"""The content version: one value in the shared cache that every derived cache is named by.

The page cache (pagecache/middleware.py), the frame parts (home/frame_cache.py: routes, menus, the site, the
private sections), the `{% framecache %}` fragments and the empty forms' HTML (core/forms.py) all keep their
copies under the version current when they were made, and none of them has purge rules of its own: whatever
changes what a visitor may see (pagecache/purge.py lists it) starts a new version, and every copy made before
is a miss from then on, in every process. A lost version (Redis restarted or evicted it) is a new version too.

The version is read once per request (the page cache reads it with the page; `one_version_per_request` pins
it), so a page's parts all come from one version even if an editor publishes meanwhile.

A change inside a transaction starts the shared version once, when the transaction commits: before that, other
processes can only read the rows as they were, and every copy they rebuilt would be thrown away at the commit
(a publish is two transactions and a signal: three new versions, not six, and under load each one costs every
worker a re-render). The thread making the change sees a version of its own at once, until its transaction
ends, so the rest of its request (and a test, which never commits) sees the change.
"""

import threading
import uuid
from contextlib import contextmanager

from asgiref.local import Local
from django.core.cache import cache
from django.db import transaction

VERSION_KEY = "amparo:content-version"

_pinned = Local()
# (version, connection): this thread's change, until its transaction commits or rolls back. Per thread, like the
# database connection it is about.
_uncommitted = threading.local()


def content_version():
    """The current version: the one pinned for this request (or read now), with this thread's uncommitted change
    added, if any."""
    version = getattr(_pinned, "version", None)
    return with_own_change(version if version is not None else shared_version())


def with_own_change(version):
    """`version`, or while this thread's transaction holds a change not yet committed, a version of its own made
    from it (so a new shared version, from another process, still changes it)."""
    mine = getattr(_uncommitted, "value", None)
    if mine is None:
        return version
    suffix, connection = mine
    if _commit_pending(connection):
        return f"{version}+{suffix}"
    _uncommitted.value = None
    return version


def _commit_pending(connection):
    """Whether `connection` will start a new version when its transaction commits (Django drops the callback on
    a rollback, and runs it on the commit)."""
    return connection.in_atomic_block and any(call is new_version for _ids, call, _robust in connection.run_on_commit)


def shared_version():
    """The version every process reads (started when there is none)."""
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, timeout=None)
        version = cache.get(VERSION_KEY) or uuid.uuid4().hex
    return version


def bump_content_version(**kwargs):
    """A new version for every process when the change commits (at once outside a transaction), and for this
    thread at once: the rest of its transaction sees its own change."""
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        new_version()
        return
    if not _commit_pending(connection):
        transaction.on_commit(new_version)
    _uncommitted.value = (uuid.uuid4().hex[:12], connection)


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
    _pinned.version = version or shared_version()
    try:
        yield
    finally:
        _pinned.version = None
