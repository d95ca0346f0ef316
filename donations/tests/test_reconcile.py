import time

import pytest
from django.core.management import CommandError, call_command

from donations.factories import DonationFactory
from donations.models import Donation
from donations.tests.conftest import completed_session

pytestmark = pytest.mark.django_db

NO_EVENTS = {"object": "list", "url": "/v1/events", "has_more": False, "data": []}


def test_reconcile_fulfils_what_a_missed_webhook_left_pending(fake_stripe, capsys):
    missed = DonationFactory(status="pending", paid_at=None, stripe_checkout_session_id="cs_missed")
    abandoned = DonationFactory(status="pending", paid_at=None, stripe_checkout_session_id="cs_abandoned")
    open_one = DonationFactory(status="pending", paid_at=None, stripe_checkout_session_id="cs_open")
    done = DonationFactory(status="paid", stripe_checkout_session_id="cs_done")
    page_one = {
        "object": "list",
        "url": "/v1/checkout/sessions",
        "has_more": True,
        "data": [
            completed_session(missed, id="cs_missed"),
            completed_session(abandoned, id="cs_abandoned", status="expired", payment_status="unpaid"),
        ],
    }
    page_two = {
        "object": "list",
        "url": "/v1/checkout/sessions",
        "has_more": False,
        "data": [
            completed_session(open_one, id="cs_open", status="open", payment_status="unpaid"),
            completed_session(done, id="cs_done"),
            {"id": "cs_not_ours", "object": "checkout.session", "status": "complete", "client_reference_id": None},
        ],
    }
    fake_stripe.route(
        "get", "/v1/checkout/sessions", lambda request: page_two if "starting_after" in request.params else page_one
    )

    fake_stripe.route("get", "/v1/events", NO_EVENTS)
    before = time.time()
    call_command("reconcile_donations", "--since", "3d")

    first, second = [request for request in fake_stripe.requests if request.path == "/v1/checkout/sessions"]
    assert int(first.params["created[gte]"]) == pytest.approx(before - 3 * 86400, abs=5)
    assert first.params["limit"] == "100"
    assert second.params["starting_after"] == "cs_abandoned"
    statuses = dict(Donation.objects.values_list("stripe_checkout_session_id", "status"))
    assert statuses == {"cs_missed": "paid", "cs_abandoned": "expired", "cs_open": "pending", "cs_done": "paid"}
    assert "Checked 5 Checkout Sessions; updated 2 donations." in capsys.readouterr().out

    call_command("reconcile_donations", "--since", "3d")  # again: nothing left to do
    assert "updated 0 donations" in capsys.readouterr().out
    assert Donation.objects.filter(status="paid").count() == 2


@pytest.mark.parametrize("since", ["3", "d", "3w", "-1d", "99999d"])
def test_reconcile_refuses_a_bad_since(fake_stripe, since):
    with pytest.raises(CommandError):
        call_command("reconcile_donations", "--since", since)


def test_reconcile_reports_stripe_failures(fake_stripe):
    fake_stripe.route("get", "/v1/checkout/sessions", {"error": {"message": "Invalid API Key"}}, status=401)
    with pytest.raises(CommandError, match="Stripe could not be asked"):
        call_command("reconcile_donations")


def test_reconcile_repairs_missed_renewals_refunds_disputes_and_cancellations(fake_stripe, capsys):
    """Events the webhook never got (or failed on) are listed from Stripe and run through the webhook's code."""
    from donations.factories import MonthlyGiftFactory
    from donations.models import MonthlyGift, StripeEvent
    from donations.tests.conftest import make_event
    from donations.tests.test_webhook import renewal_invoice

    paid = DonationFactory(status="paid", stripe_payment_intent_id="pi_paid")
    disputed = DonationFactory(status="paid", stripe_payment_intent_id="pi_disputed")
    MonthlyGiftFactory(stripe_subscription_id="sub_123", amount=500)
    StripeEvent.objects.create(stripe_id="evt_done", type="invoice.paid", payload={}, processed_at="2026-01-01T00:00Z")
    charge = {"id": "ch_1", "object": "charge", "payment_intent": "pi_paid", "amount_refunded": 1000, "refunded": True}
    dispute = {"id": "du_1", "object": "dispute", "payment_intent": "pi_disputed", "amount": 1000, "status": "lost"}
    cancelled = {"id": "sub_123", "object": "subscription", "status": "canceled", "canceled_at": 1767225600}
    listed = [  # newest first, as Stripe lists them
        make_event("customer.subscription.deleted", cancelled, "evt_cancel"),
        make_event("charge.dispute.created", dispute, "evt_dispute"),
        make_event("charge.refunded", charge, "evt_refund"),
        make_event("invoice.paid", renewal_invoice("in_missed"), "evt_renewal"),
        make_event("invoice.paid", renewal_invoice("in_other", subscription="sub_not_ours"), "evt_foreign"),
        make_event("invoice.paid", renewal_invoice("in_done"), "evt_done"),
    ]
    fake_stripe.route("get", "/v1/checkout/sessions", {**NO_EVENTS, "url": "/v1/checkout/sessions"})
    fake_stripe.route("get", "/v1/events", {**NO_EVENTS, "data": listed})

    call_command("reconcile_donations", "--since", "3d")

    [events_request] = [request for request in fake_stripe.requests if request.path == "/v1/events"]
    assert events_request.params["types[0]"] == "charge.dispute.closed"
    assert "checkout.session.completed" not in events_request.params.values()
    paid.refresh_from_db()
    disputed.refresh_from_db()
    assert paid.status == "refunded" and disputed.status == "disputed"
    assert Donation.objects.filter(stripe_invoice_id="in_missed", status="paid").count() == 1
    assert not Donation.objects.filter(stripe_invoice_id__in=["in_other", "in_done"]).exists()
    assert MonthlyGift.objects.get().status == "cancelled"
    assert "Checked 6 events; processed 5 that were missed or had failed." in capsys.readouterr().out

    call_command("reconcile_donations", "--since", "3d")
    assert "processed 0" in capsys.readouterr().out


