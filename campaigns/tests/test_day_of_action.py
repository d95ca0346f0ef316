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


def test_the_demo_day_of_action_leads_to_the_demo_letter_in_english_and_spanish(client, demo_site):
    from campaigns.models import EventPage
    from legislators.models import LetterPage

    for language in ("en", "es"):
        event = EventPage.objects.get(locale__language_code=language)
        letter = LetterPage.objects.get(locale__language_code=language)
        assert event.action_page_id == letter.pk
        page = client.get(event.url, **demo_site).content.decode()
        assert f'href="{letter.url}"' in page
        thanks = client.post(
            event.url, {"name": "Ana", "email": f"ana.{language}@example.org"}, follow=True, **demo_site
        ).content.decode()
        assert f'href="{letter.url}"' in thanks  # after you RSVP, write to your legislators


def test_loading_the_demo_again_links_an_older_demos_event_but_not_one_an_editor_changed(demo_site, admin_user):
    from django.core.management import call_command

    from campaigns.models import EventPage

    EventPage.objects.update(action_page=None)  # as a demo loaded before the link existed
    call_command("load_demo_content", verbosity=0)
    linked = {event.locale.language_code: event.action_page for event in EventPage.objects.all()}
    assert {language: (page.slug, page.locale.language_code) for language, page in linked.items()} == {
        "en": ("write-to-congress", "en"),
        "es": (linked["es"].slug, "es"),
    }

    english = EventPage.objects.get(locale__language_code="en")
    english.action_page = None
    english.save_revision(user=admin_user).publish()  # an editor chose no letter
    call_command("load_demo_content", verbosity=0)
    english.refresh_from_db()
    assert english.action_page_id is None
