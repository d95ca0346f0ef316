"""One supporter who did everything: signed, RSVPd, wrote, subscribed and gave, with a recognisable email."""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.log_actions import log

from campaigns.factories import EventPageFactory, EventRSVPFactory, PetitionPageFactory, SignatureFactory
from donations.factories import DonationFactory, MonthlyGiftFactory
from donations.models import StripeEvent
from legislators.models import LetterWritten
from newsletter.factories import SubscriberFactory
from newsletter.models import Delivery

EMAIL = "ana.secreta@example.org"
NAME = "Ana Secreta"


@pytest.fixture
def petition(home_page):
    return PetitionPageFactory(parent=home_page, title="Free them all", slug="free-them-all", sign_on_mode="both")


@pytest.fixture
def event(home_page):
    return EventPageFactory(parent=home_page, title="Vigil", slug="vigil")


@pytest.fixture
def supporter(home_page, petition, event):
    """Every record one person can leave behind, plus a stranger's, so erasing can be shown to be precise."""
    signature = SignatureFactory(petition=petition, name=NAME, email=EMAIL.upper(), comment=f"Write me: {EMAIL}")
    SignatureFactory(petition=petition, name="Someone Else", email="else@example.org")
    rsvp = EventRSVPFactory(event=event, name=NAME, email=EMAIL, postal_code="02139")
    LetterWritten.objects.create(page=home_page, letters=3, consent=True, name=NAME, email=EMAIL, city="Cambridge")
    subscriber = SubscriberFactory(email=EMAIL, name=NAME)
    Delivery.objects.create(issue=home_page, subscriber=subscriber)
    donation = DonationFactory(amount=1000, donor_name=NAME, donor_email=EMAIL, stripe_customer_id="cus_ana")
    MonthlyGiftFactory(donor_name=NAME, donor_email=EMAIL)
    StripeEvent.objects.create(
        stripe_id="evt_ana",
        type="checkout.session.completed",
        payload={"id": "evt_ana", "data": {"object": {"customer_details": {"email": EMAIL, "name": NAME}}}},
    )
    log(signature, "wagtail.edit")
    return {"signature": signature, "rsvp": rsvp, "subscriber": subscriber, "donation": donation}


@pytest.fixture
def long_ago():
    return timezone.now() - timedelta(days=400)


@pytest.fixture
def old_log_label(supporter):
    """An audit-log entry written before labels stopped naming people."""
    entry = log(supporter["signature"], "wagtail.edit")
    type(entry).objects.filter(pk=entry.pk).update(label=f"{NAME} <{EMAIL}>")
    return entry
