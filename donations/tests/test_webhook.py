import json
import time

import pytest
import stripe

from donations import events
from donations.factories import DonationFactory
from donations.models import Donation, MonthlyGift, StripeEvent
from donations.tests.conftest import completed_session, deliver, make_event, sign
from donations.totals import raised_by_campaign
from home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

URL = "/donations/stripe/webhook/"


def renewal_invoice(invoice_id="in_2", subscription="sub_123", reason="subscription_cycle", metadata=None, **extra):
    """An invoice as the pinned API version shapes it (the subscription under parent.subscription_details)."""
    return {
        "id": invoice_id,
        "object": "invoice",
        "billing_reason": reason,
        "amount_paid": 500,
        "currency": "usd",
        "customer": "cus_123",
        "customer_email": "rosa@example.org",
        "customer_name": "Rosa Díaz",
        "status": "paid",
        "status_transitions": {"paid_at": int(time.time())},
        "parent": {
            "type": "subscription_details",
            "subscription_details": {"subscription": subscription, "metadata": metadata or {}},
        },
        "payments": {"data": [{"payment": {"type": "payment_intent", "payment_intent": f"pi_{invoice_id}"}}]},
        **extra,
    }


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"HTTP_STRIPE_SIGNATURE": "t=1,v1=deadbeef"},
        {"HTTP_STRIPE_SIGNATURE": "garbage"},
        {"HTTP_STRIPE_SIGNATURE": ""},
    ],
)
def test_unsigned_or_badly_signed_events_are_refused_before_anything_is_written(client, pending, headers):
    payload = json.dumps(make_event("checkout.session.completed", completed_session(pending)))
    response = client.post(URL, data=payload, content_type="application/json", **headers)
    assert response.status_code == 400
    assert StripeEvent.objects.count() == 0
    pending.refresh_from_db()
    assert pending.status == "pending"


def test_a_signature_made_with_another_secret_or_for_another_payload_is_refused(client, pending):
    event = make_event("checkout.session.completed", completed_session(pending))
    assert deliver(client, event, secret="whsec_someone_else").status_code == 400
    payload = json.dumps(event)
    tampered = payload.replace('"amount_total": 1000', '"amount_total": 100000')
    response = client.post(URL, data=tampered, content_type="application/json", HTTP_STRIPE_SIGNATURE=sign(payload))
    assert response.status_code == 400
    old = sign(payload, timestamp=int(time.time()) - 3600)
    assert (
        client.post(URL, data=payload, content_type="application/json", HTTP_STRIPE_SIGNATURE=old).status_code == 400
    )
    assert StripeEvent.objects.count() == 0


@pytest.mark.parametrize("payload", ["not json", "[]", '{"id": 5}', '{"id": "evt_1", "type": "x", "data": 3}', "\xff"])
def test_signed_nonsense_is_a_bad_request_not_a_server_error(client, payload):
    response = client.post(URL, data=payload, content_type="application/json", HTTP_STRIPE_SIGNATURE=sign(payload))
    assert response.status_code == 400
    assert StripeEvent.objects.count() == 0


def test_only_post(client):
    assert client.get(URL).status_code == 405


def test_a_completed_checkout_marks_the_donation_paid_once(client, pending):
    event = make_event("checkout.session.completed", completed_session(pending), event_id="evt_paid")
    assert deliver(client, event).status_code == 200
    pending.refresh_from_db()
    first_paid_at = pending.paid_at
    assert (pending.status, pending.donor_name, pending.donor_email) == ("paid", "Rosa Díaz", "rosa@example.org")
    assert (pending.stripe_payment_intent_id, pending.stripe_customer_id) == ("pi_123", "cus_123")

    for _ in range(3):
        assert deliver(client, event).status_code == 200
    pending.refresh_from_db()
    assert StripeEvent.objects.filter(stripe_id="evt_paid").count() == 1
    assert StripeEvent.objects.get().processed_at is not None
    assert Donation.objects.filter(status="paid").count() == 1
    assert pending.paid_at == first_paid_at


def test_a_delayed_payment_waits_then_succeeds_or_fails(client, pending):
    deliver(client, make_event("checkout.session.completed", completed_session(pending, payment_status="unpaid")))
    pending.refresh_from_db()
    assert pending.status == "pending"
    deliver(client, make_event("checkout.session.async_payment_succeeded", completed_session(pending)))
    pending.refresh_from_db()
    assert pending.status == "paid"

    other = DonationFactory(status="pending", paid_at=None, stripe_checkout_session_id="cs_test_2")
    deliver(client, make_event("checkout.session.async_payment_failed", completed_session(other, id="cs_test_2")))
    other.refresh_from_db()
    assert other.status == "failed"


def test_an_expired_checkout_is_recorded_and_never_undoes_a_payment(client, pending):
    deliver(client, make_event("checkout.session.expired", completed_session(pending, status="expired")))
    pending.refresh_from_db()
    assert pending.status == "expired"

    paid = DonationFactory(status="pending", paid_at=None, stripe_checkout_session_id="cs_test_3")
    deliver(client, make_event("checkout.session.completed", completed_session(paid, id="cs_test_3")))
    late = completed_session(paid, id="cs_test_3", status="expired", payment_status="unpaid")
    deliver(client, make_event("checkout.session.expired", late))
    paid.refresh_from_db()
    assert paid.status == "paid"


