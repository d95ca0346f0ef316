from unittest import mock

import pytest
from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from donations.factories import DonatePageFactory
from donations.models import DonatePage, Donation, MonthlyGift
from home.factories import HomePageFactory
from home.models import HomePage, OrganisationSettings, StandardPage


class DonatePageRulesTests(WagtailPageTestCase):
    def test_donate_page_lives_under_the_home_page_only(self):
        self.assertAllowedParentPageTypes(DonatePage, {HomePage})
        self.assertAllowedSubpageTypes(DonatePage, {})
        self.assertCanNotCreateAt(StandardPage, DonatePage)

    # Wagtail's page test utilities log in with AUTHENTICATION_BACKENDS[0], which is axes' standalone backend
    # (it must come first, and has no get_user): log in through the model backend instead.
    @mock.patch("wagtail.test.utils.page_tests.AUTH_BACKEND", "django.contrib.auth.backends.ModelBackend")
    def test_donate_page_renders_and_previews(self):
        home = HomePageFactory(parent=Page.get_first_root_node(), slug="h")
        Site.objects.update(root_page=home)
        Site.clear_site_root_paths_cache()
        page = DonatePageFactory(parent=home)
        self.assertPageIsRenderable(page)
        self.assertPageIsRenderable(page, route_path="/thanks/")
        form = {
            "title": "Donate",
            "slug": "donate",
            "preset_amounts": "5, 10",
            "default_frequency": "monthly",
            "minimum_amount": "1",
            "maximum_amount": "500",
            "currency": "usd",
            "thank_you_text": rich_text("<p>Thank you!</p>"),
            "body": streamfield([]),
        }
        self.assertPageIsPreviewable(page, post_data=nested_form_data(form))


@pytest.mark.django_db
def test_editors_cannot_save_impossible_amounts(home_page):
    from django.core.exceptions import ValidationError

    page = DonatePageFactory(parent=home_page)
    page.preset_amounts = "5, ten"
    with pytest.raises(ValidationError):
        page.full_clean()
    page.preset_amounts, page.minimum_amount, page.maximum_amount = "5, 10", 100, 50
    with pytest.raises(ValidationError):
        page.full_clean()


@pytest.mark.django_db
def test_demo_content_loads_twice_without_changes(client):
    import random

    from donations import demo
    from home import demo as home_demo

    def load():
        ctx = {"random": random.Random(2026)}
        home_demo.load(ctx)
        demo.load(ctx)
        return ctx

    ctx = load()
    counts = (Page.objects.count(), Donation.objects.count(), MonthlyGift.objects.count())
    assert load()["donate_page"] == ctx["donate_page"]
    assert (Page.objects.count(), Donation.objects.count(), MonthlyGift.objects.count()) == counts

    english = DonatePage.objects.get(locale__language_code="en")
    spanish = DonatePage.objects.get(locale__language_code="es")
    assert (ctx["donate_page"], ctx["donate_page_es"]) == (english, spanish)
    assert english.url == "/donate/" and spanish.url == "/es/donar/"
    assert "Solo $5 o $10" in client.get("/es/donar/", HTTP_HOST="127.0.0.1:8000").content.decode()
    site = Site.objects.get(root_page__locale__language_code="en", root_page__depth=2)
    assert OrganisationSettings.for_site(site).donate_page_id == english.pk
    header = client.get("/", HTTP_HOST="127.0.0.1:8000").content.decode()
    assert '<a class="button button--donate" href="/donate/">Donate</a>' in header
    header_es = client.get("/es/", HTTP_HOST="127.0.0.1:8000").content.decode()
    assert 'href="/es/donar/"' in header_es
