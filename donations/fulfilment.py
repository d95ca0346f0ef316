"""Turning what Stripe says happened into our records, exactly once.

The webhook, the offline test checkout and `reconcile_donations` all come through these functions. Each locks
the rows it changes (select_for_update) and only ever moves a donation forward (pending -> paid -> refunded),
so the same news delivered twice, concurrently or out of order leaves the same result.
"""

import logging
import uuid
from datetime import UTC, datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page

from core.http import parse_id
from donations import stripe_gateway
from donations.models import Donation, MonthlyGift
from donations.models.records import Frequency

logger = logging.getLogger(__name__)

PAID_STATUSES = {"paid", "no_payment_required"}
NOT_YET_PAID = {Donation.Status.PENDING, Donation.Status.FAILED, Donation.Status.EXPIRED}


def _dig(data, *keys):
    for key in keys:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


def _id_of(value):
    """Stripe fields hold an id, or the whole object when expanded."""
    if isinstance(value, dict):
        value = value.get("id")
    return value if isinstance(value, str) and value else ""


def _text(value, limit=255):
    return value[:limit] if isinstance(value, str) else ""


def _when(timestamp):
    if isinstance(timestamp, int) and not isinstance(timestamp, bool) and 0 < timestamp < 2**33:
        return datetime.fromtimestamp(timestamp, tz=UTC)
    return None


def parse_uuid(value):
    try:
        return uuid.UUID(str(value))
    except (TypeError, ValueError, AttributeError):
        return None


def _campaign_id(value):
    page_id = parse_id(value, max_digits=11)
    return page_id if page_id is not None and Page.objects.filter(pk=page_id).exists() else None


def _mark_paid(donation, when=None):
    if donation.status in NOT_YET_PAID:
        donation.status = Donation.Status.PAID
        donation.paid_at = when or timezone.now()


def _ensure_gift(subscription_id, **defaults):
    """The monthly gift for a subscription, created on first news of it (whichever event that is), locked."""
    gift, created = MonthlyGift.objects.get_or_create(stripe_subscription_id=subscription_id, defaults=defaults)
    gift = MonthlyGift.objects.select_for_update().get(pk=gift.pk)
    if not created:
        for name in ("stripe_customer_id", "donor_name", "donor_email", "campaign_id", "started_at"):
            if not getattr(gift, name) and defaults.get(name):
                setattr(gift, name, defaults[name])
        gift.save()
    return gift


def _claim_first_invoice(donation, invoice_id):
    """Links the subscription's first invoice to the checkout's donation, so the first month counts once.

    If that invoice's `invoice.paid` came first and carried none of our metadata, it was recorded as a donation
    of its own; that row is the same month, so the checkout's donation takes over its payment details.
    """
    other = Donation.objects.select_for_update().filter(stripe_invoice_id=invoice_id).exclude(pk=donation.pk).first()
    if other is not None:
        if other.stripe_checkout_session_id or other.stripe_subscription_id != donation.stripe_subscription_id:
            logger.warning("Invoice %s already belongs to donation %s.", invoice_id, other.pk)
            return
        donation.stripe_payment_intent_id = donation.stripe_payment_intent_id or other.stripe_payment_intent_id
        if other.status == Donation.Status.PAID:
            _mark_paid(donation, other.paid_at)
        other.delete()
    donation.stripe_invoice_id = invoice_id


