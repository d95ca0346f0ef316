"""The accounting export that matches the bank: Stripe's payouts, each broken into the money movements it paid
out (gifts, refunds, disputes, dispute reversals, fees), with Stripe's fee, the net and the gift each belongs to.

Rows come from Stripe's balance transactions, so the nets of a payout's rows add up to the payout, exactly
as it reached the bank. A row names the gift (its id, how it came, its campaign), never the donor.
"""

import io
from datetime import datetime, time, timedelta
from decimal import Decimal

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy

from core.exports import csv_writer, safe_cell
from donations import stripe_gateway
from donations.models import Donation
from donations.models.records import local_time
from donations.stripe_data import dig, id_of, when

MOVEMENTS = {
    "charge": "gift",
    "payment": "gift",
    "refund": "refund",
    "payment_refund": "refund",
    "payment_failure_refund": "refund",
    "refund_failure": "refund reversal",
    "stripe_fee": "fee",
    "application_fee": "fee",
    "tax_fee": "fee",
}
CATEGORIES = {"dispute": "dispute", "dispute_reversal": "dispute reversal", "fee": "fee", "refund": "refund"}


def movement(transaction):
    category = transaction.get("reporting_category")
    if category in CATEGORIES:
        return CATEGORIES[category]
    return MOVEMENTS.get(transaction.get("type"), transaction.get("type") or "other")


def _payment_intent(transaction):
    source = transaction.get("source")
    if not isinstance(source, dict):
        return ""
    return id_of(source.get("payment_intent")) or id_of(dig(source, "charge", "payment_intent"))


def day_bounds(first, last):
    """[first day 00:00, the day after last 00:00) in TIME_ZONE, as Unix times."""
    zone = timezone.get_current_timezone()
    start = datetime.combine(first, time(0), tzinfo=zone)
    end = datetime.combine(last + timedelta(days=1), time(0), tzinfo=zone)
    return start.timestamp(), end.timestamp()


HEADINGS = [
    gettext_lazy("Payout"),
    gettext_lazy("Payout date"),
    gettext_lazy("Movement"),
    gettext_lazy("Date"),
    gettext_lazy("Amount"),
    gettext_lazy("Stripe fee"),
    gettext_lazy("Net"),
    gettext_lazy("Currency"),
    gettext_lazy("Donation id"),
    gettext_lazy("How it came"),
    gettext_lazy("Campaign"),
    gettext_lazy("Stripe object"),
]


def payout_rows(first, last):
    """(payouts, rows): every payout that arrived from `first` to `last` (dates, TIME_ZONE) and its movements."""
    start, end = day_bounds(first, last)
    payouts = stripe_gateway.payouts_between(start, end)
    rows = []
    for payout in payouts:
        transactions = [
            transaction
            for transaction in stripe_gateway.payout_transactions(payout["id"])
            if transaction.get("type") != "payout"  # the payout itself: the sum, not a movement
        ]
        intents = {_payment_intent(transaction) for transaction in transactions} - {""}
        gifts = {
            donation.stripe_payment_intent_id: donation
            for donation in Donation.objects.filter(stripe_payment_intent_id__in=intents).select_related("campaign")
        }
        for transaction in transactions:
            gift = gifts.get(_payment_intent(transaction))
            rows.append(
                {
                    "payout": payout["id"],
                    "payout_date": local_time(when(payout.get("arrival_date")))[:10],
                    "movement": movement(transaction),
                    "date": local_time(when(transaction.get("created"))),
                    "amount": transaction.get("amount") or 0,
                    "fee": transaction.get("fee") or 0,
                    "net": transaction.get("net") or 0,
                    "currency": transaction.get("currency") or payout.get("currency") or "",
                    "donation": str(gift.pk) if gift else "",
                    "method": gift.method if gift else "",
                    "campaign": gift.campaign.title if gift and gift.campaign else "",
                    "source": id_of(transaction.get("source")),
                }
            )
    return payouts, rows


def to_major(minor):
    """A Decimal, not text: a refund's "-20.00" stays a number (text starting with "-" is quoted as a formula)."""
    return Decimal(int(minor or 0)).scaleb(-2)


def _cells(row):
    return [
        row["payout"],
        row["payout_date"],
        row["movement"],
        row["date"],
        to_major(row["amount"]),
        to_major(row["fee"]),
        to_major(row["net"]),
        row["currency"],
        row["donation"],
        row["method"],
        row["campaign"],
        row["source"],
    ]


def download(rows, export_format, filename):
    headings = [str(heading) for heading in HEADINGS]
    if export_format == "xlsx":
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        sheet.append(headings)
        for row in rows:
            cells = _cells(row)
            sheet.append([safe_cell(cell) for cell in cells])
        stream = io.BytesIO()
        book.save(stream)
        response = HttpResponse(
            stream.getvalue(), content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        )
    else:
        stream = io.StringIO()
        writer = csv_writer(stream)
        writer.writerow(headings)
        writer.writerows(_cells(row) for row in rows)
        response = HttpResponse(stream.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.{export_format}"'
    return response
