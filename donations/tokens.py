"""Who may open a monthly gift's Stripe portal: the giving browser for a few hours, or whoever holds an emailed link.

- The browser key: a random value in a signed, HttpOnly cookie set when the donor starts Checkout; the gift keeps
  only a keyed hash of it. The thank-you page's "Manage" button works only in that browser, only for
  DONATIONS_MANAGE_WINDOW seconds after the gift. A copied thank-you URL opens nothing.
- Emailed links: signed, expiring, and good for one use. They carry the gifts' ids and a random nonce, never
  the donor's address (links end up in access logs); the nonce is spent in the database (SpentLink), and only
  once Stripe's portal session really opened.
"""

import hashlib
import hmac
import secrets
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.utils import timezone

BROWSER_COOKIE = "amparo_giver"
BROWSER_SALT = "donations.browser"
THANKS_SALT = "donations.thanks-manage"
LINK_SALTS = {"email": "donations.manage-link.email", "card": "donations.manage-link.card"}


class InvalidLink(Exception):
    """Altered, expired or already used."""


def hash_browser_key(key):
    return hmac.new(settings.SECRET_KEY.encode(), f"giver|{key}".encode(), hashlib.sha256).hexdigest()


def browser_key(request):
    """The key this browser already holds (unexpired), or None."""
    return request.get_signed_cookie(
        BROWSER_COOKIE, default=None, salt=BROWSER_SALT, max_age=settings.DONATIONS_MANAGE_WINDOW
    )


def new_browser_key():
    return secrets.token_urlsafe(24)


def set_browser_cookie(response, request, key):
    response.set_signed_cookie(
        BROWSER_COOKIE,
        key,
        salt=BROWSER_SALT,
        max_age=settings.DONATIONS_MANAGE_WINDOW,
        httponly=True,
        secure=request.is_secure(),
        samesite="Lax",  # sent when Stripe Checkout sends the donor back (a top-level GET)
    )


def browser_gave(request, donation):
    """True when this request comes from the browser that started the gift, within the window."""
    key = browser_key(request)
    return bool(key and donation.browser_key_hash) and hmac.compare_digest(
        hash_browser_key(key), donation.browser_key_hash
    )


def thanks_token(donation):
    return signing.TimestampSigner(salt=THANKS_SALT).sign(donation.id.hex)


def read_thanks_token(token):
    """The donation id (hex) the thank-you page's button was for; InvalidLink once the window has passed."""
    try:
        return signing.TimestampSigner(salt=THANKS_SALT).unsign(
            str(token)[:200], max_age=settings.DONATIONS_MANAGE_WINDOW
        )
    except signing.BadSignature as error:
        raise InvalidLink() from error


def make_link_token(kind, value):
    """A signed link token: kind "email" carries the ids of a donor's monthly gifts, "card" one gift's id."""
    return signing.dumps({"v": value, "n": secrets.token_urlsafe(12)}, salt=LINK_SALTS[kind], compress=True)


def _max_age(kind):
    return settings.DONATIONS_MANAGE_LINK_MAX_AGE if kind == "email" else settings.DONATIONS_CARD_LINK_MAX_AGE


def read_link_token(kind, token):
    """(the value a link carries, its nonce); InvalidLink when altered, expired or already spent."""
    from donations.models.records import SpentLink

    try:
        data = signing.loads(str(token)[:500], salt=LINK_SALTS[kind], max_age=_max_age(kind))
        value, nonce = data["v"], str(data["n"])[:40]
    except (signing.BadSignature, KeyError, TypeError, ValueError) as error:
        raise InvalidLink() from error
    if SpentLink.objects.filter(nonce=nonce).exists():
        raise InvalidLink()
    return value, nonce


def spend_link(kind, nonce):
    """Marks a link used (InvalidLink if another request already did). Call it inside the transaction that opens
    the portal, so a link is spent only when the portal really opened."""
    from donations.models.records import SpentLink

    expires_at = timezone.now() + timedelta(seconds=_max_age(kind) + 60)
    try:
        with transaction.atomic():
            SpentLink.objects.create(nonce=nonce, expires_at=expires_at)
    except IntegrityError as error:
        raise InvalidLink() from error
