"""Where a cached page lives: the content version (the "generation", core/content_version.py), the last supporter
action, and one key per page (and per value of the query parameters it reads).

Every app server reads the same two small keys from the shared cache, with the page itself in the same read,
so a purge from any process (a worker, another server, `manage.py publish_scheduled`) is seen by all of them on
their next request.
"""

import hashlib
import time
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import cache

from core import content_version as version

GENERATION_KEY = version.VERSION_KEY  # the page cache is named by the one content version
ACTIVITY_KEY = "pagecache:activity"

# The query parameters a public page may read and still be stored (pagination, the resource and directory
# filters, the legislator look-up, the donate form's presets). Each page is keyed by those of them it really
# read while rendering (pagecache/reads.py): the home page reads none, so `/?page=1`, `/?q=…` and `/?utm_source=…`
# all get its one copy; a listing reads `page`, a letter page `zip`. A page that reads a parameter outside
# this list is not stored at all (middleware).
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
    """Starts a new content version: every page (and frame part) cached before is a miss, in every process."""
    return version.new_version()


def current_generation():
    return version.content_version()


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


def used_query(query_string, names):
    """The query string's parameters among `names` only, in a fixed order, so `?b=1&a=2` and `?a=2&b=1` share a
    copy. Empty when the URL carries none of them."""
    pairs = [(name, value) for name, value in parse_qsl(query_string, keep_blank_values=True) if name in names]
    return urlencode(sorted(pairs))


def page_key(request):
    """The page's own key: one per path, host and language, whatever the query string. What is stored there is
    the page as rendered without any of the parameters it reads, with the names of those it read (pages that
    read none, the home page and most others, have this one copy for every URL)."""
    url = f"{request.scheme}://{request.get_host()}{request.path}"  # the path names the language (/es/…)
    digest = hashlib.sha256(url.encode()).hexdigest()[:40]
    # ":2:" since pages are stored with the headers of the middleware below the request id (a deploy of that change
    # must not serve a copy stored without them).
    return f"pagecache:page:2:{digest}"


def variant_key(key, names, used):
    """The copy of the page at `key` for one set of values of the parameters it reads (`?page=2`, `?zip=02139`)."""
    digest = hashlib.sha256(f"{key}|{','.join(names)}|{used}".encode()).hexdigest()[:40]
    return f"pagecache:variant:{digest}"


def count_variant(key, generation, timeout):
    """One more copy of the page at `key` in this generation; returns how many there are now (about: on the file
    cache two workers may count one)."""
    counter = f"pagecache:copies:{generation}:{key.rpartition(':')[2]}"
    cache.add(counter, 0, timeout=timeout)
    try:
        return cache.incr(counter)
    except ValueError:  # expired between the two calls
        cache.set(counter, 1, timeout=timeout)
        return 1