def test_refunds_take_money_out_of_the_totals(client, pending, home_page):
    campaign = StandardPageFactory(parent=home_page, title="Bond fund", slug="bond-fund")
    Donation.objects.filter(pk=pending.pk).update(campaign=campaign)
    deliver(client, make_event("checkout.session.completed", completed_session(pending)))
    assert raised_by_campaign([campaign.pk]) == {campaign.pk: 1000}

    charge = {"id": "ch_1", "object": "charge", "payment_intent": "pi_123", "amount": 1000, "refunded": False}
    deliver(client, make_event("charge.refunded", {**charge, "amount_refunded": 400}))
    assert raised_by_campaign([campaign.pk]) == {campaign.pk: 600}

    deliver(client, make_event("charge.refunded", {**charge, "amount_refunded": 1000, "refunded": True}))
    pending.refresh_from_db()
    assert (pending.status, pending.amount_refunded) == ("refunded", 1000)
    assert raised_by_campaign([campaign.pk]) == {campaign.pk: 0}

    # A late re-delivery of the payment does not bring the refunded gift back.
    deliver(client, make_event("checkout.session.completed", completed_session(pending), event_id="evt_again"))
    pending.refresh_from_db()
    assert pending.status == "refunded"


def test_a_monthly_gift_counts_its_first_month_once_and_each_renewal_once(client, monthly, home_page):
    campaign = StandardPageFactory(parent=home_page, title="Bond fund", slug="bond-fund")
    Donation.objects.filter(pk=monthly.pk).update(campaign=campaign)
    deliver(client, make_event("checkout.session.completed", completed_session(monthly, id="cs_test_m")))
    first_month = renewal_invoice("in_first", reason="subscription_create", metadata={"donation_id": str(monthly.id)})
    deliver(client, make_event("invoice.paid", first_month))
    assert Donation.objects.filter(status="paid").count() == 1
    gift = MonthlyGift.objects.get()
    assert (gift.stripe_subscription_id, gift.status, gift.amount, gift.campaign_id) == (
        "sub_123",
        "active",
        500,
        campaign.pk,
    )

    renewal = renewal_invoice("in_2")
    deliver(client, make_event("invoice.paid", renewal, event_id="evt_renewal"))
    deliver(client, make_event("invoice.paid", renewal, event_id="evt_renewal"))
    deliver(client, make_event("invoice.paid", renewal, event_id="evt_renewal_other_endpoint"))
    paid = Donation.objects.filter(status="paid").order_by("stripe_invoice_id")
    assert [(d.amount, d.frequency, d.stripe_invoice_id) for d in paid] == [
        (500, "monthly", "in_2"),
        (500, "monthly", "in_first"),
    ]
    second = paid.get(stripe_invoice_id="in_2")
    assert (second.campaign_id, second.monthly_gift_id, second.stripe_payment_intent_id) == (
        campaign.pk,
        gift.pk,
        "pi_in_2",
    )
    assert raised_by_campaign([campaign.pk]) == {campaign.pk: 1000}


def test_the_first_invoice_before_its_checkout_is_still_one_donation(client, monthly):
    first_month = renewal_invoice("in_first", reason="subscription_create", metadata={"donation_id": str(monthly.id)})
    deliver(client, make_event("invoice.paid", first_month))
    monthly.refresh_from_db()
    assert (monthly.status, monthly.stripe_invoice_id) == ("paid", "in_first")
    deliver(client, make_event("checkout.session.completed", completed_session(monthly, id="cs_test_m")))
    assert Donation.objects.count() == 1
    assert Donation.objects.get().status == "paid"


def test_a_first_invoice_without_our_metadata_or_a_known_subscription_creates_nothing(client, monthly):
    deliver(client, make_event("invoice.paid", renewal_invoice("in_first", reason="subscription_create")))
    assert Donation.objects.filter(status="paid").count() == 0
    assert MonthlyGift.objects.count() == 0
    deliver(client, make_event("checkout.session.completed", completed_session(monthly, id="cs_test_m")))
    [only] = Donation.objects.all()
    assert (only.pk, only.status, only.stripe_invoice_id) == (monthly.pk, "paid", "in_first")


def test_a_cancelled_subscription_ends_the_monthly_gift(client, monthly):
    deliver(client, make_event("checkout.session.completed", completed_session(monthly, id="cs_test_m")))
    subscription = {"id": "sub_123", "object": "subscription", "status": "canceled", "canceled_at": 1767225600}
    deliver(client, make_event("customer.subscription.deleted", subscription))
    gift = MonthlyGift.objects.get()
    assert gift.status == "cancelled"
    assert gift.cancelled_at.year == 2026
    assert Donation.objects.get().status == "paid"


