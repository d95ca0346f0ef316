"""A per-address limit on form posts, kept in Django's cache (Redis in production) under a keyed hash.

The client address is never stored: only an HMAC of it, keyed with SECRET_KEY, names the counter.
"""

import hashlib
import hmac

from django.conf import settings
from django.core.cache import cache

# Posts allowed per address and window (seconds). Generous: a room of people on one Wi-Fi signs together.
DEFAULT_LIMIT = (20, 600)


def _counter_key(request, scope):
    address = request.META.get("REMOTE_ADDR", "") or "unknown"
    digest = hmac.new(settings.SECRET_KEY.encode(), address.encode(), hashlib.sha256).hexdigest()
    return f"campaigns:rate:{scope}:{digest}"


def is_rate_limited(request, scope):
    """Counts this post and says whether the address has gone over its allowance for the window."""
    limit, window = getattr(settings, "CAMPAIGNS_RATE_LIMIT", DEFAULT_LIMIT)
    key = _counter_key(request, scope)
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        count = 1
    return count > limit
