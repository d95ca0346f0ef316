"""Translating with wagtail-localize: the editor's "Translate" action, and Spanish pages made before it."""

import pytest
from django.core.management import call_command
from wagtail.models import Page
from wagtail_localize.models import Translation

from home.factories import StandardPageFactory
from home.translations import translate_from_text, untranslated_segments

BODY = [
    ("heading", {"text": "What we do", "level": "h2"}),
    ("paragraph", "<p>We keep families together.</p><p>We answer the phone.</p>"),
]
BODY_ES = [
    ("heading", {"text": "Lo que hacemos", "level": "h2"}),
    ("paragraph", "<p>Mantenemos a las familias unidas.</p><p>Contestamos el teléfono.</p>"),
]


def _main(response):
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]


@pytest.fixture
def editor_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("editor", "editor@example.org", "pw"))
    return client


@pytest.fixture
def about(home_page):
    return StandardPageFactory(parent=home_page, slug="about", title="About us", intro="Who we are.", body=BODY)


@pytest.mark.django_db
def test_a_new_english_page_offers_translate_and_opens_the_side_by_side_editor(editor_client, about, spanish_home):
    edit = editor_client.get(f"/admin/pages/{about.pk}/edit/").content.decode()
    assert f"/admin/localize/submit/page/{about.pk}/" in edit  # the "Translate" action
    spanish = spanish_home.locale
    response = editor_client.post(f"/admin/localize/submit/page/{about.pk}/", {"locales": [spanish.pk]})
    assert response.status_code == 302
    about_es = about.get_translation(spanish)
    editor = editor_client.get(f"/admin/pages/{about_es.pk}/edit/").content.decode()
    assert "We keep families together." in editor  # the English source is shown beside each field
    assert not about_es.live


@pytest.mark.django_db
def test_spanish_pages_made_as_plain_copies_are_adopted_without_changing_them(
    editor_client, client, about, spanish_home, locales
):
    """What `make run` meets on a database built before wagtail-localize: retyped copies, no Translation."""
    about_es = about.copy_for_translation(locales[1])
    about_es.title, about_es.slug = "Quiénes somos", "quienes-somos"  # the intro was never translated
    about_es.body = BODY_ES
    about_es.save_revision().publish()
    before = _main(client.get("/es/quienes-somos/"))

    call_command("adopt_translations", stdout=None)
    call_command("adopt_translations", stdout=None)  # twice changes nothing

    translation = Translation.objects.get(target_locale=locales[1], source__object_id=about.translation_key)
    assert translation.enabled and translation.get_target_instance().pk == about_es.pk
    # Title, slug, heading and both paragraphs come across; the English intro is left for a translator.
    assert untranslated_segments(translation) == ["Who we are."]
    assert _main(client.get("/es/quienes-somos/")) == before
    editor = editor_client.get(f"/admin/pages/{about_es.pk}/edit/").content.decode()
    assert "Mantenemos a las familias unidas." in editor and "We keep families together." in editor


@pytest.mark.django_db
def test_translating_from_text_publishes_once_and_twice_changes_nothing(client, about, spanish_home, locales):
    fields = {"title": "Quiénes somos", "slug": "quienes-somos", "intro": "Quiénes.", "body": BODY_ES}
    about_es = translate_from_text(about, locales[1], **fields)
    revisions = about_es.revisions.count()
    translate_from_text(about, locales[1], **fields)
    assert Page.objects.get(pk=about_es.pk).revisions.count() == revisions
    html = client.get("/es/quienes-somos/").content.decode()
    assert "Contestamos el teléfono." in html and "We answer the phone." not in html


@pytest.mark.django_db
def test_fields_not_given_stay_untranslated_rather_than_copied_as_spanish(about, spanish_home, locales):
    translate_from_text(about, locales[1], title="Quiénes somos", slug="quienes-somos")
    translation = Translation.objects.get(target_locale=locales[1], source__object_id=about.translation_key)
    assert set(untranslated_segments(translation)) == {
        "Who we are.",
        "What we do",
        "We keep families together.",
        "We answer the phone.",
    }
