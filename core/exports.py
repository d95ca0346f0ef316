"""Spreadsheet exports that spreadsheets cannot turn into formulas.

A supporter can type `=HYPERLINK("http://evil.example", "Click")` as their name; a cell that begins with
= + - @, a tab or a carriage return is read as a formula by Excel, LibreOffice and Google Sheets. Every such
text cell is written with a leading apostrophe, which spreadsheets show as plain text (OWASP's advice).
Every admin export goes through `SafeExportMixin`; hand-written CSV goes through `csv_writer`.
"""

import csv

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.generic import IndexView
from wagtail.admin.widgets import HeaderButton
from wagtail.snippets.views.snippets import IndexView as SnippetIndexView

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """The value as a spreadsheet will show it: text that starts like a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class SafeCSVWriter:
    """`csv.writer` whose every text cell goes through `safe_cell`."""

    def __init__(self, stream, **kwargs):
        self._writer = csv.writer(stream, **kwargs)

    def writerow(self, row):
        return self._writer.writerow([safe_cell(value) for value in row])

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def csv_writer(stream, **kwargs):
    return SafeCSVWriter(stream, **kwargs)


class SafeExportMixin:
    """For Wagtail's spreadsheet export (CSV and XLSX): every exported cell goes through `safe_cell`."""

    def preprocess_field_value(self, field, value, export_format):
        return safe_cell(super().preprocess_field_value(field, value, export_format))


class VisibleExportMixin:
    """Puts "Download XLSX" and "Download CSV" beside the listing's title instead of behind "⋯", where editors
    on a deadline did not find them. The header is re-rendered with the filters, so the links always export
    what the editor is looking at."""

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


class SafeExportIndexView(VisibleExportMixin, SafeExportMixin, IndexView):
    pass


class SafeSnippetIndexView(VisibleExportMixin, SafeExportMixin, SnippetIndexView):
    pass