def test_verify_compares_paid_refunded_and_disputed_with_stripe_and_repairs_or_reports(fake_stripe, capsys):
    from datetime import UTC, datetime

    from donations.factories import DonationFactory

    refunded_there = DonationFactory(amount=2000, stripe_payment_intent_id="pi_refunded")
    missed = DonationFactory(status="pending", paid_at=None, stripe_payment_intent_id="", amount=3000)
    disputed_there = DonationFactory(amount=1500, stripe_payment_intent_id="pi_disputed")
    DonationFactory(stripe_payment_intent_id="pi_nowhere")
    DonationFactory(amount=1000, stripe_payment_intent_id="pi_amount")
    paid_at = int(datetime(2026, 12, 1, 15, tzinfo=UTC).timestamp())

    def charge(intent, amount, **extra):
        base = {"id": f"ch_{intent}", "object": "charge", "payment_intent": intent, "amount": amount}
        return base | {"status": "succeeded", "paid": True, "amount_refunded": 0, "disputed": False} | extra

    charges = [
        charge("pi_refunded", 2000, amount_refunded=500),
        charge("pi_missed", 3000, created=paid_at, metadata={"donation_id": str(missed.pk)}),
        charge("pi_disputed", 1500, disputed=True),
        charge("pi_amount", 1200),
        charge("pi_someone_else", 9900),
    ]
    refund = {"id": "re_1", "object": "refund", "amount": 500, "status": "succeeded", "created": paid_at}
    dispute = {"id": "du_1", "object": "dispute", "payment_intent": "pi_disputed", "amount": 1500}
    dispute |= {"status": "needs_response", "created": paid_at}
    fake_stripe.route("get", "/v1/checkout/sessions", {**NO_EVENTS, "url": "/v1/checkout/sessions"})
    fake_stripe.route("get", "/v1/events", NO_EVENTS)
    fake_stripe.route("get", "/v1/charges", {**NO_EVENTS, "url": "/v1/charges", "data": charges})
    fake_stripe.route(
        "get",
        "/v1/refunds",
        lambda request: {**NO_EVENTS, "data": [refund] if request.params["payment_intent"] == "pi_refunded" else []},
    )
    fake_stripe.route("get", "/v1/disputes", {**NO_EVENTS, "url": "/v1/disputes", "data": [dispute]})

    call_command("reconcile_donations", "--verify", "--since", "30d")

    captured = capsys.readouterr()
    [listing] = [request for request in fake_stripe.requests if request.path == "/v1/charges"]
    assert int(listing.params["created[gte]"]) == pytest.approx(time.time() - 30 * 86400, abs=5)
    refunded_there.refresh_from_db()
    missed.refresh_from_db()
    disputed_there.refresh_from_db()
    assert refunded_there.amount_refunded == 500
    assert (missed.status, missed.paid_at, missed.stripe_payment_intent_id) == (
        "paid",
        datetime(2026, 12, 1, 15, tzinfo=UTC),
        "pi_missed",
    )
    assert disputed_there.status == "disputed"
    assert "Verified 4 Stripe charges: 3 repaired, 2 reported." in captured.out
    assert "pi_amount: $10 here, $12 at Stripe" in captured.err
    assert "pi_nowhere: paid here, no charge at Stripe in that time" in captured.err

    call_command("reconcile_donations", "--verify", "--since", "30d")
    assert "0 repaired" in capsys.readouterr().out
