import pytest
from django.core.management import call_command
from wagtail.models import Page

from home.models import HomePage, NavigationMenu


@pytest.mark.django_db
def test_demo_content_builds_both_languages_and_twice_changes_nothing(client):
    call_command("load_demo_content", verbosity=0)
    counts = (Page.objects.count(), NavigationMenu.objects.count())
    call_command("load_demo_content", verbosity=0)
    assert (Page.objects.count(), NavigationMenu.objects.count()) == counts

    assert HomePage.objects.filter(locale__language_code="en").count() == 1
    assert HomePage.objects.filter(locale__language_code="es").count() == 1
    english = client.get("/", HTTP_HOST="127.0.0.1:8000")
    assert "Stand with our immigrant neighbours" in english.content.decode()
    spanish = client.get("/es/", HTTP_HOST="127.0.0.1:8000")
    assert "Defendamos juntos a nuestros vecinos inmigrantes" in spanish.content.decode()
    assert client.get("/es/quienes-somos/", HTTP_HOST="127.0.0.1:8000").status_code == 200
    # The demo campaign's fundraising bar counts the demo gifts, paid through the offline fulfilment path.
    campaign = client.get("/campaigns/free-them-all/", HTTP_HOST="127.0.0.1:8000").content.decode()
    assert "$240 raised of $15,000" in campaign
    # The hero's call to action leads somewhere live in each language.
    for home in HomePage.objects.all():
        assert home.hero_cta_page is not None and home.hero_cta_page.live
        assert home.hero_cta_page.locale_id == home.locale_id
