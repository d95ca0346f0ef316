"""Starting a gift: record it as pending, then hand the donor to Stripe Checkout (or the offline test checkout)."""

import hashlib
import uuid
from urllib.parse import urlencode

from django.conf import settings
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from donations import stripe_gateway
from donations.models.records import Donation, Frequency
from home.models import OrganisationSettings

OFFLINE_SESSION_PREFIX = "cs_offline_"


def pending_donation(form, page, browser_key_hash=""):
    """The donation this form submission is for; sending the same form twice finds the same one."""
    data = form.cleaned_data
    key = form.request_key()
    values = {
        "amount": data["amount_minor"],
        "fee_amount": data.get("fee_minor") or 0,
        "source": data.get("source") or "",
        "source_campaign": data.get("source_campaign") or "",
        "browser_key_hash": browser_key_hash,
        "currency": page.currency,
        "frequency": data["frequency"],
        "campaign": data.get("campaign"),
        "donate_page": page,
        "language": (get_language() or "en")[:10],
    }
    donation, created = Donation.objects.get_or_create(request_key=key, defaults=values)
    if not created and donation.status != Donation.Status.PENDING:
        # The donor came back to an old form and gave again: that is a new gift.
        fresh_key = hashlib.sha256(f"{key}|{uuid.uuid4()}".encode()).hexdigest()
        donation = Donation.objects.create(request_key=fresh_key, **values)
    return donation


def _line_item(donation, amount, name, monthly):
    price_data = {"currency": donation.currency, "unit_amount": amount, "product_data": {"name": name}}
    if monthly:
        price_data["recurring"] = {"interval": "month"}
    return {"price_data": price_data, "quantity": 1}


def checkout_params(request, page, donation):
    """Exactly what Stripe is asked for; tests compare this with the request the Stripe client sends."""
    organisation = OrganisationSettings.for_request(request).organisation_name
    monthly = donation.frequency == Frequency.MONTHLY
    name = _("Monthly gift to %(organisation)s") if monthly else _("Gift to %(organisation)s")
    line_items = [_line_item(donation, donation.base_amount, name % {"organisation": organisation}, monthly)]
    if donation.fee_amount:
        line_items.append(_line_item(donation, donation.fee_amount, _("Card fees you chose to cover"), monthly))
    metadata = {"donation_id": str(donation.id)}
    if donation.campaign_id:
        metadata["campaign_id"] = str(donation.campaign_id)
        metadata["campaign"] = donation.campaign.title[:450]
    if donation.source:
        metadata["source"] = donation.source
    if donation.source_campaign:
        metadata["utm_campaign"] = donation.source_campaign
    if donation.fee_amount:
        metadata["fee_amount"] = str(donation.fee_amount)
    cancel_url = page.get_full_url(request)
    back = {"campaign": donation.campaign_id, "source": donation.source, "utm_campaign": donation.source_campaign}
    query = urlencode({key: value for key, value in back.items() if value})
    if query:
        cancel_url += f"?{query}"
    params = {
        "mode": "subscription" if monthly else "payment",
        "submit_type": "donate",
        "client_reference_id": str(donation.id),
        "line_items": line_items,
        "metadata": metadata,
        "success_url": page.thanks_url(request) + "?session_id={CHECKOUT_SESSION_ID}",
        "cancel_url": cancel_url,
        "locale": stripe_gateway.stripe_locale(donation.language),
    }
    if monthly:
        params["subscription_data"] = {"metadata": metadata}
    else:
        params["payment_intent_data"] = {"metadata": metadata}
    return params


def start_checkout(request, page, form, browser_key_hash=""):
    """The URL to send the donor to. Raises PaymentProviderError (and records nothing paid) if Stripe fails."""
    donation = pending_donation(form, page, browser_key_hash)
    if donation.checkout_url:
        return donation.checkout_url
    if settings.DONATIONS_OFFLINE_CHECKOUT:
        donation.stripe_checkout_session_id = f"{OFFLINE_SESSION_PREFIX}{donation.id.hex}"
        donation.checkout_url = reverse("donations:test_checkout", args=[donation.id])
        donation.save(update_fields=["stripe_checkout_session_id", "checkout_url", "updated_at"])
        return donation.checkout_url
    try:
        session = stripe_gateway.create_checkout_session(
            checkout_params(request, page, donation), idempotency_key=f"donation-checkout-{donation.id}"
        )
    except stripe_gateway.PaymentProviderError:
        # Keep the record for the log; free its key so trying again starts a new attempt.
        Donation.objects.filter(pk=donation.pk, status=Donation.Status.PENDING, checkout_url="").update(
            status=Donation.Status.FAILED, request_key=None
        )
        raise
    donation.stripe_checkout_session_id = session["id"]
    donation.checkout_url = session["url"]
    donation.save(update_fields=["stripe_checkout_session_id", "checkout_url", "updated_at"])
    return donation.checkout_url


def offline_session(donation):
    """What Stripe would report for a paid Checkout Session, for the offline test checkout's "Pay" button."""
    monthly = donation.frequency == Frequency.MONTHLY
    suffix = donation.id.hex
    return {
        "id": donation.stripe_checkout_session_id,
        "object": "checkout.session",
        "client_reference_id": str(donation.id),
        "status": "complete",
        "payment_status": "paid",
        "mode": "subscription" if monthly else "payment",
        "amount_total": donation.amount,
        "currency": donation.currency,
        "customer": f"cus_offline_{suffix}",
        "customer_details": {"name": "Test donor", "email": "test-donor@example.org"},
        "payment_intent": None if monthly else f"pi_offline_{suffix}",
        "subscription": f"sub_offline_{suffix}" if monthly else None,
        "invoice": f"in_offline_{suffix}" if monthly else None,
        "metadata": {"donation_id": str(donation.id), **({"source": donation.source} if donation.source else {})},
    }
