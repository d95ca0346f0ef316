"""Weekly actions, updates and the email sign-up in a real browser: accessible, first-party, working without JS."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.accessibility import audit

pytestmark = pytest.mark.browser


@pytest.fixture
def content(live_site, home_page):
    from updates.factories import (
        TopicFactory,
        UpdatePageFactory,
        UpdatesIndexPageFactory,
        WeeklyActionsIndexPageFactory,
        WeeklyActionsPageFactory,
        action,
    )

    weekly = WeeklyActionsIndexPageFactory(parent=home_page)
    WeeklyActionsPageFactory(
        parent=weekly,
        slug="this-week",
        title="Stand with immigrant workers",
        actions=[
            action("Sign the pledge", "sign"),
            action("Call your senator", "call"),
            action("Give to the bond fund", "donate"),
        ],
        body=[("newsletter_signup", {"heading": "Get these actions in your inbox", "text": ""})],
    )
    updates = UpdatesIndexPageFactory(parent=home_page)
    update = UpdatePageFactory(parent=updates, slug="news", title="Eleven neighbours came home")
    update.topics.set([TopicFactory(name="Detention", slug="detention")])
    update.save_revision().publish()
    return live_site


def test_issue_updates_and_home_are_accessible_and_first_party(page, content, first_party_only):
    for path in ["/", "/take-action-now/", "/take-action-now/this-week/", "/updates/", "/updates/news/"]:
        page.goto(content.url + path)
        results = audit(page)
        assert results.violations_count == 0, f"{path}\n{results.generate_report()}"
    assert first_party_only == []


def test_footer_signup_and_confirmation_work_without_javascript(browser, content):
    from django.core import mail

    from newsletter.models import Subscriber

    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(content.url + "/updates/")
    footer = page.locator("footer")
    footer.get_by_label("Email", exact=True).fill("ana@example")  # the browser accepts it; the server does not
    footer.get_by_role("button", name="Sign up").click()
    assert page.locator(".form-error").first.inner_text() == "Enter an email address like name@example.org."
    main = page.locator("main")
    main.get_by_label("Email", exact=True).fill("ana@example.org")
    main.get_by_label("Español").check()
    main.get_by_role("button", name="Sign up").click()
    page.wait_for_url("**/newsletter/signup/thanks/")
    assert page.locator("h1").inner_text() == "Check your email"

    link = re.search(r"https?://\S+/es/newsletter/confirm/\S+/", mail.outbox[-1].body).group(0)
    page.goto(link)
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING
    page.get_by_role("button", name="Confirmar").click()
    expect(page.locator("h1")).to_have_text("Ya está suscrito")
    assert Subscriber.objects.get().status == Subscriber.Status.CONFIRMED
    context.close()


def test_footer_form_is_reachable_and_visibly_focused_from_the_keyboard(page, content):
    page.goto(content.url + "/")
    email = page.locator("#footer-signup-email")
    email.focus()
    page.keyboard.type("ana@example.org")
    outline = email.evaluate("el => getComputedStyle(el).outlineStyle + ' ' + getComputedStyle(el).boxShadow")
    assert outline.startswith("solid") and outline != "solid none"
    for _ in range(5):  # name, ZIP, language, then the button
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent.trim()") == "Sign up":
            break
    assert page.evaluate("document.activeElement.textContent.trim()") == "Sign up"
    page.keyboard.press("Enter")
    page.wait_for_url("**/newsletter/signup/thanks/")
