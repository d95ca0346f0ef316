"""Stripe's news in every order, and news about things that are not ours: nothing lost, nothing invented."""

import time

import pytest
from django.utils import timezone

from donations.factories import MonthlyGiftFactory
from donations.models import Donation, MonthlyGift, StripeEvent
from donations.tests.conftest import completed_session, deliver, make_event
from donations.tests.test_webhook import renewal_invoice
from donations.totals import dashboard_figures, raised_by_campaign

pytestmark = pytest.mark.django_db


def refund(payment_intent="pi_123", amount=1000, refunded=1000, **extra):
    return {
        "id": "ch_1",
        "object": "charge",
        "payment_intent": payment_intent,
        "amount": amount,
        "amount_refunded": refunded,
        "refunded": refunded >= amount,
        **extra,
    }


def dispute(status="needs_response", payment_intent="pi_123", amount=1000):
    return {
        "id": "du_1",
        "object": "dispute",
        "amount": amount,
        "currency": "usd",
        "charge": "ch_1",
        "payment_intent": payment_intent,
        "reason": "fraudulent",
        "status": status,
    }


def subscription(sub_id="sub_123", status="active", unit_amount=500, quantity=1, metadata=None, **extra):
    return {
        "id": sub_id,
        "object": "subscription",
        "status": status,
        "customer": "cus_123",
        "currency": "usd",
        "cancel_at_period_end": False,
        "cancel_at": None,
        "metadata": metadata or {},
        "items": {"data": [{"price": {"unit_amount": unit_amount}, "quantity": quantity}]},
        **extra,
    }


def test_a_refund_before_its_payment_is_retried_until_the_payment_is_known(client, pending):
    """Without our metadata on the charge and no way to ask Stripe, the answer is non-2xx: Stripe retries."""
    event = make_event("charge.refunded", refund(), event_id="evt_early_refund")
    assert deliver(client, event).status_code == 500
    assert StripeEvent.objects.get(stripe_id="evt_early_refund").processed_at is None

    deliver(client, make_event("checkout.session.completed", completed_session(pending)))
    assert deliver(client, event).status_code == 200  # Stripe's retry
    pending.refresh_from_db()
    assert (pending.status, pending.amount_refunded) == ("refunded", 1000)


def test_a_refund_before_its_payment_is_found_through_the_payment_intents_metadata(client, pending, fake_stripe):
    intent = {"id": "pi_123", "object": "payment_intent", "metadata": {"donation_id": str(pending.id)}}
    fake_stripe.route("get", "/v1/payment_intents/pi_123", intent)
    assert deliver(client, make_event("charge.refunded", refund())).status_code == 200
    pending.refresh_from_db()
    assert (pending.status, pending.stripe_payment_intent_id) == ("refunded", "pi_123")

    # The payment news arrives late: the gift stays refunded and out of the totals.
    deliver(client, make_event("checkout.session.completed", completed_session(pending)))
    pending.refresh_from_db()
    assert pending.status == "refunded" and pending.paid_at is not None
    assert dashboard_figures(pending.created_at)["all_time"] == {}


def test_a_refund_of_someone_elses_payment_is_acknowledged_and_ignored(client, pending, fake_stripe):
    fake_stripe.route("get", "/v1/payment_intents/pi_other", {"id": "pi_other", "object": "payment_intent"})
    empty = {"object": "list", "url": "/v1/invoice_payments", "has_more": False, "data": []}
    fake_stripe.route("get", "/v1/invoice_payments", empty)
    assert deliver(client, make_event("charge.refunded", refund("pi_other"))).status_code == 200
    assert StripeEvent.objects.get().processed_at is not None
    pending.refresh_from_db()
    assert pending.status == "pending"


