"""After writing letters or reporting a call: share, the next action and the ask, in English and Spanish."""

import pytest
from wagtail.models import Locale

from campaigns.factories import PetitionPageFactory
from legislators.letters import as_stream

pytestmark = pytest.mark.django_db


@pytest.fixture
def petition(campaign):
    return PetitionPageFactory(parent=campaign, title="Sign the petition", slug="sign")


def letter_post(**overrides):
    return {"name": "Ana Pérez", "email": "", "city": "Cambridge", "zip": "02139", "district": "MA-7", **overrides}


def set_letter(page, text):
    page.subject = "Please act, {title} {last_name}"
    page.letter = as_stream(text)
    page.save_revision().publish()


def test_letters_are_followed_by_share_ask_and_next_action(client, letter_page, petition, campaign, donate_page):
    set_letter(letter_page, "{dear} {last_name},\nPlease act.\nA second line.\nAna")
    html = client.post(letter_page.url, letter_post()).content.decode()
    assert "Your letters" in html
    ladder = html[html.index('class="ladder"') :]
    assert ladder.index("share-links") < ladder.index("ladder__ask") < ladder.index("ladder__next")
    assert f"campaign={campaign.pk}&amp;source=letter-thanks&amp;amount=5" in ladder
    assert "Sign the petition" in ladder
    # The letter reads as paragraphs, with the member's salutation filled in.
    assert "<p>Dear Senator Warren,</p>" in html
    # Each line typed is a paragraph of its own.
    assert "<p>Please act.</p>\n<p>A second line.</p>" in html


def test_a_reported_call_is_followed_by_the_ladder(client, call_page, petition, campaign, donate_page):
    page = client.get(call_page.url, {"zip": "02139"}).content.decode()
    assert "ladder__ask" not in page  # nothing to follow up until a call is reported
    response = client.post(call_page.url, {"target": "W000817", "zip": "02139", "outcome": "reached_staff"})
    assert response.status_code == 303
    html = client.get(response["Location"]).content.decode()
    assert 'href="#next-steps">What to do next</a>' in html
    ladder = html[html.index('id="next-steps"') :]
    assert f"campaign={campaign.pk}&amp;source=call-thanks&amp;amount=10" in ladder
    assert "Sign the petition" in ladder


def test_spanish_letters_greet_the_senator_naturally_and_keep_the_ladder(
    client, letter_page, donate_page, spanish_home
):
    spanish = Locale.objects.get(language_code="es")
    letter_es = letter_page.copy_for_translation(spanish, copy_parents=True)
    set_letter(letter_es, "{dear} {last_name}:\nLe pido que {the_title} {last_name} actúe.")
    html = client.post(letter_es.url, letter_post()).content.decode()
    assert "<p>Estimada senadora Warren:</p>" in html
    assert "Le pido que la senadora Warren actúe." in html
    assert "Estimado senador Markey:" in html
    assert "Aporte" in html and "Otra cantidad" in html
