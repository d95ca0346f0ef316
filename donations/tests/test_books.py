"""Books that stay right in every order: renewals credited like the first month, late failures and failed
refunds that change nothing they should not, $0 invoices that record nothing, fees kept apart from a campaign's
total, and amounts read the way the donor's language writes them."""

from decimal import Decimal

import pytest

from donations.factories import DonationFactory, MonthlyGiftFactory
from donations.models import Donation, MonthlyGift
from donations.money import AmountError, parse_amount
from donations.tests.conftest import completed_session, deliver, make_event
from donations.tests.test_webhook import renewal_invoice
from donations.totals import raised_by_campaign
from home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

EMPTY = {"object": "list", "url": "/v1/refunds", "has_more": False}


def test_renewals_keep_the_source_and_the_covered_fee(client, monthly, mailoutbox, django_capture_on_commit_callbacks):
    Donation.objects.filter(pk=monthly.pk).update(amount=1054, fee_amount=54, source="fb-ad", source_campaign="fall")
    monthly.refresh_from_db()
    deliver(client, make_event("checkout.session.completed", completed_session(monthly)))
    metadata = {"donation_id": str(monthly.id), "source": "fb-ad", "fee_amount": "54"}
    first = renewal_invoice("in_first", reason="subscription_create", metadata=metadata, amount_paid=1054)
    deliver(client, make_event("invoice.paid", first))
    deliver(client, make_event("invoice.paid", renewal_invoice("in_2", metadata=metadata, amount_paid=1054)))

    renewal = Donation.objects.get(stripe_invoice_id="in_2")
    assert (renewal.amount, renewal.fee_amount, renewal.base_amount) == (1054, 54, 1000)
    assert (renewal.source, renewal.source_campaign) == ("fb-ad", "fall")
    gift = MonthlyGift.objects.get()
    assert (gift.source, gift.fee_amount) == ("fb-ad", 54)
    assert Donation.objects.filter(source="fb-ad").count() == 2


def test_a_renewal_first_heard_of_by_its_invoice_takes_source_and_fee_from_the_subscription(client, monthly):
    metadata = {"donation_id": str(monthly.id), "source": "newsletter", "utm_campaign": "may", "fee_amount": "42"}
    deliver(client, make_event("invoice.paid", renewal_invoice("in_7", metadata=metadata, amount_paid=542)))
    renewal = Donation.objects.get(stripe_invoice_id="in_7")
    assert (renewal.source, renewal.source_campaign, renewal.fee_amount) == ("newsletter", "may", 42)


def test_a_late_payment_failure_never_overrides_a_paid_invoice(client, mailoutbox, django_capture_on_commit_callbacks):
    gift = MonthlyGiftFactory(stripe_subscription_id="sub_123", amount=500, donor_email="rosa@example.org")
    failed = renewal_invoice("in_3", status="open", amount_paid=0, amount_due=500, attempt_count=1)
    with django_capture_on_commit_callbacks(execute=True):
        deliver(client, make_event("invoice.paid", renewal_invoice("in_3")))
    assert [email.subject for email in mailoutbox] == ["Your receipt for your gift of $5"]
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert deliver(client, make_event("invoice.payment_failed", failed)).status_code == 200
    gift.refresh_from_db()
    assert gift.status == "active"
    assert mailoutbox == []  # no "could not be renewed" right after the receipt


def test_a_failed_refund_delivered_before_the_refund_leaves_the_gift_paid(client, pending, fake_stripe):
    fake_stripe.route("get", "/v1/payment_intents/pi_123", {"id": "pi_123", "object": "payment_intent"})
    deliver(client, make_event("checkout.session.completed", completed_session(pending)))
    failed = {"id": "re_1", "object": "refund", "amount": 1000, "payment_intent": "pi_123", "status": "failed"}
    failed["created"] = 1798761600
    fake_stripe.route("get", "/v1/refunds", {**EMPTY, "data": [failed]})

    assert deliver(client, make_event("charge.refund.updated", failed)).status_code == 200
    charge = {"id": "ch_1", "object": "charge", "payment_intent": "pi_123", "amount": 1000}
    charge |= {"amount_refunded": 1000, "refunded": True}
    assert deliver(client, make_event("charge.refunded", charge)).status_code == 200
    pending.refresh_from_db()
    assert (pending.status, pending.amount_refunded, pending.refunded_at) == ("paid", 0, None)

    # A second refund that went through counts, whatever the charge event said before.
    good = {**failed, "id": "re_2", "amount": 300, "status": "succeeded"}
    fake_stripe.route("get", "/v1/refunds", {**EMPTY, "data": [good, failed]})
    deliver(client, make_event("charge.refunded", {**charge, "amount_refunded": 300, "refunded": False}))
    pending.refresh_from_db()
    assert (pending.status, pending.amount_refunded) == ("paid", 300)


def test_a_zero_invoice_records_and_sends_nothing(client, mailoutbox, django_capture_on_commit_callbacks):
    MonthlyGiftFactory(stripe_subscription_id="sub_123", amount=500, donor_email="rosa@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        response = deliver(client, make_event("invoice.paid", renewal_invoice("in_credit", amount_paid=0)))
    assert response.status_code == 200
    assert not Donation.objects.exists()
    assert mailoutbox == []


def test_covered_fees_are_kept_apart_from_what_a_campaign_raised(home_page):
    campaign = StandardPageFactory(parent=home_page, title="Bond fund", slug="bond-fund")
    DonationFactory(campaign=campaign, amount=1054, fee_amount=54)
    DonationFactory(campaign=campaign, amount=2000)
    DonationFactory(campaign=campaign, amount=1054, fee_amount=54, amount_refunded=300)
    assert raised_by_campaign([campaign.pk]) == {campaign.pk: 1000 + 2000 + 700}


@pytest.mark.parametrize(
    ("text", "language", "amount"),
    [
        ("2.500", "es", "2500"),
        ("2,50", "es", "2.50"),
        ("1.234,56", "es", "1234.56"),
        ("12.50", "es", "12.50"),
        ("1,234,567", "es", "1234567"),
        ("2,500", "en", "2500"),
        ("2,500.00", "es", "2500.00"),
    ],
)
def test_amounts_are_read_the_way_the_language_writes_them(text, language, amount):
    assert parse_amount(text, language) == Decimal(amount)


def test_two_comma_five_hundred_on_the_spanish_page_is_asked_about_not_guessed(
    client, donate_page, spanish_home, locales
):
    page_es = donate_page.copy_for_translation(locales[1])
    page_es.title, page_es.slug = "Donar", "donar"
    page_es.save_revision().publish()
    with pytest.raises(AmountError):
        parse_amount("2,500", "es")

    response = client.post("/es/donar/", {"amount": "", "other_amount": "2,500", "frequency": "once"})
    assert response.status_code == 400
    assert "2500" in response.content.decode() and "2,50" in response.content.decode()
    assert not Donation.objects.exists()

    assert client.post("/es/donar/", {"other_amount": "2,50", "frequency": "once"}).status_code == 303
    assert client.post("/es/donar/", {"other_amount": "2.500", "frequency": "once"}).status_code == 303
    assert sorted(Donation.objects.values_list("amount", flat=True)) == [250, 250000]
