from django.apps import apps
from django.core.management import call_command

from home.models import HomePage


def row_counts():
    return {model._meta.label: model._default_manager.count() for model in apps.get_models() if model._meta.managed}


def test_demo_content_builds_both_languages_and_twice_changes_nothing(client, demo_site):
    """The demo is already loaded once (the shared `demo_site`); loading it again adds or removes no row anywhere."""
    before = row_counts()
    call_command("load_demo_content", verbosity=0)
    after = row_counts()
    assert {label: (before[label], n) for label, n in after.items() if before[label] != n} == {}

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


def test_a_fresh_demo_lists_no_translation_to_sync(admin_client, demo_site):
    """The demo publishes the English home once more at its end; its Spanish version is synced with it."""
    html = admin_client.get("/admin/", HTTP_HOST="127.0.0.1:8000").content.decode()
    assert "not synced yet" not in html and "need translating again" not in html
    spanish = HomePage.objects.get(locale__language_code="es")
    assert spanish.hero_cta_page.locale_id == spanish.locale_id
