"""Year-end statements a treasurer can trust: never before the year ends (unless asked), corrected when a gift
of a stated year changes, and one bad address never stops the run."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.mail import EmailMessage
from django.core.management import CommandError, call_command

from donations import fiscal
from donations.factories import DonationFactory
from donations.models import YearEndStatement
from donations.tests.conftest import deliver, make_event

pytestmark = pytest.mark.django_db

NEW_YORK = ZoneInfo("America/New_York")
SIXTH_OF_DECEMBER = datetime(2026, 12, 6, 10, 0, tzinfo=NEW_YORK)
NEXT_FEBRUARY = datetime(2027, 2, 1, 10, 0, tzinfo=NEW_YORK)


@pytest.fixture
def clock(monkeypatch, settings):
    settings.TIME_ZONE = "America/New_York"
    moment = {"now": SIXTH_OF_DECEMBER}
    monkeypatch.setattr(fiscal, "now", lambda: moment["now"])
    return moment


def test_a_year_that_has_not_ended_is_refused_unless_asked(home_page, clock, mailoutbox):
    DonationFactory(donor_email="rosa@example.org", paid_at=datetime(2026, 3, 1, tzinfo=NEW_YORK))
    with pytest.raises(CommandError, match="2026 has not ended yet"):
        call_command("send_year_end_statements", "--year", "2026")
    assert mailoutbox == [] and not YearEndStatement.objects.exists()
    call_command("send_year_end_statements", "--year", "2026", "--before-year-end")
    assert [email.subject for email in mailoutbox] == ["Your 2026 giving statement"]


def test_a_gift_and_a_refund_after_the_statement_send_a_corrected_statement(
    client, home_page, clock, mailoutbox, capsys
):
    first = DonationFactory(
        donor_email="rosa@example.org",
        amount=5000,
        paid_at=datetime(2026, 3, 1, tzinfo=NEW_YORK),
        stripe_payment_intent_id="pi_march",
    )
    call_command("send_year_end_statements", "--year", "2026", "--before-year-end")
    assert "Total: $50" in mailoutbox[0].body
    statement = YearEndStatement.objects.get()
    assert not statement.out_of_date

    DonationFactory(donor_email="Rosa@example.org", amount=20000, paid_at=datetime(2026, 12, 20, tzinfo=NEW_YORK))
    charge = {"id": "ch_1", "object": "charge", "payment_intent": "pi_march", "amount_refunded": 1000}
    assert deliver(client, make_event("charge.refunded", charge)).status_code == 200
    first.refresh_from_db()
    assert first.amount_refunded == 1000
    statement.refresh_from_db()
    assert statement.out_of_date

    clock["now"] = NEXT_FEBRUARY
    mailoutbox.clear()
    call_command("send_year_end_statements", "--year", "2026")
    assert mailoutbox == []
    assert "1 statements are out of date: run again with --corrections" in capsys.readouterr().out

    call_command("send_year_end_statements", "--year", "2026", "--corrections")
    [corrected] = mailoutbox
    assert corrected.subject == "Your corrected 2026 giving statement"
    assert "replaces the one we sent on" in corrected.body
    assert "Total: $240" in corrected.body and "$40" in corrected.body and "$200" in corrected.body
    statement.refresh_from_db()
    assert (statement.out_of_date, statement.corrections, statement.gifts) == (False, 1, 2)

    mailoutbox.clear()
    call_command("send_year_end_statements", "--year", "2026", "--corrections")  # nothing changed since
    assert mailoutbox == []


def test_a_gift_saved_again_without_change_sends_no_correction(home_page, clock, mailoutbox):
    gift = DonationFactory(donor_email="li@example.org", paid_at=datetime(2026, 5, 1, tzinfo=NEW_YORK))
    clock["now"] = NEXT_FEBRUARY
    call_command("send_year_end_statements", "--year", "2026")
    gift.save()
    assert YearEndStatement.objects.get().out_of_date
    mailoutbox.clear()
    call_command("send_year_end_statements", "--year", "2026", "--corrections")
    assert mailoutbox == [] and not YearEndStatement.objects.get().out_of_date


def test_one_failing_address_is_reported_and_skipped_and_the_run_resumes(
    home_page, clock, mailoutbox, capsys, monkeypatch
):
    clock["now"] = NEXT_FEBRUARY
    for email in ["a@example.org", "broken@example.org", "c@example.org"]:
        DonationFactory(donor_email=email, paid_at=datetime(2026, 5, 1, tzinfo=NEW_YORK))
    real_send = EmailMessage.send

    def send(message, *args, **kwargs):
        if message.to == ["broken@example.org"]:
            raise ConnectionRefusedError("SMTP said no to broken@example.org")
        return real_send(message, *args, **kwargs)

    monkeypatch.setattr(EmailMessage, "send", send)
    with pytest.raises(CommandError, match="1 statements could not be sent"):
        call_command("send_year_end_statements", "--year", "2026")
    assert sorted(email.to[0] for email in mailoutbox) == ["a@example.org", "c@example.org"]
    err = capsys.readouterr().err
    assert "broken@example.org: not sent (ConnectionRefusedError)" in err
    assert sorted(YearEndStatement.objects.values_list("email", flat=True)) == ["a@example.org", "c@example.org"]

    monkeypatch.setattr(EmailMessage, "send", real_send)
    mailoutbox.clear()
    call_command("send_year_end_statements", "--year", "2026")
    assert [email.to[0] for email in mailoutbox] == ["broken@example.org"]
    assert "1 statements sent; 2 donors already had one." in capsys.readouterr().out
