"""Shared pieces for apps' erasers and purgers: the placeholder an erased email becomes, and cut-off dates."""

import uuid
from datetime import timedelta

from django.conf import settings

ERASED_DOMAIN = "erased.invalid"


def placeholder_email():
    """A unique address that names nobody, for rows that must stay (counts) but lose their owner."""
    return f"erased-{uuid.uuid4().hex}@{ERASED_DOMAIN}"


def not_yet_erased(field="email"):
    return {f"{field}__endswith": f"@{ERASED_DOMAIN}"}


def days_ago(now, setting_name):
    """`now` minus the number of days named by a retention setting; None when the setting is 0 (keep)."""
    days = int(getattr(settings, setting_name, 0) or 0)
    return now - timedelta(days=days) if days > 0 else None
