"""The site with three languages configured (English, Spanish, Arabic), as SITE_LANGUAGES=en,es,ar sets it.

Nothing in the code names a language: every rule that held for English and Spanish (switcher, hreflang, sitemap,
robots.txt, no English under a translated language's URL) holds for a third, right-to-left one.
"""

from xml.etree import ElementTree

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from wagtail.models import Locale

from config.settings.languages import site_languages
from core.locales import ensure_locales
from home.factories import StandardPageFactory

THREE = "en,es,ar"


@pytest.fixture
def three_languages(settings, locales):
    settings.LANGUAGES = site_languages(THREE)
    settings.WAGTAIL_CONTENT_LANGUAGES = settings.LANGUAGES
    ensure_locales()
    return Locale.objects.get(language_code="ar")


@pytest.fixture
def arabic_home(three_languages, home_page):
    home_ar = home_page.copy_for_translation(three_languages)
    home_ar.title, home_ar.slug, home_ar.hero_heading = "الرئيسية", "ar-home", "لنقف مع جيراننا"
    home_ar.save_revision().publish()
    return home_ar.specific


@pytest.fixture
def about(home_page, spanish_home, locales):
    """An English page with a Spanish translation, and no Arabic one yet."""
    page = StandardPageFactory(parent=home_page, slug="about", title="About us")
    page_es = page.copy_for_translation(locales[1])
    page_es.title, page_es.slug = "Quiénes somos", "quienes-somos"
    page_es.save_revision().publish()
    return page


def test_site_languages_reads_the_codes_as_django_writes_them():
    languages = site_languages(" EN, es ,pt_BR,zh-Hans,ht,ar,es")
    assert [code for code, _name in languages] == ["en", "es", "pt-br", "zh-hans", "ht", "ar"]
    with pytest.raises(ImproperlyConfigured, match="xx"):
        site_languages("en,xx")
    with pytest.raises(ImproperlyConfigured):
        site_languages(" , ")


@pytest.mark.django_db
def test_sync_locales_creates_a_locale_for_each_configured_language(settings, locales):
    settings.LANGUAGES = settings.WAGTAIL_CONTENT_LANGUAGES = site_languages("en,es,ht,pt-br,ar")
    call_command("sync_locales", stdout=open("/dev/null", "w"))  # noqa: SIM115
    codes = set(Locale.objects.values_list("language_code", flat=True))
    assert {"en", "es", "ht", "pt-br", "ar"} <= codes
    assert ensure_locales() == []  # twice changes nothing


@pytest.mark.django_db
def test_a_language_with_no_home_page_shows_no_other_language_under_its_url(client, three_languages, about):
    # Wagtail would route /ar/ from the English home page: English text under an Arabic address. A 404 instead.
    assert client.get("/ar/").status_code == 404
    assert client.get("/ar/about/").status_code == 404
    # And nothing offers it yet: the switcher leaves Arabic out until something is published in it.
    html = client.get("/about/").content.decode()
    assert 'hreflang="es"' in html
    assert 'hreflang="ar"' not in html


