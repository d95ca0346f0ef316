"""A blank install: the first home page an editor publishes becomes the site's root (home/first_home.py), and
Wagtail's welcome page no longer holds the slug "home" (home/migrations/0009)."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page, Site

from home.factories import HomePageFactory

pytestmark = pytest.mark.django_db


def test_a_blank_install_leaves_the_slug_home_free(locales):
    welcome = Site.objects.get(is_default_site=True).root_page
    assert welcome.specific_class is Page and welcome.slug == "wagtail-welcome"


def test_the_first_published_home_page_becomes_the_sites_root(client, locales):
    welcome = Site.objects.get(is_default_site=True).root_page
    home = HomePageFactory(parent=Page.get_first_root_node(), title="Home", slug="home", live=False)
    assert Site.objects.get(is_default_site=True).root_page_id == welcome.pk  # a draft changes nothing
    home.save_revision().publish()
    site = Site.objects.get(is_default_site=True)
    assert site.root_page_id == home.pk
    assert not Page.objects.filter(pk=welcome.pk).exists()
    response = client.get("/", HTTP_HOST=site.hostname)
    assert response.status_code == 200 and "Stand with our immigrant neighbours" in response.content.decode()


def test_a_root_someone_chose_is_never_replaced(home_page, spanish_home):
    other = HomePageFactory(parent=Page.get_first_root_node(), title="Second site", slug="second")
    other.save_revision().publish()
    assert Site.objects.get(is_default_site=True).root_page_id == home_page.pk


def test_an_editors_group_user_can_add_and_publish_the_first_home_page(client, django_user_model, locales):
    """What the walkthrough's editor does first (tests/walkthrough/publish_seeds.py), without a superuser."""
    editor = django_user_model.objects.create_user("writer", "writer@staff.example.org", "pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    root = Page.get_first_root_node()
    response = client.post(
        f"/admin/pages/add/home/homepage/{root.pk}/",
        {
            "title": "Home",
            "slug": "home",
            "hero_heading": "Stand with our neighbours",
            "body-count": "0",
            "action-publish": "publish",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    home = Page.objects.get(slug="home", depth=2)
    assert home.live and Site.objects.get(is_default_site=True).root_page_id == home.pk
