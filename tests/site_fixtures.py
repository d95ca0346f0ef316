"""The site fixtures every app's tests use (loaded by the root conftest): a browser-like test client, the demo
site's host, and a small site of a test's own (an English home page, its Spanish translation, a donate page)."""

import pytest
from django.db.models import F
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


@pytest.fixture
def home_page(locales):
    """An English home page as the default site's root, in place of Wagtail's welcome page."""
    from home.factories import HomePageFactory

    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, title="Home", slug="home-en", hero_heading="Stand with our neighbours")
    site = Site.objects.get(is_default_site=True)
    welcome_page_id = site.root_page_id
    site.root_page, site.hostname, site.port = home, "testserver", 80
    site.save()
    _delete_root_page(welcome_page_id, keep=home.pk)
    return home


def _delete_root_page(page_id, keep):
    """The site's former root page deleted. Wagtail's welcome page as the migrations leave it (a bare, childless
    `Page` that nothing names: no revision, log entry, reference or search entry) goes in two queries, leaving the
    rows Django's cascade leaves (tests/test_site_fixtures.py compares them); the cascade asks every model that may
    point at a page first, about 60 queries, two thirds of this fixture's time. Any other page goes Django's way."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import PageLogEntry, ReferenceIndex, Revision
    from wagtail.search.models import IndexEntry

    page_type = ContentType.objects.get_for_model(Page)
    bare = Page.objects.filter(pk=page_id, depth=2, numchild=0, content_type=page_type).exclude(pk=keep)
    named = (
        Revision.objects.filter(base_content_type=page_type, object_id=str(page_id)),
        PageLogEntry.objects.filter(page_id=page_id),
        ReferenceIndex.objects.filter(to_content_type=page_type, to_object_id=str(page_id)),
        IndexEntry.objects.filter(content_type=page_type, object_id=str(page_id)),
    )
    if bare.exists() and not any(rows.exists() for rows in named):
        bare._raw_delete(bare.db)
        Page.objects.filter(depth=1).update(numchild=F("numchild") - 1)
    else:
        Page.objects.filter(pk=page_id).exclude(pk=keep).delete()


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


@pytest.fixture
def spanish_home(home_page, locales):
    home_es = home_page.copy_for_translation(locales[1])
    home_es.title = "Inicio"
    home_es.slug = "inicio"
    home_es.hero_heading = "Defendamos a nuestros vecinos"
    home_es.save_revision().publish()
    return home_es.specific
