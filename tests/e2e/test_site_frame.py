import re

import pytest
from playwright.sync_api import expect

from tests.e2e.accessibility import audit

pytestmark = pytest.mark.browser


def test_home_page_is_accessible_and_first_party(page, live_site, first_party_only):
    page.goto(live_site.url + "/")
    assert page.locator("h1").inner_text() == "Stand with our neighbours"
    results = audit(page)
    assert results.violations_count == 0, results.generate_report()
    assert first_party_only == []


def test_skip_link_and_language_switcher_work_from_the_keyboard(page, live_site):
    page.goto(live_site.url + "/")
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    assert skip.evaluate("el => el === document.activeElement")
    page.keyboard.press("Enter")
    # The key press returns before the browser reports the jump: wait for it, then check where focus went.
    expect(page).to_have_url(re.compile(r"#main$"))
    expect(page.locator("#main")).to_be_focused()
    page.get_by_role("link", name="Español").click()
    page.wait_for_url("**/es/")
    assert page.locator("html").get_attribute("lang") == "es"
    assert page.locator("h1").inner_text() == "Defendamos a nuestros vecinos"


def test_pages_work_without_javascript(browser, live_site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_site.url + "/")
    page.get_by_role("searchbox", name="Search the site").fill("neighbours")
    page.get_by_role("button", name="Search").first.click()
    page.wait_for_url("**/search/?query=neighbours")
    assert "result" in page.locator("[role=status]").inner_text()
    context.close()
