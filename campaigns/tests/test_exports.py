"""Exports for follow-up and delivery: the columns staff need, in the site's time zone, only for staff who may
see supporters' data, and a per-petition delivery list without emails."""

import csv
import datetime
import io

import pytest
from django.contrib.auth.models import Group
from wagtail.models import ModelLogEntry

from campaigns.factories import EventPageFactory, EventRSVPFactory, PetitionPageFactory, SignatureFactory
from campaigns.models import Signature

pytestmark = pytest.mark.django_db

UTC = datetime.UTC


@pytest.fixture
def petition(home_page):
    petition = PetitionPageFactory(parent=home_page, title="Free them all", slug="free-them-all")
    ana = SignatureFactory(
        petition=petition,
        name="Ana Pérez",
        email="ana@example.org",
        postal_code="02139",
        city="Cambridge",
        state="MA",
        keep_updated=True,
    )
    SignatureFactory(
        petition=petition, name='=HYPERLINK("http://evil.example")', email="eve@example.org", city="Austin", state="TX"
    )
    SignatureFactory(petition=petition, name="Luis", email="luis@example.org", city="Boston", state="MA")
    # 03:30 UTC on 1 March is 22:30 on 28 February in New York (the site's time zone).
    Signature.objects.filter(pk=ana.pk).update(created_at=datetime.datetime(2026, 3, 1, 3, 30, tzinfo=UTC))
    return petition


@pytest.fixture
def keeper(client, django_user_model):
    user = django_user_model.objects.create_user("keeper", "keeper@staff.example.org", "pw")
    user.groups.add(Group.objects.get(name="Supporter data"))
    client.force_login(user)
    return user


def rows(response):
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


def test_the_signature_export_has_follow_up_columns_in_local_time(client, keeper, petition):
    table = rows(client.get("/admin/signatures/", {"petition": petition.pk, "export": "csv"}))
    assert table[0] == [
        "Name",
        "Email",
        "ZIP",
        "City",
        "State",
        "Organisation",
        "Opted in to updates",
        "Language",
        "Date signed",
        "Signed as",
        "Comment",
        "Listed publicly",
    ]
    ana = next(row for row in table if row[0] == "Ana Pérez")
    assert ana[1:7] == ["ana@example.org", "02139", "Cambridge", "MA", "", "True"]
    assert ana[8] == "2026-02-28 22:30"
    assert [row[0] for row in table if "HYPERLINK" in row[0]] == ['\'=HYPERLINK("http://evil.example")']


def test_the_rsvp_export_has_the_same_kind_of_columns(client, keeper, home_page):
    event = EventPageFactory(parent=home_page, title="Vigil", slug="vigil")
    EventRSVPFactory(event=event, name="Ana", email="ana@example.org", postal_code="02139", language="es")
    table = rows(client.get("/admin/rsvps/", {"event": event.pk, "export": "csv"}))
    assert table[0] == ["Name", "Email", "ZIP", "Event", "Language", "Date answered"]
    assert table[1][:5] == ["Ana", "ana@example.org", "02139", "Vigil", "Spanish"]


def test_the_delivery_list_names_signers_and_counts_states_without_emails(client, keeper, petition):
    page = client.get(f"/admin/petitions/{petition.pk}/delivery/")
    html = page.content.decode()
    assert page.status_code == 200
    assert "Ana Pérez" in html and "Cambridge" in html and "@example.org" not in html
    assert "<td>MA</td><td>2</td>" in html and "<td>TX</td><td>1</td>" in html
    assert "3 signatures as of" in html

    table = rows(client.get(f"/admin/petitions/{petition.pk}/delivery/", {"format": "csv"}))
    assert table[0] == ["Name", "Organisation", "City", "State", "Date signed"]
    assert not any("@" in cell for row in table for cell in row)
    assert ["MA", "2"] in table and ["TX", "1"] in table
    assert any(row and row[0].startswith("'=HYPERLINK") for row in table)
    entry = ModelLogEntry.objects.get(action="privacy.export")
    assert entry.user_id == keeper.pk and "delivery list" in entry.data["what"]


def test_staff_without_the_permission_get_no_export_and_no_delivery_list(client, django_user_model, petition):
    editor = django_user_model.objects.create_user("ed", "ed@staff.example.org", "pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    assert client.get("/admin/signatures/", {"export": "csv"}).status_code in (302, 403)
    assert client.get(f"/admin/petitions/{petition.pk}/delivery/").status_code in (302, 403)
    assert client.get(f"/admin/petitions/{petition.pk}/delivery/", {"format": "csv"}).status_code in (302, 403)
    assert not ModelLogEntry.objects.filter(action="privacy.export").exists()
