"""A Redis cache that a dead or slow Redis cannot take the site down with.

Django's RedisCache raises on every call when Redis is unreachable, and the page cache and the frame cache
call it on every request: one Redis outage would answer 500 everywhere. Here a failed call falls back to a
small per-process memory cache (pages are rendered; rate limits are not kept in the cache at all), Redis is
left alone for RETRY_SECONDS before it is tried again, and the outage is logged at most once a minute. Set
short socket timeouts in OPTIONS so a slow Redis fails fast (base settings do).
"""

import logging
import threading
import time

from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger(__name__)

RETRY_SECONDS = 5
WARN_EVERY_SECONDS = 60

WRAPPED = (
    "add",
    "get",
    "set",
    "touch",
    "delete",
    "get_many",
    "has_key",
    "incr",
    "decr",
    "set_many",
    "delete_many",
    "clear",
)


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._fallback = LocMemCache(f"resilient-{server}", {"OPTIONS": {"MAX_ENTRIES": 2000}})
        self._down_until = 0.0
        self._last_warning = 0.0
        self._lock = threading.Lock()

    def is_available(self):
        """Asks Redis itself (for /healthz), whatever the last calls did."""
        try:
            return bool(self._cache.get_client(write=True).ping())
        except Exception:
            return False

    def _failed(self, error):
        now = time.monotonic()
        with self._lock:
            self._down_until = now + RETRY_SECONDS
            warn = now - self._last_warning >= WARN_EVERY_SECONDS or not self._last_warning
            if warn:
                self._last_warning = now
        if warn:
            logger.warning("Redis cache unreachable (%s); serving uncached, limits per process.", error)


def _resilient(name):
    redis_method = getattr(RedisCache, name)

    def method(self, *args, **kwargs):
        if time.monotonic() >= self._down_until:
            try:
                return redis_method(self, *args, **kwargs)
            except ValueError:  # incr/decr of a missing key: Django's documented behaviour
                raise
            except Exception as error:
                self._failed(error)
        return getattr(self._fallback, name)(*args, **kwargs)

    method.__name__ = name
    method.__doc__ = redis_method.__doc__
    return method


for _name in WRAPPED:
    setattr(ResilientRedisCache, _name, _resilient(_name))
