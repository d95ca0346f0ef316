"""Counting requests per client in the cache, keyed by a keyed hash of the address (never the address itself)."""

import hashlib
import hmac

from django.conf import settings
from django.core.cache import cache


def client_fingerprint(request):
    address = request.META.get("REMOTE_ADDR", "") or ""
    return hmac.new(settings.SECRET_KEY.encode(), address.encode(), hashlib.sha256).hexdigest()[:32]


def value_fingerprint(value):
    return hmac.new(settings.SECRET_KEY.encode(), value.encode(), hashlib.sha256).hexdigest()[:32]


def over_limit(scope, fingerprint, limit, window_seconds):
    """Counts one more hit; True once the count passes `limit` within the window."""
    key = f"newsletter:rl:{scope}:{fingerprint}"
    cache.add(key, 0, timeout=window_seconds)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window_seconds)
        count = 1
    return count > limit
