"""Every call to Stripe goes through here: one client, built per use from settings, with the key passed in.

Tests replace `make_http_client` with a fake that records requests and answers with canned JSON, so the real
StripeClient encodes every parameter exactly as it would in production.
"""

import json
import logging
import time

import stripe
from django.conf import settings

logger = logging.getLogger(__name__)


class PaymentProviderError(Exception):
    """Stripe could not be reached or refused the request; the donor gets a plain message, the log the details."""


class PaymentProviderUnavailable(PaymentProviderError):
    """Stripe could not be reached, timed out, or had an error of its own: an outage, worth trying again later."""


class PaymentDeclined(PaymentProviderError):
    """The card (or other payment method) was declined: the donor can use another one."""


class PaymentRequestInvalid(PaymentProviderError):
    """Stripe refused what we asked for (an amount it cannot take, a wrong setting): trying again will not help."""


class InvalidWebhook(Exception):
    """The request did not come from Stripe (missing or wrong signature) or is not an event."""


def make_http_client():
    return stripe.RequestsClient(timeout=settings.STRIPE_TIMEOUT_SECONDS)


def get_client():
    if not settings.STRIPE_SECRET_KEY:
        raise PaymentProviderError("STRIPE_SECRET_KEY is not set.")
    base_addresses = {"api": settings.STRIPE_API_BASE} if settings.STRIPE_API_BASE else None
    return stripe.StripeClient(
        settings.STRIPE_SECRET_KEY,
        stripe_version=settings.STRIPE_API_VERSION,
        base_addresses=base_addresses,
        max_network_retries=settings.STRIPE_MAX_NETWORK_RETRIES,
        http_client=make_http_client(),
    )


def _as_dict(stripe_object):
    return stripe_object.to_dict(for_json=True)


def _error_class(error):
    """Which of our errors a Stripe error is: a decline, a request Stripe refuses, or an outage."""
    if isinstance(error, stripe.CardError):
        return PaymentDeclined
    if isinstance(error, stripe.InvalidRequestError | stripe.IdempotencyError):
        return PaymentRequestInvalid
    if isinstance(error, stripe.AuthenticationError | stripe.PermissionError):
        return PaymentProviderError  # our keys are wrong: staff must act, the donor cannot
    return PaymentProviderUnavailable  # connection, rate limit, Stripe's own API errors


def _call(description, function, *args, **kwargs):
    try:
        return function(*args, **kwargs)
    except stripe.StripeError as error:
        logger.error("Stripe %s failed: %s (request id %s)", description, error, getattr(error, "request_id", None))
        raise _error_class(error)(str(error)) from error


def create_checkout_session(params, idempotency_key):
    """{"id": ..., "url": ...} of a new Checkout Session; the same key never makes a second session."""
    client = get_client()
    session = _call(
        "checkout session creation",
        client.v1.checkout.sessions.create,
        params=params,
        options={"idempotency_key": idempotency_key},
    )
    return _as_dict(session)


def retrieve_checkout_session(session_id):
    return _as_dict(_call("checkout session lookup", get_client().v1.checkout.sessions.retrieve, session_id))


def _each(description, page):
    try:
        for item in page.auto_paging_iter():
            yield _as_dict(item)
    except stripe.StripeError as error:
        logger.error("Stripe %s failed: %s", description, error)
        raise _error_class(error)(str(error)) from error


def recent_checkout_sessions(created_since):
    """Every Checkout Session created since the Unix timestamp, newest first, following Stripe's pagination."""
    client = get_client()
    page = _call(
        "checkout session listing",
        client.v1.checkout.sessions.list,
        params={"created": {"gte": int(created_since)}, "limit": 100},
    )
    yield from _each("checkout session listing", page)


def recent_events(created_since, types):
    """Every event of these types (at most 20) since the Unix timestamp, newest first (Stripe keeps 30 days)."""
    client = get_client()
    page = _call(
        "event listing",
        client.v1.events.list,
        params={"created": {"gte": int(created_since)}, "types": list(types)[:20], "limit": 100},
    )
    yield from _each("event listing", page)


def retrieve_payment_intent(payment_intent_id):
    """The payment intent as a dict: its metadata names our donation when the site started the payment."""
    return _as_dict(_call("payment intent lookup", get_client().v1.payment_intents.retrieve, payment_intent_id))


def retrieve_invoice(invoice_id):
    return _as_dict(_call("invoice lookup", get_client().v1.invoices.retrieve, invoice_id))


def payment_time(payment_intent_id):
    """When the payment intent's charge was made at Stripe (Unix time), or None: the moment the donor paid."""
    intent = _as_dict(
        _call(
            "payment intent lookup",
            get_client().v1.payment_intents.retrieve,
            payment_intent_id,
            params={"expand": ["latest_charge"]},
        )
    )
    charge = intent.get("latest_charge")
    if isinstance(charge, dict) and isinstance(charge.get("created"), int):
        return charge["created"]
    return None


def refunds_for_payment(payment_intent_id):
    """Every refund of a payment intent, each with its amount, status and `created` (all pages)."""
    page = _call(
        "refund listing",
        get_client().v1.refunds.list,
        params={"payment_intent": payment_intent_id, "limit": 100},
    )
    return list(_each("refund listing", page))


def invoice_for_payment_intent(payment_intent_id):
    """The id of the invoice a payment intent paid ("" if none): how a monthly gift's charge finds its month.

    Under the pinned API version neither the invoice in `invoice.paid` (its `payments` are only includable) nor
    the charge in `charge.refunded` names the other, so Stripe's invoice payments are the link.
    """
    page = _call(
        "invoice payment lookup",
        get_client().v1.invoice_payments.list,
        params={"payment": {"type": "payment_intent", "payment_intent": payment_intent_id}, "limit": 1},
    )
    for payment in _as_dict(page).get("data") or []:
        invoice = payment.get("invoice")
        invoice = invoice.get("id") if isinstance(invoice, dict) else invoice
        if isinstance(invoice, str) and invoice:
            return invoice
    return ""


