"""Stripe webhook events: stored once by their id, then processed once under a row lock."""

import logging

from django.db import IntegrityError, transaction
from django.utils import timezone

from donations import charges, fulfilment, subscriptions
from donations.models import StripeEvent
from donations.stripe_data import when

logger = logging.getLogger(__name__)

HANDLERS = {
    "checkout.session.completed": fulfilment.fulfil_checkout_session,
    "checkout.session.async_payment_succeeded": fulfilment.fulfil_checkout_session,
    "checkout.session.async_payment_failed": fulfilment.mark_checkout_payment_failed,
    "checkout.session.expired": fulfilment.fulfil_checkout_session,
    "charge.refunded": charges.record_refund,
    "charge.refund.updated": charges.record_refund_update,
    "charge.dispute.created": charges.record_dispute,
    "charge.dispute.updated": charges.record_dispute,
    "charge.dispute.closed": charges.record_dispute,
    "invoice.paid": fulfilment.record_invoice_paid,
    "invoice.payment_failed": subscriptions.record_invoice_failed,
    "customer.subscription.updated": subscriptions.update_monthly_gift,
    "customer.subscription.deleted": subscriptions.cancel_monthly_gift,
}
HANDLED_TYPES = sorted(HANDLERS)


def store_event(event):
    """The stored copy of the event; a re-delivery finds the first copy instead of making another."""
    try:
        with transaction.atomic():
            return StripeEvent.objects.create(stripe_id=event["id"][:255], type=event["type"][:100], payload=event)
    except IntegrityError:
        return StripeEvent.objects.get(stripe_id=event["id"][:255])


def receive_event(event):
    """Stores a delivered event and processes it. A new event is stored and processed in one transaction (one
    commit, where two steps cost two); anything else (a re-delivery, a delivery racing another, a handler that
    fails) rolls that back and takes the two steps, which keep the event stored with its error for "Process
    again" and raise so Stripe delivers it again."""
    try:
        with transaction.atomic():
            stored = StripeEvent.objects.create(
                stripe_id=event["id"][:255], type=event["type"][:100], payload=event, processed_at=timezone.now()
            )
            _run_handler(stored)
            return stored
    except Exception:
        stored = store_event(event)
        process_event(stored.pk)
        return stored


def _run_handler(event):
    """Every handler is told when Stripe created the event: news can overtake itself, and a gift's dates are
    Stripe's (the object's own time first, the event's if the object has none), never when it reached us."""
    handler = HANDLERS.get(event.type)
    if handler is not None:
        handler(event.payload["data"]["object"], created=when(event.payload.get("created")))


def process_event(stored_event_id):
    """Runs the event's handler unless another delivery already did; True when this call did the work."""
    try:
        with transaction.atomic():
            event = StripeEvent.objects.select_for_update().get(pk=stored_event_id)
            if event.processed_at is not None:
                return False
            _run_handler(event)
            event.processed_at = timezone.now()
            event.error = ""
            event.save(update_fields=["processed_at", "error"])
            return True
    except Exception as error:
        logger.exception("Processing Stripe event %s failed; Stripe will deliver it again.", stored_event_id)
        StripeEvent.objects.filter(pk=stored_event_id).update(error=f"{type(error).__name__}: {error}"[:2000])
        raise