def fulfil_checkout_session(session):
    """Records a completed, paid or expired Checkout Session on the donation it was made for."""
    if not isinstance(session, dict):
        return None
    session_id = _id_of(session)
    donation_id = parse_uuid(session.get("client_reference_id")) or parse_uuid(
        _dig(session, "metadata", "donation_id")
    )
    with transaction.atomic():
        donations = Donation.objects.select_for_update()
        donation = donations.filter(pk=donation_id).first() if donation_id else None
        if donation is None and session_id:
            donation = donations.filter(stripe_checkout_session_id=session_id).first()
        if donation is None:
            logger.warning("Checkout Session %s names no donation of ours; ignored.", session_id)
            return None
        if donation.stripe_checkout_session_id and session_id and donation.stripe_checkout_session_id != session_id:
            logger.warning("Checkout Session %s is not donation %s's session; ignored.", session_id, donation.pk)
            return donation
        if session_id:
            donation.stripe_checkout_session_id = session_id

        status = session.get("status")
        if status == "expired":
            if donation.status == Donation.Status.PENDING:
                donation.status = Donation.Status.EXPIRED
            donation.save()
            return donation
        if status != "complete":
            donation.save()
            return donation

        donation.donor_name = _text(_dig(session, "customer_details", "name")) or donation.donor_name
        donation.donor_email = _text(_dig(session, "customer_details", "email")) or donation.donor_email
        donation.stripe_customer_id = _id_of(session.get("customer")) or donation.stripe_customer_id
        donation.stripe_payment_intent_id = _id_of(session.get("payment_intent")) or donation.stripe_payment_intent_id
        donation.stripe_subscription_id = _id_of(session.get("subscription")) or donation.stripe_subscription_id
        invoice_id = _id_of(session.get("invoice"))
        if invoice_id and not donation.stripe_invoice_id:
            _claim_first_invoice(donation, invoice_id)
        if isinstance(session.get("amount_total"), int) and session["amount_total"] > 0:
            donation.amount = session["amount_total"]
        if session.get("payment_status") in PAID_STATUSES:
            _mark_paid(donation)
        if donation.stripe_subscription_id:
            donation.monthly_gift = _ensure_gift(
                donation.stripe_subscription_id,
                stripe_customer_id=donation.stripe_customer_id,
                amount=donation.amount,
                currency=donation.currency,
                campaign_id=donation.campaign_id,
                donor_name=donation.donor_name,
                donor_email=donation.donor_email,
                started_at=timezone.now(),
            )
        donation.save()
        return donation


def mark_checkout_payment_failed(session):
    """A delayed payment method (a bank debit) failed after the donor left Checkout."""
    donation_id = parse_uuid(_dig(session, "client_reference_id")) or parse_uuid(
        _dig(session, "metadata", "donation_id")
    )
    if donation_id is None:
        return None
    with transaction.atomic():
        donation = Donation.objects.select_for_update().filter(pk=donation_id).first()
        if donation is not None and donation.status == Donation.Status.PENDING:
            donation.status = Donation.Status.FAILED
            donation.save()
        return donation


def _invoice_donation_for_charge(charge, payment_intent):
    """A monthly gift's payment is known by its invoice, not its payment intent: find it, and remember the intent.

    Raises PaymentProviderError if Stripe cannot be asked, so the refund event is delivered again later.
    """
    invoice_id = _id_of(charge.get("invoice"))
    if not invoice_id and settings.STRIPE_SECRET_KEY:
        invoice_id = stripe_gateway.invoice_for_payment_intent(payment_intent)
    if not invoice_id:
        return None
    donation = Donation.objects.select_for_update().filter(stripe_invoice_id=invoice_id).first()
    if donation is not None and not donation.stripe_payment_intent_id:
        donation.stripe_payment_intent_id = payment_intent
    return donation


def record_refund(charge):
    """A full refund takes the donation out of every total; a partial one takes out the refunded part."""
    payment_intent = _id_of(_dig(charge, "payment_intent"))
    if not payment_intent:
        return None
    with transaction.atomic():
        donation = Donation.objects.select_for_update().filter(stripe_payment_intent_id=payment_intent).first()
        if donation is None:
            donation = _invoice_donation_for_charge(charge, payment_intent)
        if donation is None:
            logger.warning("Refund for payment %s matches no donation; ignored.", payment_intent)
            return None
        refunded = charge.get("amount_refunded")
        if isinstance(refunded, int) and refunded > donation.amount_refunded:
            donation.amount_refunded = min(refunded, donation.amount)
        if charge.get("refunded") is True or donation.amount_refunded >= donation.amount:
            donation.status = Donation.Status.REFUNDED
            donation.amount_refunded = donation.amount
        donation.save()
        return donation


def _invoice_payment_intent(invoice):
    direct = _id_of(invoice.get("payment_intent"))
    if direct:
        return direct
    payments = _dig(invoice, "payments", "data") or []
    for payment in payments if isinstance(payments, list) else []:
        found = _id_of(_dig(payment, "payment", "payment_intent"))
        if found:
            return found
    return ""


