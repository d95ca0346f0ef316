import csv
import io
import re

import openpyxl
import pytest
from django.utils import timezone

from campaigns.factories import EventPageFactory, EventRSVPFactory, PetitionPageFactory, SignatureFactory


@pytest.fixture
def signers(petition, campaign):
    other = PetitionPageFactory(parent=campaign, title="Another petition")
    SignatureFactory(petition=petition, name="Rosa Martínez", city="Providence", state="RI")
    SignatureFactory(
        petition=petition,
        kind="organisation",
        name="Carmen Ruiz",
        organisation="Neighbours United",
        city="Chicago",
        state="IL",
    )
    SignatureFactory(petition=other, name="Not on this petition")
    return other


@pytest.mark.django_db
def test_export_of_one_petitions_signers_is_named_after_it_and_ready_to_deliver(admin_client, petition, signers):
    response = admin_client.get(f"/admin/signatures/?petition={petition.pk}&export=xlsx")

    assert response.status_code == 200
    today = timezone.localdate().isoformat()
    assert f'filename="suspend-enforcement-now-signatures-{today}.xlsx"' in response["Content-Disposition"]
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = list(sheet.values)
    assert rows[0] == (
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
    )
    assert sorted((row[0], row[3], row[4], row[5]) for row in rows[1:]) == [
        ("Carmen Ruiz", "Chicago", "IL", "Neighbours United"),
        ("Rosa Martínez", "Providence", "RI", None),
    ]
    assert all(row[8] is not None for row in rows[1:])


