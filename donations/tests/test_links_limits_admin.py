"""The manage link names no one and is spent only when the portal opened; a room of donors can give together;
signatures from the future are refused; and the admin speaks the treasurer's language."""

import json
import re
import time
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import signing
from django.utils import timezone

from donations import tokens
from donations.factories import DonationFactory, MonthlyGiftFactory
from donations.models import SpentLink, StripeEvent
from donations.tests.conftest import completed_session, make_event, sign
from donations.tests.test_checkout_stripe import SESSION, donate

pytestmark = pytest.mark.django_db


def test_the_emailed_link_names_gifts_not_the_donor_and_is_spent_only_when_the_portal_opened(
    client, home_page, mailoutbox, fake_stripe
):
    gift = MonthlyGiftFactory(donor_email="rosa@example.org", amount=1000, stripe_customer_id="cus_1")
    client.post("/donations/manage/", {"email": "rosa@example.org"})
    link = re.search(r"http://testserver(/donations/manage/link/(\S+)/)", mailoutbox[0].body)
    path, token = link.group(1), link.group(2)
    payload = signing.loads(token, salt=tokens.LINK_SALTS["email"])
    assert payload["v"] == [gift.pk]
    assert "rosa" not in json.dumps(payload) and "rosa" not in token

    fake_stripe.route("post", "/v1/billing_portal/sessions", {"error": {"message": "Stripe is down"}}, status=500)
    failed = client.post(path, {"gift": gift.pk})
    assert failed.status_code == 503
    assert not SpentLink.objects.exists()  # Stripe failed: the link still works

    fake_stripe.route("post", "/v1/billing_portal/sessions", {"id": "bps_1", "url": "https://billing.stripe.com/p/1"})
    assert client.post(path, {"gift": gift.pk})["Location"] == "https://billing.stripe.com/p/1"
    spent = SpentLink.objects.get()
    assert spent.expires_at > timezone.now()
    assert client.post(path, {"gift": gift.pk}).status_code == 410
    assert client.get(path).status_code == 410

    from donations.personal_data import purge

    purge(timezone.now() + timedelta(hours=1))
    assert not SpentLink.objects.exists()  # expired links need no memory


def test_a_room_of_donors_on_one_address_can_give_but_one_browser_cannot_hammer(
    client, donate_page, fake_stripe, settings
):
    settings.DONATIONS_RATE_LIMIT = "3/h"
    settings.DONATIONS_ADDRESS_RATE_LIMIT = "16/h"
    ids = iter(range(100))
    fake_stripe.route("post", "/v1/checkout/sessions", lambda request: {**SESSION, "id": f"cs_room_{next(ids)}"})
    room = [client.__class__() for _ in range(12)]
    assert [donate(guest, amount="25", address="198.51.100.20").status_code for guest in room] == [303] * 12

    eager = room[0]
    assert [donate(eager, amount="5", address="198.51.100.20").status_code for _ in range(3)] == [303, 303, 429]
    # The address as a whole has its own, higher ceiling.
    latecomers = [donate(client.__class__(), amount="5", address="198.51.100.20").status_code for _ in range(3)]
    assert latecomers == [303, 429, 429]


def test_a_signature_dated_in_the_future_is_refused(client, pending):
    payload = json.dumps(make_event("checkout.session.completed", completed_session(pending)))

    def post(timestamp):
        header = sign(payload, timestamp=timestamp)
        return client.post(
            "/donations/stripe/webhook/", data=payload, content_type="application/json", HTTP_STRIPE_SIGNATURE=header
        )

    assert post(int(time.time()) + 3600).status_code == 400
    assert StripeEvent.objects.count() == 0
    assert post(int(time.time()) + 60).status_code == 200  # a little clock skew is fine


@pytest.fixture
def treasurer(client, django_user_model, home_page):
    """Staff who may see donations and process failed webhooks, but not supporters' personal data."""
    user = django_user_model.objects.create_user("treasurer", "t@example.org", "pw")
    group = Group.objects.create(name="Treasurer")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_donation"),
        Permission.objects.get(codename="change_stripeevent"),
    )
    user.groups.add(group)
    browser = client.__class__()
    browser.force_login(user)
    return browser


def test_failed_webhook_errors_hide_personal_data_from_staff_without_the_permission(treasurer, admin_client):
    StripeEvent.objects.create(
        stripe_id="evt_bad",
        type="invoice.paid",
        payload={},
        error='IntegrityError: duplicate key for donor_email "rosa@example.org" (name "Rosa Díaz")',
    )
    html = treasurer.get("/admin/donations/failed-webhooks/").content.decode()
    assert "IntegrityError" in html and "rosa@example.org" not in html and "Rosa" not in html
    full = admin_client.get("/admin/donations/failed-webhooks/").content.decode()
    assert "rosa@example.org" in full


def test_the_admin_labels_and_filters_by_the_paid_date(admin_client, settings):
    settings.TIME_ZONE = "America/New_York"
    new_york = ZoneInfo("America/New_York")
    late = DonationFactory(
        donor_email="late@example.org", amount_refunded=200, paid_at=datetime(2026, 12, 31, 23, 30, tzinfo=new_york)
    )
    DonationFactory(donor_email="january@example.org", paid_at=datetime(2027, 1, 2, tzinfo=new_york))
    inspect = admin_client.get(f"/admin/donations/inspect/{late.pk}/").content.decode()
    assert "Refunded major" not in inspect and "Disputed major" not in inspect
    assert re.search(r">\s*Refunded\s*<", inspect) and re.search(r">\s*Fees covered\s*<", inspect)

    in_2026 = admin_client.get("/admin/donations/", {"paid_at_from": "2026-12-01", "paid_at_to": "2026-12-31"})
    html = in_2026.content.decode()
    assert "late@example.org" in html and "january@example.org" not in html


def test_the_dispute_alert_gives_the_evidence_deadline(
    client, pending, mailoutbox, settings, django_capture_on_commit_callbacks
):
    settings.DONATIONS_STAFF_EMAILS = ["treasurer@example.org"]
    settings.TIME_ZONE = "America/New_York"
    from donations.tests.conftest import deliver

    deliver(client, make_event("checkout.session.completed", completed_session(pending)))
    due = datetime(2027, 1, 15, 19, 0, tzinfo=ZoneInfo("America/New_York"))
    dispute = {
        "id": "du_1",
        "object": "dispute",
        "payment_intent": "pi_123",
        "amount": 1000,
        "status": "needs_response",
        "evidence_details": {"due_by": int(due.timestamp())},
    }
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        deliver(client, make_event("charge.dispute.created", dispute))
    [alert] = mailoutbox
    assert "Evidence is due by Jan. 15, 2027, 7 p.m." in alert.body
