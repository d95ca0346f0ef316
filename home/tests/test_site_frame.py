import pytest
from wagtail.models import Site
from wagtail_localize.operations import translate_object

from home.factories import StandardPageFactory
from home.models import NavigationLink, NavigationMenu, OrganisationSettings, SiteText
from home.translations import translate_from_text


@pytest.mark.django_db
def test_organisation_settings_show_in_header_and_footer(client, home_page):
    org = OrganisationSettings.for_site(Site.objects.get(is_default_site=True))
    org.organisation_name = "Red de Vecinos"
    org.contact_email = "hola@example.org"
    org.donate_label = "Give $5"
    org.donate_url = "https://example.org/give"
    org.bluesky_url = "https://bsky.app/profile/example"
    org.save()
    html = client.get("/").content.decode()
    assert "Red de Vecinos" in html
    assert 'href="mailto:hola@example.org"' in html
    assert '<a class="button button--donate" href="https://example.org/give">Give $5</a>' in html
    assert 'href="https://bsky.app/profile/example"' in html


@pytest.mark.django_db
def test_tagline_and_footer_text_are_translated_per_language(client, home_page, spanish_home, locales):
    english = SiteText.objects.create(
        locale=locales[0], tagline="Neighbours defending neighbours", footer_text="Gifts are tax-deductible."
    )
    html = client.get("/").content.decode()
    assert "Neighbours defending neighbours" in html and "Gifts are tax-deductible." in html
    spanish_html = client.get("/es/").content.decode()
    assert "Neighbours defending neighbours" not in spanish_html  # untranslated: nothing rather than English
    assert "Gifts are tax-deductible." not in spanish_html
    # "Translate" (what the admin's submit view runs) saves a Spanish copy at once, still in English: not shown.
    translate_object(english, [locales[1]])
    assert SiteText.objects.filter(locale=locales[1]).exists()
    assert "Neighbours defending neighbours" not in client.get("/es/").content.decode()

    translate_from_text(
        english, locales[1], tagline="Vecinos que defienden a vecinos", footer_text="Las donaciones son deducibles."
    )
    spanish_html = client.get("/es/").content.decode()
    assert "Vecinos que defienden a vecinos" in spanish_html and "Las donaciones son deducibles." in spanish_html
    assert "Neighbours defending neighbours" in client.get("/").content.decode()


@pytest.mark.django_db
def test_main_and_footer_navigation_follow_the_language(client, spanish_home, home_page, locales):
    english, spanish = locales
    about = StandardPageFactory(parent=home_page, slug="about", title="About us")
    about_es = about.copy_for_translation(spanish)
    about_es.title, about_es.slug = "Quiénes somos", "quienes-somos"
    about_es.save_revision().publish()
    menu_en = NavigationMenu.objects.create(slot="main", locale=english)
    NavigationLink.objects.create(menu=menu_en, page=about)
    menu_es = NavigationMenu.objects.create(slot="main", locale=spanish, translation_key=menu_en.translation_key)
    NavigationLink.objects.create(menu=menu_es, page=about_es)
    footer = NavigationMenu.objects.create(slot="footer", locale=english)
    NavigationLink.objects.create(menu=footer, label="Our privacy promise", link_url="https://example.org/p")

    english_html = client.get("/").content.decode()
    assert '<a href="/about/">About us</a>' in english_html
    assert '<a href="https://example.org/p">Our privacy promise</a>' in english_html

    spanish_html = client.get("/es/").content.decode()
    assert '<a href="/es/quienes-somos/">Quiénes somos</a>' in spanish_html
    # With no Spanish footer menu yet, no footer links show: never English links under Spanish labels.
    assert "Our privacy promise" not in spanish_html


@pytest.mark.django_db
def test_language_switcher_leads_to_the_translation(client, spanish_home, home_page, locales):
    about = StandardPageFactory(parent=home_page, slug="about", title="About us")
    about_es = about.copy_for_translation(locales[1])
    about_es.title, about_es.slug = "Quiénes somos", "quienes-somos"
    about_es.save_revision().publish()
    untranslated = StandardPageFactory(parent=home_page, slug="only-english", title="Only English")

    nested = StandardPageFactory(parent=about, slug="history", title="Our history")

    english_html = client.get("/about/").content.decode()
    assert '<a href="/es/quienes-somos/" hreflang="es" lang="es" rel="alternate">Español</a>' in english_html
    assert "Aún sin traducir" not in english_html
    spanish_html = client.get("/es/quienes-somos/").content.decode()
    assert '<html lang="es">' in spanish_html
    assert '<a href="/about/" hreflang="en" lang="en" rel="alternate">English</a>' in spanish_html
    assert "Saltar al contenido principal" in spanish_html
    # A page with no Spanish version leads to its nearest translated ancestor, saying so in Spanish.
    html = client.get(nested.url).content.decode()
    assert '<a href="/es/quienes-somos/" hreflang="es" lang="es" aria-describedby="language-note-es">' in html
    assert "Aún sin traducir: este enlace lleva a «Quiénes somos»." in html
    html = client.get(untranslated.url).content.decode()
    assert '<a href="/es/" hreflang="es"' in html and "este enlace lleva a «Inicio»" in html
    # And the other way: a page only in Spanish leads English readers up to the nearest English page.
    about_es.refresh_from_db()
    solo = StandardPageFactory(parent=about_es, slug="solo", title="Solo en español", locale=locales[1])
    html = client.get(solo.url).content.decode()
    assert '<a href="/about/" hreflang="en" lang="en" aria-describedby="language-note-en">' in html
    assert "Not translated yet: this link leads to “About us”." in html


