"""Receipts, year-end statements and manage links: in the donor's language, sent once, never from the webhook."""

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from wagtail.models import Site

from donations.factories import DonationFactory, MonthlyGiftFactory
from donations.models import Donation, DonationSettings, YearEndStatement
from donations.tests.conftest import completed_session, deliver, make_event

pytestmark = pytest.mark.django_db


@pytest.fixture
def tax_identity(home_page):
    settings = DonationSettings.for_site(Site.objects.get(is_default_site=True))
    settings.ein = "12-3456789"
    settings.save()
    return settings


def test_a_paid_gift_gets_one_receipt_after_the_webhook_answers(
    client, tax_identity, mailoutbox, django_capture_on_commit_callbacks
):
    from donations import tasks

    donation = DonationFactory(status="pending", paid_at=None, stripe_checkout_session_id="cs_test_1", language="en")

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        assert (
            deliver(client, make_event("checkout.session.completed", completed_session(donation))).status_code == 200
        )
    assert mailoutbox == [] and callbacks  # queued for after the commit, not sent in the request
    for callback in callbacks:
        callback()
    [receipt] = mailoutbox
    assert receipt.to == ["rosa@example.org"]
    assert receipt.subject == "Your receipt for your gift of $10"
    assert "EIN: 12-3456789" in receipt.body
    assert "No goods or services were provided in exchange for this contribution." in receipt.body
    assert "Amount: $10 (USD)" in receipt.body

    with django_capture_on_commit_callbacks(execute=True):
        deliver(client, make_event("checkout.session.completed", completed_session(donation), "evt_again"))
        tasks.send_receipt.enqueue(str(donation.pk))
    assert len(mailoutbox) == 1


def test_a_receipt_in_spanish_with_the_date_in_the_sites_time_zone(tax_identity, mailoutbox, settings):
    from donations.tasks import send_receipt

    settings.TIME_ZONE = "America/New_York"
    paid_at = datetime(2027, 1, 1, 2, 30, tzinfo=ZoneInfo("UTC"))  # 9:30 pm on 31 December in New York
    tax_identity.fiscal_sponsor = "Fondo Comunitario (EIN 98-7654321)"
    tax_identity.save()
    donation = DonationFactory(amount=2500, fee_amount=0, paid_at=paid_at, language="es", donor_name="Rosa")
    send_receipt.enqueue(str(donation.pk))
    [receipt] = mailoutbox
    assert receipt.subject == "Su recibo por su donación de $25"
    assert "Estimada/o Rosa:" in receipt.body
    assert "31 de diciembre de 2026" in receipt.body
    assert "No se proporcionaron bienes ni servicios a cambio de esta contribución." in receipt.body
    assert "Patrocinador fiscal: Fondo Comunitario (EIN 98-7654321)" in receipt.body


def test_each_renewal_gets_its_receipt(client, mailoutbox, django_capture_on_commit_callbacks, home_page):
    from donations.tests.test_webhook import renewal_invoice

    MonthlyGiftFactory(stripe_subscription_id="sub_123", donor_email="rosa@example.org", language="es")
    with django_capture_on_commit_callbacks(execute=True):
        deliver(client, make_event("invoice.paid", renewal_invoice("in_2")))
        deliver(client, make_event("invoice.paid", renewal_invoice("in_3")))
    assert [email.subject for email in mailoutbox] == ["Su recibo por su donación de $5"] * 2
    assert "pago de este mes de su donación mensual" in mailoutbox[0].body


def test_year_end_statements_once_per_donor_in_their_language(
    home_page, tax_identity, mailoutbox, capsys, settings, monkeypatch
):
    from donations import fiscal

    settings.TIME_ZONE = "America/New_York"
    monkeypatch.setattr(fiscal, "now", lambda: datetime(2027, 2, 1, tzinfo=ZoneInfo("UTC")))
    utc = ZoneInfo("UTC")
    DonationFactory(
        donor_email="Rosa@Example.org", amount=1000, paid_at=datetime(2026, 3, 1, tzinfo=utc), language="es"
    )
    DonationFactory(
        donor_email="rosa@example.org", amount=500, paid_at=datetime(2027, 1, 1, 2, tzinfo=utc), language="es"
    )
    DonationFactory(donor_email="rosa@example.org", amount=700, paid_at=datetime(2027, 1, 1, 6, tzinfo=utc))  # 2027
    DonationFactory(
        donor_email="rosa@example.org",
        amount=900,
        status="refunded",
        amount_refunded=900,
        paid_at=datetime(2026, 5, 1, tzinfo=utc),
    )
    DonationFactory(
        donor_email="rosa@example.org", amount=900, status="disputed", paid_at=datetime(2026, 5, 2, tzinfo=utc)
    )
    DonationFactory(
        donor_email="li@example.org", amount=2000, amount_refunded=500, paid_at=datetime(2026, 6, 1, tzinfo=utc)
    )

    call_command("send_year_end_statements", "--year", "2026", "--dry-run")
    out = capsys.readouterr().out
    assert "rosa@example.org: 2 gifts, $15 (es)" in out and "li@example.org: 1 gifts, $15 (en)" in out
    assert mailoutbox == [] and not YearEndStatement.objects.exists()

    call_command("send_year_end_statements", "--year", "2026")
    statements = {email.to[0]: email for email in mailoutbox}
    assert set(statements) == {"rosa@example.org", "li@example.org"}
    spanish = statements["rosa@example.org"]
    assert spanish.subject == "Su resumen de donaciones de 2026"
    assert "31 de diciembre de 2026" in spanish.body and "Total: $15" in spanish.body
    assert "$9" not in spanish.body and "$7" not in spanish.body
    assert statements["li@example.org"].subject == "Your 2026 giving statement"

    call_command("send_year_end_statements", "--year", "2026")  # resumable: nobody gets a second one
    assert len(mailoutbox) == 2
    assert "0 statements sent; 2 donors already had one." in capsys.readouterr().out
    with pytest.raises(CommandError):
        call_command("send_year_end_statements", "--year", "1999")


