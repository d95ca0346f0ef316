"""Money going back: refunds and disputes, whichever order Stripe's news arrives in.

A refund or dispute names a payment intent. If no gift of ours carries it yet, Stripe is asked which gift it
was (the payment intent's `metadata.donation_id`, or the invoice it paid); if Stripe cannot be asked, the event
raises NotYetKnown, the webhook answers non-2xx and Stripe delivers it again later. Nothing is lost either way.
"""

import logging

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from core.queries import one_or_none
from core.tasks import enqueue_on_commit
from donations import stripe_gateway
from donations.models import Donation
from donations.stripe_data import NotYetKnown, dig, id_of, metadata_of, parse_uuid, text, when, whole

logger = logging.getLogger(__name__)

CLOSED_IN_OUR_FAVOUR = {"won", "warning_closed"}


def _by_donation_id(donation_id, payment_intent):
    donation = one_or_none(Donation.objects.select_for_update().filter(pk=donation_id)) if donation_id else None
    if donation is not None and not donation.stripe_payment_intent_id:
        donation.stripe_payment_intent_id = payment_intent
    return donation


def _by_invoice(invoice_id, payment_intent):
    """A monthly gift's month: known by its invoice, or recorded now from the invoice if Stripe says it is paid."""
    from donations.fulfilment import record_invoice_paid

    donation = one_or_none(Donation.objects.select_for_update().filter(stripe_invoice_id=invoice_id))
    if donation is None:
        invoice = stripe_gateway.retrieve_invoice(invoice_id)
        if invoice.get("status") != "paid" or record_invoice_paid(invoice) is None:
            return None  # another tool's invoice, or not paid: nothing of ours to take money from
        donation = one_or_none(Donation.objects.select_for_update().filter(stripe_invoice_id=invoice_id))
    if donation is not None and not donation.stripe_payment_intent_id:
        donation.stripe_payment_intent_id = payment_intent
    return donation


def donation_for_payment(payment_intent, source=None):
    """The gift (row-locked) a payment intent paid; None when it is not ours; NotYetKnown when we cannot tell.

    `source` is the charge (or dispute) the news came with: an older API version names the invoice on it, and
    one-time gifts' charges carry our metadata.
    """
    donation = Donation.objects.select_for_update().filter(stripe_payment_intent_id=payment_intent).first()
    if donation is not None:
        return donation
    donation = _by_donation_id(parse_uuid(metadata_of(source).get("donation_id")), payment_intent)
    if donation is not None:
        return donation
    invoice_id = id_of((source or {}).get("invoice")) if isinstance(source, dict) else ""
    if invoice_id:
        return _by_invoice(invoice_id, payment_intent)
    if not settings.STRIPE_SECRET_KEY:
        raise NotYetKnown(f"No gift has payment {payment_intent} yet; Stripe will send the news again.")
    intent = stripe_gateway.retrieve_payment_intent(payment_intent)
    donation = _by_donation_id(parse_uuid(metadata_of(intent).get("donation_id")), payment_intent)
    if donation is not None:
        return donation
    invoice_id = stripe_gateway.invoice_for_payment_intent(payment_intent)
    if invoice_id:
        return _by_invoice(invoice_id, payment_intent)
    return None


COUNTED_REFUNDS = {"succeeded", "pending", "requires_action"}  # failed and canceled refunds gave nothing back


def _stripe_refunds(payment_intent, charge=None):
    """The payment's refund objects, Stripe's word on what went back: asked of Stripe when it can be, else
    the list the charge carries (older API versions). None when neither can tell."""
    if settings.STRIPE_SECRET_KEY:
        try:
            return stripe_gateway.refunds_for_payment(payment_intent)
        except stripe_gateway.PaymentProviderUnavailable as error:
            raise NotYetKnown(f"Stripe could not list the refunds of {payment_intent}: {error}") from error
        except stripe_gateway.PaymentProviderError:
            logger.warning("Stripe would not list the refunds of %s; using the event's figures.", payment_intent)
    listed = dig(charge, "refunds")
    if isinstance(listed, dict) and isinstance(listed.get("data"), list) and listed.get("has_more") is not True:
        return [refund for refund in listed["data"] if isinstance(refund, dict)]
    return None


def _apply_refunds(donation, refunds):
    """Sets the refunded amount, state and time from the refund objects, whatever order their news came in."""
    counted = [refund for refund in refunds if refund.get("status") in COUNTED_REFUNDS]
    refunded = min(sum(whole(refund.get("amount")) or 0 for refund in counted), donation.amount)
    donation.amount_refunded = refunded
    times = [when(refund.get("created")) for refund in counted if when(refund.get("created"))]
    if refunded:
        donation.refunded_at = max(times) if times else donation.refunded_at or timezone.now()
    else:
        donation.refunded_at = None
    if refunded >= donation.amount and donation.status != Donation.Status.DISPUTED:
        donation.status = Donation.Status.REFUNDED
    elif donation.status == Donation.Status.REFUNDED and refunded < donation.amount:
        donation.status = Donation.Status.PAID


