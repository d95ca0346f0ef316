from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import LogFormatter

from privacy import audit


class ExportFormatter(LogFormatter):
    label = _("Export supporters' data")

    def format_message(self, log_entry):
        return _("Exported supporters' data: %(what)s (%(format)s)") % {
            "what": log_entry.data.get("what", ""),
            "format": log_entry.data.get("format", ""),
        }


class EraseFormatter(LogFormatter):
    label = _("Erase a supporter")

    def format_message(self, log_entry):
        return _("Erased one supporter's data (%(count)s records)") % {"count": log_entry.data.get("count", 0)}


class PurgeFormatter(LogFormatter):
    label = _("Expire supporters' data")

    def format_message(self, log_entry):
        return _("Expired supporters' data by retention (%(count)s records)") % {
            "count": log_entry.data.get("count", 0)
        }


@hooks.register("register_log_actions")
def register_privacy_actions(actions):
    actions.register_action(audit.EXPORT)(ExportFormatter)
    actions.register_action(audit.ERASE)(EraseFormatter)
    actions.register_action(audit.PURGE)(PurgeFormatter)
