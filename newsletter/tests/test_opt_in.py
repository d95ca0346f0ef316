"""'Keep me updated' on a petition, a letter or an RSVP starts the double opt-in: one confirmation email in the
signer's language, nothing else until they click it, and never a silent subscription."""

import re

import pytest
from wagtail.models import Locale

from campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory, EventPageFactory, PetitionPageFactory
from newsletter.models import Subscriber

pytestmark = pytest.mark.django_db


@pytest.fixture
def campaign(home_page):
    return CampaignPageFactory(parent=CampaignIndexPageFactory(parent=home_page), slug="free-them-all")


@pytest.fixture
def petition(campaign):
    return PetitionPageFactory(parent=campaign, slug="sign", ask_city=False)


def sign(client, page, **extra):
    data = {"kind": "individual", "name": "Ana Pérez", "email": "Ana@Example.org", "postal_code": "02139", **extra}
    return client.post(page.url, data)


def confirm_link(message):
    return re.search(r"https?://\S+/confirm/\S+?/", message.body).group(0)


def test_petition_box_ticked_round_trip(client, petition, mailoutbox):
    assert sign(client, petition, keep_updated="on").status_code == 303
    subscriber = Subscriber.objects.get()
    assert (subscriber.email, subscriber.status, subscriber.language) == ("ana@example.org", "pending", "en")
    assert subscriber.zip_code == "02139"
    assert len(mailoutbox) == 1 and mailoutbox[0].to == ["ana@example.org"]
    assert "Confirm" in mailoutbox[0].subject

    link = confirm_link(mailoutbox[0])
    assert link.startswith("http://testserver/")
    path = link.removeprefix("http://testserver")
    assert client.get(path).status_code == 200  # a link scanner's GET confirms nothing
    assert Subscriber.objects.get().status == "pending"
    assert client.post(path).status_code == 200
    assert Subscriber.objects.get().status == "confirmed"
    assert len(mailoutbox) == 1  # nothing else was sent


def test_petition_box_left_unticked_subscribes_nobody(client, petition, mailoutbox):
    assert sign(client, petition).status_code == 303
    assert not Subscriber.objects.exists()
    assert mailoutbox == []


def test_a_confirmed_subscriber_is_not_emailed_again(client, petition, mailoutbox):
    Subscriber.objects.create(email="ana@example.org", status="confirmed")
    sign(client, petition, keep_updated="on")
    assert Subscriber.objects.get().status == "confirmed"
    assert mailoutbox == []


def test_spanish_signer_gets_the_confirmation_in_spanish(client, petition, spanish_home, mailoutbox):
    petition_es = petition.copy_for_translation(Locale.objects.get(language_code="es"), copy_parents=True)
    petition_es.save_revision().publish()
    sign(client, petition_es, keep_updated="on")
    assert Subscriber.objects.get().language == "es"
    assert "/es/" in confirm_link(mailoutbox[0])
    assert mailoutbox[0].subject == "Confirme su suscripción a Actúe ahora"


def test_rsvp_box_starts_the_opt_in(client, campaign, mailoutbox):
    event = EventPageFactory(parent=campaign, slug="day-of-action")
    data = {"name": "Ana", "email": "ana@example.org", "postal_code": "02139"}
    assert client.post(event.url, {**data, "keep_updated": "on"}).status_code == 303
    assert Subscriber.objects.get().status == "pending"
    assert len(mailoutbox) == 1


def test_letter_consent_starts_the_opt_in(client, campaign, mailoutbox):
    import io

    from django.core.management import call_command

    from legislators.factories import LetterPageFactory

    call_command("import_legislators", stdout=io.StringIO())
    letter = LetterPageFactory(parent=campaign, slug="write")
    post = {
        "name": "Ana",
        "email": "ana@example.org",
        "city": "Cambridge",
        "zip": "02139",
        "district": "MA-7",
        "consent": "on",
    }
    assert client.post(letter.url, post).status_code == 200
    assert Subscriber.objects.get().status == "pending"
    assert len(mailoutbox) == 1