def test_a_cancellation_before_the_checkout_news_is_not_undone(client, monthly):
    subscription = {
        "id": "sub_123",
        "object": "subscription",
        "metadata": {"donation_id": str(monthly.id)},
        "items": {"data": [{"price": {"unit_amount": 500}}]},
        "currency": "usd",
    }
    deliver(client, make_event("customer.subscription.deleted", subscription))
    deliver(client, make_event("checkout.session.completed", completed_session(monthly, id="cs_test_m")))
    gift = MonthlyGift.objects.get()
    assert (gift.status, gift.amount) == ("cancelled", 500)
    assert Donation.objects.get().monthly_gift == gift


def test_other_events_are_stored_and_ignored(client, pending):
    response = deliver(client, make_event("customer.created", {"id": "cus_9", "object": "customer"}))
    assert response.status_code == 200
    assert StripeEvent.objects.get().type == "customer.created"
    pending.refresh_from_db()
    assert pending.status == "pending"


def test_news_of_someone_elses_checkout_is_ignored(client):
    session = {"id": "cs_other", "client_reference_id": "not-ours", "status": "complete", "payment_status": "paid"}
    assert deliver(client, make_event("checkout.session.completed", session)).status_code == 200
    assert Donation.objects.count() == 0


def test_a_failure_while_processing_asks_stripe_to_retry(client, pending, monkeypatch):
    def broken(session, created=None):
        raise RuntimeError("database went away")

    monkeypatch.setitem(events.HANDLERS, "checkout.session.completed", broken)
    event = make_event("checkout.session.completed", completed_session(pending), event_id="evt_retry")
    assert deliver(client, event).status_code == 500
    stored = StripeEvent.objects.get()
    assert stored.processed_at is None and "database went away" in stored.error

    monkeypatch.undo()
    assert deliver(client, event).status_code == 200
    pending.refresh_from_db()
    assert pending.status == "paid"
    assert StripeEvent.objects.get().error == ""


def test_refunding_a_month_of_a_monthly_gift_takes_it_out_of_the_totals(client, monthly, home_page, fake_stripe):
    """Webhook invoices carry no payment intent (`payments` is only includable), so Stripe is asked for the link."""
    campaign = StandardPageFactory(parent=home_page, title="Bond fund", slug="bond-fund")
    Donation.objects.filter(pk=monthly.pk).update(campaign=campaign)
    invoice_of = {"pi_first": "in_first", "pi_renewal": "in_2"}

    def invoice_payments(request):
        intent = request.params["payment[payment_intent]"]
        data = [{"id": f"inpay_{intent}", "object": "invoice_payment", "invoice": invoice_of[intent]}]
        return {"object": "list", "url": "/v1/invoice_payments", "has_more": False, "data": data}

    fake_stripe.route("get", "/v1/invoice_payments", invoice_payments)
    for intent in invoice_of:  # a subscription's payment intents carry no donation id of ours
        fake_stripe.route("get", f"/v1/payment_intents/{intent}", {"id": intent, "object": "payment_intent"})
    deliver(client, make_event("checkout.session.completed", completed_session(monthly, id="cs_test_m")))
    first = renewal_invoice("in_first", reason="subscription_create", metadata={"donation_id": str(monthly.id)})
    renewal = renewal_invoice("in_2")
    for invoice in (first, renewal):
        del invoice["payments"]
        deliver(client, make_event("invoice.paid", invoice))
    assert raised_by_campaign([campaign.pk]) == {campaign.pk: 1000}

    charge = {"id": "ch_r", "object": "charge", "amount": 500, "amount_refunded": 500, "refunded": True}
    response = deliver(client, make_event("charge.refunded", {**charge, "payment_intent": "pi_renewal"}))
    assert response.status_code == 200
    assert [request for request in fake_stripe.requests if request.path == "/v1/invoice_payments"][-1].params == {
        "payment[type]": "payment_intent",
        "payment[payment_intent]": "pi_renewal",
        "limit": "1",
    }
    refunded = Donation.objects.get(stripe_invoice_id="in_2")
    assert (refunded.status, refunded.stripe_payment_intent_id) == ("refunded", "pi_renewal")
    assert raised_by_campaign([campaign.pk]) == {campaign.pk: 500}

    deliver(client, make_event("charge.refunded", {**charge, "id": "ch_f", "payment_intent": "pi_first"}))
    monthly.refresh_from_db()
    assert monthly.status == "refunded"
    assert raised_by_campaign([campaign.pk]) == {campaign.pk: 0}


def test_a_monthly_refund_stripe_cannot_link_yet_is_retried_not_lost(client, monthly, fake_stripe):
    fake_stripe.route("get", "/v1/invoice_payments", stripe.APIConnectionError("timed out"))
    deliver(client, make_event("checkout.session.completed", completed_session(monthly, id="cs_test_m")))
    charge = {"id": "ch_f", "object": "charge", "payment_intent": "pi_first", "amount_refunded": 500, "refunded": True}
    event = make_event("charge.refunded", charge)
    assert deliver(client, event).status_code == 500
    assert StripeEvent.objects.get(stripe_id=event["id"]).processed_at is None
