"""The admin as an editor meets it, at 1280 px: a blank form without false errors, the block picker with its
previews, the dashboard's to-do panels, and a signatures table that fits. The picker and dashboard
screenshots are the ones the editors' guide shows (editors/static/editors/guide/): a run with
UPDATE_GUIDE_SCREENSHOTS=1 writes them there; other runs write them to a temporary folder, so the suite leaves
the working tree unchanged."""

import os
from pathlib import Path

import pytest

from tests.e2e.admin import log_in, log_in_through_the_form

pytestmark = pytest.mark.browser

GUIDE_FOLDER = Path(__file__).resolve().parents[2] / "editors" / "static" / "editors" / "guide"


@pytest.fixture
def guide_images(tmp_path):
    return GUIDE_FOLDER if os.environ.get("UPDATE_GUIDE_SCREENSHOTS") else tmp_path


VIEWPORT = {"width": 1280, "height": 800}


@pytest.fixture
def site_tree(live_site, home_page, django_user_model):
    from campaigns.factories import (
        CampaignIndexPageFactory,
        CampaignPageFactory,
        PetitionPageFactory,
        SignatureFactory,
    )
    from home.factories import StandardPageFactory
    from updates.factories import WeeklyActionsIndexPageFactory

    django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    weekly = WeeklyActionsIndexPageFactory(parent=home_page)
    campaign = CampaignPageFactory(parent=CampaignIndexPageFactory(parent=home_page), title="#FreeThemAll")
    petition = PetitionPageFactory(parent=campaign, title="Suspend enforcement now and release every detained parent")
    for n in range(3):
        SignatureFactory(
            petition=petition,
            name=f"Rosa María Martínez de la Fuente {n}",
            organisation="Coalition for Immigrant and Refugee Rights of Greater Boston",
            email=f"rosa.maria.martinez.delafuente.{n}@example.org",
            city="Providence",
        )
    import datetime

    from django.utils import timezone

    scheduled = StandardPageFactory(parent=home_page, title="Know your rights week", slug="kyr")
    scheduled.go_live_at = timezone.now() + datetime.timedelta(minutes=30)
    scheduled.save_revision().publish()
    return {"weekly": weekly, "campaign": campaign, "petition": petition}


@pytest.fixture
def admin_page(browser, live_site, site_tree):
    context, page = log_in(browser, live_site, viewport=VIEWPORT)
    yield page
    context.close()


@pytest.fixture
def dashboard(browser, live_site, site_tree):
    """The dashboard as an editor reaches it: through the login form (the other admin tests sign in by cookie)."""
    context, page = log_in_through_the_form(browser, live_site, viewport=VIEWPORT)
    yield page
    context.close()


def test_blank_weekly_issue_opens_without_errors(admin_page, live_site, site_tree):
    page = admin_page
    page.goto(f"{live_site.url}/admin/pages/add/updates/weeklyactionspage/{site_tree['weekly'].pk}/")
    page.get_by_label("Title", exact=False).first.wait_for()
    page.locator("[data-streamfield-child]").first.wait_for()  # the stream's script has drawn its blocks
    assert page.locator("[data-streamfield-child]").count() >= 1
    assert page.get_by_text("The minimum number of items").count() == 0
    errors = page.locator(".error-message:visible, .help-critical:visible")
    assert errors.count() == 0, errors.all_inner_texts()


def test_block_picker_shows_plain_labels_and_previews(admin_page, live_site, site_tree, guide_images):
    page = admin_page
    page.goto(f"{live_site.url}/admin/pages/{site_tree['campaign'].pk}/edit/")
    page.get_by_role("button", name="Insert a block").first.click()
    picker = page.get_by_role("listbox")
    picker.wait_for()
    labels = picker.get_by_role("option").all_inner_texts()
    assert "Donate box" in labels and "Action card" in labels and "Button link" in labels
    assert not {"Call to act", "Faq", "Call to action"} & set(labels)
    row = page.locator(".w-combobox__option-row", has=page.get_by_role("option", name="Donate box"))
    row.get_by_role("button", name="Preview").click()
    preview = page.frame_locator(".w-combobox-preview iframe, [role=tooltip] iframe, [data-w-tooltip] iframe").first
    preview.get_by_text("Just $5 or $10 keeps this campaign going").wait_for()
    page.get_by_text("replaces the automatic fundraising box").first.wait_for()
    page.screenshot(path=guide_images / "block-picker.png")


def test_dashboard_lists_what_needs_attention(dashboard, live_site, site_tree, guide_images):
    page = dashboard
    page.get_by_role("heading", name="This week's Take Action Now issue").wait_for()
    page.get_by_role("heading", name="Scheduled to publish this week").wait_for()
    assert page.get_by_role("link", name="Know your rights week").count() == 1
    page.screenshot(path=guide_images / "dashboard.png")
    page.get_by_role("link", name="Editors' guide", exact=True).click()
    page.get_by_role("heading", name="Start from the dashboard").wait_for()


def test_signatures_table_fits_and_export_is_in_sight(admin_page, live_site, site_tree, tmp_path):
    page = admin_page
    page.goto(f"{live_site.url}/admin/signatures/?petition={site_tree['petition'].pk}")
    table = page.locator("table.listing")
    table.wait_for()
    assert page.get_by_role("columnheader", name="Language").count() == 1
    page.screenshot(path=tmp_path / "signatures.png")
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"the page scrolls sideways by {overflow}px at 1280px"
    box = table.bounding_box()
    assert box["x"] + box["width"] <= VIEWPORT["width"]
    assert page.get_by_role("link", name="Download XLSX").is_visible()
    assert page.get_by_role("link", name="Download CSV").is_visible()


def test_a_new_documents_title_reads_like_a_title(admin_page, live_site):
    page = admin_page
    page.goto(live_site.url + "/admin/documents/add/")
    page.locator("input[type=file]").set_input_files(
        {"name": "know-your-rights-card.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.4\n%%EOF\n"}
    )
    from playwright.sync_api import expect

    expect(page.locator("#id_title")).to_have_value("Know your rights card")


def test_an_event_page_opens_on_the_editors_tabs(admin_page, live_site, site_tree, tmp_path):
    page = admin_page
    page.goto(f"{live_site.url}/admin/pages/add/campaigns/eventpage/{site_tree['campaign'].pk}/")
    tabs = page.get_by_role("tab")
    tabs.first.wait_for()
    assert tabs.all_inner_texts()[:4] == ["Content", "Action", "After the action", "Promote"]
    page.get_by_role("tab", name="Action", exact=True).click()
    page.get_by_label("Take RSVPs").wait_for()
    page.screenshot(path=tmp_path / "event-action-tab.png")
    page.get_by_role("tab", name="After the action").click()
    page.get_by_label("Ask for a donation after the action").wait_for()
