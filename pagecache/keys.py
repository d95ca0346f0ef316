"""Where a cached page lives: the content generation, the last supporter action, and one key per URL.

Every app server reads the same two small keys from the shared cache, with the page itself in the same read,
so a purge from any process (a worker, another server, `manage.py publish_scheduled`) is seen by all of them on
their next request.
"""

import hashlib
import time
import uuid
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import cache
from django.utils import translation

GENERATION_KEY = "pagecache:generation"
ACTIVITY_KEY = "pagecache:activity"

# The query parameters public pages read (pagination, the resource and directory filters, the legislator
# look-up, the donate form's presets): a cached page is keyed by these alone, so `?utm_source=…`, `?fbclid=…`
# or `?x=1` share the page's one copy. A page that reads any other parameter is not stored (middleware).
DEFAULT_QUERY_PARAMS = (
    "page",
    "topic",
    "kind",
    "language",
    "region",
    "q",
    "query",
    "near",
    "zip",
    "district",
    "reported",
    "campaign",
    "amount",
    "frequency",
    "source",
)


def query_params():
    return frozenset(getattr(settings, "PAGECACHE_QUERY_PARAMS", DEFAULT_QUERY_PARAMS))


def generation_and_activity():
    """The content generation (None when never set) and the time of the last signature, RSVP, letter or gift."""
    values = cache.get_many([GENERATION_KEY, ACTIVITY_KEY])
    return values.get(GENERATION_KEY), values.get(ACTIVITY_KEY, 0)


def read_with_page(key):
    """(generation, last activity, the page stored under `key` or None), in one read of the shared cache: a hit
    on Redis is one round trip."""
    values = cache.get_many([GENERATION_KEY, ACTIVITY_KEY, key])
    return values.get(GENERATION_KEY), values.get(ACTIVITY_KEY, 0), values.get(key)


def new_generation():
    """Starts a new generation: every page cached before this moment is a miss from now on, in every process."""
    generation = uuid.uuid4().hex
    cache.set(GENERATION_KEY, generation, timeout=None)
    return generation


def current_generation():
    generation, _activity = generation_and_activity()
    if generation is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
        generation = cache.get(GENERATION_KEY)
    return generation


# Pages rendered this long after the action are treated as older than it too: the action's transaction may
# not have committed yet when it is recorded, and a page rendered meanwhile shows the old count.
COMMIT_MARGIN_SECONDS = 2
# What is recorded stays good for the next second of actions (each still gets at least a one-second margin):
# a busy petition costs one cache read per signature and one write a second, not a write per signature.
RECORD_AHEAD_SECONDS = 1


def record_activity():
    """A supporter acted: pages cached earlier show old counts, so they expire within PAGECACHE_LIVE_SECONDS."""
    now = time.time()
    if (cache.get(ACTIVITY_KEY) or 0) >= now + RECORD_AHEAD_SECONDS:
        return
    cache.set(ACTIVITY_KEY, now + COMMIT_MARGIN_SECONDS, timeout=24 * 60 * 60)


def used_query(query_string):
    """The query string's page parameters only, in a fixed order, so `?b=1&a=2` and `?a=2&b=1` share a copy."""
    params = query_params()
    pairs = [(name, value) for name, value in parse_qsl(query_string, keep_blank_values=True) if name in params]
    return urlencode(sorted(pairs))


def page_key(request):
    """One key per URL and language. The page is stored with the generation it was rendered in, and a page of an
    older generation is a miss: a purge needs no key of its own, and the next render overwrites the old copy."""
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    url = f"{request.scheme}://{request.get_host()}{request.path}?{used_query(request.META.get('QUERY_STRING', ''))}"
    digest = hashlib.sha256(f"{language}|{url}".encode()).hexdigest()[:40]
    return f"pagecache:page:{digest}"
