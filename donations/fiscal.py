"""The organisation's fiscal year, in the site's time zone: which year-end statement a gift belongs to.

DONATIONS_FISCAL_YEAR_START_MONTH (default 1, the calendar year) says when it starts; a fiscal year is named by
the calendar year it starts in. A gift paid at 11:30 pm on 31 December in TIME_ZONE belongs to that year.
"""

from datetime import datetime

from django.conf import settings
from django.utils import timezone


def now():
    """The current time (tests move it)."""
    return timezone.now()


def _start_month():
    month = int(getattr(settings, "DONATIONS_FISCAL_YEAR_START_MONTH", 1) or 1)
    return month if 1 <= month <= 12 else 1


def year_bounds(year):
    """(start, end) of fiscal year `year` as aware datetimes in TIME_ZONE: end is the next year's start."""
    zone = timezone.get_current_timezone()
    month = _start_month()
    return datetime(year, month, 1, tzinfo=zone), datetime(year + 1, month, 1, tzinfo=zone)


def year_of(moment):
    """The fiscal year a moment (an aware datetime) falls in."""
    local = timezone.localtime(moment)
    return local.year if local.month >= _start_month() else local.year - 1


def has_ended(year, moment=None):
    return (moment or now()) >= year_bounds(year)[1]


def current_year():
    return year_of(now())
