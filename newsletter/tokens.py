"""Signed links: confirmation links expire, unsubscribe links keep working for as long as the email exists."""

import uuid

from django.conf import settings
from django.core import signing

CONFIRM_SALT = "newsletter.confirm"
UNSUBSCRIBE_SALT = "newsletter.unsubscribe"
DEFAULT_CONFIRM_MAX_AGE = 7 * 24 * 60 * 60


class InvalidToken(Exception):
    """The link was altered, belongs to nobody, or (for confirmation) has expired."""

    def __init__(self, expired=False):
        super().__init__("expired" if expired else "invalid")
        self.expired = expired


def make_confirm_token(subscriber):
    return signing.TimestampSigner(salt=CONFIRM_SALT).sign(subscriber.key.hex)


def make_unsubscribe_token(subscriber):
    return signing.TimestampSigner(salt=UNSUBSCRIBE_SALT).sign(subscriber.key.hex)


def read_confirm_token(token):
    max_age = getattr(settings, "NEWSLETTER_CONFIRM_MAX_AGE", DEFAULT_CONFIRM_MAX_AGE)
    return _read(token, CONFIRM_SALT, max_age)


def read_unsubscribe_token(token):
    return _read(token, UNSUBSCRIBE_SALT, None)


def _read(token, salt, max_age):
    """The subscriber key a token carries; raises InvalidToken."""
    try:
        value = signing.TimestampSigner(salt=salt).unsign(str(token)[:200], max_age=max_age)
        return uuid.UUID(hex=value)
    except signing.SignatureExpired as error:
        raise InvalidToken(expired=True) from error
    except (signing.BadSignature, ValueError, TypeError) as error:
        raise InvalidToken() from error
