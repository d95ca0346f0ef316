import logging
import re
from datetime import timedelta
from unittest import mock

import pytest
import stripe
from django.test import Client
from django.utils import timezone

from campaigns.factories import CampaignPageFactory
from donations.factories import MonthlyGiftFactory
from donations.models import Donation

pytestmark = pytest.mark.django_db

SESSION = {
    "id": "cs_test_a1",
    "object": "checkout.session",
    "url": "https://checkout.stripe.com/c/pay/cs_test_a1",
    "status": "open",
}


def donate(client, address="127.0.0.1", **data):
    return client.post(
        "/donate/", {"amount": "", "other_amount": "", "frequency": "once", **data}, REMOTE_ADDR=address
    )


def test_a_one_time_gift_creates_exactly_this_checkout_session(client, donate_page, fake_stripe, settings):
    fake_stripe.route("post", "/v1/checkout/sessions", SESSION)
    response = donate(client, amount="10")
    donation = Donation.objects.get()

    assert response.status_code == 303
    assert response["Location"] == "https://checkout.stripe.com/c/pay/cs_test_a1"
    [sent] = fake_stripe.requests
    assert sent.method == "post" and sent.url == "https://api.stripe.com/v1/checkout/sessions"
    assert sent.params == {
        "mode": "payment",
        "submit_type": "donate",
        "client_reference_id": str(donation.id),
        "line_items[0][price_data][currency]": "usd",
        "line_items[0][price_data][unit_amount]": "1000",
        "line_items[0][price_data][product_data][name]": "Gift to Amparo",
        "line_items[0][quantity]": "1",
        "metadata[donation_id]": str(donation.id),
        "payment_intent_data[metadata][donation_id]": str(donation.id),
        "success_url": "http://testserver/donate/thanks/?session_id={CHECKOUT_SESSION_ID}",
        "cancel_url": "http://testserver/donate/",
        "locale": "en",
    }
    assert sent.headers["Idempotency-Key"] == f"donation-checkout-{donation.id}"
    assert sent.headers["Stripe-Version"] == settings.STRIPE_API_VERSION == "2026-10-28.endive"
    assert sent.headers["Authorization"] == "Bearer sk_test_fake"
    assert (donation.status, donation.stripe_checkout_session_id, donation.amount) == ("pending", "cs_test_a1", 1000)


def test_a_monthly_gift_for_a_campaign_is_a_subscription(client, donate_page, home_page, fake_stripe):
    campaign = CampaignPageFactory(parent=home_page, title="Bond fund", slug="bond-fund")
    fake_stripe.route("post", "/v1/checkout/sessions", SESSION)
    donate(client, other_amount="12.50", frequency="monthly", campaign=str(campaign.pk))
    donation = Donation.objects.get()
    [sent] = fake_stripe.requests
    campaign_metadata = {"donation_id": str(donation.id), "campaign_id": str(campaign.pk), "campaign": "Bond fund"}
    assert sent.params == {
        "mode": "subscription",
        "submit_type": "donate",
        "client_reference_id": str(donation.id),
        "line_items[0][price_data][currency]": "usd",
        "line_items[0][price_data][unit_amount]": "1250",
        "line_items[0][price_data][product_data][name]": "Monthly gift to Amparo",
        "line_items[0][price_data][recurring][interval]": "month",
        "line_items[0][quantity]": "1",
        **{f"metadata[{key}]": value for key, value in campaign_metadata.items()},
        **{f"subscription_data[metadata][{key}]": value for key, value in campaign_metadata.items()},
        "success_url": "http://testserver/donate/thanks/?session_id={CHECKOUT_SESSION_ID}",
        "cancel_url": f"http://testserver/donate/?campaign={campaign.pk}",
        "locale": "en",
    }


def test_sending_the_same_form_twice_makes_one_session(client, donate_page, fake_stripe):
    fake_stripe.route("post", "/v1/checkout/sessions", SESSION)
    form = {"amount": "25", "frequency": "once", "token": "0f8fad5b-d9cb-469f-a165-70867728950e"}
    first, second = client.post("/donate/", form), client.post("/donate/", form)
    assert first["Location"] == second["Location"] == SESSION["url"]
    assert len(fake_stripe.requests) == 1
    assert Donation.objects.count() == 1


