"""A menu translated with wagtail-localize keeps the English pages it links to: on the Spanish site each link leads
to that page's Spanish translation, or is left out until there is one (never an English title in a Spanish menu)."""

import pytest

from home.factories import StandardPageFactory
from home.models import NavigationLink, NavigationMenu

pytestmark = pytest.mark.django_db


def test_a_translated_menu_links_the_spanish_pages(client, home_page, spanish_home, locales):
    english, spanish = locales
    about = StandardPageFactory(parent=home_page, title="About us", slug="about")
    privacy = StandardPageFactory(parent=home_page, title="Privacy", slug="privacy")  # not translated
    about_es = about.copy_for_translation(spanish)
    about_es.title, about_es.slug = "Quiénes somos", "quienes-somos"
    about_es.save_revision().publish()
    menu = NavigationMenu.objects.create(slot=NavigationMenu.MAIN, locale=english)
    menu.links.add(NavigationLink(page=about), NavigationLink(page=privacy))
    menu.save()
    # What "Translate" makes: the Spanish menu points at the same English pages.
    menu_es = menu.copy_for_translation(spanish)
    menu_es.save()

    links = [(link.text, link.href) for link in NavigationMenu.objects.get(pk=menu_es.pk).links.all()]
    assert links == [("Quiénes somos", "/es/quienes-somos/"), ("", "")]
    assert [(link.text, link.href) for link in menu.links.all()] == [
        ("About us", about.url),
        ("Privacy", privacy.url),
    ]
    spanish_page = client.get("/es/").content.decode()
    assert "/es/quienes-somos/" in spanish_page and "Quiénes somos" in spanish_page
    assert "Privacy" not in spanish_page and "About us" not in spanish_page
