"""Writing to and calling members of Congress in a real browser: accessible, first-party, works without JS."""

import pytest
from playwright.sync_api import expect

from tests.e2e.accessibility import audit

pytestmark = pytest.mark.browser


@pytest.fixture
def actions(live_site, home_page):

    from campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory
    from legislators.factories import CallScriptPageFactory, CallTargetFactory, LetterPageFactory

    # The congress data is in every test database (tests/databases.py).
    index = CampaignIndexPageFactory(parent=home_page)
    campaign = CampaignPageFactory(parent=index, title="Free them all", slug="free-them-all")
    letter = LetterPageFactory(parent=campaign, slug="write")
    call = CallScriptPageFactory(parent=campaign, slug="call")
    CallTargetFactory(page=call)
    return letter, call


def test_letter_flow_is_accessible_and_the_copy_button_copies(browser, live_site, actions):
    letter, _call = actions
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    outside = []
    page.on("request", lambda r: None if r.url.startswith(live_site.url) else outside.append(r.url))

    page.goto(live_site.url + letter.url)
    page.get_by_label("Your ZIP code").fill("02139-4307")
    page.get_by_role("button", name="Find my members of Congress").click()
    page.wait_for_url("**/write/?zip=02139-4307#results")
    assert page.locator(".member__name").count() == 4
    assert "MA-5 and MA-7" in page.locator("#results").inner_text()
    results = audit(page)
    assert results.violations_count == 0, results.generate_report()
    # A split ZIP: the supporter says which district is theirs.
    page.get_by_label("MA-7").check()
    page.get_by_role("button", name="Continue").click()
    page.wait_for_url("**district=MA-7*")
    assert page.locator(".letter-preview").count() == 3
    assert "{" not in page.locator("main").inner_text()

    page.get_by_label("Your name").fill("Ana <b>Pérez</b>")
    page.get_by_label("Your city or town").fill("Cambridge")
    page.get_by_role("button", name="Show my letters").click()
    page.wait_for_selector("#letters-heading")
    letters = page.locator(".letter")
    assert letters.count() == 3
    first = letters.first
    assert "Dear Senator Warren," in first.locator(".letter__text").inner_text()
    assert "Ana <b>Pérez</b>" in first.locator(".letter__text").inner_text()
    copy = first.get_by_role("button", name="Copy letter to Elizabeth Warren")
    copy.click()
    expect(first.locator(".letter__copied")).to_have_text("Copied")
    assert page.evaluate("navigator.clipboard.readText()").startswith("Dear Senator Warren,")
    assert (
        first.get_by_role("link", name="Open Elizabeth Warren's contact form")
        .get_attribute("href")
        .startswith("https://www.warren.senate.gov")
    )
    results = audit(page)
    assert results.violations_count == 0, results.generate_report()
    assert outside == []
    context.close()


def test_letters_and_calls_work_without_javascript(browser, live_site, actions):
    letter, call = actions
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()

    page.goto(live_site.url + letter.url + "?zip=82001")
    page.get_by_label("Your name").fill("Sam")
    page.get_by_label("Your city or town").fill("Cheyenne")
    page.get_by_role("button", name="Show my letters").click()
    page.wait_for_selector("#letters-heading")
    assert page.locator(".letter").count() == 3
    # Without JavaScript there is no copy button; the letter stays selectable text. (Axe needs JavaScript:
    # the accessibility checks run in the other tests.)
    assert page.locator("[data-copy-target]").first.is_hidden()

    page.goto(live_site.url + call.url)
    page.get_by_label("Your ZIP code").fill("20001")
    page.keyboard.press("Enter")
    page.wait_for_url("**/call/?zip=20001#results")
    card = page.locator(".call").first
    assert "Delegate Eleanor Holmes Norton" in card.inner_text()
    assert card.locator("a.phone").first.get_attribute("href").startswith("tel:+1")
    card.get_by_label("I left a voicemail").check()
    card.get_by_role("button", name="I made the call").click()
    page.wait_for_url("**reported=N000147*")
    assert "Thank you! Your call is counted." in page.locator(".call").first.inner_text()
    assert "Left a voicemail: 1" in page.locator(".tally").inner_text()
    context.close()


def test_call_page_is_accessible_and_first_party(page, live_site, actions, first_party_only):
    _letter, call = actions
    page.goto(live_site.url + call.url + "?zip=02139")
    assert page.locator(".call").count() == 5  # 2 senators, 2 possible representatives, the State House
    results = audit(page)
    assert results.violations_count == 0, results.generate_report()
    assert first_party_only == []


def test_a_split_zip_call_page_stays_short_on_a_phone(browser, live_site, actions):
    """10001 (NY-10 and NY-12) once made an 11,772 px page at 390 px: every office and script of four members."""
    from legislators.demo_texts import BILLS, CALL_SCRIPT

    _letter, call = actions
    call.script, call.bills = CALL_SCRIPT, BILLS
    call.save_revision().publish()
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(live_site.url + call.url + "?zip=10001")
    height = page.evaluate("document.documentElement.scrollHeight")
    print(f"10001, district not chosen: {height} px")
    assert height < 7000  # 6,665 px measured, of which about 1,100 px are the site footer
    assert page.locator(".call__script-text ul li").count() >= 2  # the bullets are a list
    page.get_by_label("NY-12").check()
    page.get_by_role("button", name="Continue").click()
    page.wait_for_url("**district=NY-12*")
    chosen = page.evaluate("document.documentElement.scrollHeight")
    print(f"10001, NY-12 chosen: {chosen} px")
    assert chosen < 7000
    assert "a constituent from 10001" not in page.locator("main").inner_text()
    context.close()
