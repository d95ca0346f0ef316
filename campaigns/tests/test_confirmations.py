"""Confirmation emails (optional per petition and event, once, in the supporter's language, an RSVP's with its
calendar file) and "keep me updated about this campaign" (campaign updates with their own double opt-in)."""

import re

import pytest
from icalendar import Calendar

from campaigns.factories import EventPageFactory
from campaigns.models import CampaignFollower
from newsletter.models import Subscriber

pytestmark = pytest.mark.django_db


@pytest.fixture
def client(client, django_capture_on_commit_callbacks):
    """Posts whose queued emails are sent when the request's transaction commits, as on the live site."""

    class Committing:
        def __getattr__(self, name):
            return getattr(client, name)

        def post(self, *args, **kwargs):
            with django_capture_on_commit_callbacks(execute=True):
                return client.post(*args, **kwargs)

    return Committing()


SIGNER = {"kind": "individual", "name": "Ana Pérez", "email": "ana@example.org", "postal_code": "02139"}


def translated(page, spanish_home, **fields):
    """The page's Spanish version (a copy in the Spanish tree, as wagtail-localize makes)."""
    from wagtail.models import Locale

    copy = page.copy_for_translation(Locale.objects.get(language_code="es"), copy_parents=True)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    return copy.specific


def test_a_petition_confirms_a_signature_once_in_the_signers_language(client, petition, spanish_home, mailoutbox):
    petition.send_confirmation = True
    petition.save_revision().publish()
    petition_es = translated(petition, spanish_home, title="Suspendan la aplicación ya")

    client.post(petition_es.url, SIGNER)
    client.post(petition_es.url, SIGNER)  # signing again sends nothing more
    client.post(petition.url, SIGNER)

    assert len(mailoutbox) == 1
    email = mailoutbox[0]
    assert email.to == ["ana@example.org"]
    assert email.subject == "Su firma cuenta: Suspendan la aplicación ya"
    assert "Gracias, Ana Pérez." in email.body and petition_es.url in email.body


def test_no_confirmation_unless_the_editor_asks_for_one(client, petition, mailoutbox):
    client.post(petition.url, SIGNER)
    assert mailoutbox == []


def test_an_rsvp_confirmation_carries_a_calendar_file(client, campaign, mailoutbox):
    event = EventPageFactory(parent=campaign, slug="day-of-action", title="Day of action", send_confirmation=True)
    client.post(event.url, {"name": "Ana", "email": "ana@example.org", "postal_code": "02139"})
    client.post(event.url, {"name": "Ana", "email": "ana@example.org", "postal_code": "02139"})

    assert len(mailoutbox) == 1
    email = mailoutbox[0]
    assert email.subject == "You are going: Day of action"
    (name, content, mimetype), *_ = email.attachments
    assert (name, mimetype) == ("day-of-action.ics", "text/calendar")
    entry = next(iter(Calendar.from_ical(content).walk("VEVENT")))
    assert str(entry["summary"]) == "Day of action"
    assert entry.decoded("dtstart") == event.local_start.replace(microsecond=0)


def test_keep_me_updated_follows_the_campaign_not_the_weekly_list(client, campaign, petition, mailoutbox):
    response = client.post(petition.url, {**SIGNER, "keep_updated": "on"})

    assert response["Location"].endswith("thanks/?updates=1")
    assert not Subscriber.objects.exists()
    follower = CampaignFollower.objects.get()
    assert (follower.campaign_id, follower.status) == (campaign.pk, CampaignFollower.Status.PENDING)
    (email,) = mailoutbox
    assert "#FreeThemAll" in email.subject and "Take Action Now" not in email.body
    confirm_url = re.search(r"http://\S+/campaign-updates/confirm/\S+/", email.body).group(0)
    path = (
        confirm_url.split("testserver", 1)[-1]
        if "testserver" in confirm_url
        else re.sub(r"^http://[^/]+", "", confirm_url)
    )

    # Opening the link confirms nothing (link scanners open links); pressing the button does.
    page = client.get(path)
    assert page.status_code == 200 and "Confirm campaign updates" in page.content.decode()
    assert "no-store" in page["Cache-Control"]  # a personal link is never kept by the page cache
    assert CampaignFollower.objects.get().status == CampaignFollower.Status.PENDING
    done = client.post(path)
    assert "You will get updates about “#FreeThemAll”" in done.content.decode()
    assert CampaignFollower.objects.get().status == CampaignFollower.Status.CONFIRMED

    unsubscribe = re.sub(
        r"^http://[^/]+", "", re.search(r"http://\S+/campaign-updates/unsubscribe/\S+/", email.body).group(0)
    )
    client.post(unsubscribe)
    assert CampaignFollower.objects.get().status == CampaignFollower.Status.UNSUBSCRIBED
    assert client.get("/campaign-updates/confirm/forged/").status_code == 400


def test_an_rsvp_can_follow_the_campaign_in_spanish(client, campaign, spanish_home, mailoutbox):
    event = EventPageFactory(parent=campaign, slug="day-of-action", title="Day of action")
    event_es = translated(event, spanish_home, title="Día de acción")
    client.post(
        event_es.url, {"name": "Ana", "email": "ana@example.org", "postal_code": "02139", "keep_updated": "on"}
    )
    follower = CampaignFollower.objects.get()
    assert follower.language == "es"
    (email,) = mailoutbox
    assert email.subject.startswith("Confirme:") and "/es/campaign-updates/confirm/" in email.body


def test_staff_list_and_export_a_campaigns_followers(admin_client, campaign):
    CampaignFollower.objects.create(campaign=campaign, email="ana@example.org", name="Ana", language="es")
    listing = admin_client.get("/admin/campaign_followers/")
    assert listing.status_code == 200 and "ana@example.org" in listing.content.decode()
    export = admin_client.get("/admin/campaign_followers/", {"export": "csv"})
    body = b"".join(export.streaming_content).decode() if export.streaming else export.content.decode()
    assert "ana@example.org" in body and "Waiting for confirmation" in body
