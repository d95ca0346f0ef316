"""Signing in to the admin in a browser, as the editors' browser tests do."""


def log_in(browser, live_site, username="editor", password="pw", viewport=None):
    """A new browser context signed in as `username`; returns (context, page), the page on the dashboard."""
    context = browser.new_context(viewport=viewport or {"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(live_site.url + "/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(password)
    page.locator("#id_password").press("Enter")
    page.wait_for_url(live_site.url + "/admin/")
    return context, page