def test_a_renewal_refunded_before_its_invoice_paid_is_recorded_from_the_invoice(client, monthly, fake_stripe):
    MonthlyGiftFactory(stripe_subscription_id="sub_123", amount=500)
    fake_stripe.route("get", "/v1/payment_intents/pi_in_2", {"id": "pi_in_2", "object": "payment_intent"})
    payment = {"id": "inpay_1", "object": "invoice_payment", "invoice": "in_2"}
    listing = {"object": "list", "url": "/v1/invoice_payments", "has_more": False, "data": [payment]}
    fake_stripe.route("get", "/v1/invoice_payments", listing)
    fake_stripe.route("get", "/v1/invoices/in_2", renewal_invoice("in_2"))

    assert deliver(client, make_event("charge.refunded", refund("pi_in_2", 500, 500))).status_code == 200
    renewal = Donation.objects.get(stripe_invoice_id="in_2")
    assert (renewal.status, renewal.amount_refunded) == ("refunded", 500)
    deliver(client, make_event("invoice.paid", renewal_invoice("in_2")))
    renewal.refresh_from_db()
    assert renewal.status == "refunded"
    assert Donation.objects.filter(stripe_invoice_id="in_2").count() == 1


def test_a_failed_refund_puts_the_money_back_in_the_totals(client, pending, home_page):
    deliver(client, make_event("checkout.session.completed", completed_session(pending)))
    deliver(client, make_event("charge.refunded", refund(refunded=400)))
    pending.refresh_from_db()
    assert (pending.status, pending.amount_refunded) == ("paid", 400)
    failed = {"id": "re_1", "object": "refund", "amount": 400, "payment_intent": "pi_123", "status": "failed"}
    deliver(client, make_event("charge.refund.updated", failed))
    pending.refresh_from_db()
    assert (pending.status, pending.amount_refunded, pending.refunded_at) == ("paid", 0, None)


def test_a_dispute_takes_the_gift_out_until_it_is_won_and_staff_are_told(
    client, pending, home_page, mailoutbox, django_capture_on_commit_callbacks, settings
):
    from campaigns.factories import CampaignPageFactory

    settings.DONATIONS_STAFF_EMAILS = ["treasurer@example.org"]
    campaign = CampaignPageFactory(parent=home_page, title="Bond fund", slug="bond-fund")
    Donation.objects.filter(pk=pending.pk).update(campaign=campaign)
    deliver(client, make_event("checkout.session.completed", completed_session(pending)))
    mailoutbox.clear()
    assert raised_by_campaign([campaign.pk]) == {campaign.pk: 1000}

    with django_capture_on_commit_callbacks(execute=True):
        deliver(client, make_event("charge.dispute.created", dispute()))
    pending.refresh_from_db()
    assert (pending.status, pending.amount_disputed) == ("disputed", 1000)
    assert raised_by_campaign([campaign.pk]) == {campaign.pk: 0}
    [alert] = mailoutbox
    assert alert.to == ["treasurer@example.org"]
    assert "disputed a gift of $10" in alert.subject
    assert "rosa@example.org" not in alert.body and f"/admin/donations/inspect/{pending.pk}/" in alert.body

    with django_capture_on_commit_callbacks(execute=True):
        deliver(client, make_event("charge.dispute.updated", dispute("under_review")))
    assert len(mailoutbox) == 1  # one alert per dispute

    deliver(client, make_event("charge.dispute.closed", dispute("won")))
    pending.refresh_from_db()
    assert (pending.status, pending.amount_disputed) == ("paid", 0)
    assert raised_by_campaign([campaign.pk]) == {campaign.pk: 1000}

    # A late, re-sent "created" does not reopen a dispute that was won.
    deliver(client, make_event("charge.dispute.created", dispute(), event_id="evt_late_dispute"))
    pending.refresh_from_db()
    assert pending.status == "paid"


def test_a_lost_dispute_stays_out_of_the_totals(client, pending):
    deliver(client, make_event("checkout.session.completed", completed_session(pending)))
    deliver(client, make_event("charge.dispute.created", dispute()))
    deliver(client, make_event("charge.dispute.closed", dispute("lost")))
    pending.refresh_from_db()
    assert pending.status == "disputed"
    assert not Donation.objects.filter(status="paid").exists()


def test_a_dispute_before_the_payment_news_ends_disputed(client, pending, fake_stripe):
    intent = {"id": "pi_123", "object": "payment_intent", "metadata": {"donation_id": str(pending.id)}}
    fake_stripe.route("get", "/v1/payment_intents/pi_123", intent)
    deliver(client, make_event("charge.dispute.created", dispute()))
    deliver(client, make_event("checkout.session.completed", completed_session(pending)))
    pending.refresh_from_db()
    assert pending.status == "disputed" and pending.paid_at is not None


