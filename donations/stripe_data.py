"""Reading Stripe's JSON defensively: fields may be missing, null, an id or the whole expanded object."""

import uuid
from datetime import UTC, datetime


class NotYetKnown(Exception):
    """News about a gift this site has not recorded yet: answering non-2xx makes Stripe deliver it again later."""


def dig(data, *keys):
    for key in keys:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


def id_of(value):
    """Stripe fields hold an id, or the whole object when expanded."""
    if isinstance(value, dict):
        value = value.get("id")
    return value if isinstance(value, str) and value else ""


def text(value, limit=255):
    return value[:limit] if isinstance(value, str) else ""


def when(timestamp):
    if isinstance(timestamp, int) and not isinstance(timestamp, bool) and 0 < timestamp < 2**33:
        return datetime.fromtimestamp(timestamp, tz=UTC)
    return None


def whole(value):
    """A non-negative integer amount, or None."""
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    return None


def parse_uuid(value):
    try:
        return uuid.UUID(str(value))
    except (TypeError, ValueError, AttributeError):
        return None


def metadata_of(obj):
    value = dig(obj, "metadata")
    return value if isinstance(value, dict) else {}


def invoice_subscription(invoice):
    """(subscription id, its metadata) of a subscription invoice, in the current or the pre-2025 shape."""
    subscription = id_of(dig(invoice, "parent", "subscription_details", "subscription")) or id_of(
        dig(invoice, "subscription")
    )
    metadata = dig(invoice, "parent", "subscription_details", "metadata") or dig(
        invoice, "subscription_details", "metadata"
    )
    return subscription, metadata if isinstance(metadata, dict) else {}
