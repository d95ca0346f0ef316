"""Monthly gifts kept in step with their Stripe subscriptions: status, amount, cancellation, failed renewals.

Only subscriptions this site started are followed (see `subscription_is_ours`); a subscription's news can
arrive out of order, so news older than the last applied is ignored, and a cancelled gift stays cancelled.
"""

import logging

from django.db import transaction
from django.utils import timezone

from core.tasks import enqueue_on_commit
from donations.fulfilment import campaign_id_from, ensure_gift, subscription_is_ours
from donations.models import Donation, MonthlyGift
from donations.stripe_data import dig, id_of, invoice_subscription, metadata_of, text, when, whole

logger = logging.getLogger(__name__)

STATUSES = {
    "active": MonthlyGift.Status.ACTIVE,
    "trialing": MonthlyGift.Status.ACTIVE,
    "past_due": MonthlyGift.Status.PAST_DUE,
    "unpaid": MonthlyGift.Status.UNPAID,
    "paused": MonthlyGift.Status.PAUSED,
    "canceled": MonthlyGift.Status.CANCELLED,
    "incomplete_expired": MonthlyGift.Status.CANCELLED,
}


def _monthly_amount(subscription):
    """The sum of the subscription's items (unit amount x quantity), in minor units; None if unreadable."""
    items = dig(subscription, "items", "data")
    if not isinstance(items, list) or not items:
        return None
    total = 0
    for item in items:
        unit = whole(dig(item, "price", "unit_amount"))
        quantity = whole(dig(item, "quantity"))
        if unit is None:
            return None
        total += unit * (1 if quantity is None else quantity)
    return total


def _gift_for(subscription):
    """The locked gift for one of our subscriptions (made on first news of it), or None for anyone else's."""
    subscription_id = id_of(subscription)
    metadata = metadata_of(subscription)
    if not subscription_is_ours(subscription_id, metadata):
        logger.info("Subscription %s is not one of ours; ignored.", subscription_id)
        return None
    return ensure_gift(
        subscription_id,
        stripe_customer_id=id_of(subscription.get("customer")),
        amount=_monthly_amount(subscription) or 0,
        currency=text(subscription.get("currency"), 3) or "usd",
        campaign_id=campaign_id_from(metadata.get("campaign_id")),
        started_at=when(subscription.get("start_date")),
    )


def update_monthly_gift(subscription, created=None):
    """`customer.subscription.updated`: past due, lapsed, paused, a new amount, or cancel at period end."""
    if not isinstance(subscription, dict):
        return None
    with transaction.atomic():
        gift = _gift_for(subscription)
        if gift is None:
            return None
        if gift.status == MonthlyGift.Status.CANCELLED:
            return gift  # Stripe never revives a cancelled subscription: this news is older
        if created and gift.stripe_updated_at and created < gift.stripe_updated_at:
            return gift
        status = STATUSES.get(subscription.get("status"))
        if status is not None:
            gift.status = status
        if status == MonthlyGift.Status.CANCELLED:
            gift.cancelled_at = when(subscription.get("canceled_at")) or timezone.now()
        amount = _monthly_amount(subscription)
        if amount:
            gift.amount = amount
        gift.cancel_at_period_end = subscription.get("cancel_at_period_end") is True
        gift.cancel_at = when(subscription.get("cancel_at"))
        gift.stripe_updated_at = created or gift.stripe_updated_at
        gift.save()
        return gift


def cancel_monthly_gift(subscription, created=None):
    """The donor (or the organisation) ended a monthly gift; past months stay paid."""
    if not isinstance(subscription, dict) or not id_of(subscription):
        return None
    with transaction.atomic():
        gift = _gift_for(subscription)
        if gift is None:
            return None
        if gift.status != MonthlyGift.Status.CANCELLED:
            gift.status = MonthlyGift.Status.CANCELLED
            gift.cancel_at_period_end = False
            gift.cancelled_at = (
                when(subscription.get("canceled_at")) or when(subscription.get("ended_at")) or timezone.now()
            )
            gift.stripe_updated_at = created or gift.stripe_updated_at
            gift.save()
        return gift


def record_invoice_failed(invoice, created=None):
    """A renewal's card was declined: the gift is past due and the donor is told how to update the card."""
    if not isinstance(invoice, dict):
        return None
    subscription_id, metadata = invoice_subscription(invoice)
    if not subscription_is_ours(subscription_id, metadata):
        return None
    invoice_id = id_of(invoice)
    if invoice.get("status") == "paid" or (
        invoice_id and Donation.objects.filter(stripe_invoice_id=invoice_id, paid_at__isnull=False).exists()
    ):
        # A failed attempt reported after the invoice was paid (a retry went through): old news, no email.
        logger.info("Invoice %s failed once but is paid; the gift stays as it is.", invoice_id)
        return None
    with transaction.atomic():
        gift = ensure_gift(
            subscription_id,
            stripe_customer_id=id_of(invoice.get("customer")),
            amount=whole(invoice.get("amount_due")) or 0,
            currency=text(invoice.get("currency"), 3) or "usd",
            donor_email=text(invoice.get("customer_email")),
            donor_name=text(invoice.get("customer_name")),
        )
        if gift.status == MonthlyGift.Status.CANCELLED:
            return gift
        if gift.status == MonthlyGift.Status.ACTIVE:
            gift.status = MonthlyGift.Status.PAST_DUE
            gift.save(update_fields=["status"])
        first_attempt = whole(invoice.get("attempt_count")) in {None, 0, 1}
        if first_attempt and invoice.get("billing_reason") != "subscription_create":
            from donations.tasks import send_payment_failed_email

            enqueue_on_commit(send_payment_failed_email, gift.pk)
        return gift
