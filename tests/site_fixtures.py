"""The site fixtures every app's tests use (loaded by the root conftest): a browser-like test client, the demo
site's host, and a small site of a test's own (an English home page, its Spanish translation, a donate page)."""

import pytest
from django.test import Client
from wagtail.models import Locale, Page, Site


class BrowserLikeClient(Client):
    """Sends `Origin` like a browser on a page of the site itself, so public form posts pass the Origin check
    (core/origin.py). A test of a cross-site post sets HTTP_ORIGIN or HTTP_SEC_FETCH_SITE itself."""

    def _base_environ(self, **request):
        environ = super()._base_environ(**request)
        told = {"HTTP_ORIGIN", "HTTP_REFERER", "HTTP_SEC_FETCH_SITE"} & environ.keys()
        if environ["REQUEST_METHOD"] not in ("GET", "HEAD") and not told:
            scheme = "https" if environ.get("wsgi.url_scheme") == "https" else "http"
            host = environ.get("HTTP_HOST") or environ["SERVER_NAME"]
            environ["HTTP_ORIGIN"] = f"{scheme}://{host}"
        return environ


@pytest.fixture
def client():
    return BrowserLikeClient()


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client


@pytest.fixture
def demo_site(db):
    """The demo site, as `make run` shows it (`_test_database` gives the test the demo's copy); its host."""
    return {"HTTP_HOST": "127.0.0.1:8000"}


@pytest.fixture
def locales(db):
    english = Locale.objects.get_or_create(language_code="en")[0]
    spanish = Locale.objects.get_or_create(language_code="es")[0]
    return english, spanish


def build_site():
    """The site the `home_page` fixture gives: an English home page as the default site's root, in place of
    Wagtail's welcome page, and the Spanish locale. Built once per run into the `site` test database
    (tests/databases.py): a test that asks for `home_page` starts from a copy of it."""
    from home.factories import HomePageFactory

    Locale.objects.get_or_create(language_code="en")
    Locale.objects.get_or_create(language_code="es")
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, title="Home", slug="home-en", hero_heading="Stand with our neighbours")
    site = Site.objects.get(is_default_site=True)
    welcome_page_id = site.root_page_id
    site.root_page, site.hostname, site.port = home, "testserver", 80
    site.save()
    Page.objects.filter(pk=welcome_page_id).exclude(pk=home.pk).delete()


@pytest.fixture
def home_page(locales):
    """An English home page as the default site's root, in place of Wagtail's welcome page (`build_site`: the root
    conftest gives a test that asks for it a copy of the database where it is built)."""
    from home.models import HomePage

    return HomePage.objects.get(slug="home-en", depth=2)


@pytest.fixture
def donate_page(home_page):
    """The site's donate page, chosen in the organisation settings, so every donate link and ask leads to it.
    (The donations and browser suites override it with their own.)"""
    from donations.factories import DonatePageFactory
    from home.models import OrganisationSettings

    page = DonatePageFactory(parent=home_page)
    settings = OrganisationSettings.for_site(Site.objects.get(is_default_site=True))
    settings.donate_page = page
    settings.save()
    return page


def build_spanish_home():
    """The home page's Spanish translation, published: built once per run into the `bilingual` test database."""
    from home.models import HomePage

    spanish = Locale.objects.get(language_code="es")
    home_es = HomePage.objects.get(slug="home-en", depth=2).copy_for_translation(spanish)
    home_es.title = "Inicio"
    home_es.slug = "inicio"
    home_es.hero_heading = "Defendamos a nuestros vecinos"
    home_es.save_revision().publish()


@pytest.fixture
def spanish_home(home_page, locales):
    """The home page's Spanish translation, published (`build_spanish_home`, in the copy the test starts from)."""
    from home.models import HomePage

    return HomePage.objects.get(slug="inicio", locale=locales[1])
