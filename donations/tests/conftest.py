"""Stripe faked at the HTTP edge: the real StripeClient encodes every request; a fake transport records it."""

import json
import time
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlsplit

import pytest
import stripe

from donations import stripe_gateway
from donations.factories import DonatePageFactory, DonationFactory

WEBHOOK_SECRET = "whsec_test_secret"  # config/settings/test.py


@dataclass
class RecordedRequest:
    method: str
    path: str
    headers: dict
    params: dict = field(default_factory=dict)
    url: str = ""


class FakeStripeHTTP(stripe.HTTPClient):
    """Answers like api.stripe.com from canned JSON, and keeps every request it was sent."""

    name = "fake"

    def __init__(self):
        super().__init__()
        self.requests = []
        self.routes = {}

    def route(self, method, path, response, status=200):
        """`response`: a dict (JSON body), an exception to raise (a timeout), or a callable(request)."""
        self.routes[(method.lower(), path)] = (response, status)

    def request(self, method, url, headers, post_data=None, *, _usage=None):
        parts = urlsplit(url)
        body = post_data.decode() if isinstance(post_data, bytes) else (post_data or "")
        params = dict(parse_qsl(body or parts.query, keep_blank_values=True))
        recorded = RecordedRequest(method.lower(), parts.path, dict(headers or {}), params, url)
        self.requests.append(recorded)
        response, status = self.routes.get((recorded.method, recorded.path), ({"error": {"message": "No route"}}, 404))
        if callable(response) and not isinstance(response, dict):
            response = response(recorded)
        if isinstance(response, Exception):
            raise response
        return json.dumps(response), status, {"request-id": "req_fake"}

    def close(self):
        pass

    def _sleep_time_seconds(self, num_retries):
        return 0


@pytest.fixture
def donate_page(home_page):
    return DonatePageFactory(parent=home_page)


@pytest.fixture
def fake_stripe(settings, monkeypatch):
    """Live-mode settings (a secret key, no offline checkout) with the fake transport under the Stripe client."""
    settings.STRIPE_SECRET_KEY = "sk_test_fake"
    settings.DONATIONS_OFFLINE_CHECKOUT = False
    settings.STRIPE_MAX_NETWORK_RETRIES = 0
    transport = FakeStripeHTTP()
    monkeypatch.setattr(stripe_gateway, "make_http_client", lambda: transport)
    return transport


def sign(payload, secret=WEBHOOK_SECRET, timestamp=None):
    """The Stripe-Signature header exactly as Stripe computes it: HMAC-SHA256 of "<timestamp>.<payload>"."""
    import hashlib
    import hmac

    timestamp = int(time.time()) if timestamp is None else timestamp
    digest = hmac.new(secret.encode(), f"{timestamp}.{payload}".encode(), hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={digest}"


def make_event(event_type, obj, event_id=None):
    return {
        "id": event_id or f"evt_{abs(hash((event_type, json.dumps(obj, sort_keys=True))))}",
        "object": "event",
        "api_version": "2026-10-28.endive",
        "created": int(time.time()),
        "livemode": False,
        "type": event_type,
        "data": {"object": obj},
    }


def deliver(client, event, secret=WEBHOOK_SECRET):
    payload = json.dumps(event)
    return client.post(
        "/donations/stripe/webhook/",
        data=payload,
        content_type="application/json",
        HTTP_STRIPE_SIGNATURE=sign(payload, secret),
    )


def completed_session(donation, **overrides):
    session = {
        "id": donation.stripe_checkout_session_id or "cs_test_1",
        "object": "checkout.session",
        "client_reference_id": str(donation.id),
        "status": "complete",
        "payment_status": "paid",
        "mode": "subscription" if donation.frequency == "monthly" else "payment",
        "amount_total": donation.amount,
        "currency": donation.currency,
        "customer": "cus_123",
        "customer_details": {"name": "Rosa Díaz", "email": "rosa@example.org"},
        "payment_intent": None if donation.frequency == "monthly" else "pi_123",
        "subscription": "sub_123" if donation.frequency == "monthly" else None,
        "invoice": "in_first" if donation.frequency == "monthly" else None,
        "metadata": {"donation_id": str(donation.id)},
    }
    session.update(overrides)
    return session


@pytest.fixture
def pending(db):
    """A one-off gift whose Checkout Session (cs_test_1) has not been paid yet."""
    return DonationFactory(status="pending", paid_at=None, stripe_checkout_session_id="cs_test_1", donor_email="")


@pytest.fixture
def monthly(db):
    """A monthly gift ($5) whose first Checkout Session (cs_test_m) has not been paid yet."""
    return DonationFactory(
        status="pending", paid_at=None, frequency="monthly", amount=500, stripe_checkout_session_id="cs_test_m"
    )
