"""Arabic reads right to left: the page says dir="rtl" and the layout mirrors (logo on the right, the menu and
the donate button on the left), on a phone (390 px) and a laptop (1280 px), while English stays left to right.

SCREENSHOT_DIR=/some/folder keeps a screenshot of each page at each width, to look at.
"""

import os

import pytest

from config.settings.languages import site_languages

pytestmark = pytest.mark.browser

WIDTHS = {"phone": {"width": 390, "height": 844}, "laptop": {"width": 1280, "height": 800}}


@pytest.fixture
def arabic_site(settings, live_site, home_page, donate_page):
    from wagtail.models import Locale

    from core.locales import ensure_locales
    from home.models import NavigationLink, NavigationMenu

    settings.LANGUAGES = settings.WAGTAIL_CONTENT_LANGUAGES = site_languages("en,es,ar")
    ensure_locales()
    arabic = Locale.objects.get(language_code="ar")
    home_ar = home_page.copy_for_translation(arabic)
    home_ar.title, home_ar.slug, home_ar.hero_heading = "الرئيسية", "ar-home", "لنقف مع جيراننا"
    home_ar.save_revision().publish()
    donate_ar = donate_page.copy_for_translation(arabic)
    donate_ar.title = "تبرّع"
    donate_ar.save_revision().publish()
    for locale, label in [(home_page.locale, "About us"), (arabic, "من نحن")]:
        menu, _created = NavigationMenu.objects.get_or_create(slot="main", locale=locale)
        NavigationLink.objects.create(menu=menu, link_url="https://example.org/", label=label, sort_order=0)
    return live_site


def boxes(page):
    return {
        name: page.locator(selector).first.bounding_box()
        for name, selector in [
            ("brand", ".site-header__brand"),
            ("toggle", "summary.site-menu__toggle"),
            ("nav", ".site-nav"),
            ("donate", ".site-header__inner > .button--donate"),
        ]
    }


def visible(box):
    return box is not None and box["width"] > 0


@pytest.mark.parametrize("width", WIDTHS)
def test_the_arabic_header_mirrors_the_english_one(browser, arabic_site, width):
    context = browser.new_context(viewport=WIDTHS[width])
    page = context.new_page()
    try:
        found = {}
        for path in ("/", "/ar/"):
            page.goto(arabic_site.url + path)
            found[path] = boxes(page)
            if os.environ.get("SCREENSHOT_DIR"):
                name = "ar" if path == "/ar/" else "en"
                page.screenshot(path=os.path.join(os.environ["SCREENSHOT_DIR"], f"rtl-{name}-{width}.png"))
        assert page.locator("html").get_attribute("dir") == "rtl"
        assert page.locator("html").get_attribute("lang") == "ar"
        english, arabic = found["/"], found["/ar/"]
        # What sits beside the logo: the "Menu" button on a phone, the links on a laptop.
        menu = "toggle" if visible(english["toggle"]) else "nav"
        assert visible(arabic[menu])
        assert english["brand"]["x"] < english[menu]["x"]  # English: logo on the left, the menu to its right
        assert arabic["brand"]["x"] > arabic[menu]["x"]  # Arabic: logo on the right, the menu to its left
        assert english["brand"]["x"] < english["donate"]["x"]
        assert arabic["brand"]["x"] > arabic["donate"]["x"]
        # Mirrored, not merely moved: the logo hugs the right edge as it hugs the left one in English.
        viewport = WIDTHS[width]["width"]
        left_gap = english["brand"]["x"]
        right_gap = viewport - (arabic["brand"]["x"] + arabic["brand"]["width"])
        assert abs(left_gap - right_gap) <= 16, (left_gap, right_gap)
    finally:
        context.close()
