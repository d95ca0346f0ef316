"""The Content-Security-Policy blocks nothing the site and the Wagtail admin need (a real browser's view)."""

import pytest
from django.contrib.auth import get_user_model

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def violations_on(page, url=None, go=None):
    """Load `url` (or do `go`, which leads to a page) and return the CSP violations the browser reported
    (directive and what was blocked)."""
    seen = []
    page.on(
        "console",
        lambda message: seen.append(message.text) if "Content Security Policy" in message.text else None,
    )
    if go:
        go()
    else:
        page.goto(url)
    page.wait_for_load_state("networkidle")
    return seen


def test_public_pages_and_the_admin_run_under_the_policy(page, live_site, home_page):
    get_user_model().objects.create_superuser("csp", "csp@example.org", "a-long-test-password")
    assert violations_on(page, live_site.url + home_page.url) == []

    page.goto(live_site.url + "/admin/login/")
    page.get_by_label("Username").fill("csp")
    page.get_by_label("Password").fill("a-long-test-password")

    def sign_in():
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_url(live_site.url + "/admin/")

    assert violations_on(page, go=sign_in) == [], "/admin/"  # the dashboard signing in leads to
    for path in (f"/admin/pages/{home_page.pk}/edit/", "/admin/images/multiple/add/", "/admin/signatures/"):
        assert violations_on(page, live_site.url + path) == [], path
    # Logged in, the public page carries Wagtail's user bar: it must work under the strict policy too.
    assert violations_on(page, live_site.url + home_page.url) == []
