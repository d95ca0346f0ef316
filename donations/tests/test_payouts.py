"""The accounting export matches the bank: a payout's rows add up to the payout."""

import csv
import io
from datetime import datetime
from zoneinfo import ZoneInfo

import openpyxl
import pytest

from donations.factories import DonationFactory

pytestmark = pytest.mark.django_db

URL = "/admin/donations/payouts/"
ARRIVED = int(datetime(2026, 11, 20, 9, tzinfo=ZoneInfo("UTC")).timestamp())


def listing(data, url):
    return {"object": "list", "url": url, "has_more": False, "data": data}


@pytest.fixture
def payout(fake_stripe):
    DonationFactory(amount=5000, stripe_payment_intent_id="pi_gift")
    DonationFactory(amount=2000, stripe_payment_intent_id="pi_refunded", method="stripe")
    transactions = [
        {
            "id": "txn_1",
            "type": "charge",
            "reporting_category": "charge",
            "amount": 5000,
            "fee": 140,
            "net": 4860,
            "currency": "usd",
            "created": ARRIVED - 86400,
            "source": {"id": "ch_1", "object": "charge", "payment_intent": "pi_gift"},
        },
        {
            "id": "txn_2",
            "type": "charge",
            "reporting_category": "charge",
            "amount": 2000,
            "fee": 74,
            "net": 1926,
            "currency": "usd",
            "created": ARRIVED - 86400,
            "source": {"id": "ch_2", "object": "charge", "payment_intent": "pi_refunded"},
        },
        {
            "id": "txn_3",
            "type": "refund",
            "reporting_category": "refund",
            "amount": -2000,
            "fee": 0,
            "net": -2000,
            "currency": "usd",
            "created": ARRIVED - 3600,
            "source": {"id": "re_1", "object": "refund", "payment_intent": "pi_refunded"},
        },
        {
            "id": "txn_4",
            "type": "adjustment",
            "reporting_category": "dispute",
            "amount": -5000,
            "fee": 1500,
            "net": -6500,
            "currency": "usd",
            "created": ARRIVED - 3600,
            "source": {"id": "dp_1", "object": "dispute", "payment_intent": "pi_gift"},
        },
        {
            "id": "txn_5",
            "type": "adjustment",
            "reporting_category": "dispute_reversal",
            "amount": 5000,
            "fee": -1500,
            "net": 6500,
            "currency": "usd",
            "created": ARRIVED - 600,
            "source": {"id": "dp_1", "object": "dispute", "payment_intent": "pi_gift"},
        },
        {
            "id": "txn_6",
            "type": "stripe_fee",
            "reporting_category": "fee",
            "amount": -200,
            "fee": 0,
            "net": -200,
            "currency": "usd",
            "created": ARRIVED - 600,
            "source": None,
        },
        {
            "id": "txn_po",
            "type": "payout",
            "reporting_category": "payout",
            "amount": -4586,
            "fee": 0,
            "net": -4586,
            "currency": "usd",
            "created": ARRIVED,
            "source": "po_1",
        },
    ]
    fake_stripe.route(
        "get",
        "/v1/payouts",
        listing(
            [{"id": "po_1", "object": "payout", "amount": 4586, "currency": "usd", "arrival_date": ARRIVED}],
            "/v1/payouts",
        ),
    )
    fake_stripe.route("get", "/v1/balance_transactions", listing(transactions, "/v1/balance_transactions"))
    return fake_stripe


def test_a_payouts_rows_add_up_to_the_payout_in_csv_and_xlsx(admin_client, payout, settings):
    settings.TIME_ZONE = "America/New_York"
    page = admin_client.get(URL, {"start": "2026-11-01", "end": "2026-11-30"}).content.decode()
    assert "po_1" in page and "$45.86" in page and "Yes" in page
    [request] = [request for request in payout.requests if request.path == "/v1/balance_transactions"]
    assert request.params["payout"] == "po_1" and request.params["expand[0]"] == "data.source"

    response = admin_client.get(URL, {"start": "2026-11-01", "end": "2026-11-30", "export": "csv"})
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert [row["Movement"] for row in rows] == ["gift", "gift", "refund", "dispute", "dispute reversal", "fee"]
    assert sum(round(float(row["Net"]) * 100) for row in rows) == 4586
    assert rows[0]["Stripe fee"] == "1.40" and rows[0]["Payout date"] == "2026-11-20" and rows[0]["Donation id"]
    assert rows[0]["How it came"] == "stripe"

    response = admin_client.get(URL, {"start": "2026-11-01", "end": "2026-11-30", "export": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    values = list(sheet.values)
    net = values[0].index("Net")
    assert round(sum(row[net] for row in values[1:]) * 100) == 4586


def test_a_backwards_range_is_a_clear_400(admin_client, fake_stripe):
    response = admin_client.get(URL, {"start": "2026-12-01", "end": "2026-11-01"})
    assert response.status_code == 400 and "must come before" in response.content.decode()
    assert fake_stripe.requests == []
