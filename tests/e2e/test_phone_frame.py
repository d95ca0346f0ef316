"""A 390 px phone: the header is one row with a "Menu" that opens from the keyboard, and in the directory the
first group near the visitor shows without scrolling past the filters."""

import pytest

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE)
    yield context.new_page()
    context.close()


@pytest.fixture
def directory(live_site, home_page):
    from home.models import NavigationLink, NavigationMenu
    from resources.factories import DirectoryPageFactory, OrganisationFactory, ensure_lookups

    ensure_lookups()
    page = DirectoryPageFactory(parent=home_page, slug="directory", title="Find a group near you")
    menu, _created = NavigationMenu.objects.get_or_create(slot="main", locale=home_page.locale)
    NavigationLink.objects.create(menu=menu, page=page, label="Find a group", sort_order=0)
    for name, areas in [
        ("Cambridge Sanctuary", [("MA", "Cambridge")]),
        ("Texas Border Network", [("TX", "El Paso")]),
        ("National Hotline", [("national", "")]),
    ]:
        OrganisationFactory(name=name, areas=areas, services=["legal", "volunteer"], languages=["en", "es"])
    return page


def test_menu_opens_from_the_keyboard_on_a_phone(phone, live_site, directory):
    phone.goto(live_site.url + "/")
    header = phone.locator(".site-header")
    assert header.bounding_box()["height"] < 80  # one row: name, Menu, Donate
    link = phone.get_by_role("link", name="Find a group")
    assert not link.is_visible()
    toggle = phone.locator("summary.site-menu__toggle")
    for _ in range(10):  # skip link, the name, then Menu
        phone.keyboard.press("Tab")
        if toggle.evaluate("el => el === document.activeElement"):
            break
    assert toggle.evaluate("el => el === document.activeElement")
    phone.keyboard.press("Enter")
    link.wait_for(state="visible")
    assert phone.locator("details.site-menu").get_attribute("open") is not None
    phone.keyboard.press("Tab")
    phone.keyboard.press("Enter")
    phone.wait_for_url("**/directory/")


def test_first_group_near_you_is_above_the_fold_on_a_phone(phone, live_site, directory):
    phone.goto(live_site.url + "/directory/")
    phone.get_by_label("Near (ZIP code or city)").fill("02139")
    phone.get_by_role("button", name="Search", exact=True).last.click()
    phone.wait_for_url("**near=02139**")
    first = phone.locator(".organisation-card").first
    assert first.locator("h3").inner_text() == "Cambridge Sanctuary"
    assert "mile" in first.inner_text()
    box = first.bounding_box()
    assert box["y"] + 60 < PHONE["height"], box  # its name and distance show without scrolling
    filters = phone.locator("details.facets-fold")
    assert filters.get_attribute("open") is None  # the filters are folded away above it
    phone.locator("summary.facets-fold__summary").click()
    assert phone.get_by_role("link", name="Legal services (3)").is_visible()
