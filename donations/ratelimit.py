"""Per-client limits in Django's cache (Redis in production). The address is only ever kept as a keyed hash."""

import hashlib
import hmac
import time

from django.conf import settings
from django.core.cache import cache

UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_rate(rate):
    """ "10/h" -> (10, 3600)."""
    count, _, unit = rate.partition("/")
    return int(count), UNITS[unit.strip() or "h"]


def client_fingerprint(request):
    address = request.META.get("REMOTE_ADDR", "")
    return hmac.new(settings.SECRET_KEY.encode(), address.encode(), hashlib.sha256).hexdigest()[:32]


def is_rate_limited(request, scope, rate):
    """Counts this request; True once the client has made more than `count` in the current window."""
    limit, window = parse_rate(rate)
    key = f"ratelimit:{scope}:{client_fingerprint(request)}:{int(time.time() // window)}"
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # the key expired between add and incr
        cache.set(key, 1, timeout=window)
        count = 1
    return count > limit
