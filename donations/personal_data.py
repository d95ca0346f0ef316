"""Donors' names and emails are personal data; amounts are the books and stay.

Erasing a donor removes their identity from every gift and from the Stripe payloads that carried it; the
purge cuts stored Stripe payloads down to their id and type once they are older than the retention period
(the row's processed time and error, its outcome, stay).
"""

from django.db.models import TextField
from django.db.models.functions import Cast

from donations.models import Donation, MonthlyGift, SpentLink, StripeEvent, YearEndStatement
from privacy.anonymise import days_ago
from privacy.registry import eraser, purger, register_model

register_model(Donation, read_only=True)
register_model(MonthlyGift, read_only=True)
register_model(StripeEvent, read_only=True)
register_model(YearEndStatement, read_only=True)

IDENTITY_BLANKS = {"donor_name": "", "donor_email": "", "stripe_customer_id": ""}


def _trim_payloads(queryset):
    count = 0
    for event in queryset.only("pk", "stripe_id", "type"):
        StripeEvent.objects.filter(pk=event.pk).update(payload={"id": event.stripe_id, "type": event.type})
        count += 1
    return count


@eraser("donations")
def erase(email):
    email = email.strip()
    gifts = Donation.objects.filter(donor_email__iexact=email).update(**IDENTITY_BLANKS)
    monthly = MonthlyGift.objects.filter(donor_email__iexact=email).update(**IDENTITY_BLANKS)
    statements, _by_model = YearEndStatement.objects.filter(email__iexact=email).delete()
    events = _trim_payloads(
        StripeEvent.objects.annotate(text=Cast("payload", TextField())).filter(text__icontains=email)
    )
    return {
        "donations kept, donor removed": gifts,
        "monthly gifts kept, donor removed": monthly,
        "year-end statement records deleted": statements,
        "Stripe event payloads cut to id and type": events,
    }


@purger("donations")
def purge(now):
    spent, _by_model = SpentLink.objects.filter(expires_at__lt=now).delete()
    cutoff = days_ago(now, "STRIPE_EVENT_RETENTION_DAYS")
    if cutoff is None:
        return {"Stripe event payloads: kept (STRIPE_EVENT_RETENTION_DAYS=0)": 0, "expired spent manage links": spent}
    old = StripeEvent.objects.filter(received_at__lt=cutoff, payload__has_key="data")
    return {
        f"Stripe event payloads older than {cutoff.date()} cut to id and type": _trim_payloads(old),
        "expired spent manage links": spent,
    }