@pytest.mark.django_db
def test_the_arabic_pages_read_right_to_left(client, arabic_home):
    html = client.get("/ar/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "لنقف مع جيراننا" in html
    assert '<meta property="og:locale" content="ar_AR">' in html
    english = client.get("/").content.decode()
    assert '<html lang="en">' in english and 'dir="rtl"' not in english


@pytest.mark.django_db
def test_an_untranslated_page_is_a_404_under_the_arabic_url_and_the_switcher_says_so(client, arabic_home, about):
    assert client.get("/ar/about/").status_code == 404
    assert "About us" not in client.get("/ar/").content.decode()
    html = client.get("/about/").content.decode()
    # Spanish: the translation; Arabic: the Arabic home page, with a note in Arabic that the page is not there.
    assert '<a href="/es/quienes-somos/" hreflang="es" lang="es" rel="alternate">Español</a>' in html
    assert '<a href="/ar/" hreflang="ar" lang="ar" aria-describedby="language-note-ar">' in html
    assert '<small class="language-switcher__note" id="language-note-ar" lang="ar">' in html
    assert "لم تُترجم بعد: يقودك هذا الرابط إلى «الرئيسية»." in html  # in Arabic, for the Arabic reader


@pytest.mark.django_db
def test_the_arabic_interface_text_is_arabic(client, arabic_home):
    html = client.get("/ar/").content.decode()
    for arabic in ("انتقل إلى المحتوى الرئيسي", "ابحث في الموقع", "القائمة"):
        assert arabic in html
    for english in ("Skip to main content", "Search the site", ">Menu<"):
        assert english not in html
    missing = client.get("/ar/no-such-page/")
    assert missing.status_code == 404 and "لم نعثر على هذه الصفحة" in missing.content.decode()


@pytest.mark.django_db
def test_the_switcher_and_hreflang_list_every_language_a_page_is_in(client, arabic_home, about, three_languages):
    about_ar = about.copy_for_translation(three_languages)
    about_ar.title, about_ar.slug = "من نحن", "man-nahnu"
    about_ar.save_revision().publish()

    html = client.get("/ar/man-nahnu/").content.decode()
    assert "من نحن" in html
    assert '<a href="/about/" hreflang="en" lang="en" rel="alternate">English</a>' in html
    assert '<a href="/es/quienes-somos/" hreflang="es" lang="es" rel="alternate">Español</a>' in html
    for code, url in [
        ("en", "http://testserver/about/"),
        ("es", "http://testserver/es/quienes-somos/"),
        ("ar", "http://testserver/ar/man-nahnu/"),
        ("x-default", "http://testserver/about/"),
    ]:
        assert f'<link rel="alternate" hreflang="{code}" href="{url}">' in html


@pytest.mark.django_db
def test_the_sitemap_lists_the_third_language_with_its_alternates(client, arabic_home, about, three_languages):
    about_ar = about.copy_for_translation(three_languages)
    about_ar.slug = "man-nahnu"
    about_ar.save_revision().publish()
    tree = ElementTree.fromstring(client.get("/sitemap.xml").content)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    entries = {
        url.findtext("s:loc", namespaces=ns): {link.get("hreflang") for link in url.findall("x:link", ns)}
        for url in tree.findall("s:url", ns)
    }
    assert entries["http://testserver/ar/man-nahnu/"] == {"en", "es", "ar", "x-default"}
    assert entries["http://testserver/ar/"] == {"en", "es", "ar", "x-default"}


@pytest.mark.django_db
def test_robots_and_the_page_cache_skip_search_in_every_language(client, three_languages):
    from django.test import RequestFactory

    from pagecache.middleware import request_is_cacheable

    robots = client.get("/robots.txt").content.decode()
    assert "Disallow: /es/search/" in robots and "Disallow: /ar/search/" in robots
    assert not request_is_cacheable(RequestFactory().get("/ar/search/?query=x"))
    assert not request_is_cacheable(RequestFactory().get("/ar/newsletter/confirm/abc/"))
    assert request_is_cacheable(RequestFactory().get("/ar/"))


@pytest.mark.django_db
def test_the_error_pages_speak_every_configured_language(three_languages):
    from pagecache import unavailable

    unavailable._page.cache_clear()
    try:
        html = unavailable.database_unavailable_response().content.decode()
    finally:
        unavailable._page.cache_clear()
    assert '<section lang="en" dir="ltr">' in html
    assert '<section lang="es" dir="ltr">' in html and "Volvemos pronto" in html
    assert '<section lang="ar" dir="rtl">' in html and '<a href="/ar/">' in html


@pytest.fixture
def korean_too(settings, locales):
    """A language Django ships a catalogue for but the site's emails are not translated into yet."""
    settings.LANGUAGES = site_languages("en,es,ko")
    settings.WAGTAIL_CONTENT_LANGUAGES = settings.LANGUAGES


@pytest.mark.django_db
def test_a_receipt_goes_in_the_donors_language_when_translated_else_in_the_default_saying_so(korean_too, home_page):
    from donations.emails import receipt_message
    from donations.factories import DonationFactory

    spanish = receipt_message(DonationFactory(amount=2500, language="es", donor_name="Rosa"))
    assert spanish.subject.startswith("Su recibo") or "recibo" in spanish.subject.lower()
    assert "not translated" not in spanish.body and "traducido" not in spanish.body

    korean = receipt_message(DonationFactory(amount=2500, language="ko", donor_name="Min"))
    assert korean.subject.startswith("Your receipt for your gift of")
    # The note comes first, so a reader sees at once why the email is not in their language.
    assert korean.body.startswith("We have not translated this email into your language yet, so it is in ")
    assert "Thank you for your gift" in korean.body

    # A language not on the site at all (an old row): the default language, no note needed.
    assert site_language_of("fr") == "en"


def site_language_of(code):
    from core.locales import site_language

    return site_language(code)


@pytest.mark.django_db
def test_the_newsletter_confirmation_falls_back_the_same_way(korean_too, home_page):
    from newsletter.emails import confirmation_message
    from newsletter.models import Subscriber

    spanish = confirmation_message(Subscriber.objects.create(email="ana@example.org", language="es"))
    assert "We have not translated" not in spanish.body
    korean = confirmation_message(Subscriber.objects.create(email="min@example.org", language="ko"))
    assert korean.subject == "Confirm your subscription to Take Action Now"
    assert korean.body.startswith("We have not translated this email into your language yet")
    html = korean.alternatives[0][0]
    assert '<html lang="en">' in html and '<p lang="ko" dir="ltr">We have not translated' in html
    assert "/ko/newsletter/confirm/" in korean.body  # the link still leads to the Korean pages


def test_site_language_reads_regional_variants():
    from django.test import override_settings

    from core.locales import site_language

    with override_settings(LANGUAGES=site_languages("en,es,pt-br,zh-hans")):
        assert site_language("es-MX") == "es"
        assert site_language("pt_BR") == "pt-br"
        assert site_language("zh-Hans") == "zh-hans"
        assert site_language("") == "en"


@pytest.mark.django_db
def test_translations_to_update_shows_each_languages_state(client, three_languages, home_page, spanish_home):
    """One row per changed page, one column per language: up to date, to sync, or not translated."""
    from django.contrib.auth import get_user_model

    from home.demo_tools import ensure_translation

    english = StandardPageFactory(parent=home_page, title="Our rights", slug="our-rights")
    ensure_translation(english, spanish_home.locale, title="Nuestros derechos")
    english.title = "Our rights at work"
    english.save_revision().publish()

    client.force_login(get_user_model().objects.create_superuser("lead", "lead@example.org", "pw"))
    html = client.get("/admin/").content.decode()
    assert "Translations to update" in html, html[:3000]
    panel = html[html.index("Translations to update") :]
    assert "Our rights at work" in panel
    assert "Nuestros derechos" in panel and "not synced yet" in panel  # Spanish: sync, then retranslate
    assert "Arabic" in panel and "Not translated" in panel  # Arabic: a column of its own, not made yet
