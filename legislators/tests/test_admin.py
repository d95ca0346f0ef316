import uuid

import pytest

from legislators.models import CallReport, Legislator, LetterWritten

pytestmark = pytest.mark.django_db


def test_editors_can_browse_members_but_not_edit_them(admin_client, congress):
    listing = admin_client.get("/admin/legislator/", {"q": "Warren"})
    assert listing.status_code == 200
    assert "Elizabeth Warren" in listing.content.decode()
    warren = Legislator.objects.get(bioguide_id="W000817")
    assert admin_client.get(f"/admin/legislator/inspect/{warren.pk}/").status_code == 200
    assert admin_client.get("/admin/legislator/new/").status_code in (302, 403)
    assert admin_client.get(f"/admin/legislator/edit/{warren.pk}/").status_code in (302, 403)
    assert admin_client.post(f"/admin/legislator/delete/{warren.pk}/").status_code in (302, 403)
    assert Legislator.objects.filter(pk=warren.pk).exists()


def test_letters_and_calls_can_be_listed_and_exported(admin_client, letter_page, call_page):
    LetterWritten.objects.create(
        page=letter_page, token=uuid.uuid4(), letters=3, consent=True, name="Ana", email="ana@example.org"
    )
    CallReport.objects.create(
        page=call_page, token=uuid.uuid4(), target="W000817", target_name="Elizabeth Warren", outcome="voicemail"
    )
    assert "Ana" in admin_client.get("/admin/letterwritten/").content.decode()
    export = admin_client.get("/admin/letterwritten/", {"export": "csv"})
    assert export.status_code == 200
    assert "ana@example.org" in export.getvalue().decode()
    assert "Elizabeth Warren" in admin_client.get("/admin/callreport/").content.decode()