def test_retries_after_a_stripe_hiccup_reuse_the_idempotency_key(client, donate_page, fake_stripe, settings):
    settings.STRIPE_MAX_NETWORK_RETRIES = 2
    answers = iter([stripe.APIConnectionError("Connection reset", should_retry=True), SESSION])
    fake_stripe.route("post", "/v1/checkout/sessions", lambda request: next(answers))
    assert donate(client, amount="10").status_code == 303
    first, second = fake_stripe.requests
    assert first.headers["Idempotency-Key"] == second.headers["Idempotency-Key"]
    assert Donation.objects.get().stripe_checkout_session_id == "cs_test_a1"


OUTAGE = "We could not reach our payment processor, so nothing was charged."
REFUSED = "Our payment processor could not accept this gift as entered, so nothing was charged."
DECLINED = "Your payment was declined, so nothing was charged."


@pytest.mark.parametrize(
    ("answer", "status", "shown", "message"),
    [
        (stripe.APIConnectionError("Request to Stripe timed out", should_retry=True), 200, 503, OUTAGE),
        ({"error": {"type": "api_error", "message": "Something went wrong"}}, 500, 503, OUTAGE),
        ({"error": {"type": "rate_limit_error", "message": "Too many requests"}}, 429, 503, OUTAGE),
        ({"error": {"type": "invalid_request_error", "message": "Invalid currency"}}, 400, 400, REFUSED),
        ({"error": {"type": "card_error", "code": "card_declined", "message": "Declined"}}, 402, 402, DECLINED),
        ({"error": {"type": "invalid_request_error", "message": "Invalid API Key provided"}}, 401, 503, OUTAGE),
    ],
)
def test_when_stripe_fails_the_donor_reads_what_happened(
    client, donate_page, fake_stripe, caplog, answer, status, shown, message
):
    fake_stripe.route("post", "/v1/checkout/sessions", answer, status=status)
    with caplog.at_level(logging.ERROR, logger="donations"):
        response = donate(client, amount="10")
    html = response.content.decode()
    assert response.status_code == shown
    assert message in html
    assert "Traceback" not in html
    assert "Stripe checkout session creation failed" in caplog.text
    assert Donation.objects.get().status == "failed"
    assert not Donation.objects.filter(status="paid").exists()


def test_trying_again_after_a_failure_starts_a_new_attempt(client, donate_page, fake_stripe):
    fake_stripe.route("post", "/v1/checkout/sessions", {"error": {"message": "down"}}, status=500)
    form = {"amount": "10", "frequency": "once", "token": "0f8fad5b-d9cb-469f-a165-70867728950e"}
    assert client.post("/donate/", form).status_code == 503
    fake_stripe.route("post", "/v1/checkout/sessions", SESSION)
    assert client.post("/donate/", form).status_code == 303
    keys = [request.headers["Idempotency-Key"] for request in fake_stripe.requests]
    assert len(set(keys)) == 2
    assert sorted(Donation.objects.values_list("status", flat=True)) == ["failed", "pending"]


def test_no_secret_key_and_no_offline_mode_is_a_plain_message(client, donate_page, settings):
    settings.STRIPE_SECRET_KEY = ""
    settings.DONATIONS_OFFLINE_CHECKOUT = False
    response = donate(client, amount="10")
    assert response.status_code == 503
    assert "nothing was charged" in response.content.decode()


def test_stripe_api_base_points_the_client_at_a_mock_server(client, donate_page, fake_stripe, settings):
    settings.STRIPE_API_BASE = "http://localhost:12111"
    fake_stripe.route("post", "/v1/checkout/sessions", SESSION)
    donate(client, amount="10")
    assert fake_stripe.requests[0].url == "http://localhost:12111/v1/checkout/sessions"


def test_checkout_attempts_are_rate_limited_per_client(client, donate_page, fake_stripe, settings):
    settings.DONATIONS_RATE_LIMIT = "3/h"
    ids = iter(range(100))
    fake_stripe.route("post", "/v1/checkout/sessions", lambda request: {**SESSION, "id": f"cs_test_{next(ids)}"})
    statuses = [donate(client, amount="5", address="203.0.113.9").status_code for _ in range(4)]
    assert statuses == [303, 303, 303, 429]
    blocked = donate(client, amount="5", address="203.0.113.9")
    assert blocked.status_code == 429
    assert "Please wait a few minutes and try again." in blocked.content.decode()
    assert len(fake_stripe.requests) == 3
    assert donate(client, amount="5", address="198.51.100.7").status_code == 303


def press_manage(client, session_id="cs_test_a1"):
    """What the donor does on the thank-you page: press "Manage or cancel your monthly gift"."""
    html = client.get(f"/donate/thanks/?session_id={session_id}").content.decode()
    token = re.search(r'name="token" value="([^"]+)"', html).group(1)
    return client.post("/donations/manage/thanks/", {"token": token})


