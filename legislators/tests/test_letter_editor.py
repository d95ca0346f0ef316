"""What an editor meets writing a letter: placeholders checked on save (in English and through wagtail-localize),
a sample filled in for a real member, and paragraphs kept one by one."""

import importlib

import pytest
from django.core.exceptions import ValidationError

from legislators.letters import as_stream, fill, paragraphs
from legislators.placeholders import placeholder_problems

pytestmark = pytest.mark.django_db

SEED_SAMPLE = "Dear Representative/Senator [Name], I'm your constituent from [CITY/TOWN]. {lastname} [Your Name]"


def test_brackets_and_unknown_braces_are_named_with_a_hint():
    problems = placeholder_problems(SEED_SAMPLE)
    text = " ".join(problems)
    assert "“[Name]” would reach every supporter's letter exactly as typed. Did you mean {name}?" in text
    assert "“[CITY/TOWN]” would reach every supporter's letter exactly as typed. Did you mean {city}?" in text
    assert "“{lastname}” is not a placeholder we fill in. Did you mean {last_name}?" in text
    assert "“[Your Name]”" in text
    assert problems[-1].startswith("The placeholders are: {name}, {email}, {city}")
    assert placeholder_problems("{apellido}")[0].endswith("Did you mean {last_name}?")
    assert placeholder_problems("{dear} {last_name}, I live in {city} ({zip}). 100% {") == []


def test_saving_a_letter_with_broken_placeholders_is_refused(letter_page):
    letter_page.letter = as_stream("Dear {title} {lastname},\nI am [Your Name].")
    letter_page.subject = "From [CITY/TOWN]"
    with pytest.raises(ValidationError) as refused:
        letter_page.save_revision()
    errors = refused.value.message_dict
    assert any("Did you mean {last_name}?" in message for message in errors["letter"])
    assert any("Did you mean {city}?" in message for message in errors["subject"])


def test_a_spanish_translation_with_a_broken_placeholder_cannot_be_published(letter_page, spanish_home):
    """wagtail-localize saves a translation through the page's full_clean: the same check refuses it."""
    from home.translations import translate_from_text

    with pytest.raises(ValidationError) as refused:
        translate_from_text(
            letter_page,
            spanish_home.locale,
            letter=as_stream("Estimado {title} {apellido}:\nVivo en {city} ({zip}).\nAtentamente,\n{name}"),
        )
    assert "Did you mean {last_name}?" in " ".join(refused.value.messages)


def test_the_editor_shows_a_sample_for_a_real_member_in_the_pages_language(admin_client, letter_page, spanish_home):
    html = admin_client.get(f"/admin/pages/{letter_page.pk}/edit/").content.decode()
    assert "Sample, as a supporter sends it" in html
    assert "<p>Dear Senator Warren,</p>" in html
    assert "<p>I live in Cambridge (02139).</p>" in html

    page_es = letter_page.copy_for_translation(spanish_home.locale, copy_parents=True)
    page_es.letter = as_stream("{dear} {last_name}:\nVivo en {city}.")
    page_es.save_revision().publish()
    html = admin_client.get(f"/admin/pages/{page_es.pk}/edit/").content.decode()
    assert "<p>Estimada senadora Warren:</p>" in html


def test_every_line_is_a_paragraph_and_the_supporters_words_come_before_the_closing():
    stream = [("paragraph", "Dear {title},\n\nPlease act."), ("paragraph", "Sincerely,"), ("paragraph", "{name}")]

    class Block:
        def __init__(self, value):
            self.value = value

    blocks = [Block(value) for _type, value in stream]
    assert paragraphs(blocks) == ["Dear {title},", "Please act.", "Sincerely,", "{name}"]
    filled = fill(blocks, {"title": "Senator", "name": "Ana"}, note="I live in Chelsea.\nMy son was detained.")
    assert filled == [
        "Dear Senator,",
        "Please act.",
        "I live in Chelsea.",
        "My son was detained.",
        "Sincerely,",
        "Ana",
    ]


def test_the_migration_turns_a_typed_letter_into_one_paragraph_a_line():
    import json

    migration = importlib.import_module("legislators.migrations.0008_letter_paragraphs")
    stream = json.loads(migration._to_stream("Dear {title},\n\nI live in {city}.\n\nSincerely,\n{name}\n"))
    assert [block["value"] for block in stream] == ["Dear {title},", "I live in {city}.", "Sincerely,", "{name}"]
    assert {block["type"] for block in stream} == {"paragraph"}
    assert migration._to_stream(json.dumps(stream)) == json.dumps(stream)  # run twice, changes nothing
    assert migration._to_text(json.dumps(stream)) == "Dear {title},\n\nI live in {city}.\n\nSincerely,\n\n{name}"
