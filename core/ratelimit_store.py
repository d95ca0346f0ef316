"""Where rate-limit counters live: never in the evictable cache, which a flood of requests or a restart empties.

By default a small database table (core.RateLimitCounter): one atomic upsert per counted post, shared by every
worker and server, in the same database the post itself is written to. With RATELIMIT_REDIS_URL, a Redis whose
`maxmemory-policy` is `noeviction` (never the page cache's Redis): `SET NX EX` and `INCR` in one transaction.
Either way a window is fixed: it starts at the first hit and lasts exactly the configured time.

When the store cannot be reached, `count` returns None and the caller lets the post through (fail open): a
supporter is never turned away because a counter is down.
"""

import logging
import random
import threading
import time

from django.conf import settings
from django.db import DatabaseError, connection, transaction

logger = logging.getLogger(__name__)

# About one count in this many also deletes the counters whose window has passed (so a flood from many addresses
# does not grow the table between two runs of `manage.py prune_rate_limits`, which the scheduler runs every 15
# minutes and which deletes them all, however quiet the site).
PRUNE_ONE_IN = 200


def count(name, window):
    """Counts one more hit on counter `name`; returns the hits in its current window (None when the store is
    down)."""
    url = getattr(settings, "RATELIMIT_REDIS_URL", "")
    if url:
        return _count_in_redis(url, name, window)
    return _count_in_database(name, window)


def _count_in_database(name, window):
    from core.models import RateLimitCounter

    table = connection.ops.quote_name(RateLimitCounter._meta.db_table)
    now = time.time()
    # One statement, atomic on PostgreSQL and SQLite: a new counter, the next hit of a live one, or a counter
    # whose window has passed starting again at one.
    sql = (
        f"INSERT INTO {table} (name, count, expires) VALUES (%s, 1, %s) "  # noqa: S608 (a model's own table)
        f"ON CONFLICT (name) DO UPDATE SET "
        f"count = CASE WHEN {table}.expires <= %s THEN 1 ELSE {table}.count + 1 END, "
        f"expires = CASE WHEN {table}.expires <= %s THEN excluded.expires ELSE {table}.expires END "
        f"RETURNING count"
    )
    try:
        # A savepoint inside a view's transaction, so a failed count never breaks the post it guards.
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(sql, [name, now + window, now, now])
            hits = cursor.fetchone()[0]
            if random.randrange(PRUNE_ONE_IN) == 0:  # noqa: S311 (housekeeping, not security)
                prune_expired(now)
    except DatabaseError:
        logger.warning("Rate-limit counters unreachable in the database; letting the post through.", exc_info=True)
        return None
    return hits


def prune_expired(now=None):
    """Deletes the database counters whose window has passed; returns how many (Redis expires its own)."""
    from core.models import RateLimitCounter

    deleted, _by_model = RateLimitCounter.objects.filter(expires__lt=time.time() if now is None else now).delete()
    return deleted


def _redis(url):
    return _redis_client(url, getattr(settings, "REDIS_SOCKET_TIMEOUT", 0.25))


_clients = {}
_clients_lock = threading.Lock()


def _redis_client(url, timeout):
    """One client (and connection pool) per URL and timeout, made once even when threads ask at the same moment: a
    second client made in a race would be dropped, and dropping a redis-py client closes its pool's sockets under
    the thread still using them ("Bad file descriptor", and the post let through uncounted)."""
    import redis

    with _clients_lock:
        if (url, timeout) not in _clients:
            _clients[url, timeout] = redis.Redis.from_url(url, socket_timeout=timeout, socket_connect_timeout=timeout)
        return _clients[url, timeout]


def _count_in_redis(url, name, window):
    import redis

    key = f"amparo:ratelimit:{name}"
    try:
        pipe = _redis(url).pipeline(transaction=True)
        pipe.set(key, 0, ex=window, nx=True)
        pipe.incr(key)
        _created, hits = pipe.execute()
    except redis.RedisError:
        logger.warning("Rate-limit counters unreachable in Redis; letting the post through.", exc_info=True)
        return None
    return hits