@pytest.mark.django_db
def test_csv_export_writes_formula_like_text_as_text(admin_client, petition):
    SignatureFactory(petition=petition, name="=HYPERLINK(1)", city="Boston")
    response = admin_client.get(f"/admin/signatures/?petition={petition.pk}&export=csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0][0] == "Name" and rows[0][3] == "City"
    # A leading apostrophe: spreadsheets show the text instead of running it as a formula.
    assert [rows[1][0], rows[1][3]] == ["'=HYPERLINK(1)", "Boston"]
    assert ".csv" in response["Content-Disposition"]


@pytest.mark.django_db
def test_signer_list_has_search_and_filters(admin_client, petition, signers):
    listing = admin_client.get("/admin/signatures/")
    html = listing.content.decode()
    assert listing.status_code == 200
    assert "Rosa Martínez" in html and "Not on this petition" in html
    assert 'name="petition"' in html and 'name="kind"' in html

    searched = admin_client.get("/admin/signatures/?q=Providence").content.decode()
    assert "Rosa Martínez" in searched and "Carmen Ruiz" not in searched

    filtered = admin_client.get(f"/admin/signatures/?petition={petition.pk}&kind=organisation").content.decode()
    assert "Carmen Ruiz" in filtered and "Rosa Martínez" not in filtered and "Not on this petition" not in filtered

    assert admin_client.get("/admin/signatures/?petition=abc").status_code == 200
    assert admin_client.get("/admin/signatures/?created_at_after=notadate").status_code == 200


@pytest.mark.django_db
def test_petition_edit_page_links_to_its_signers(admin_client, petition):
    html = admin_client.get(f"/admin/pages/{petition.pk}/edit/").content.decode()
    assert f"/admin/signatures/?petition={petition.pk}" in html


@pytest.mark.django_db
def test_rsvp_export_for_one_event(admin_client, campaign):
    event = EventPageFactory(parent=campaign, title="Day of action")
    EventRSVPFactory(event=event, name="Ana", email="ana@example.org", postal_code="02130")
    response = admin_client.get(f"/admin/rsvps/?event={event.pk}&export=csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[1][:3] == ["Ana", "ana@example.org", "02130"]
    assert "day-of-action-rsvps-" in response["Content-Disposition"]
    assert f"/admin/rsvps/?event={event.pk}" in admin_client.get(f"/admin/pages/{event.pk}/edit/").content.decode()


@pytest.mark.django_db
def test_visitors_cannot_reach_the_signer_list(client, petition, signers):
    response = client.get(f"/admin/signatures/?petition={petition.pk}&export=csv")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


@pytest.mark.django_db
def test_editors_can_open_the_create_form_of_each_page_type(admin_client, petition, campaign, campaign_index):
    assert admin_client.get(f"/admin/pages/add/campaigns/campaignpage/{campaign_index.pk}/").status_code == 200
    assert admin_client.get(f"/admin/pages/add/campaigns/petitionpage/{campaign.pk}/").status_code == 200
    assert admin_client.get(f"/admin/pages/add/campaigns/eventpage/{campaign.pk}/").status_code == 200
    assert admin_client.get(f"/admin/pages/{campaign.pk}/edit/").status_code == 200
    signature = SignatureFactory(petition=petition)
    assert admin_client.get(f"/admin/signatures/edit/{signature.pk}/").status_code == 200
    assert admin_client.get(f"/admin/signatures/inspect/{signature.pk}/").status_code == 200


@pytest.mark.django_db
def test_a_translated_petitions_signers_button_and_export_show_every_signer(admin_client, petition, spanish_home):
    """Signatures are kept on the first language version; opening the Spanish one still lists and exports them."""
    from home.demo_tools import ensure_translation

    spanish = petition.locale.__class__.objects.get(language_code="es")
    ensure_translation(petition.get_parent().get_parent().specific, spanish, slug="campanas")
    ensure_translation(petition.get_parent().specific, spanish, slug="liberenlos")
    petition_es = ensure_translation(petition, spanish, slug="suspendan", title="Suspendan las deportaciones")
    SignatureFactory(petition=petition, name="Rosa Martínez", city="Providence", state="RI")
    other = PetitionPageFactory(parent=petition.get_parent(), title="Another petition", slug="another")
    SignatureFactory(petition=other, name="Someone Else")

    # The Spanish page's edit view is wagtail-localize's translation editor; its explorer header has the button.
    explorer = admin_client.get(f"/admin/pages/{petition_es.pk}/").content.decode()
    link = re.search(r'href="(/admin/signatures/\?petition=\d+)"', explorer).group(1)
    listing = admin_client.get(link).content.decode()
    assert "Rosa Martínez" in listing and "Someone Else" not in listing

    response = admin_client.get(f"/admin/signatures/?petition={petition_es.pk}&export=csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert [[row[0], row[3], row[4]] for row in rows[1:]] == [["Rosa Martínez", "Providence", "RI"]]
    assert "suspendan-las-deportaciones-signatures-" in response["Content-Disposition"]


@pytest.mark.django_db
def test_signatures_show_their_language_and_filter_by_it(admin_client, petition):
    SignatureFactory(petition=petition, name="Rosa Martínez", language="en")
    SignatureFactory(petition=petition, name="Luis Gómez", language="es")
    html = admin_client.get("/admin/signatures/").content.decode()
    table = html.split('id="listing-results"', 1)[1]
    assert "Language" in table and "Spanish" in table and "English" in table
    spanish = admin_client.get("/admin/signatures/", {"language": "es"}).content.decode()
    assert "Luis Gómez" in spanish and "Rosa Martínez" not in spanish
    response = admin_client.get("/admin/signatures/", {"language": "xx"})  # not a language: a plain listing
    assert response.status_code == 200


@pytest.mark.django_db
def test_signatures_and_rsvps_made_before_languages_were_kept_take_their_pages_language(petition, spanish_home):
    """The data migration's backfill, run on rows without a language: each takes its page's locale."""
    import importlib

    from django.apps import apps

    from campaigns.models import EventRSVP, Signature
    from home.demo_tools import ensure_translation

    spanish = spanish_home.locale
    ensure_translation(petition.get_parent().get_parent().specific, spanish, slug="campanas")
    campaign_es = ensure_translation(petition.get_parent().specific, spanish, slug="liberenlos")
    petition_es = ensure_translation(petition, spanish, slug="suspendan", title="Suspendan")
    old_en = SignatureFactory(petition=petition, language="")
    old_es = SignatureFactory(petition=petition_es, language="")
    kept = SignatureFactory(petition=petition_es, language="en")
    rsvp = EventRSVPFactory(event=EventPageFactory(parent=campaign_es), language="")

    migration = importlib.import_module("campaigns.migrations.0006_signature_and_rsvp_language")
    migration.language_from_page(apps, None)

    assert Signature.objects.get(pk=old_en.pk).language == "en"
    assert Signature.objects.get(pk=old_es.pk).language == "es"
    assert Signature.objects.get(pk=kept.pk).language == "en"  # a language already stored stays
    assert EventRSVP.objects.get(pk=rsvp.pk).language == "es"
