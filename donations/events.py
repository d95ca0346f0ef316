"""Stripe webhook events: stored once by their id, then processed once under a row lock."""

import logging

from django.db import IntegrityError, transaction
from django.utils import timezone

from donations import fulfilment
from donations.models import StripeEvent

logger = logging.getLogger(__name__)

HANDLERS = {
    "checkout.session.completed": fulfilment.fulfil_checkout_session,
    "checkout.session.async_payment_succeeded": fulfilment.fulfil_checkout_session,
    "checkout.session.async_payment_failed": fulfilment.mark_checkout_payment_failed,
    "checkout.session.expired": fulfilment.fulfil_checkout_session,
    "charge.refunded": fulfilment.record_refund,
    "invoice.paid": fulfilment.record_invoice_paid,
    "customer.subscription.deleted": fulfilment.cancel_monthly_gift,
}


def store_event(event):
    """The stored copy of the event; a re-delivery finds the first copy instead of making another."""
    try:
        with transaction.atomic():
            return StripeEvent.objects.create(stripe_id=event["id"][:255], type=event["type"][:100], payload=event)
    except IntegrityError:
        return StripeEvent.objects.get(stripe_id=event["id"][:255])


def process_event(stored_event_id):
    """Runs the event's handler unless another delivery already did; True when this call did the work."""
    try:
        with transaction.atomic():
            event = StripeEvent.objects.select_for_update().get(pk=stored_event_id)
            if event.processed_at is not None:
                return False
            handler = HANDLERS.get(event.type)
            if handler is not None:
                handler(event.payload["data"]["object"])
            event.processed_at = timezone.now()
            event.error = ""
            event.save(update_fields=["processed_at", "error"])
            return True
    except Exception as error:
        logger.exception("Processing Stripe event %s failed; Stripe will deliver it again.", stored_event_id)
        StripeEvent.objects.filter(pk=stored_event_id).update(error=f"{type(error).__name__}: {error}"[:2000])
        raise
