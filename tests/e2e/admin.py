"""Signing in to the admin in a browser, as the editors' browser tests do."""

VIEWPORT = {"width": 1280, "height": 900}


def log_in(browser, live_site, username="editor", viewport=None):
    """A new browser context signed in as `username`; returns (context, page), the page still blank: go straight to
    the page under test. The session is Django's own (`force_login`), handed to the browser as its cookie; the
    login form itself is signed in through by `log_in_through_the_form`."""
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.test import Client

    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    context = browser.new_context(viewport=viewport or VIEWPORT)
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_site.url,
                "httpOnly": settings.SESSION_COOKIE_HTTPONLY,
                "sameSite": settings.SESSION_COOKIE_SAMESITE or "Lax",  # unset: Chromium takes it as Lax
            }
        ]
    )
    return context, context.new_page()


def log_in_through_the_form(browser, live_site, username="editor", password="pw", viewport=None):
    """As `log_in`, but the way an editor does: the login form, then the dashboard it leads to (the page returned)."""
    context = browser.new_context(viewport=viewport or VIEWPORT)
    page = context.new_page()
    page.goto(live_site.url + "/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(password)
    page.locator("#id_password").press("Enter")
    page.wait_for_url(live_site.url + "/admin/")
    return context, page
