"""A per-client budget of form posts, kept in Django's cache (Redis in production).

The client address is only ever hashed with SECRET_KEY for the cache key, never stored.
"""

import hashlib
import hmac

from django.conf import settings
from django.core.cache import cache

UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
DEFAULT_RATE = "30/h"


def parse_rate(rate):
    """ "30/h" → (30, 3600). A malformed setting falls back to the default rather than failing every post."""
    try:
        count, unit = str(rate).split("/")
        return int(count), UNITS[unit.strip()]
    except (ValueError, KeyError):
        return parse_rate(DEFAULT_RATE)


def client_key(request, scope):
    address = request.META.get("REMOTE_ADDR", "")
    digest = hmac.new(settings.SECRET_KEY.encode(), address.encode(), hashlib.sha256).hexdigest()[:32]
    return f"legislators:rate:{scope}:{digest}"


def is_rate_limited(request, scope):
    """Counts this post; True once the client has used up its budget for the current window."""
    limit, window = parse_rate(getattr(settings, "LEGISLATORS_RATE_LIMIT", DEFAULT_RATE))
    key = client_key(request, scope)
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        count = 1
    return count > limit