@pytest.mark.django_db
def test_every_page_has_description_and_social_tags(client, home_page):
    home_page.search_description = "Act with us this week."
    home_page.save_revision().publish()
    html = client.get("/").content.decode()
    assert '<meta name="description" content="Act with us this week.">' in html
    assert '<meta property="og:title" content="Home">' in html
    assert '<meta name="twitter:card"' in html
    assert '<a class="skip-link" href="#main">Skip to main content</a>' in html
    # No third-party requests: every script, stylesheet and font is served by the site itself.
    assert '<script src="http' not in html
    assert "fonts.googleapis" not in html


@pytest.mark.django_db
def test_spanish_pages_use_spanish_interface_strings(client, spanish_home):
    html = client.get("/es/").content.decode()
    assert "Buscar en el sitio" in html
    assert 'aria-label="Idioma"' in html
    response = client.get("/es/no-existe/")
    assert response.status_code == 404
    assert "No encontramos esa página" in response.content.decode()


@pytest.mark.django_db
def test_cached_menus_follow_editors_changes(client, home_page, locales, django_assert_max_num_queries):
    about = StandardPageFactory(parent=home_page, slug="about", title="About us")
    menu = NavigationMenu.objects.create(slot="main", locale=locales[0])
    link = NavigationLink.objects.create(menu=menu, page=about)
    assert '<a href="/about/">About us</a>' in client.get("/").content.decode()

    # Served again, the frame's menus and donate link come from the cache. (One query of the budget looks for
    # the nearest Spanish ancestor: this page has no Spanish translation.)
    with django_assert_max_num_queries(13):
        client.get("/about/")

    link.label = "Who we are"
    link.save()
    assert '<a href="/about/">Who we are</a>' in client.get("/").content.decode()
    about.slug = "who-we-are"
    about.save_revision().publish()
    assert '<a href="/who-we-are/">Who we are</a>' in client.get("/").content.decode()


@pytest.mark.django_db
def test_default_donate_label_is_translated(client, spanish_home):
    org = OrganisationSettings.for_site(Site.objects.get(is_default_site=True))
    org.donate_url = "https://example.org/give"
    org.save()
    assert (
        '<a class="button button--donate" href="https://example.org/give">Donate</a>'
        in client.get("/").content.decode()
    )
    assert (
        '<a class="button button--donate" href="https://example.org/give">Donar</a>'
        in client.get("/es/").content.decode()
    )


@pytest.mark.django_db
def test_views_that_are_not_pages_switch_to_the_same_view_in_the_other_language(client, home_page, spanish_home):
    html = client.get("/es/search/?query=derechos&page=2").content.decode()
    assert '<a href="/search/?query=derechos&amp;page=2" hreflang="en" lang="en" rel="alternate">English</a>' in html
    assert "Not translated yet" not in html
    assert (
        '<link rel="alternate" hreflang="x-default" href="http://testserver/search/?query=derechos&amp;page=2">'
        in html
    )
    assert '<link rel="alternate" hreflang="es" href="http://testserver/es/search/?query=derechos&amp;page=2">' in html

    thanks = client.get("/newsletter/signup/thanks/").content.decode()
    assert '<a href="/es/newsletter/signup/thanks/" hreflang="es" lang="es" rel="alternate">Español</a>' in thanks
    assert "Aún sin traducir" not in thanks


@pytest.mark.django_db
def test_a_translated_page_lists_itself_its_translation_and_a_default_in_hreflang(client, home_page, spanish_home):
    html = client.get("/es/").content.decode()
    assert '<link rel="alternate" hreflang="es" href="http://testserver/es/">' in html
    assert '<link rel="alternate" hreflang="en" href="http://testserver/">' in html
    assert '<link rel="alternate" hreflang="x-default" href="http://testserver/">' in html
