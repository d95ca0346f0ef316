"""Listings that fit an editor's day: language shown, translations grouped, export in plain sight."""

import re

import pytest

from campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory, PetitionPageFactory, SignatureFactory
from resources.factories import OrganisationFactory


@pytest.mark.django_db
def test_organisations_listing_shows_each_ones_language_and_filters_by_it(admin_client, locales):
    english = OrganisationFactory(name="Neighbours United")
    spanish = english.copy_for_translation(locales[1])
    spanish.save()
    html = admin_client.get("/admin/snippets/resources/organisation/").content.decode()
    rows = html.split('id="listing-results"', 1)[1].split("</table>", 1)[0]
    assert len(re.findall(r"<tr\b", rows)) == 3  # the heading row and one row per language
    assert "English" in rows and "Spanish" in rows  # the locale column tells the two apart
    filtered = admin_client.get("/admin/snippets/resources/organisation/?locale=es").content.decode()
    assert filtered.count(">Neighbours United<") <= 1


@pytest.mark.django_db
def test_petition_filter_lists_a_translated_petition_once(admin_client, home_page, spanish_home):
    campaign = CampaignPageFactory(parent=CampaignIndexPageFactory(parent=home_page))
    petition = PetitionPageFactory(parent=campaign, title="Free them all")
    spanish_campaign = campaign.copy_for_translation(spanish_home.locale, copy_parents=True)
    spanish_campaign.save_revision().publish()
    translated = petition.copy_for_translation(spanish_home.locale)
    translated.title = "Libérenlos a todos"
    translated.save_revision().publish()
    SignatureFactory(petition=petition)
    html = admin_client.get("/admin/signatures/").content.decode()
    options = re.findall(r'<option value="\d+"[^>]*>([^<]+)</option>', html)
    assert "Free them all" in options and "Libérenlos a todos" not in options


@pytest.mark.django_db
def test_export_buttons_sit_in_the_listing_header(admin_client, home_page):
    html = admin_client.get("/admin/signatures/").content.decode()
    header = html.split('id="listing-results"', 1)[0]
    assert "Download XLSX" in header and "Download CSV" in header
    assert re.search(r'class="[^"]*w-header-button[^"]*"[^>]*href="[^"]*export=xlsx', header) or re.search(
        r'href="[^"]*export=xlsx[^"]*"[^>]*class="[^"]*w-header-button', header
    )
