"""A treasurer refunds, cancels and resends from the admin: each through Stripe with an idempotency key, each in
Wagtail's history with who did it, and the webhook that follows changes nothing twice."""

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import ModelLogEntry

from donations.factories import DonationFactory, MonthlyGiftFactory
from donations.models import Donation, MonthlyGift, YearEndStatement
from donations.tests.conftest import deliver, make_event

pytestmark = pytest.mark.django_db

LIST = {"object": "list", "url": "/v1/refunds", "has_more": False}


@pytest.fixture
def treasurer(client, django_user_model, home_page):
    from privacy.models import VIEW_SUPPORTER_DATA

    user = django_user_model.objects.create_user("treasurer", "t@example.org", "pw")
    group = Group.objects.create(name="Treasurer")
    app_label, codename = VIEW_SUPPORTER_DATA.split(".")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_donation"),
        Permission.objects.get(codename="view_monthlygift"),
        Permission.objects.get(codename="change_donation"),
        Permission.objects.get(content_type__app_label=app_label, codename=codename),
    )
    user.groups.add(group)
    browser = client.__class__()
    browser.force_login(user)
    browser.user = user
    return browser


def test_a_partial_refund_from_the_admin_goes_through_stripe_once(treasurer, fake_stripe, client):
    gift = DonationFactory(amount=5000, stripe_payment_intent_id="pi_gala", donor_email="rosa@example.org")
    refund = {"id": "re_admin", "object": "refund", "amount": 2000, "status": "succeeded", "created": 1798761600}
    refund["payment_intent"] = "pi_gala"
    fake_stripe.route("post", "/v1/refunds", refund)
    fake_stripe.route("get", "/v1/refunds", {**LIST, "data": [refund]})

    inspect = treasurer.get(f"/admin/donations/inspect/{gift.pk}/").content.decode()
    assert "Refund through Stripe" in inspect and "Resend the receipt" in inspect
    form = treasurer.get(f"/admin/donations/actions/{gift.pk}/refund/").content.decode()
    assert 'value="50.00"' in form
    token = form.split('name="token" value="')[1].split('"')[0]
    data = {"amount": "20.00", "reason": "requested_by_customer", "note": "Gave twice at the gala", "token": token}
    assert treasurer.post(f"/admin/donations/actions/{gift.pk}/refund/", data).status_code == 302
    assert treasurer.post(f"/admin/donations/actions/{gift.pk}/refund/", data).status_code == 302  # double-click

    created = [request for request in fake_stripe.requests if request.method == "post"]
    assert len(created) == 2 and len({request.headers["Idempotency-Key"] for request in created}) == 1
    assert created[0].params["amount"] == "2000" and created[0].params["reason"] == "requested_by_customer"
    gift.refresh_from_db()
    assert (gift.status, gift.amount_refunded, gift.net_amount) == ("paid", 2000, 3000)

    entries = ModelLogEntry.objects.filter(action="donations.refund", object_id=str(gift.pk))
    assert entries.count() == 2 and entries.first().user == treasurer.user
    assert "Refunded $20 through Stripe" in entries.first().message

    charge = {"id": "ch_1", "object": "charge", "payment_intent": "pi_gala", "amount_refunded": 2000}
    deliver(client, make_event("charge.refunded", charge))  # the webhook that follows
    gift.refresh_from_db()
    assert (gift.status, gift.amount_refunded) == ("paid", 2000)


def test_a_refund_larger_than_what_is_left_is_refused(treasurer, fake_stripe):
    gift = DonationFactory(amount=1000, amount_refunded=600, stripe_payment_intent_id="pi_1")
    response = treasurer.post(
        f"/admin/donations/actions/{gift.pk}/refund/",
        {"amount": "5.00", "reason": "duplicate", "token": "5b8a3c34-0f5c-4b7e-9a44-9a7e2a1f4a10"},
    )
    assert response.status_code == 200 and "At most $4 is left to refund." in response.content.decode()
    assert fake_stripe.requests == []


def test_cancelling_a_monthly_gift_from_the_admin(treasurer, fake_stripe, client):
    gift = MonthlyGiftFactory(stripe_subscription_id="sub_42", amount=1500)
    cancelled = {"id": "sub_42", "object": "subscription", "status": "canceled", "canceled_at": 1798761600}
    fake_stripe.route("delete", "/v1/subscriptions/sub_42", cancelled)
    assert "Cancel the monthly gift" in treasurer.get(f"/admin/monthly-gifts/inspect/{gift.pk}/").content.decode()
    assert treasurer.post(f"/admin/donations/actions/monthly/{gift.pk}/cancel/").status_code == 302
    [request] = fake_stripe.requests
    assert request.headers["Idempotency-Key"] == f"monthly-cancel-{gift.pk}"
    gift.refresh_from_db()
    assert gift.status == "cancelled"
    assert ModelLogEntry.objects.get(action="donations.cancel_monthly").user == treasurer.user
    deliver(client, make_event("customer.subscription.deleted", cancelled))
    assert MonthlyGift.objects.get().status == "cancelled"


def test_resending_a_receipt_and_a_statement(treasurer, mailoutbox):
    gift = DonationFactory(donor_email="li@example.org")
    assert treasurer.post(f"/admin/donations/actions/{gift.pk}/resend-receipt/").status_code == 302
    assert [email.subject for email in mailoutbox] == ["Your receipt for your gift of $10"]
    assert treasurer.post(f"/admin/donations/actions/{gift.pk}/resend-statement/").status_code == 302
    assert len(mailoutbox) == 1  # no statement was sent for that year: nothing to resend
    from donations import fiscal

    YearEndStatement.objects.create(email="li@example.org", year=fiscal.year_of(gift.paid_at), gifts=1)
    treasurer.post(f"/admin/donations/actions/{gift.pk}/resend-statement/")
    assert "giving statement" in mailoutbox[-1].subject
    actions = set(ModelLogEntry.objects.values_list("action", flat=True))
    assert actions == {"donations.resend_receipt", "donations.resend_statement"}


def test_staff_without_the_permission_cannot_act(client, django_user_model, home_page):
    user = django_user_model.objects.create_user("viewer", "v@example.org", "pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    gift = DonationFactory(stripe_payment_intent_id="pi_1")
    assert client.get(f"/admin/donations/actions/{gift.pk}/refund/").status_code in {302, 403}
    assert client.post(f"/admin/donations/actions/{gift.pk}/resend-receipt/").status_code in {302, 403}
    assert Donation.objects.get().amount_refunded == 0
