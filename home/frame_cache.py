"""A shared cache for the parts of the frame that every page repeats (menus, the donate link).

They are named by the content version (core/content_version.py), which everything that changes what a visitor may
see bumps (pagecache/purge.py), so every app server (sharing Redis) drops the old copies at once.

A part is named with the version it was built under, so a copy never goes stale under its own name: each
process also keeps the parts of the current version in memory (pickled, so every request gets its own copy, as
from the shared cache) and reads only the version from the shared cache, once per request.
"""

import pickle

from django.core.cache import cache

from core.content_version import VERSION_KEY, bump_content_version, content_version, one_version_per_request  # noqa: F401 (callers import them from here)

# One content version for every derived cache (core/content_version.py), under the names the frame's callers know.
frame_version = content_version
bump_frame_version = bump_content_version


# This process's copies: {"version": v, "parts": {key: pickled value}}, only ever for one version at a time.
_local_parts = {"version": None, "parts": {}}
MAX_LOCAL_PARTS = 5000  # routes, translations and crumbs are per page: a big site's pages all fit


def _local_copies(version):
    if _local_parts["version"] != version or len(_local_parts["parts"]) >= MAX_LOCAL_PARTS:
        _local_parts.update(version=version, parts={})
    return _local_parts["parts"]


def forget_local_copies():
    """Drops this process's copies (tests that empty the shared cache between them)."""
    _local_parts.update(version=None, parts={})


def cached_frame_part_unless_preview(request, name, build):
    """As `cached_frame_part`, except that a preview (a draft's words) builds its own and keeps nothing."""
    if getattr(request, "is_preview", False):
        return build()
    return cached_frame_part(name, build)


def cached_frame_part(name, build, timeout=60 * 60, keep=None):
    """`build()`'s result, cached under `name` until the frame's version changes (only when `keep(result)`, if
    given, says so)."""
    version = frame_version()
    key = f"amparo:frame:{version}:{name}"
    local = _local_copies(version)
    pickled = local.get(key)
    if pickled is not None:
        return pickle.loads(pickled)  # noqa: S301 (bytes this process pickled itself, never from outside)
    value = cache.get(key)
    if value is None:
        value = build()
        if keep is not None and not keep(value):
            return value
        cache.set(key, value, timeout=timeout)
    if value is not None:
        local[key] = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    return value
