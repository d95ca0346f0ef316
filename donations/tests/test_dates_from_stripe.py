"""A gift is dated when the donor paid (Stripe's clock), never when the site heard of it: the fiscal year,
the statement, the receipt and the export all follow."""

import csv
import io
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command

from donations import fiscal
from donations.factories import DonationFactory
from donations.models import Donation
from donations.tests.conftest import completed_session, deliver, make_event
from donations.tests.test_webhook import renewal_invoice

pytestmark = pytest.mark.django_db

NEW_YORK = ZoneInfo("America/New_York")
NEW_YEARS_EVE = datetime(2026, 12, 31, 23, 30, tzinfo=NEW_YORK)  # 04:30 UTC on 1 January 2027
RECONCILED = datetime(2027, 1, 1, 1, 15, tzinfo=NEW_YORK)
EMPTY = {"object": "list", "has_more": False, "data": []}


def intent_paid_at(moment, intent_id="pi_123"):
    return {
        "id": intent_id,
        "object": "payment_intent",
        "latest_charge": {"id": "ch_1", "object": "charge", "created": int(moment.timestamp())},
    }


@pytest.fixture
def new_york(settings):
    settings.TIME_ZONE = "America/New_York"


def test_a_session_paid_on_new_years_eve_and_reconciled_after_midnight_is_in_that_years_statement(
    fake_stripe, new_york, home_page, monkeypatch, mailoutbox, django_capture_on_commit_callbacks, capsys
):
    from donations.tests.test_admin import INDEX

    missed = DonationFactory(
        status="pending", paid_at=None, stripe_checkout_session_id="cs_eve", donor_email="", language="en"
    )
    session = completed_session(missed, id="cs_eve", payment_intent="pi_eve")
    fake_stripe.route("get", "/v1/checkout/sessions", {**EMPTY, "url": "/v1/checkout/sessions", "data": [session]})
    fake_stripe.route("get", "/v1/events", {**EMPTY, "url": "/v1/events"})
    fake_stripe.route("get", "/v1/payment_intents/pi_eve", intent_paid_at(NEW_YEARS_EVE, "pi_eve"))
    monkeypatch.setattr(fiscal, "now", lambda: RECONCILED)

    with django_capture_on_commit_callbacks(execute=True):
        call_command("reconcile_donations", "--since", "3d")

    missed.refresh_from_db()
    assert missed.status == "paid" and missed.paid_at == NEW_YEARS_EVE
    [lookup] = [request for request in fake_stripe.requests if request.path == "/v1/payment_intents/pi_eve"]
    assert lookup.params["expand[0]"] == "latest_charge"
    [receipt] = mailoutbox
    assert "Dec. 31, 2026" in receipt.body

    mailoutbox.clear()
    call_command("send_year_end_statements", "--year", "2026")
    [statement] = mailoutbox
    assert statement.subject == "Your 2026 giving statement" and "Dec. 31, 2026" in statement.body
    mailoutbox.clear()
    call_command("send_year_end_statements", "--year", "2027", "--before-year-end")
    assert mailoutbox == []

    from django.contrib.auth import get_user_model
    from django.test import Client

    staff = Client()
    staff.force_login(get_user_model().objects.create_superuser("boss", "boss@example.org", "pw"))
    response = staff.get(INDEX, {"export": "csv"})
    [row] = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert row["Paid"] == "2026-12-31 23:30"


def test_a_webhook_retried_two_days_late_keeps_the_day_the_donor_paid(client, fake_stripe, pending):
    paid = datetime(2026, 11, 2, 10, 0, tzinfo=ZoneInfo("UTC"))
    fake_stripe.route("get", "/v1/payment_intents/pi_123", intent_paid_at(paid))
    assert deliver(client, make_event("checkout.session.completed", completed_session(pending))).status_code == 200
    pending.refresh_from_db()
    assert pending.paid_at == paid


def test_without_stripe_to_ask_the_events_own_time_dates_the_gift(client, pending):
    event = make_event("checkout.session.completed", completed_session(pending))
    event["created"] = int((datetime.now(tz=ZoneInfo("UTC")) - timedelta(days=2)).timestamp())
    deliver(client, event)
    pending.refresh_from_db()
    assert pending.paid_at == datetime.fromtimestamp(event["created"], tz=ZoneInfo("UTC"))


def test_a_monthly_gift_is_dated_by_its_first_invoice(client, fake_stripe, monthly):
    paid = datetime(2026, 12, 31, 23, 59, tzinfo=NEW_YORK)
    invoice = renewal_invoice("in_first", reason="subscription_create", status_transitions={"paid_at": 0})
    invoice["status_transitions"] = {"paid_at": int(paid.timestamp())}
    fake_stripe.route("get", "/v1/invoices/in_first", invoice)
    deliver(client, make_event("checkout.session.completed", completed_session(monthly)))
    monthly.refresh_from_db()
    assert monthly.paid_at == paid
    assert monthly.monthly_gift.started_at == paid


def test_renewals_refunds_and_disputes_carry_stripes_times(client, fake_stripe, new_york):
    from donations.factories import MonthlyGiftFactory

    MonthlyGiftFactory(stripe_subscription_id="sub_123", amount=500)
    paid = datetime(2026, 12, 31, 22, 0, tzinfo=NEW_YORK)
    invoice = renewal_invoice("in_9")
    invoice["status_transitions"] = {"paid_at": int(paid.timestamp())}
    deliver(client, make_event("invoice.paid", invoice))
    renewal = Donation.objects.get(stripe_invoice_id="in_9")
    assert renewal.paid_at == paid and fiscal.year_of(renewal.paid_at) == 2026

    refunded_on = datetime(2027, 1, 3, 9, 0, tzinfo=NEW_YORK)
    refund = {"id": "re_1", "object": "refund", "amount": 200, "status": "succeeded"}
    refund |= {"payment_intent": "pi_in_9", "created": int(refunded_on.timestamp())}
    fake_stripe.route("get", "/v1/refunds", {**EMPTY, "url": "/v1/refunds", "data": [refund]})
    charge = {"id": "ch_9", "object": "charge", "payment_intent": "pi_in_9", "amount_refunded": 200}
    deliver(client, make_event("charge.refunded", charge))
    renewal.refresh_from_db()
    assert (renewal.amount_refunded, renewal.refunded_at) == (200, refunded_on)

    disputed_on = datetime(2027, 1, 5, 12, 0, tzinfo=NEW_YORK)
    dispute = {"id": "du_1", "object": "dispute", "payment_intent": "pi_in_9", "amount": 500}
    dispute |= {"status": "needs_response", "created": int(disputed_on.timestamp())}
    deliver(client, make_event("charge.dispute.created", dispute))
    renewal.refresh_from_db()
    assert (renewal.status, renewal.disputed_at) == ("disputed", disputed_on)


@pytest.mark.parametrize(
    ("start_month", "moment", "year"),
    [
        (1, datetime(2026, 12, 31, 23, 30, tzinfo=NEW_YORK), 2026),
        (1, datetime(2027, 1, 1, 0, 0, tzinfo=NEW_YORK), 2027),
        (7, datetime(2027, 6, 30, 23, 0, tzinfo=NEW_YORK), 2026),
        (7, datetime(2027, 7, 1, 0, 30, tzinfo=NEW_YORK), 2027),
    ],
)
def test_the_fiscal_year_setting_decides_a_gifts_year(settings, new_york, start_month, moment, year):
    settings.DONATIONS_FISCAL_YEAR_START_MONTH = start_month
    assert fiscal.year_of(moment) == year
    start, end = fiscal.year_bounds(year)
    assert start <= moment < end
