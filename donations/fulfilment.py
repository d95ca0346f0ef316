"""Turning what Stripe says happened to a payment into our records, exactly once: checkouts and invoices.

The webhook, the offline test checkout and `reconcile_donations` all come through these functions (refunds and
disputes in charges.py, subscription changes in subscriptions.py). Each locks the rows it changes
(select_for_update) and only ever moves a donation forward (pending -> paid -> refunded or disputed), so the
same news delivered twice, concurrently or out of order leaves the same result.
"""

import logging

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page

from core.http import parse_id
from core.queries import one_or_none
from core.tasks import enqueue_on_commit
from donations import stripe_gateway
from donations.checkout import OFFLINE_SESSION_PREFIX
from donations.models import Donation, MonthlyGift
from donations.models.records import Frequency
from donations.stripe_data import dig, id_of, invoice_subscription, parse_uuid, text, when, whole

logger = logging.getLogger(__name__)

PAID_STATUSES = {"paid", "no_payment_required"}

NOT_YET_PAID = {Donation.Status.PENDING, Donation.Status.FAILED, Donation.Status.EXPIRED}


def clean_slug(value):
    from donations.forms import clean_source

    return clean_source(value if isinstance(value, str) else "")


def campaign_id_from(value):
    page_id = parse_id(value, max_digits=11)
    return page_id if page_id is not None and Page.objects.filter(pk=page_id).exists() else None


def _mark_paid(donation, paid_at=None):
    """Moves a gift forward to paid (never back from refunded or disputed) and queues its receipt once.

    `paid_at` is Stripe's time for the payment (see `session_paid_at`), never when this site heard of it: a
    webhook retried two days late, or a reconciliation after midnight on 31 December, keeps the gift's day.
    """
    if donation.status in NOT_YET_PAID:
        donation.status = Donation.Status.PAID
        donation.paid_at = paid_at or timezone.now()
        queue_receipt(donation.pk)
    elif donation.paid_at is None and donation.status in {Donation.Status.REFUNDED, Donation.Status.DISPUTED}:
        donation.paid_at = paid_at or timezone.now()  # the refund or dispute news came first


def session_paid_at(session, created=None):
    """When the donor paid, by Stripe's clock: the charge's `created` for a one-time gift, the first invoice's
    `status_transitions.paid_at` for a monthly one. Asked of Stripe unless the session carries them expanded;
    if Stripe cannot be asked, the event's own time (`created`), else now."""
    intent = session.get("payment_intent")
    charge = intent.get("latest_charge") if isinstance(intent, dict) else None
    if isinstance(charge, dict) and when(charge.get("created")):
        return when(charge.get("created"))
    invoice = session.get("invoice")
    if isinstance(invoice, dict) and when(dig(invoice, "status_transitions", "paid_at")):
        return when(dig(invoice, "status_transitions", "paid_at"))
    session_id = id_of(session)
    if settings.STRIPE_SECRET_KEY and not session_id.startswith(OFFLINE_SESSION_PREFIX):
        try:
            if id_of(intent):
                found = when(stripe_gateway.payment_time(id_of(intent)))
            elif id_of(invoice):
                found = when(dig(stripe_gateway.retrieve_invoice(id_of(invoice)), "status_transitions", "paid_at"))
            else:
                found = None
        except stripe_gateway.PaymentProviderError:
            logger.warning("Could not ask Stripe when session %s was paid; using the event's time.", session_id)
            found = None
        if found:
            return found
    return created or timezone.now()


def queue_receipt(donation_id):
    """The receipt leaves from the task worker once the row is committed, never inside the webhook request."""
    from donations.tasks import send_receipt

    enqueue_on_commit(send_receipt, str(donation_id))


def subscription_is_ours(subscription_id, metadata):
    """Only subscriptions this site started: our donation id in their metadata, or already known here.

    Other tools on the same Stripe account (a membership plan, an invoicing app) make subscriptions too; their
    news is acknowledged and ignored, creating nothing.
    """
    if not subscription_id:
        return False
    if MonthlyGift.objects.filter(stripe_subscription_id=subscription_id).exists():
        return True
    if Donation.objects.filter(stripe_subscription_id=subscription_id).exists():
        return True
    donation_id = parse_uuid(metadata.get("donation_id")) if isinstance(metadata, dict) else None
    return bool(donation_id) and Donation.objects.filter(pk=donation_id, frequency=Frequency.MONTHLY).exists()


FILLED_IN = (
    "stripe_customer_id",
    "donor_name",
    "donor_email",
    "campaign_id",
    "started_at",
    "language",
    "source",
    "source_campaign",
    "fee_amount",
)


def ensure_gift(subscription_id, **defaults):
    """The monthly gift for a subscription, created on first news of it (whichever event that is), locked."""
    gift, created = MonthlyGift.objects.get_or_create(stripe_subscription_id=subscription_id, defaults=defaults)
    gift = MonthlyGift.objects.select_for_update().get(pk=gift.pk)
    if not created:
        for name in FILLED_IN:
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


