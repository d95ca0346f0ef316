"""Spreadsheet exports that spreadsheets cannot turn into formulas.

A supporter can type `=HYPERLINK("http://evil.example", "Click")` as their name; a cell that begins with
= + - @, a tab or a carriage return is read as a formula by Excel, LibreOffice and Google Sheets. Every such
text cell is written with a leading apostrophe, which spreadsheets show as plain text (OWASP's advice).
Every admin export goes through `SafeExportMixin`; hand-written CSV goes through `csv_writer`.
"""

import csv

from wagtail.admin.views.generic import IndexView
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


class SafeExportIndexView(SafeExportMixin, IndexView):
    pass


class SafeSnippetIndexView(SafeExportMixin, SnippetIndexView):
    pass
