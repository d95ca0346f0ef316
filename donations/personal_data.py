"""Donors' names and emails are personal data; amounts are the books and stay.

Erasing a donor removes their identity from every gift and from the Stripe payloads that carried it; the
purge cuts stored Stripe payloads down to their id and type once they are older than the retention period
(the row's processed time and error, its outcome, stay).
"""

from django.db.models import Q, TextField
from django.db.models.functions import Cast

from donations.models import Donation, Donor, DonorEmail, MonthlyGift, SpentLink, StripeEvent, YearEndStatement
from privacy.anonymise import days_ago
from privacy.registry import eraser, purger, register_model

register_model(Donation, read_only=True)
register_model(MonthlyGift, read_only=True)
register_model(StripeEvent, read_only=True)
register_model(YearEndStatement, read_only=True)
register_model(Donor, read_only=True)
register_model(DonorEmail, read_only=True)

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
    # The person goes (their donor record and its earlier addresses); their gifts stay in the books, unnamed.
    donors = Donor.objects.filter(Q(email__iexact=email) | Q(aliases__email__iexact=email)).distinct()
    donor_ids = list(donors.values_list("pk", flat=True))
    people = Q(donor_email__iexact=email) | Q(donor_id__in=donor_ids)
    gifts = Donation.objects.filter(people).update(**IDENTITY_BLANKS, donor=None)
    monthly = MonthlyGift.objects.filter(people).update(**IDENTITY_BLANKS, donor=None)
    removed, _by_model = Donor.objects.filter(pk__in=donor_ids).delete()
    statements, _by_model = YearEndStatement.objects.filter(email__iexact=email).delete()
    events = _trim_payloads(
        StripeEvent.objects.annotate(text=Cast("payload", TextField())).filter(text__icontains=email)
    )
    return {
        "donations kept, donor removed": gifts,
        "monthly gifts kept, donor removed": monthly,
        "year-end statement records deleted": statements,
        "donor records and earlier addresses deleted": removed,
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
