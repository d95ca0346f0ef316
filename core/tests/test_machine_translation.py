"""The machine translator is off unless the environment switches DeepL or Google on; the tests never call one."""

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from config.settings.machine_translation import machine_translator


def test_off_by_default_and_in_the_tests():
    assert machine_translator({}) is None
    assert machine_translator({"WAGTAILLOCALIZE_MACHINE_TRANSLATOR": "off"}) is None
    assert settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR is None


def test_deepl_from_the_environment():
    config = machine_translator(
        {"WAGTAILLOCALIZE_MACHINE_TRANSLATOR": "DeepL", "DEEPL_API_KEY": "abc:fx", "DEEPL_FORMALITY": "prefer_less"}
    )
    assert config == {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": "abc:fx", "FORMALITY": "prefer_less"},
    }


def test_a_missing_key_or_an_unknown_service_is_a_clear_error():
    with pytest.raises(ImproperlyConfigured, match="DEEPL_API_KEY"):
        machine_translator({"WAGTAILLOCALIZE_MACHINE_TRANSLATOR": "deepl"})
    with pytest.raises(ImproperlyConfigured, match="GOOGLE_CLOUD_PROJECT_ID"):
        machine_translator({"WAGTAILLOCALIZE_MACHINE_TRANSLATOR": "google"})
    with pytest.raises(ImproperlyConfigured, match="deepl, google"):
        machine_translator({"WAGTAILLOCALIZE_MACHINE_TRANSLATOR": "babelfish"})


@pytest.mark.django_db
def test_editors_can_download_a_page_as_a_po_file(client, home_page, spanish_home, django_user_model):
    """wagtail-localize's own PO download (upload is its twin), for volunteers who translate outside the admin."""
    from wagtail_localize.models import Translation

    from home.demo_tools import ensure_translation
    from home.factories import StandardPageFactory

    page = StandardPageFactory(parent=home_page, slug="rights", title="Know your rights")
    ensure_translation(page, spanish_home.locale, title="Conozca sus derechos")
    translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=spanish_home.locale)
    client.force_login(django_user_model.objects.create_superuser("admin", "admin@example.org", "pw"))
    response = client.get(f"/admin/localize/translate/{translation.pk}/pofile/download/")
    assert response.status_code == 200
    po = response.content.decode()
    assert 'msgid "Know your rights"' in po and 'msgstr "Conozca sus derechos"' in po
