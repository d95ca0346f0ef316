"""Per-client limits on form posts, counted in Django's cache (Redis in production, shared by every server).

A client is known only by a keyed hash (HMAC with SECRET_KEY) of its address: the address itself is never
stored. Behind a load balancer every request comes from the proxy's address, so set TRUSTED_PROXY_COUNT to
the number of proxies in front of the app and the client address is read from X-Forwarded-For instead.
"""

import hashlib
import hmac

from django.conf import settings
from django.core.cache import cache

UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def client_address(request):
    """The address of the client that sent the request, as seen by the outermost trusted proxy."""
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if proxies > 0:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def fingerprint(value):
    """A keyed hash that names a counter without revealing what it counts."""
    return hmac.new(settings.SECRET_KEY.encode(), value.encode(), hashlib.sha256).hexdigest()[:32]


def client_fingerprint(request):
    return fingerprint(client_address(request))


def parse_rate(rate, default="30/h"):
    """ "10/h" or (10, 3600) -> (10, 3600). A malformed setting falls back to the default, never an error."""
    if isinstance(rate, tuple | list) and len(rate) == 2:
        return int(rate[0]), int(rate[1])
    try:
        count, unit = str(rate).split("/")
        return int(count), UNITS[unit.strip()]
    except (ValueError, KeyError):
        return parse_rate(default)


def over_limit(scope, key, rate):
    """Counts one more hit for `key` in `scope`; True once the count passes the rate's limit within its window."""
    limit, window = parse_rate(rate)
    cache_key = f"ratelimit:{scope}:{key}"
    cache.add(cache_key, 0, timeout=window)
    try:
        count = cache.incr(cache_key)
    except ValueError:  # the counter expired between add and incr
        cache.set(cache_key, 1, timeout=window)
        count = 1
    return count > limit


def is_rate_limited(request, scope, rate):
    """Counts this request from its client; True once the client has gone over `rate` (e.g. "10/h")."""
    return over_limit(scope, client_fingerprint(request), rate)