def test_another_tools_subscription_creates_nothing(client):
    """A yearly $120 membership sold by another tool on the same Stripe account is not a monthly gift."""
    membership = renewal_invoice("in_membership", subscription="sub_membership", amount_paid=12000)
    for event_type, obj in [
        ("invoice.paid", membership),
        ("invoice.payment_failed", {**membership, "status": "open"}),
        ("customer.subscription.updated", subscription("sub_membership", unit_amount=12000)),
        ("customer.subscription.deleted", subscription("sub_membership", status="canceled")),
    ]:
        assert deliver(client, make_event(event_type, obj)).status_code == 200
    assert Donation.objects.count() == 0
    assert MonthlyGift.objects.count() == 0
    assert dashboard_figures(timezone.now())["active_monthly"] == 0
    assert StripeEvent.objects.filter(processed_at__isnull=False).count() == 4


def test_a_failed_renewal_marks_the_gift_past_due_and_emails_the_donor(
    client, monthly, mailoutbox, django_capture_on_commit_callbacks
):
    gift = MonthlyGiftFactory(
        stripe_subscription_id="sub_123", amount=500, donor_email="rosa@example.org", language="es"
    )
    failed = renewal_invoice("in_3", status="open", amount_paid=0, amount_due=500, attempt_count=1)
    with django_capture_on_commit_callbacks(execute=True):
        assert deliver(client, make_event("invoice.payment_failed", failed)).status_code == 200
    gift.refresh_from_db()
    assert gift.status == "past_due"
    [email] = mailoutbox
    assert email.to == ["rosa@example.org"]
    assert email.subject == "No pudimos renovar su donación mensual"
    assert "/es/donations/manage/card/" in email.body, email.body

    # Stripe's second attempt fails too: no second email. Then a retry succeeds: active again.
    with django_capture_on_commit_callbacks(execute=True):
        deliver(client, make_event("invoice.payment_failed", {**failed, "attempt_count": 2}, event_id="evt_f2"))
    assert len(mailoutbox) == 1
    deliver(client, make_event("invoice.paid", renewal_invoice("in_3")))
    gift.refresh_from_db()
    assert gift.status == "active"


def test_subscription_updates_keep_the_gift_in_step_and_older_news_is_ignored(client):
    gift = MonthlyGiftFactory(stripe_subscription_id="sub_123", amount=500)
    now = int(time.time())
    raised = make_event("customer.subscription.updated", subscription(unit_amount=1000, quantity=2), "evt_up")
    raised["created"] = now
    deliver(client, raised)
    gift.refresh_from_db()
    assert (gift.amount, gift.status, gift.cancel_at_period_end) == (2000, "active", False)

    stale = make_event("customer.subscription.updated", subscription(status="past_due"), "evt_old")
    stale["created"] = now - 60
    deliver(client, stale)
    gift.refresh_from_db()
    assert (gift.amount, gift.status) == (2000, "active")

    ending = subscription(unit_amount=1000, quantity=2, cancel_at_period_end=True, cancel_at=now + 86400)
    event = make_event("customer.subscription.updated", ending, "evt_ending")
    event["created"] = now + 1
    deliver(client, event)
    gift.refresh_from_db()
    assert gift.cancel_at_period_end is True and gift.cancel_at is not None and gift.status == "active"

    lapsed = make_event("customer.subscription.updated", subscription(status="unpaid"), "evt_unpaid")
    lapsed["created"] = now + 2
    deliver(client, lapsed)
    gift.refresh_from_db()
    assert gift.status == "unpaid"
    assert dashboard_figures(timezone.now())["active_monthly"] == 0


def test_a_cancelled_gift_is_not_revived_by_an_older_update(client):
    gift = MonthlyGiftFactory(stripe_subscription_id="sub_123", amount=500)
    deliver(client, make_event("customer.subscription.deleted", subscription(status="canceled")))
    deliver(client, make_event("customer.subscription.updated", subscription(status="active")))
    gift.refresh_from_db()
    assert gift.status == "cancelled"