def test_the_manage_form_says_the_same_for_known_and_unknown_addresses(client, home_page, mailoutbox):
    MonthlyGiftFactory(donor_email="rosa@example.org", amount=1000, stripe_customer_id="cus_1")
    known = client.post("/donations/manage/", {"email": "Rosa@example.org"})
    unknown = client.post("/donations/manage/", {"email": "nobody@example.org"})
    assert known.status_code == unknown.status_code == 200

    def page(response, email):
        html = response.content.decode().replace(email, "X")
        return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)

    assert page(known, "rosa@example.org") == page(unknown, "nobody@example.org")
    [email] = mailoutbox
    assert email.to == ["rosa@example.org"]
    assert "30 minutes" in email.body
    assert client.post("/donations/manage/", {"email": "not an email"}).status_code == 400


def test_the_emailed_link_works_once_for_thirty_minutes(client, home_page, mailoutbox, fake_stripe, settings):
    from datetime import timedelta
    from unittest import mock

    from django.utils import timezone

    gift = MonthlyGiftFactory(donor_email="rosa@example.org", amount=1000, stripe_customer_id="cus_1", language="es")
    fake_stripe.route("post", "/v1/billing_portal/sessions", {"id": "bps_1", "url": "https://billing.stripe.com/p/1"})
    client.post("/es/donations/manage/", {"email": "rosa@example.org"})
    [email] = mailoutbox
    assert email.subject == "Su enlace para administrar su donación mensual"
    link = re.search(r"http://testserver(/es/donations/manage/link/\S+/)", email.body).group(1)

    scanner = Client().get(link)  # an email scanner following the link spends nothing
    assert scanner.status_code == 200 and "$10" in scanner.content.decode()
    assert "no-store" in scanner["Cache-Control"]
    opened = client.post(link, {"gift": gift.pk})
    assert opened.status_code == 303 and opened["Location"] == "https://billing.stripe.com/p/1"
    assert fake_stripe.requests[-1].params["customer"] == "cus_1"
    assert client.post(link, {"gift": gift.pk}).status_code == 410  # used up

    mailoutbox.clear()
    client.post("/donations/manage/", {"email": "rosa@example.org"})
    later_link = re.search(r"http://testserver(/donations/manage/link/\S+/)", mailoutbox[0].body).group(1)
    later = timezone.now() + timedelta(seconds=settings.DONATIONS_MANAGE_LINK_MAX_AGE + 1)
    with mock.patch("django.core.signing.time.time", return_value=later.timestamp()):
        assert client.get(later_link).status_code == 410
    assert client.get("/donations/manage/link/forged/").status_code == 410
    stranger_gift = MonthlyGiftFactory(donor_email="other@example.org", stripe_customer_id="cus_2")
    assert client.post(later_link, {"gift": stranger_gift.pk}).status_code == 403


def test_the_failed_renewal_link_opens_the_card_update(client, home_page, fake_stripe):
    from donations.emails import payment_failed_message

    gift = MonthlyGiftFactory(donor_email="rosa@example.org", stripe_customer_id="cus_1", status="past_due")
    fake_stripe.route("post", "/v1/billing_portal/sessions", {"id": "bps_1", "url": "https://billing.stripe.com/p/c"})
    link = re.search(r"http://testserver(\S+/card/\S+/)", payment_failed_message(gift).body).group(1)
    assert "Update the card" in client.get(link).content.decode()
    assert client.post(link)["Location"] == "https://billing.stripe.com/p/c"
    assert fake_stripe.requests[-1].params["flow_data[type]"] == "payment_method_update"
    assert client.post(link).status_code == 410


def test_the_thank_you_page_tells_the_truth(client, donate_page):
    def thanks_for(status):
        donation = DonationFactory(status=status, stripe_checkout_session_id=f"cs_state_{status}")
        return client.get(f"/donate/thanks/?session_id={donation.stripe_checkout_session_id}").content.decode()

    assert "Your payment is confirmed. We are sending your receipt" in thanks_for("paid")
    pending = thanks_for("pending")
    assert "We will email you a receipt as soon as it does" in pending and "receipt to" not in pending
    failed = thanks_for("failed")
    assert "Your gift did not go through" in failed and "Try again" in failed and "receipt" not in failed
    expired = thanks_for("expired")
    assert "nothing was charged" in expired and 'href="/donate/"' in expired
    assert Donation.objects.count() == 4


def test_erasing_a_donor_removes_their_year_end_statement_record(db):
    import io

    YearEndStatement.objects.create(email="rosa@example.org", year=2026, gifts=2)
    YearEndStatement.objects.create(email="li@example.org", year=2026, gifts=1)
    call_command("erase_supporter", "Rosa@example.org", "--yes", stdout=io.StringIO())
    assert list(YearEndStatement.objects.values_list("email", flat=True)) == ["li@example.org"]
