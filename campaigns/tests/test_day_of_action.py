"""A day of action is one flow: the event names its letter (or call, or petition), shows it, and offers it as the
next step right after the RSVP; in Spanish, only its Spanish version."""

import pytest

from campaigns.factories import EventPageFactory
from legislators.factories import LetterPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def day_of_action(campaign):
    letter = LetterPageFactory(parent=campaign, title="Email your senators today", slug="letter")
    event = EventPageFactory(parent=campaign, title="National day of action", slug="day", action_page=letter)
    return event, letter


def test_the_event_shows_its_letter_and_offers_it_after_the_rsvp(client, day_of_action):
    event, letter = day_of_action
    page = client.get(event.url).content.decode()
    assert "The action for this day" in page and f'href="{letter.url}"' in page

    response = client.post(event.url, {"name": "Ana", "email": "ana@example.org"}, follow=True)
    thanks = response.content.decode()
    assert "See you there" in thanks
    assert thanks.index(f'href="{letter.url}"') < thanks.index("Add to calendar")  # the next step comes first


def test_a_spanish_event_never_links_the_english_letter(client, day_of_action, spanish_home, locales):
    event, letter = day_of_action
    campaign_es = event.get_parent().copy_for_translation(locales[1], copy_parents=True)
    campaign_es.save_revision().publish()
    event_es = event.copy_for_translation(locales[1])
    event_es.save_revision().publish()
    html = client.get(event_es.url).content.decode()
    assert letter.url not in html and "The action for this day" not in html
