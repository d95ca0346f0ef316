"""`purge_supporter_data` expires what the retention settings say, keeps counts, and leaves the rest alone."""

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import ModelLogEntry

from campaigns.factories import EventPageFactory, EventRSVPFactory, PetitionPageFactory, SignatureFactory
from campaigns.models import EventRSVP, Signature
from donations.models import StripeEvent
from legislators.models import LetterWritten
from newsletter.factories import SubscriberFactory
from newsletter.models import Subscriber

pytestmark = pytest.mark.django_db


def test_retention_applies_to_each_kind_of_record(home_page, settings):
    settings.SUPPORTER_DATA_RETENTION_DAYS = 365
    settings.NEWSLETTER_UNCONFIRMED_RETENTION_DAYS = 30
    settings.STRIPE_EVENT_RETENTION_DAYS = 90
    now = timezone.now()
    today = timezone.localdate()

    closed = PetitionPageFactory(parent=home_page, slug="closed", closing_date=today - timedelta(days=400))
    open_petition = PetitionPageFactory(parent=home_page, slug="open")
    SignatureFactory(petition=closed, name="Old Signer", email="old@example.org")
    SignatureFactory(petition=open_petition, name="Current Signer", email="current@example.org")
    past = EventPageFactory(
        parent=home_page, slug="past", starts_at=now - timedelta(days=401), ends_at=now - timedelta(days=400)
    )
    EventRSVPFactory(event=past, name="Old Guest", email="guest@example.org")
    stale = SubscriberFactory(email="bot@example.org", status=Subscriber.Status.PENDING)
    fresh = SubscriberFactory(email="new@example.org", status=Subscriber.Status.PENDING)
    confirmed = SubscriberFactory(email="reader@example.org")
    Subscriber.objects.filter(pk__in=[stale.pk, confirmed.pk]).update(created_at=now - timedelta(days=31))
    old_letter = LetterWritten.objects.create(
        page=home_page, letters=2, consent=True, name="Old Writer", email="writer@example.org"
    )
    LetterWritten.objects.filter(pk=old_letter.pk).update(created_at=now - timedelta(days=366))
    payload = {"id": "evt_old", "data": {"object": {"customer_details": {"email": "donor@example.org"}}}}
    old_event = StripeEvent.objects.create(stripe_id="evt_old", type="invoice.paid", payload=payload)
    StripeEvent.objects.filter(pk=old_event.pk).update(received_at=now - timedelta(days=91))
    StripeEvent.objects.create(stripe_id="evt_new", type="invoice.paid", payload={**payload, "id": "evt_new"})

    out = io.StringIO()
    call_command("purge_supporter_data", stdout=out)

    assert not Signature.objects.filter(email="old@example.org").exists()
    assert Signature.objects.filter(petition=closed).count() == 1  # still counted
    assert Signature.objects.get(email="current@example.org").name == "Current Signer"
    assert EventRSVP.objects.get(event=past).name == ""
    assert set(Subscriber.objects.values_list("email", flat=True)) == {"new@example.org", "reader@example.org"}
    old_letter.refresh_from_db()
    assert (old_letter.letters, old_letter.name, old_letter.email) == (2, "", "")
    assert StripeEvent.objects.get(stripe_id="evt_old").payload == {"id": "evt_old", "type": "invoice.paid"}
    assert "donor@example.org" in str(StripeEvent.objects.get(stripe_id="evt_new").payload)
    assert fresh.pk in Subscriber.objects.values_list("pk", flat=True)
    assert ModelLogEntry.objects.filter(action="privacy.purge").count() == 1
    assert "Done:" in out.getvalue()

    # Running it again changes nothing and logs nothing new.
    call_command("purge_supporter_data", stdout=io.StringIO())
    assert ModelLogEntry.objects.filter(action="privacy.purge").count() == 1


def test_zero_keeps_everything(home_page, settings):
    settings.SUPPORTER_DATA_RETENTION_DAYS = 0
    closed = PetitionPageFactory(
        parent=home_page, slug="closed", closing_date=timezone.localdate() - timedelta(days=4000)
    )
    SignatureFactory(petition=closed, name="Kept", email="kept@example.org")
    call_command("purge_supporter_data", stdout=io.StringIO())
    assert Signature.objects.get().name == "Kept"


def test_old_admin_log_labels_stop_naming_supporters(supporter, old_log_label):
    call_command("purge_supporter_data", stdout=io.StringIO())
    old_log_label.refresh_from_db()
    assert old_log_label.label == f"signature {supporter['signature'].pk}"
