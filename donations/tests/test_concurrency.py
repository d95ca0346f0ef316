"""Stripe may deliver the same event several times at once; only one delivery may do the work."""

import threading

import pytest
from django.db import connection
from django.test import Client

from donations.factories import DonationFactory
from donations.models import Donation, StripeEvent
from donations.tests.conftest import completed_session, deliver, make_event


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_twenty_concurrent_deliveries_of_one_event_make_one_paid_donation():
    donation = DonationFactory(status="pending", paid_at=None, stripe_checkout_session_id="cs_test_race")
    event = make_event("checkout.session.completed", completed_session(donation, id="cs_test_race"), "evt_race")
    barrier = threading.Barrier(20)
    statuses, errors = [], []

    def deliver_once():
        try:
            barrier.wait()
            statuses.append(deliver(Client(), event).status_code)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=deliver_once) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert errors == []
    assert statuses == [200] * 20
    assert StripeEvent.objects.filter(stripe_id="evt_race").count() == 1
    assert Donation.objects.filter(status="paid").count() == 1
    assert Donation.objects.count() == 1


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_renewal_events_with_different_ids_count_the_invoice_once():
    from donations.factories import MonthlyGiftFactory
    from donations.tests.test_webhook import renewal_invoice

    MonthlyGiftFactory(stripe_subscription_id="sub_123")  # only subscriptions this site knows count
    barrier = threading.Barrier(10)
    statuses = []

    def deliver_once(number):
        try:
            barrier.wait()
            event = make_event("invoice.paid", renewal_invoice("in_race"), event_id=f"evt_renewal_{number}")
            statuses.append(deliver(Client(), event).status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=deliver_once, args=(n,)) for n in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert statuses == [200] * 10
    assert Donation.objects.filter(stripe_invoice_id="in_race", status="paid").count() == 1


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_payment_and_its_refund_at_the_same_moment_end_refunded_with_one_receipt(fake_stripe, mailoutbox):
    """Row locks order the two: whichever lands first, the gift ends refunded and the donor gets one receipt."""
    donation = DonationFactory(status="pending", paid_at=None, stripe_checkout_session_id="cs_test_pair")
    intent = {"id": "pi_123", "object": "payment_intent", "metadata": {"donation_id": str(donation.id)}}
    fake_stripe.route("get", "/v1/payment_intents/pi_123", intent)
    charge = {"id": "ch_1", "object": "charge", "payment_intent": "pi_123", "amount_refunded": 1000, "refunded": True}
    paid = [
        make_event("checkout.session.completed", completed_session(donation, id="cs_test_pair"), f"evt_p{n}")
        for n in range(5)
    ]
    refunded = [make_event("charge.refunded", charge, f"evt_r{n}") for n in range(5)]
    barrier = threading.Barrier(10)
    statuses = []

    def deliver_once(event):
        try:
            barrier.wait()
            statuses.append(deliver(Client(), event).status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=deliver_once, args=(event,)) for event in paid + refunded]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert statuses == [200] * 10
    donation.refresh_from_db()
    assert (donation.status, donation.amount_refunded) == ("refunded", 1000)
    assert len([email for email in mailoutbox if "receipt" in email.subject.lower()]) <= 1
