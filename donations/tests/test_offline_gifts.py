"""A cheque, cash, a transfer, a donor-advised fund or shares: recorded by staff, counted everywhere, marked."""

import csv
import io
import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from wagtail.models import ModelLogEntry

from donations import fiscal
from donations.factories import DonationFactory
from donations.models import Donation
from donations.tests.test_admin_actions import treasurer  # noqa: F401 - the fixture
from donations.totals import dashboard_figures, raised_by_campaign

pytestmark = pytest.mark.django_db

URL = "/admin/donations/actions/offline/"


def form_token(client):
    return re.search(r'name="token" value="([^"]+)"', client.get(URL).content.decode()).group(1)


def test_a_cheque_is_recorded_once_and_counted_everywhere(
    treasurer,  # noqa: F811
    home_page,
    mailoutbox,
    monkeypatch,
    settings,
    django_capture_on_commit_callbacks,
):
    from campaigns.factories import CampaignPageFactory

    settings.TIME_ZONE = "America/New_York"
    campaign = CampaignPageFactory(parent=home_page, title="Bond fund", slug="bond-fund")
    DonationFactory(
        campaign=campaign,
        amount=1000,
        donor_email="rosa@example.org",
        paid_at=datetime(2026, 6, 1, tzinfo=ZoneInfo("UTC")),
    )
    assert "Record an offline gift" in treasurer.get("/admin/donations/").content.decode()
    data = {
        "method": "cheque",
        "received_on": "2026-11-30",
        "amount": "250.00",
        "currency": "usd",
        "donor_name": "Rosa Díaz",
        "donor_email": "rosa@example.org",
        "language": "es",
        "campaign": str(campaign.pk),
        "source": "gala",
        "note": "Cheque #1042",
        "send_receipt": "on",
        "token": form_token(treasurer),
    }
    with django_capture_on_commit_callbacks(execute=True):
        assert treasurer.post(URL, data).status_code == 302
        assert treasurer.post(URL, data).status_code == 302  # the same form twice records one gift
    cheque = Donation.objects.get(method="cheque")
    assert (cheque.amount, cheque.status, cheque.note, cheque.source) == (25000, "paid", "Cheque #1042", "gala")
    assert fiscal.year_of(cheque.paid_at) == 2026
    assert ModelLogEntry.objects.get(action="donations.offline_gift").user == treasurer.user

    [receipt] = mailoutbox
    assert receipt.subject == "Su recibo por su donación de $250" and receipt.to == ["rosa@example.org"]

    assert raised_by_campaign([campaign.pk]) == {campaign.pk: 26000}
    assert dashboard_figures(datetime(2026, 11, 1, tzinfo=ZoneInfo("UTC")))["this_month"] == {"usd": 25000}

    response = treasurer.get("/admin/donations/", {"export": "csv"})
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    methods = sorted(row["How it came"] for row in rows)
    assert methods == ["cheque", "stripe"], methods
    offline = treasurer.get("/admin/donations/", {"method": "cheque"}).content.decode()
    assert "$250" in offline and "$10" not in offline

    monkeypatch.setattr(fiscal, "now", lambda: datetime(2027, 2, 1, tzinfo=ZoneInfo("UTC")))
    mailoutbox.clear()
    call_command("send_year_end_statements", "--year", "2026")
    [statement] = mailoutbox
    assert "Total: $260" in statement.body


def test_bad_offline_gifts_are_refused_with_a_message(treasurer):  # noqa: F811
    token = form_token(treasurer)
    base = {"method": "cash", "received_on": "2026-01-05", "currency": "usd", "language": "en", "token": token}
    response = treasurer.post(URL, {**base, "amount": "-5"})
    assert response.status_code == 200 and "Enter an amount like 250.00." in response.content.decode()
    response = treasurer.post(URL, {**base, "amount": "5", "send_receipt": "on"})
    assert "A receipt needs the donor" in response.content.decode()
    response = treasurer.post(URL, {**base, "amount": "5", "received_on": "2099-01-01"})
    assert "The date cannot be in the future." in response.content.decode()
    assert not Donation.objects.exists()


def test_staff_without_the_permission_cannot_record_one(client, django_user_model, home_page):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("viewer", "v@example.org", "pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    client.post(URL, {"method": "cash", "received_on": "2026-01-05", "amount": "5", "currency": "usd"})
    assert not Donation.objects.exists()
