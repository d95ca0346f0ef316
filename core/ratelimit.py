"""Per-client limits on form posts, counted where eviction cannot reset them (core/ratelimit_store.py: the
database, or a Redis that never evicts), shared by every worker and server.

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
import logging
import re

from django.conf import settings
from django.core import checks
from django.http import HttpRequest
from django.template.response import TemplateResponse

from core import ratelimit_store

logger = logging.getLogger(__name__)

UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
RATE_LIMITED_TEMPLATE = "core/rate_limited.html"
# "10/h", "20/10m": a count, a slash, an optional number of units and a unit (s, m, h or d).
RATE_PATTERN = re.compile(r"^\s*(\d+)\s*/\s*(\d*)\s*([smhd])\s*$")
# The settings that hold a rate: a malformed one stops the site at start-up (`check_rate_settings`).
RATE_SETTINGS = (
    "CAMPAIGNS_RATE_LIMIT",
    "LEGISLATORS_RATE_LIMIT",
    "NEWSLETTER_SIGNUP_RATE",
    "DONATIONS_RATE_LIMIT",
    "DONATIONS_MANAGE_RATE_LIMIT",
)


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


def strict_rate(rate):
    """ "10/h", "20/10m" or (10, 3600) -> (limit, window in seconds); ValueError when it is none of those."""
    if isinstance(rate, tuple | list):
        if len(rate) != 2:
            raise ValueError("a rate is (count, seconds)")
        limit, window = int(rate[0]), int(rate[1])
    else:
        match = RATE_PATTERN.match(str(rate))
        if match is None:
            raise ValueError("a rate is written like 10/h, 30/m or 20/10m (units s, m, h, d)")
        limit, window = int(match[1]), int(match[2] or 1) * UNITS[match[3]]
    if limit < 1 or window < 1:
        raise ValueError("a rate needs at least one post in at least one second")
    return limit, window


def parse_rate(rate, default="30/h"):
    """As `strict_rate`; a malformed value (which the system check refuses at start-up) logs an error and uses
    `default`, so a post is never answered with a 500."""
    try:
        return strict_rate(rate)
    except (TypeError, ValueError):
        logger.error("Malformed rate %r; using %s", rate, default)
        return strict_rate(default)


@checks.register(checks.Tags.security, deploy=False)
def check_rate_settings(app_configs=None, **kwargs):
    """Every rate setting must parse: `CAMPAIGNS_RATE_LIMIT=100000/1` stops `manage.py check`/`migrate`/runserver
    instead of silently becoming another limit."""
    errors = []
    for name in RATE_SETTINGS:
        if not hasattr(settings, name):
            continue
        value = getattr(settings, name)
        try:
            strict_rate(value)
        except (TypeError, ValueError) as error:
            errors.append(
                checks.Error(
                    f"{name}={value!r} is not a rate: {error}.",
                    hint="Write it as a count per unit, e.g. 30/h, 5/m or 20/10m (units s, m, h, d).",
                    id="core.E001",
                )
            )
    return errors


def over_limit(scope, key, rate):
    """Counts one more hit for `key` in `scope`; True once the count passes the rate's limit within its window.
    False when the counters cannot be reached (the post goes through)."""
    limit, window = parse_rate(rate)
    hits = ratelimit_store.count(f"{scope}:{key}", window)
    return hits is not None and hits > limit


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
