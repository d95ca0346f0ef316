"""Per-client limits on form posts, counted in Django's cache (Redis in production, shared by every server).

A client is known only by a keyed hash (HMAC with SECRET_KEY) of its address: the address itself is never
stored. IPv6 clients count by their /64 network, because one household or phone gets a whole /64 and can
change the rest at will. `X-Forwarded-For` is read only when the request came from an address in
`TRUSTED_PROXIES` (CIDR list): anyone who reaches the app port directly cannot forge it. A request whose client
address is unknown is refused rather than counted with everyone else's.
"""

import functools
import hashlib
import hmac
import ipaddress

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from django.template.response import TemplateResponse

UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
RATE_LIMITED_TEMPLATE = "core/rate_limited.html"


@functools.cache
def _networks(proxies):
    networks = []
    for value in proxies:
        try:
            networks.append(ipaddress.ip_network(value.strip(), strict=False))
        except ValueError:
            continue  # a typo in the setting trusts nothing rather than breaking every form
    return tuple(networks)


def trusted_networks():
    return _networks(tuple(getattr(settings, "TRUSTED_PROXIES", ()) or ()))


def _parse(value):
    try:
        address = ipaddress.ip_address((value or "").strip())
    except ValueError:
        return None
    if address.version == 6 and address.ipv4_mapped:
        return address.ipv4_mapped
    return address


def _is_trusted(address, networks):
    return any(address.version == network.version and address in network for network in networks)


def client_address(request):
    """The client's IP address (an ipaddress object), or None when it cannot be told.

    Behind trusted proxies, `X-Forwarded-For` is read from the right: the first address that is not itself a
    trusted proxy is the client. Anything unparsable means "unknown".
    """
    remote = _parse(request.META.get("REMOTE_ADDR"))
    networks = trusted_networks()
    if remote is None or not _is_trusted(remote, networks):
        return remote
    forwarded = [part for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    for raw in reversed(forwarded):
        address = _parse(raw)
        if address is None:
            return None
        if not _is_trusted(address, networks):
            return address
    return remote if not forwarded else _parse(forwarded[0])


def client_key(address):
    """What a client is counted by: its IPv4 address, or its IPv6 /64 network."""
    if address is None:
        return None
    if address.version == 6:
        return str(ipaddress.ip_network(f"{address}/64", strict=False))
    return str(address)


def fingerprint(value):
    """A keyed hash that names a counter without revealing what it counts."""
    return hmac.new(settings.SECRET_KEY.encode(), value.encode(), hashlib.sha256).hexdigest()[:32]


def client_fingerprint(request):
    """The client's counter name, or None when the client's address is unknown."""
    key = client_key(client_address(request))
    return fingerprint(key) if key else None


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
    """Counts this request from its client; True once the client has gone over `rate`, or if it is unknown."""
    key = client_fingerprint(request)
    return key is None or over_limit(scope, key, rate)


def refused_response(request, page=None):
    """The one page a refused post gets: 429 when the client posted too often, 400 when it has no address."""
    unknown = client_fingerprint(request) is None
    context = {"page": page, "unknown_client": unknown}
    return TemplateResponse(request, RATE_LIMITED_TEMPLATE, context, status=400 if unknown else 429)


def _rate_value(rate):
    if callable(rate):
        return rate()
    if isinstance(rate, str) and rate.isupper():
        return getattr(settings, rate)
    return rate


def rate_limit(scope, rate, methods=("POST",)):
    """Decorates a view (function-based, or a page's serve helper) so each client may post `rate` times.

    `rate` is a value ("10/h", (20, 600)), the name of a setting holding one (read at request time), or a
    callable returning one. The view's page argument, if any, gives the refused page its "Back to" link.
    """

    def decorator(view):
        @functools.wraps(view)
        def wrapped(*args, **kwargs):
            request = next(arg for arg in (*args, *kwargs.values()) if isinstance(arg, HttpRequest))
            if request.method in methods and is_rate_limited(request, scope, _rate_value(rate)):
                page = next((arg for arg in args if hasattr(arg, "get_url_parts")), None)
                return refused_response(request, page)
            return view(*args, **kwargs)

        return wrapped

    return decorator
