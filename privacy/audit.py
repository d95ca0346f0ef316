"""Audit-log entries for every export and erasure of supporters' data: who did it and when, never whom."""

import datetime

from django.utils import timezone
from wagtail.log_actions import log

from privacy.models import SupporterData

EXPORT = "privacy.export"
ERASE = "privacy.erase"
PURGE = "privacy.purge"


def record(action, user=None, **data):
    """One entry in Wagtail's audit log, against the supporter-data marker (not the supporter)."""
    return log(SupporterData(pk=0), action, user=user, data=data)


class AuditedExportMixin:
    """For admin index views: each spreadsheet export is logged with the listing's name and its format, and
    dates come out in the site's time zone (staff read "signed at 9:30", not UTC)."""

    def preprocess_field_value(self, field, value, export_format):
        if isinstance(value, datetime.datetime) and timezone.is_aware(value):
            local = timezone.localtime(value).replace(tzinfo=None, microsecond=0)
            value = local if export_format == "xlsx" else local.isoformat(sep=" ", timespec="minutes")
        return super().preprocess_field_value(field, value, export_format)

    def as_spreadsheet(self, queryset, spreadsheet_format):
        record(EXPORT, self.request.user, what=str(self.model._meta.verbose_name_plural), format=spreadsheet_format)
        return super().as_spreadsheet(queryset, spreadsheet_format)
