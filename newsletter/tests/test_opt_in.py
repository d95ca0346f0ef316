"""'Keep me updated' on a petition, a letter or an RSVP starts a double opt-in: one confirmation email in the
signer's language, nothing else until they click it, and never a silent subscription. On a petition or an RSVP
it is about that campaign (its followers), never the weekly Take Action Now list."""

import pytest
from wagtail.models import Locale

from campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory, EventPageFactory, PetitionPageFactory
from campaigns.models import CampaignFollower
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


def test_petition_box_ticked_follows_the_campaign_and_leaves_the_weekly_list_alone(
    client, petition, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        assert sign(client, petition, keep_updated="on").status_code == 303
    # "Keep me updated about this campaign" is about the campaign (campaigns.CampaignFollower), with its own
    # double opt-in; it subscribes nobody to Take Action Now.
    assert not Subscriber.objects.exists()
    assert CampaignFollower.objects.get().status == "pending"
    assert len(mailoutbox) == 1 and "/campaign-updates/confirm/" in mailoutbox[0].body
    assert "Take Action Now" not in mailoutbox[0].subject


def test_petition_box_left_unticked_subscribes_nobody(client, petition, mailoutbox):
    assert sign(client, petition).status_code == 303
    assert not Subscriber.objects.exists() and not CampaignFollower.objects.exists()
    assert mailoutbox == []


def test_a_weekly_subscriber_who_ticks_the_box_keeps_their_subscription_as_it_is(client, petition, mailoutbox):
    Subscriber.objects.create(email="ana@example.org", status="confirmed")
    sign(client, petition, keep_updated="on")
    assert Subscriber.objects.get().status == "confirmed"
    assert CampaignFollower.objects.get().email == "ana@example.org"


def test_spanish_signer_gets_the_campaign_confirmation_in_spanish(
    client, petition, spanish_home, mailoutbox, django_capture_on_commit_callbacks
):
    petition_es = petition.copy_for_translation(Locale.objects.get(language_code="es"), copy_parents=True)
    petition_es.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        sign(client, petition_es, keep_updated="on")
    assert CampaignFollower.objects.get().language == "es"
    assert "/es/campaign-updates/confirm/" in mailoutbox[0].body
    assert mailoutbox[0].subject.startswith("Confirme: novedades de")


def test_rsvp_box_starts_the_campaigns_opt_in(client, campaign, mailoutbox, django_capture_on_commit_callbacks):
    event = EventPageFactory(parent=campaign, slug="day-of-action")
    data = {"name": "Ana", "email": "ana@example.org", "postal_code": "02139"}
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(event.url, {**data, "keep_updated": "on"}).status_code == 303
    assert CampaignFollower.objects.get().status == "pending" and not Subscriber.objects.exists()
    assert len(mailoutbox) == 1


def test_letter_consent_starts_the_opt_in(client, campaign, mailoutbox):

    from legislators.factories import LetterPageFactory

    # The congress data is in every test database (tests/databases.py).
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