def fulfil_checkout_session(session, created=None):
    """Records a completed, paid or expired Checkout Session on the donation it was made for.

    `created` is when Stripe created the event that brought the session (None from reconciliation).
    """
    if not isinstance(session, dict):
        return None
    session_id = id_of(session)
    donation_id = parse_uuid(session.get("client_reference_id")) or parse_uuid(dig(session, "metadata", "donation_id"))
    # Inside a webhook's transaction this joins it (no savepoint): a failure rolls back the event's storing too.
    with transaction.atomic(savepoint=False):
        donations = Donation.objects.select_for_update()
        donation = one_or_none(donations.filter(pk=donation_id)) if donation_id else None
        if donation is None and session_id:
            donation = one_or_none(donations.filter(stripe_checkout_session_id=session_id))
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

        donation.donor_name = text(dig(session, "customer_details", "name")) or donation.donor_name
        donation.donor_email = text(dig(session, "customer_details", "email")) or donation.donor_email
        donation.stripe_customer_id = id_of(session.get("customer")) or donation.stripe_customer_id
        donation.stripe_payment_intent_id = id_of(session.get("payment_intent")) or donation.stripe_payment_intent_id
        donation.stripe_subscription_id = id_of(session.get("subscription")) or donation.stripe_subscription_id
        invoice_id = id_of(session.get("invoice"))
        if invoice_id and not donation.stripe_invoice_id:
            _claim_first_invoice(donation, invoice_id)
        if isinstance(session.get("amount_total"), int) and session["amount_total"] > 0:
            donation.amount = session["amount_total"]
        paid_at = None
        unrecorded = donation.status in NOT_YET_PAID or donation.paid_at is None
        if session.get("payment_status") in PAID_STATUSES and unrecorded:
            paid_at = session_paid_at(session, created)
            _mark_paid(donation, paid_at)
        if donation.stripe_subscription_id:
            donation.monthly_gift = ensure_gift(
                donation.stripe_subscription_id,
                stripe_customer_id=donation.stripe_customer_id,
                amount=donation.amount,
                currency=donation.currency,
                campaign_id=donation.campaign_id,
                donor_name=donation.donor_name,
                donor_email=donation.donor_email,
                started_at=paid_at or donation.paid_at or created or timezone.now(),
                language=donation.language,
                source=donation.source,
                source_campaign=donation.source_campaign,
                fee_amount=donation.fee_amount,
            )
        donation.save()
        return donation


def mark_checkout_payment_failed(session, created=None):
    """A delayed payment method (a bank debit) failed after the donor left Checkout."""
    donation_id = parse_uuid(dig(session, "client_reference_id")) or parse_uuid(
        dig(session, "metadata", "donation_id")
    )
    if donation_id is None:
        return None
    with transaction.atomic():
        donation = one_or_none(Donation.objects.select_for_update().filter(pk=donation_id))
        if donation is not None and donation.status == Donation.Status.PENDING:
            donation.status = Donation.Status.FAILED
            donation.save()
        return donation


def _invoice_payment_intent(invoice):
    direct = id_of(invoice.get("payment_intent"))
    if direct:
        return direct
    payments = dig(invoice, "payments", "data") or []
    for payment in payments if isinstance(payments, list) else []:
        found = id_of(dig(payment, "payment", "payment_intent"))
        if found:
            return found
    return ""


def record_invoice_paid(invoice, created=None):
    """Each month of a monthly gift is a paid donation of its own; the first month is the checkout's donation."""
    if not isinstance(invoice, dict):
        return None
    invoice_id = id_of(invoice)
    subscription_id, metadata = invoice_subscription(invoice)
    if not invoice_id or not subscription_id:
        return None  # not a subscription invoice: nothing of ours
    if not subscription_is_ours(subscription_id, metadata):
        logger.info("Invoice %s belongs to subscription %s, not one of ours; ignored.", invoice_id, subscription_id)
        return None
    amount = invoice.get("amount_paid") if isinstance(invoice.get("amount_paid"), int) else 0
    if amount <= 0:
        # A credit or a proration settled the invoice: no money moved, so no gift and no receipt "for $0".
        logger.info("Invoice %s was paid with nothing charged; nothing recorded.", invoice_id)
        return None
    payment_intent = _invoice_payment_intent(invoice)
    paid_at = when(dig(invoice, "status_transitions", "paid_at")) or created or timezone.now()
    currency = text(invoice.get("currency"), 3) or "usd"
    customer = id_of(invoice.get("customer"))
    email, name = text(invoice.get("customer_email")), text(invoice.get("customer_name"))

    # Inside a webhook's transaction this joins it (no savepoint): a failure rolls back the event's storing too.
    with transaction.atomic(savepoint=False):
        donations = Donation.objects.select_for_update()
        donation = one_or_none(donations.filter(stripe_invoice_id=invoice_id))
        checkout_donation_id = parse_uuid(metadata.get("donation_id"))
        if donation is None and invoice.get("billing_reason") == "subscription_create" and checkout_donation_id:
            donation = one_or_none(donations.filter(pk=checkout_donation_id))
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

        campaign_id = campaign_id_from(metadata.get("campaign_id"))
        gift = ensure_gift(
            subscription_id,
            stripe_customer_id=customer,
            amount=amount,
            currency=currency,
            campaign_id=campaign_id,
            donor_name=name,
            donor_email=email,
            started_at=paid_at,
            source=clean_slug(metadata.get("source")),
            source_campaign=clean_slug(metadata.get("utm_campaign")),
            fee_amount=whole(parse_id(metadata.get("fee_amount"), max_digits=9)) or 0,
        )
        # Each month is credited like the first: its source, and the fee part the donor chose to cover.
        fee = gift.fee_amount if 0 < gift.fee_amount < amount else 0
        donation, made = Donation.objects.get_or_create(
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
                "language": gift.language,
                "source": gift.source,
                "source_campaign": gift.source_campaign,
                "fee_amount": fee,
            },
        )
        if made:
            queue_receipt(donation.pk)
        if gift.status in {MonthlyGift.Status.PAST_DUE, MonthlyGift.Status.UNPAID}:
            gift.status = MonthlyGift.Status.ACTIVE  # a retried renewal went through
            gift.save(update_fields=["status"])
        return donation
