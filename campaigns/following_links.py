"""The signed links in a campaign follower's emails: confirm (expires after a week) and unsubscribe (never)."""

import uuid

from django.core import signing

CONFIRM_SALT = "campaigns.follow.confirm"
UNSUBSCRIBE_SALT = "campaigns.follow.unsubscribe"
CONFIRM_MAX_AGE = 7 * 24 * 60 * 60


class InvalidToken(Exception):
    """The link was altered, has expired or names nobody."""


def confirm_token(follower):
    return signing.TimestampSigner(salt=CONFIRM_SALT).sign(follower.key.hex)


def unsubscribe_token(follower):
    return signing.TimestampSigner(salt=UNSUBSCRIBE_SALT).sign(follower.key.hex)


def follower_for(token, salt, max_age=None):
    """The follower a link's token names; raises InvalidToken if it was altered, expired or names nobody."""
    from campaigns.models.following import CampaignFollower

    try:
        key = uuid.UUID(hex=signing.TimestampSigner(salt=salt).unsign(str(token)[:200], max_age=max_age))
    except (signing.BadSignature, ValueError, TypeError) as error:
        raise InvalidToken() from error
    follower = CampaignFollower.objects.select_related("campaign").filter(key=key).first()
    if follower is None:
        raise InvalidToken()
    return follower