def record_invoice_paid(invoice):
    """Each month of a monthly gift is a paid donation of its own; the first month is the checkout's donation."""
    if not isinstance(invoice, dict):
        return None
    invoice_id = _id_of(invoice)
    subscription_id = _id_of(invoice.get("subscription")) or _id_of(
        _dig(invoice, "parent", "subscription_details", "subscription")
    )
    if not invoice_id or not subscription_id:
        return None  # not a subscription invoice: nothing of ours
    metadata = _dig(invoice, "parent", "subscription_details", "metadata") or _dig(
        invoice, "subscription_details", "metadata"
    )
    metadata = metadata if isinstance(metadata, dict) else {}
    payment_intent = _invoice_payment_intent(invoice)
    paid_at = _when(_dig(invoice, "status_transitions", "paid_at")) or timezone.now()
    amount = invoice.get("amount_paid") if isinstance(invoice.get("amount_paid"), int) else 0
    currency = _text(invoice.get("currency"), 3) or "usd"
    customer = _id_of(invoice.get("customer"))
    email, name = _text(invoice.get("customer_email")), _text(invoice.get("customer_name"))

    with transaction.atomic():
        donations = Donation.objects.select_for_update()
        donation = donations.filter(stripe_invoice_id=invoice_id).first()
        checkout_donation_id = parse_uuid(metadata.get("donation_id"))
        if donation is None and invoice.get("billing_reason") == "subscription_create" and checkout_donation_id:
            donation = donations.filter(pk=checkout_donation_id).first()
        if donation is not None:
            # The first month (its checkout already made this donation) or a re-delivered renewal.
            donation.stripe_invoice_id = donation.stripe_invoice_id or invoice_id
            donation.stripe_subscription_id = donation.stripe_subscription_id or subscription_id
            donation.stripe_payment_intent_id = donation.stripe_payment_intent_id or payment_intent
            donation.stripe_customer_id = donation.stripe_customer_id or customer
            donation.donor_email = donation.donor_email or email
            donation.donor_name = donation.donor_name or name
            _mark_paid(donation, paid_at)
            donation.save()
            return donation

        campaign_id = _campaign_id(metadata.get("campaign_id"))
        gift = _ensure_gift(
            subscription_id,
            stripe_customer_id=customer,
            amount=amount,
            currency=currency,
            campaign_id=campaign_id,
            donor_name=name,
            donor_email=email,
            started_at=paid_at,
        )
        donation, _created = Donation.objects.get_or_create(
            stripe_invoice_id=invoice_id,
            defaults={
                "amount": amount,
                "currency": currency,
                "frequency": Frequency.MONTHLY,
                "status": Donation.Status.PAID,
                "paid_at": paid_at,
                "campaign_id": gift.campaign_id,
                "monthly_gift": gift,
                "donor_name": name or gift.donor_name,
                "donor_email": email or gift.donor_email,
                "stripe_customer_id": customer,
                "stripe_subscription_id": subscription_id,
                "stripe_payment_intent_id": payment_intent,
            },
        )
        return donation


def cancel_monthly_gift(subscription):
    """The donor (or the organisation) ended a monthly gift; past months stay paid."""
    subscription_id = _id_of(subscription)
    if not subscription_id:
        return None
    metadata = subscription.get("metadata") if isinstance(subscription.get("metadata"), dict) else {}
    amount = _dig(subscription, "items", "data")
    unit_amount = _dig(amount[0], "price", "unit_amount") if isinstance(amount, list) and amount else None
    with transaction.atomic():
        gift = _ensure_gift(
            subscription_id,
            stripe_customer_id=_id_of(subscription.get("customer")),
            amount=unit_amount if isinstance(unit_amount, int) else 0,
            currency=_text(subscription.get("currency"), 3) or "usd",
            campaign_id=_campaign_id(metadata.get("campaign_id")),
            started_at=_when(subscription.get("start_date")),
        )
        if gift.status != MonthlyGift.Status.CANCELLED:
            gift.status = MonthlyGift.Status.CANCELLED
            gift.cancelled_at = (
                _when(subscription.get("canceled_at")) or _when(subscription.get("ended_at")) or timezone.now()
            )
            gift.save()
        return gift
