"""Recognising a letter form or a call report sent twice, with nothing per visitor in the page.

The letter and call pages are cached and shared, so they cannot carry a token of their own. Instead each record
keeps a keyed hash (HMAC with SECRET_KEY: it cannot be read back) of who sent what and when, and a unique
constraint on (page, hash) turns a second copy into a no-op, even when two copies race:

- a letter form: the supporter's name, city, ZIP code and email, on the same day. Two supporters are two rows;
  the same supporter reloading the results or pressing the button twice is one.
- a call report: the member called and the outcome, from the same client (network address and browser), within
  ten minutes. A double click or a re-sent form is one report; a phone bank's callers on their own phones are not.

The hashes are needed for a day at most: the privacy purge blanks them after two (legislators/personal_data.py).
"""

from django.utils import timezone

from core.ratelimit import client_fingerprint, fingerprint

CALL_WINDOW_SECONDS = 600


def _norm(value):
    return " ".join(str(value or "").split()).casefold()


def letter_fingerprint(page, data, today=None):
    today = today or timezone.localdate()
    parts = [
        "letter",
        str(page.pk),
        today.isoformat(),
        *(_norm(data.get(key)) for key in ("name", "city", "zip", "email")),
    ]
    return fingerprint("\x1f".join(parts))


def call_fingerprints(page, request, target, outcome, now=None):
    """This report's hash, then the previous window's: a report just after a window's edge still matches."""
    now = now or timezone.now()
    window = int(now.timestamp()) // CALL_WINDOW_SECONDS
    client = client_fingerprint(request) or ""
    browser = request.META.get("HTTP_USER_AGENT", "")[:300]
    return [
        fingerprint("\x1f".join(["call", str(page.pk), target, outcome, client, browser, str(number)]))
        for number in (window, window - 1)
    ]
