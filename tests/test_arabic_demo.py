"""The demo with SITE_LANGUAGES=en,es,ar: its Arabic pages read right to left, in Arabic, as fast as the English.

The crawl reads every live Arabic page as a visitor gets it (header, body, footer) and lists the Latin-script
words on it: the interface text is translated, so the only ones left are names (the organisation's, Stripe's,
the languages' own names in the switcher) and the address, which the allow-list names.
"""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

from config.settings.languages import site_languages
from home.translations import untranslated_segments
from tests.test_spanish_demo import _VisibleText

# Names, not interface text: the organisation and its address, services and languages named in their own script.
ALLOWED_LATIN = {
    "amparo", "network", "english", "español", "po", "box", "boston", "ma", "instagram", "bluesky", "ice",
    "hello", "example", "org", "stripe", "ein", "atom", "html", "zip", "facebook", "whatsapp", "mastodon", "telegram",
}  # fmt: skip
LATIN_WORD = re.compile(r"[A-Za-zÀ-ÿ]{2,}")


@pytest.fixture
def arabic_demo(settings, demo_site):
    from core.locales import ensure_locales
    from home import demo_arabic
    from home.models import HomePage

    settings.LANGUAGES = settings.WAGTAIL_CONTENT_LANGUAGES = site_languages("en,es,ar")
    ensure_locales()
    english = lambda model, slug: model.objects.get(locale__language_code="en", slug=slug)  # noqa: E731
    from campaigns.models import CampaignIndexPage, CampaignPage, PetitionPage

    ctx = {
        "home_en": HomePage.objects.get(locale__language_code="en", depth=2),
        "campaign_index": english(CampaignIndexPage, "campaigns"),
        "campaign": english(CampaignPage, "free-them-all"),
        "petition": english(PetitionPage, "suspend-enforcement"),
    }
    demo_arabic.load(ctx)
    return demo_site


def latin_words(html):
    parser = _VisibleText()
    parser.feed(html)
    words = {word.lower() for word in LATIN_WORD.findall(" ".join(parser.parts))}
    return words - ALLOWED_LATIN


def test_the_check_catches_english_interface_text():
    assert latin_words('<main><p>وقّع العريضة</p><a href="/">Amparo Network</a></main>') == set()
    english_button = "<main><p>وقّع العريضة</p><button>Sign the petition</button></main>"
    assert latin_words(english_button) == {"sign", "the", "petition"}


@pytest.mark.django_db
def test_every_arabic_demo_page_reads_right_to_left_in_arabic(client, arabic_demo):
    pages = list(Page.objects.live().filter(locale__language_code="ar").order_by("path"))
    assert [page.depth for page in pages][:1] == [2] and len(pages) == 4  # home, campaigns, campaign, petition
    for page in pages:
        response = client.get(page.url, **arabic_demo)
        assert response.status_code == 200, page.url
        html = response.content.decode()
        assert '<html lang="ar" dir="rtl">' in html, page.url
        assert latin_words(html) == set(), f"{page.url}: Latin-script words left: {sorted(latin_words(html))}"


@pytest.mark.django_db
def test_the_arabic_demo_pages_are_complete_translations(arabic_demo):
    arabic = Locale.objects.get(language_code="ar")
    translations = Translation.objects.filter(target_locale=arabic)
    assert translations.count() == 4
    left = {str(t.get_target_instance()): untranslated_segments(t) for t in translations}
    assert {name: segments for name, segments in left.items() if segments} == {}


@pytest.mark.django_db
def test_an_english_page_not_translated_into_arabic_is_not_under_ar(client, arabic_demo):
    assert client.get("/about/", **arabic_demo).status_code == 200
    assert client.get("/ar/about/", **arabic_demo).status_code == 404
    html = client.get("/about/", **arabic_demo).content.decode()
    assert 'hreflang="ar"' in html and "لم تُترجم بعد" in html  # the switcher says so, in Arabic


@pytest.fixture
def production_caches(settings):
    from pagecache.locales import forget_locales

    settings.LOCALE_CACHE_SECONDS = 60
    forget_locales()
    yield
    forget_locales()


def warm_queries(client, path, host):
    client.get(path, **host)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path, **host).status_code == 200
    return len(queries)


@pytest.mark.django_db
def test_a_third_language_costs_no_query(client, arabic_demo, production_caches, settings):
    """The same page, warm, with two and with three languages; and each Arabic page against its English one."""
    pairs = [
        ("/", "/ar/"),
        ("/campaigns/", "/ar/hamalat/"),
        ("/campaigns/free-them-all/", "/ar/hamalat/harriruhum-jamian/"),
        ("/campaigns/free-them-all/suspend-enforcement/", "/ar/hamalat/harriruhum-jamian/awqifu-alinfath/"),
    ]
    three = {path: warm_queries(client, path, arabic_demo) for pair in pairs for path in pair}
    for english, arabic in pairs:
        # The Arabic campaign has one action (the petition), the English three: never more queries than English.
        assert three[arabic] <= three[english], (english, three[english], arabic, three[arabic])
    settings.LANGUAGES = settings.WAGTAIL_CONTENT_LANGUAGES = site_languages("en,es")
    for english, _arabic in pairs:
        assert warm_queries(client, english, arabic_demo) == three[english], english
