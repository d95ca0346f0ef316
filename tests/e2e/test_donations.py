"""The donor's whole path in a real browser, with the offline test checkout standing in for Stripe."""

import pytest
from playwright.sync_api import expect

from tests.e2e.accessibility import audit

pytestmark = pytest.mark.browser


@pytest.fixture
def donate_page(live_site, home_page):
    from donations.factories import DonatePageFactory

    return DonatePageFactory(parent=home_page)


def assert_accessible(page):
    results = audit(page)
    assert results.violations_count == 0, results.generate_report()


def test_give_ten_dollars_through_the_test_checkout(page, live_site, donate_page, first_party_only):
    from donations.models import Donation

    page.goto(live_site.url + "/donate/")
    assert_accessible(page)
    page.get_by_role("radio", name="$10").check()
    page.get_by_role("button", name="Donate").click()

    page.wait_for_url("**/donations/test-checkout/**")
    assert "This is a test. No money moves and no card is needed." in page.locator("main").inner_text()
    assert_accessible(page)
    page.get_by_role("button", name="Pay $10 (test)").click()

    page.wait_for_url("**/donate/thanks/?session_id=cs_offline_*")
    assert "Your gift of $10 makes a real difference." in page.locator("main").inner_text()
    assert_accessible(page)
    assert first_party_only == []
    assert list(Donation.objects.values_list("amount", "status")) == [(1000, "paid")]


def test_monthly_gift_without_javascript_and_a_mistake_on_the_way(browser, live_site, donate_page):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_site.url + "/donate/")
    page.get_by_label("Or type another amount").fill("10.001")
    page.get_by_role("button", name="Donate").click()
    expect(page.locator("main")).to_contain_text("Use at most two decimal places, like 10.50.")

    page.get_by_label("Or type another amount").fill("12.50")
    page.get_by_role("radio", name="Monthly").check()
    page.get_by_role("button", name="Donate").click()
    page.get_by_role("button", name="Pay $12.50 (test)").click()
    page.wait_for_url("**/donate/thanks/**")
    assert "Your monthly gift of $12.50" in page.locator("main").inner_text()
    page.get_by_role("button", name="Manage or cancel your monthly gift").click()
    page.wait_for_url("**/donations/test-portal/**")
    assert "Monthly gift of $12.50: Active." in page.locator("main").inner_text()
    context.close()


def test_asking_for_a_manage_link_is_accessible_and_says_the_same_for_anyone(page, live_site, donate_page):
    page.goto(live_site.url + "/donate/")
    page.get_by_role("link", name="Already give monthly? Manage my monthly gift").click()
    page.wait_for_url("**/donations/manage/")
    assert_accessible(page)
    page.get_by_label("Your email address").fill("nobody@example.org")
    page.get_by_role("button", name="Email me a link").click()
    expect(page.locator("main")).to_contain_text("If nobody@example.org has a monthly gift with us")
    assert_accessible(page)


def test_the_preset_amounts_are_a_two_by_two_grid_on_a_phone(browser, live_site, donate_page):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(live_site.url + "/donate/")
    boxes = [label.bounding_box() for label in page.locator(".donate-amount").all()]
    assert len(boxes) == 4
    rows = sorted({round(box["y"]) for box in boxes})
    columns = sorted({round(box["x"]) for box in boxes})
    assert len(rows) == 2 and len(columns) == 2, boxes
    assert all(box["height"] >= 44 and box["width"] >= 44 for box in boxes)  # comfortable tap targets
    assert page.get_by_role("radio", name="$10").is_checked()
    context.close()
