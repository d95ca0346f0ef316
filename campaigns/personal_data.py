"""Signatures and RSVPs are personal data: gated in the admin, erased on request, expired after the action.

Erasing or expiring keeps the row (so a petition's count and its count by state stay true) and removes who it
was: name, email, organisation, ZIP, city and comment.
"""

from django.db.models import Q

from campaigns.models import CampaignFollower, EventRSVP, Signature
from core.normalise import normalise_email
from privacy.anonymise import days_ago, not_yet_erased, placeholder_email
from privacy.registry import eraser, purger, register_model

register_model(Signature)
register_model(EventRSVP)
register_model(CampaignFollower)

SIGNATURE_BLANKS = {
    "name": "",
    "organisation": "",
    "postal_code": "",
    "city": "",
    "comment": "",
    "keep_updated": False,
}


def _anonymise_signatures(queryset):
    count = 0
    for signature in queryset.only("pk"):
        Signature.objects.filter(pk=signature.pk).update(email=placeholder_email(), **SIGNATURE_BLANKS)
        count += 1
    return count


def _anonymise_rsvps(queryset):
    count = 0
    for rsvp in queryset.only("pk"):
        EventRSVP.objects.filter(pk=rsvp.pk).update(email=placeholder_email(), name="", postal_code="")
        count += 1
    return count


@eraser("campaigns")
def erase(email):
    email = normalise_email(email)
    signatures = _anonymise_signatures(Signature.objects.filter(email=email))
    rsvps = _anonymise_rsvps(EventRSVP.objects.filter(email=email))
    followers, _ = CampaignFollower.objects.filter(email=email).delete()
    return {
        "signatures anonymised (still counted)": signatures,
        "RSVPs anonymised (still counted)": rsvps,
        "campaign followers deleted": followers,
    }


@purger("campaigns")
def purge(now):
    cutoff = days_ago(now, "SUPPORTER_DATA_RETENTION_DAYS")
    if cutoff is None:
        return {"signatures and RSVPs: kept (SUPPORTER_DATA_RETENTION_DAYS=0)": 0}
    signatures = _anonymise_signatures(
        Signature.objects.filter(petition__closing_date__lt=cutoff.date()).exclude(**not_yet_erased())
    )
    rsvps = _anonymise_rsvps(EventRSVP.objects.filter(Q(event__ends_at__lt=cutoff)).exclude(**not_yet_erased()))
    return {
        f"signatures of petitions closed before {cutoff.date()} anonymised": signatures,
        f"RSVPs of events ended before {cutoff.date()} anonymised": rsvps,
    }
