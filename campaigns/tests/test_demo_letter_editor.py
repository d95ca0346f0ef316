"""The demo's sign-on letter opens in the page editor (its "<br>" once made Draftail's converter fail: a 500)."""

import importlib

import pytest
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

from campaigns.demo_texts import LETTER_TEXT, LETTER_TEXT_ES
from campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory, PetitionPageFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("text", [LETTER_TEXT, LETTER_TEXT_ES])
def test_the_demo_letter_text_converts_for_the_editor(text):
    converter = ContentstateConverter(features=["bold", "italic", "link", "ol", "ul", "h2", "h3"])
    contentstate = converter.from_database_format(text)
    assert "Respectfully" in contentstate or "Atentamente" in contentstate


def test_the_sign_on_letter_page_opens_in_the_editor(admin_client, home_page):
    campaign = CampaignPageFactory(parent=CampaignIndexPageFactory(parent=home_page))
    letter = PetitionPageFactory(parent=campaign, sign_on_mode="organisations", petition_text=LETTER_TEXT)
    assert admin_client.get(f"/admin/pages/{letter.pk}/edit/").status_code == 200


def test_the_migration_mends_a_bare_br_left_by_an_older_demo(admin_client, home_page):
    from django.apps import apps

    campaign = CampaignPageFactory(parent=CampaignIndexPageFactory(parent=home_page))
    broken = LETTER_TEXT.replace("<br/>", "<br>")
    letter = PetitionPageFactory(parent=campaign, sign_on_mode="organisations", petition_text=broken)
    letter.save_revision()
    with pytest.raises(AssertionError, match="Unmatched tags: expected br, got p"):
        admin_client.get(f"/admin/pages/{letter.pk}/edit/")
    importlib.import_module("campaigns.migrations.0009_demo_letter_line_breaks").fix(apps, None)
    assert admin_client.get(f"/admin/pages/{letter.pk}/edit/").status_code == 200
