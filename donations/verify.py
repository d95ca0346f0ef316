"""`reconcile_donations --verify`: the site's paid, refunded and disputed amounts compared with Stripe's charges.

Stripe's charges since a date are listed (a page per hundred); each one that paid a gift of ours is compared
with the gift. A gift Stripe says is paid but the site does not, a refunded amount that differs, a dispute the
site missed (or one it still counts that Stripe closed) is repaired through the webhook's own code, from
Stripe's objects. What cannot be repaired from a charge (a different amount, a gift Stripe has no charge for)
is reported for a person to look at.
"""

from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Q

from donations import charges, stripe_gateway
from donations.fulfilment import _mark_paid
from donations.models import Donation
from donations.money import format_amount
from donations.stripe_data import id_of, metadata_of, parse_uuid, when, whole


@dataclass
class Verification:
    checked: int = 0
    repaired: list = field(default_factory=list)
    reported: list = field(default_factory=list)


def _donation_for(charge):
    payment_intent = id_of(charge.get("payment_intent"))
    query = Q(stripe_payment_intent_id=payment_intent) if payment_intent else Q(pk=None)
    donation_id = parse_uuid(metadata_of(charge).get("donation_id"))
    if donation_id:
        query |= Q(pk=donation_id)
    return Donation.objects.filter(query).first()


def _label(donation, charge):
    return id_of(charge.get("payment_intent")) or id_of(charge) or str(donation.pk)


def verify_charge(charge, result):
    donation = _donation_for(charge)
    if donation is None:
        return  # another tool's charge, or one our reconciliation of sessions will pick up
    result.checked += 1
    label = _label(donation, charge)
    payment_intent = id_of(charge.get("payment_intent"))
    succeeded = charge.get("status") == "succeeded" and charge.get("paid") is True
    with transaction.atomic():
        donation = Donation.objects.select_for_update().get(pk=donation.pk)
        if payment_intent and not donation.stripe_payment_intent_id:
            donation.stripe_payment_intent_id = payment_intent
        if succeeded and donation.paid_at is None:
            _mark_paid(donation, when(charge.get("created")))
            donation.save()
            result.repaired.append(f"{label}: paid at Stripe, not here: recorded as paid")
        amount = whole(charge.get("amount"))
        if amount is not None and amount != donation.amount and succeeded:
            result.reported.append(
                f"{label}: {format_amount(donation.amount, donation.currency)} here, "
                f"{format_amount(amount, donation.currency)} at Stripe"
            )
    if not succeeded or not payment_intent:
        return
    stripe_refunded = whole(charge.get("amount_refunded")) or 0
    if stripe_refunded != donation.amount_refunded:
        before = donation.amount_refunded
        donation = charges.refresh_refunds(donation.pk)
        note = f"refunded {format_amount(before, donation.currency)} here, "
        note += f"{format_amount(stripe_refunded, donation.currency)} at Stripe"
        if donation.amount_refunded == min(stripe_refunded, donation.amount):
            result.repaired.append(f"{label}: {note}: repaired")
        else:
            result.reported.append(f"{label}: {note}")
    disputed_here = donation.status == Donation.Status.DISPUTED
    if charge.get("disputed") is True or disputed_here:
        disputes = stripe_gateway.disputes_for_payment(payment_intent)
        if disputes:
            latest = max(disputes, key=lambda dispute: whole(dispute.get("created")) or 0)
            open_at_stripe = latest.get("status") not in charges.CLOSED_IN_OUR_FAVOUR
            if open_at_stripe != disputed_here:
                charges.record_dispute(latest)
                state = "open or lost" if open_at_stripe else "closed in our favour"
                result.repaired.append(f"{label}: dispute {state} at Stripe: repaired")
        elif disputed_here:
            result.reported.append(f"{label}: disputed here, no dispute at Stripe")


def verify(created_since):
    result = Verification()
    seen = set()
    for charge in stripe_gateway.recent_charges(created_since):
        verify_charge(charge, result)
        if id_of(charge.get("payment_intent")):
            seen.add(id_of(charge.get("payment_intent")))
    missing = (
        Donation.objects.filter(paid_at__gte=when(int(created_since)))
        .exclude(stripe_payment_intent_id="")
        .exclude(stripe_payment_intent_id__startswith="pi_offline_")
        .exclude(stripe_payment_intent_id__in=seen)
        .values_list("stripe_payment_intent_id", flat=True)
    )
    for payment_intent in missing:
        result.reported.append(f"{payment_intent}: paid here, no charge at Stripe in that time")
    return result
