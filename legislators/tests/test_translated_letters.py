"""A letter's Spanish paragraphs are checked in wagtail-localize's translation editor as the English ones are
in Wagtail's: the message under the paragraph names the placeholder, the known ones and a "did you mean"."""

from urllib.parse import urlencode

import pytest
from wagtail_localize.models import StringTranslation, Translation

pytestmark = pytest.mark.django_db

BROKEN = "Estimado {title} {apellido}:"


@pytest.fixture
def spanish_letter(admin_client, letter_page, spanish_home):
    """The letter submitted for translation (wagtail-localize's "Translate"), under a live Spanish campaign."""
    campaign = letter_page.get_parent().specific
    for section in (campaign.get_parent().specific, campaign):
        section.copy_for_translation(spanish_home.locale).save_revision().publish()
    response = admin_client.post(
        f"/admin/localize/submit/page/{letter_page.pk}/", {"locales": [spanish_home.locale_id]}
    )
    assert response.status_code == 302
    translation = Translation.objects.get(
        source__object_id=letter_page.translation_key, target_locale=spanish_home.locale
    )
    return translation, letter_page.get_translation(spanish_home.locale).specific


def _type(admin_client, translation, segment, value):
    """What the translation editor sends when a paragraph's translation is typed and saved."""
    url = f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/"
    response = admin_client.put(url, urlencode({"value": value}), content_type="application/x-www-form-urlencoded")
    assert response.status_code in (200, 201)
    return response.json()


def _publish(admin_client, page):
    list(admin_client.get("/admin/").context["messages"])
    response = admin_client.post(f"/admin/pages/{page.pk}/edit/", {"action": "publish"}, follow=True)
    return [str(message) for message in response.context["messages"]]


def test_a_broken_placeholder_in_a_translated_paragraph_is_named_where_it_is_typed_and_on_publish(
    admin_client, spanish_letter, django_capture_on_commit_callbacks
):
    translation, spanish = spanish_letter
    segments = list(translation.source.stringsegment_set.select_related("string", "context").order_by("order"))
    first_paragraph = next(s for s in segments if s.context.path.startswith("letter."))
    assert first_paragraph.string.data == "Dear {title} {last_name},"

    shown = _type(admin_client, translation, first_paragraph, BROKEN)
    assert "“{apellido}” is not a placeholder we fill in. Did you mean {last_name}?" in shown["error"]
    assert "The placeholders are: {name}, {email}, {city}" in shown["error"]
    # Still there when the editor is opened again.
    editor = admin_client.get(f"/admin/pages/{spanish.pk}/edit/").content.decode()
    assert "Did you mean {last_name}?" in editor

    for segment in segments:
        if segment is not first_paragraph:
            _type(admin_client, translation, segment, "ES " + segment.string.data)
    messages = _publish(admin_client, spanish)
    spanish.refresh_from_db()
    assert not spanish.live
    assert "was not published in Spanish: the translation of “Dear {title} {last_name},”" in messages[0]
    assert "Did you mean {last_name}?" in messages[0] and "Publish anyway" not in messages[0]

    # Corrected, it is published with the paragraph as typed.
    assert _type(admin_client, translation, first_paragraph, "Estimado {title} {last_name}:")["error"] is None
    with django_capture_on_commit_callbacks(execute=True):
        messages = _publish(admin_client, spanish)
    spanish.refresh_from_db()
    assert spanish.live, messages
    assert [block.value for block in spanish.letter][0] == "Estimado {title} {last_name}:"
    assert not StringTranslation.objects.filter(locale=translation.target_locale, has_error=True).exists()


def test_a_po_file_or_machine_translation_with_brackets_is_refused_on_publish(spanish_letter):
    """A paragraph that arrives without the editor's typing (saved in bulk) is still caught before publishing."""
    from home.publish_rules import refusal

    translation, spanish = spanish_letter
    for segment in translation.source.stringsegment_set.select_related("string"):
        StringTranslation.objects.bulk_create(
            [
                StringTranslation(
                    translation_of=segment.string,
                    locale=translation.target_locale,
                    context=segment.context,
                    data="Estimado [Nombre],"
                    if segment.string.data.startswith("Dear")
                    else "ES " + segment.string.data,
                )
            ]
        )
    message, may_insist = refusal(spanish)
    assert "“[Nombre]” would reach every supporter's letter exactly as typed. Did you mean {name}?" in message
    assert may_insist is None
