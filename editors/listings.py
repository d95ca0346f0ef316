"""Admin listings that fit an editor's day: export buttons in plain sight, one entry per translated page."""

from django.db.models import Min
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import HeaderButton


class VisibleExportMixin:
    """Puts "Download XLSX" and "Download CSV" beside the listing's title instead of behind "⋯".

    The header is re-rendered with the filters, so the links always export what the editor is looking at.
    """

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if self.show_export_buttons:
            buttons += [
                HeaderButton(_("Download XLSX"), url=self.xlsx_export_url, icon_name="download", priority=90),
                HeaderButton(_("Download CSV"), url=self.csv_export_url, icon_name="download", priority=100),
            ]
        return buttons

    @cached_property
    def header_more_buttons(self):
        exports = {self.xlsx_export_url, self.csv_export_url} if self.show_export_buttons else set()
        return [button for button in super().header_more_buttons if getattr(button, "url", None) not in exports]


def first_language_versions(queryset):
    """One row per translated page: the first language version made, which is where responses are stored
    (see PetitionPage.signed_page), so a filter lists "Free them all" once, not once per language."""
    firsts = queryset.model.objects.values("translation_key").annotate(first=Min("pk")).values("first")
    return queryset.filter(pk__in=firsts)
