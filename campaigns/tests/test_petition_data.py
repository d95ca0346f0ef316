"""Petition data as the editor's help text promises: optional fields are optional and say so; the export carries
every field the form asked; organisations waiting to be listed are counted, listed and approved together."""

import csv
import io

import pytest
from django.contrib.auth.models import Group, Permission

from campaigns.factories import EventPageFactory, PetitionPageFactory, SignatureFactory
from campaigns.models import EventRSVP, Signature

pytestmark = pytest.mark.django_db


def test_the_zip_is_optional_and_labelled_so(client, petition):
    assert petition.ask_postal_code  # ticked by default, "Adds an optional ZIP or postal code field"
    html = client.get(petition.url).content.decode()
    assert "ZIP or postal code" in html and "(optional)" in html.split("ZIP or postal code", 1)[1][:200]
    response = client.post(petition.url, {"name": "Ana Pérez", "email": "ana@example.org", "postal_code": ""})
    assert response.status_code == 303
    assert Signature.objects.get().postal_code == ""


def test_an_rsvp_without_a_zip_is_accepted(client, campaign):
    event = EventPageFactory(parent=campaign, slug="vigil")
    response = client.post(event.url, {"name": "Ana", "email": "ana@example.org", "postal_code": ""})
    assert response.status_code in (302, 303)
    assert EventRSVP.objects.get().postal_code == ""


@pytest.fixture
def keeper(client, django_user_model):
    user = django_user_model.objects.create_user("keeper", "keeper@staff.example.org", "pw")
    user.groups.add(Group.objects.get(name="Supporter data"))
    user.groups.add(Group.objects.get(name="Editors"))
    user.user_permissions.add(Permission.objects.get(codename="change_signature"))
    client.force_login(user)
    return user


def test_the_export_carries_comment_signed_as_language_and_consent(client, keeper, campaign):
    petition = PetitionPageFactory(parent=campaign, sign_on_mode="both", ask_comment=True, slug="letter")
    SignatureFactory(
        petition=petition,
        name="María",
        kind=Signature.Kind.ORGANISATION,
        organisation="Casa del Pueblo",
        comment="We stand with you.",
        language="es",
        keep_updated=True,
    )
    body = b"".join(client.get("/admin/signatures/", {"petition": petition.pk, "export": "csv"}).streaming_content)
    table = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    row = dict(zip(table[0], table[1], strict=True))
    assert row["Signed as"] == "Organisation" and row["Comment"] == "We stand with you."
    assert row["Language"] == "Spanish" and row["Opted in to updates"] == "True"
    assert row["Listed publicly"] == "False"


def test_organisations_waiting_are_counted_listed_and_approved_together(client, keeper, campaign):
    petition = PetitionPageFactory(parent=campaign, sign_on_mode="both", slug="letter")
    waiting = [
        SignatureFactory(petition=petition, kind=Signature.Kind.ORGANISATION, organisation=f"Group {n}")
        for n in range(3)
    ]
    SignatureFactory(petition=petition)  # a person: never listed, never waiting

    dashboard = client.get("/admin/").content.decode()
    assert "3 organisations signed letters and appear on the page only once you approve them." in dashboard
    assert "/admin/signatures/organisations-waiting/" in dashboard

    listing = client.get("/admin/signatures/organisations-waiting/").content.decode()
    assert all(f"Group {n}" in listing for n in range(3))
    filtered = client.get("/admin/signatures/", {"kind": "organisation", "approved": "false"}).content.decode()
    assert "Waiting for approval" in filtered and "Group 2" in filtered

    response = client.post(
        "/admin/signatures/organisations-waiting/", {"signature": [waiting[0].pk, waiting[1].pk]}, follow=True
    )
    assert "2 organisations are now listed publicly on their petitions." in response.content.decode()
    assert sorted(Signature.objects.filter(approved=True).values_list("organisation", flat=True)) == [
        "Group 0",
        "Group 1",
    ]
    assert "Casa" not in client.get(petition.url).content.decode()
    assert "Group 0" in client.get(petition.url).content.decode()


def test_staff_without_supporter_data_see_no_waiting_organisations(client, django_user_model, campaign):
    editor = django_user_model.objects.create_user("ed", "ed@staff.example.org", "pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    assert "Organisations waiting" not in client.get("/admin/").content.decode()
    assert client.get("/admin/signatures/organisations-waiting/").status_code in (302, 403)
