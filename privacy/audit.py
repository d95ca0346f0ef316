"""Audit-log entries for every export and erasure of supporters' data: who did it and when, never whom."""

from wagtail.log_actions import log

from privacy.models import SupporterData

EXPORT = "privacy.export"
ERASE = "privacy.erase"
PURGE = "privacy.purge"


def record(action, user=None, **data):
    """One entry in Wagtail's audit log, against the supporter-data marker (not the supporter)."""
    return log(SupporterData(pk=0), action, user=user, data=data)


class AuditedExportMixin:
    """For admin index views: each spreadsheet export is logged with the listing's name and its format."""

    def as_spreadsheet(self, queryset, spreadsheet_format):
        record(EXPORT, self.request.user, what=str(self.model._meta.verbose_name_plural), format=spreadsheet_format)
        return super().as_spreadsheet(queryset, spreadsheet_format)