def refresh_refunds(donation_id):
    """Reads a gift's refunds from Stripe again (after staff refunded it from the admin); the webhook that
    follows reads the same list and changes nothing."""
    with transaction.atomic():
        donation = Donation.objects.select_for_update().get(pk=donation_id)
        refunds = _stripe_refunds(donation.stripe_payment_intent_id) if donation.stripe_payment_intent_id else None
        if refunds is not None:
            _apply_refunds(donation, refunds)
            donation.save()
        return donation


def record_refund(charge, created=None):
    """A full refund takes the donation out of every total; a partial one takes out the refunded part."""
    payment_intent = id_of((charge or {}).get("payment_intent")) if isinstance(charge, dict) else ""
    if not payment_intent:
        return None
    with transaction.atomic():
        donation = donation_for_payment(payment_intent, charge)
        if donation is None:
            logger.info("Refund for payment %s is not for a gift of ours; ignored.", payment_intent)
            return None
        refunds = _stripe_refunds(payment_intent, charge)
        if refunds is not None:
            _apply_refunds(donation, refunds)
            donation.save()
            return donation
        refunded = whole(charge.get("amount_refunded"))
        if refunded is not None and refunded > donation.amount_refunded:
            donation.amount_refunded = min(refunded, donation.amount)
        if charge.get("refunded") is True or donation.amount_refunded >= donation.amount:
            donation.status = Donation.Status.REFUNDED
            donation.amount_refunded = donation.amount
        if donation.amount_refunded:
            donation.refunded_at = donation.refunded_at or created or timezone.now()
        donation.save()
        return donation


def record_refund_update(refund, created=None):
    """A refund that failed or was cancelled gives the money back to the organisation: the gift counts again.

    With Stripe's refund list at hand, the gift's refunds are simply read again (so a failure delivered before the
    older `charge.refunded` leaves the gift paid); without it, the failed amount is given back.
    """
    payment_intent = id_of(refund.get("payment_intent")) if isinstance(refund, dict) else ""
    amount = whole(refund.get("amount")) if isinstance(refund, dict) else None
    if not payment_intent or amount is None:
        return None
    with transaction.atomic():
        donation = Donation.objects.select_for_update().filter(stripe_payment_intent_id=payment_intent).first()
        if donation is None:
            return None
        refunds = _stripe_refunds(payment_intent)
        if refunds is not None:
            _apply_refunds(donation, refunds)
            donation.save()
            return donation
        if refund.get("status") not in {"failed", "canceled"}:
            return None
        donation.amount_refunded = max(donation.amount_refunded - amount, 0)
        if donation.status == Donation.Status.REFUNDED and donation.amount_refunded < donation.amount:
            donation.status = Donation.Status.PAID
        if not donation.amount_refunded:
            donation.refunded_at = None
        donation.save()
        return donation


def record_dispute(dispute, created=None):
    """A dispute takes the gift out of the totals until it is won; staff hear of a new one at once."""
    if not isinstance(dispute, dict):
        return None
    payment_intent = id_of(dispute.get("payment_intent"))
    if not payment_intent:
        return None
    status = text(dispute.get("status"), 40)
    opened_at = when(dispute.get("created")) or created or timezone.now()  # when the donor disputed, by Stripe
    with transaction.atomic():
        donation = donation_for_payment(payment_intent, dispute)
        if donation is None:
            logger.info("Dispute on payment %s is not about a gift of ours; ignored.", payment_intent)
            return None
        if donation.disputed_at and donation.status != Donation.Status.DISPUTED and not donation.amount_disputed:
            return donation  # a charge has one dispute, already closed in our favour: this news is older
        if status in CLOSED_IN_OUR_FAVOUR:
            if donation.status == Donation.Status.DISPUTED:
                kept_nothing = donation.amount_refunded >= donation.amount
                donation.status = Donation.Status.REFUNDED if kept_nothing else Donation.Status.PAID
            donation.paid_at = donation.paid_at or opened_at
            donation.disputed_at = donation.disputed_at or opened_at
            donation.amount_disputed = 0
        else:  # opened, under review or lost: the money is out of the organisation's hands
            first_news = donation.disputed_at is None
            donation.status = Donation.Status.DISPUTED
            donation.disputed_at = donation.disputed_at or opened_at
            donation.amount_disputed = whole(dispute.get("amount")) or donation.amount
            if first_news:
                _alert_staff(donation.pk, id_of(dispute), whole(dig(dispute, "evidence_details", "due_by")))
        donation.save()
        return donation


def _alert_staff(donation_id, dispute_id, evidence_due_by=None):
    from donations.tasks import send_dispute_alert

    enqueue_on_commit(send_dispute_alert, str(donation_id), dispute_id, evidence_due_by)