def test_monthly_donors_open_the_customer_portal(client, donate_page, fake_stripe):
    fake_stripe.route("post", "/v1/checkout/sessions", SESSION)
    donate(client, amount="10", frequency="monthly")
    gift = MonthlyGiftFactory(stripe_customer_id="cus_42", language="es")
    Donation.objects.update(stripe_customer_id="cus_42", monthly_gift=gift)
    portal = {"id": "bps_1", "object": "billing_portal.session", "url": "https://billing.stripe.com/p/session/x"}
    fake_stripe.route("post", "/v1/billing_portal/sessions", portal)
    response = press_manage(client)
    assert response.status_code == 303
    assert response["Location"] == portal["url"]
    assert fake_stripe.requests[-1].params == {
        "customer": "cus_42",
        "return_url": "http://testserver/donate/",
        "locale": "es",
    }


def test_the_portal_link_looks_up_the_customer_when_the_webhook_has_not_arrived(client, donate_page, fake_stripe):
    fake_stripe.route("post", "/v1/checkout/sessions", SESSION)
    donate(client, amount="10", frequency="monthly")
    Donation.objects.update(monthly_gift=MonthlyGiftFactory(stripe_customer_id=""))
    fake_stripe.route("get", "/v1/checkout/sessions/cs_test_a1", {**SESSION, "customer": "cus_7"})
    fake_stripe.route("post", "/v1/billing_portal/sessions", {"id": "bps_2", "url": "https://billing.stripe.com/p/2"})
    assert press_manage(client)["Location"] == "https://billing.stripe.com/p/2"
    assert Donation.objects.get().status == "pending"


def test_the_portal_link_fails_gently(client, donate_page, fake_stripe):
    fake_stripe.route("post", "/v1/checkout/sessions", SESSION)
    donate(client, amount="10", frequency="monthly")
    Donation.objects.update(monthly_gift=MonthlyGiftFactory(stripe_customer_id="cus_42"))
    fake_stripe.route("post", "/v1/billing_portal/sessions", {"error": {"message": "No configuration"}}, status=400)
    response = press_manage(client)
    assert response.status_code == 503
    assert "Nothing has changed." in response.content.decode()


def test_the_thank_you_url_alone_opens_nothing(client, donate_page, fake_stripe):
    """Anyone holding the thank-you link (history, a shared phone) sees no button, no email and no portal."""
    fake_stripe.route("post", "/v1/checkout/sessions", SESSION)
    donate(client, amount="10", frequency="monthly")
    Donation.objects.update(
        monthly_gift=MonthlyGiftFactory(stripe_customer_id="cus_42"), status="paid", donor_email="rosa@example.org"
    )
    html = client.get("/donate/thanks/?session_id=cs_test_a1").content.decode()
    token = re.search(r'name="token" value="([^"]+)"', html).group(1)
    assert "rosa@example.org" in html

    stranger = Client()
    stranger_html = stranger.get("/donate/thanks/?session_id=cs_test_a1").content.decode()
    assert 'name="token"' not in stranger_html and "rosa@example.org" not in stranger_html
    assert stranger.post("/donations/manage/thanks/", {"token": token}).status_code == 403
    assert stranger.post("/donations/manage/thanks/", {"session_id": "cs_test_a1"}).status_code == 403
    assert client.post("/donations/manage/thanks/", {"session_id": "cs_test_a1"}).status_code == 403
    assert client.get("/donations/manage/thanks/").status_code == 405
    assert not [request for request in fake_stripe.requests if "billing_portal" in request.path]


def test_the_thank_you_button_expires_after_the_window(client, donate_page, fake_stripe, settings):
    fake_stripe.route("post", "/v1/checkout/sessions", SESSION)
    donate(client, amount="10", frequency="monthly")
    Donation.objects.update(monthly_gift=MonthlyGiftFactory(stripe_customer_id="cus_42"))
    html = client.get("/donate/thanks/?session_id=cs_test_a1").content.decode()
    token = re.search(r'name="token" value="([^"]+)"', html).group(1)
    later = timezone.now() + timedelta(seconds=settings.DONATIONS_MANAGE_WINDOW + 60)
    with mock.patch("django.core.signing.time.time", return_value=later.timestamp()):
        response = client.post("/donations/manage/thanks/", {"token": token})
    assert response.status_code == 403
    assert "Email me a new link" in response.content.decode()
