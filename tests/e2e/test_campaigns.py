"""A supporter acts on a campaign in one visit: campaign page, petition, thank-you step; with and without JS."""

import pytest
from playwright.sync_api import expect

from tests.e2e.accessibility import audit

pytestmark = pytest.mark.browser


@pytest.fixture
def campaign_tree(live_site, home_page):
    from campaigns.factories import (
        CampaignIndexPageFactory,
        CampaignPageFactory,
        EventPageFactory,
        PetitionPageFactory,
    )

    index = CampaignIndexPageFactory(parent=home_page)
    campaign = CampaignPageFactory(parent=index, title="#FreeThemAll", slug="free-them-all")
    petition = PetitionPageFactory(
        parent=campaign, title="Suspend enforcement now", slug="suspend", sign_on_mode="both", ask_comment=True
    )
    EventPageFactory(parent=campaign, title="National day of action", slug="day-of-action")
    return campaign, petition


def test_campaign_and_petition_pages_are_accessible_and_first_party(page, live_site, campaign_tree, first_party_only):
    campaign, petition = campaign_tree
    for path in ("/campaigns/", campaign.url, petition.url, campaign.url + "day-of-action/"):
        page.goto(live_site.url + path)
        results = audit(page)
        assert results.violations_count == 0, f"{path}\n{results.generate_report()}"
    assert first_party_only == []


def test_signing_without_javascript_then_signing_again(browser, live_site, campaign_tree):
    from campaigns.models import Signature

    campaign, petition = campaign_tree
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_site.url + campaign.url)
    page.get_by_role("link", name="Suspend enforcement now").first.click()  # the hero's main action
    page.get_by_label("Full name").fill("Ana Pérez")
    page.locator("#id_email").fill("ana@example.org")
    page.get_by_label("ZIP or postal code").fill("02130")
    page.get_by_role("button", name="Sign the petition").click()
    page.wait_for_url(lambda url: "/suspend/thanks/" in url)  # the answer to the post, not the form still showing
    assert "/suspend/thanks/" in page.url
    assert page.locator("h1").inner_text() == "Thank you for signing"
    assert page.get_by_role("link", name="WhatsApp").get_attribute("href").startswith("https://wa.me/?text=")

    page.goto(live_site.url + petition.url)
    page.get_by_label("Full name").fill("Ana")
    page.locator("#id_email").fill(" ANA@example.org ")
    page.get_by_label("ZIP or postal code").fill("02130")
    page.get_by_role("button", name="Sign the petition").click()
    # The same answer as the first time (nobody learns from the form who signed), still counted once.
    expect(page.locator("h1")).to_have_text("Thank you for signing")
    assert Signature.objects.count() == 1
    context.close()


def test_bad_input_is_announced_next_to_its_field(page, live_site, campaign_tree):
    _, petition = campaign_tree
    page.goto(live_site.url + petition.url)
    page.get_by_label("Full name").fill("<script>alert(1)</script>")
    page.locator("#id_email").fill("not-an-email")
    page.get_by_label("ZIP or postal code").fill("02130")
    page.get_by_role("button", name="Sign the petition").click()
    expect(page.get_by_role("alert")).to_have_text("Please correct the errors below.")
    email = page.locator("#id_email")
    assert email.get_attribute("aria-invalid") == "true"
    assert "valid email" in page.locator("#" + email.get_attribute("aria-describedby")).inner_text()
    results = audit(page)
    assert results.violations_count == 0, results.generate_report()