# Stripe's own codes for the site languages its Checkout and customer portal are written in; any other language
# (Haitian Creole, Arabic) gets "auto": Stripe's pages in the donor's browser language, else English.
STRIPE_LOCALES = {
    "en": "en", "es": "es", "pt-br": "pt-BR", "pt": "pt", "zh-hans": "zh", "zh-hant": "zh-TW", "vi": "vi",
    "fr": "fr", "ko": "ko", "ja": "ja", "ru": "ru", "pl": "pl", "it": "it", "de": "de", "tl": "fil", "th": "th",
}  # fmt: skip


def stripe_locale(language):
    """The `locale` Stripe's pages are shown in for a site language."""
    return STRIPE_LOCALES.get((language or "").lower(), "auto")


def recent_charges(created_since):
    """Every charge created since the Unix timestamp (all pages): what Stripe says was paid, refunded, disputed."""
    client = get_client()
    params = {"created": {"gte": int(created_since)}, "limit": 100}
    page = _call("charge listing", client.v1.charges.list, params=params)
    yield from _each("charge listing", page)


def disputes_for_payment(payment_intent_id):
    page = _call(
        "dispute listing",
        get_client().v1.disputes.list,
        params={"payment_intent": payment_intent_id, "limit": 10},
    )
    return list(_each("dispute listing", page))


def payouts_between(arrived_from, arrived_before):
    """The account's payouts that arrived in [from, before) (Unix times), oldest first."""
    params = {"arrival_date": {"gte": int(arrived_from), "lt": int(arrived_before)}, "limit": 100}
    page = _call("payout listing", get_client().v1.payouts.list, params=params)
    return sorted(_each("payout listing", page), key=lambda payout: payout.get("arrival_date") or 0)


def payout_transactions(payout_id):
    """Every balance transaction a payout paid out, each with its source (charge, refund, dispute) expanded."""
    params = {"payout": payout_id, "limit": 100, "expand": ["data.source"]}
    page = _call("balance transaction listing", get_client().v1.balance_transactions.list, params=params)
    return list(_each("balance transaction listing", page))


def create_refund(payment_intent_id, amount, reason, idempotency_key, metadata=None):
    """Refunds `amount` (minor units) of a payment; the same key never refunds twice (a double-click, a retry)."""
    params = {"payment_intent": payment_intent_id, "amount": int(amount), "metadata": metadata or {}}
    if reason:
        params["reason"] = reason
    refund = _call(
        "refund creation",
        get_client().v1.refunds.create,
        params=params,
        options={"idempotency_key": idempotency_key},
    )
    return _as_dict(refund)


def cancel_subscription(subscription_id, idempotency_key):
    """Ends a monthly gift now at Stripe; the subscription as Stripe then reports it."""
    subscription = _call(
        "subscription cancellation",
        get_client().v1.subscriptions.cancel,
        subscription_id,
        options={"idempotency_key": idempotency_key},
    )
    return _as_dict(subscription)


def create_portal_session(customer_id, return_url, locale="", update_card=False):
    """The URL of a new Stripe customer portal session where a monthly donor changes or cancels the gift.

    Portal sessions are short-lived, so one is made when the donor clicks, never ahead of time for an email.
    `update_card` opens the portal straight on "update payment method" (after a failed renewal).
    """
    params = {"customer": customer_id, "return_url": return_url, "locale": stripe_locale(locale)}
    if update_card:
        params["flow_data"] = {"type": "payment_method_update"}
    session = _call("customer portal session creation", get_client().v1.billing_portal.sessions.create, params=params)
    return session.url


FUTURE_SKEW_SECONDS = 300  # clocks differ a little; a signature from further ahead than this is refused


def _signed_at(signature_header):
    for part in str(signature_header or "").split(","):
        key, _sep, value = part.strip().partition("=")
        if key == "t" and value.isdigit():
            return int(value)
    return 0


def parse_webhook(payload, signature_header):
    """The event as a plain dict, once the Stripe-Signature header proves Stripe sent exactly this payload."""
    secret = settings.STRIPE_WEBHOOK_SECRET
    if not secret:
        logger.error("STRIPE_WEBHOOK_SECRET is not set; refusing webhook.")
        raise InvalidWebhook("No webhook secret configured.")
    try:
        # Stripe's own check (signature and a 5-minute tolerance), then the JSON as it came: the handlers read
        # plain dicts, so the payload is not built into StripeObjects first (a busy webhook's biggest CPU cost).
        stripe.WebhookSignature.verify_header(payload, signature_header, secret, stripe.Webhook.DEFAULT_TOLERANCE)
        event = json.loads(payload)
    except stripe.SignatureVerificationError as error:
        raise InvalidWebhook(str(error)) from error
    except (ValueError, TypeError, AttributeError, KeyError) as error:
        raise InvalidWebhook("The payload is not a Stripe event.") from error
    if _signed_at(signature_header) > time.time() + FUTURE_SKEW_SECONDS:
        # Stripe's check only refuses old signatures; one dated ahead would stay replayable for longer.
        raise InvalidWebhook("The signature's timestamp is in the future.")
    if not isinstance(event, dict):
        raise InvalidWebhook("The payload is not a Stripe event.")
    if not isinstance(event.get("id"), str) or not isinstance(event.get("type"), str):
        raise InvalidWebhook("Not an event.")
    data = event.get("data")
    if not isinstance(data, dict) or not isinstance(data.get("object"), dict):
        raise InvalidWebhook("The event carries no object.")
    return event
