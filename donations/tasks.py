"""Background work (django-tasks): donor and staff emails leave from the worker, never inside a webhook request."""

import logging

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django_tasks import task

from donations import emails
from donations.models import Donation, MonthlyGift

logger = logging.getLogger(__name__)


@task()
def send_receipt(donation_id):
    """Claims the receipt in one UPDATE (only one worker can win), then sends it; a failure frees it again."""
    claimed = Donation.objects.filter(
        pk=donation_id, status=Donation.Status.PAID, receipt_sent_at__isnull=True
    ).exclude(donor_email="")
    if not claimed.update(receipt_sent_at=timezone.now()):
        return "skipped"
    donation = Donation.objects.get(pk=donation_id)
    try:
        emails.receipt_message(donation).send()
    except Exception:
        Donation.objects.filter(pk=donation_id).update(receipt_sent_at=None)
        raise
    return "sent"


@task()
def send_payment_failed_email(gift_id):
    gift = MonthlyGift.objects.filter(pk=gift_id).exclude(donor_email="").first()
    if gift is None or gift.status == MonthlyGift.Status.CANCELLED:
        return "skipped"
    emails.payment_failed_message(gift).send()
    return "sent"


@task()
def send_manage_link(email, language):
    """Sends a link only if the address has a monthly gift; the visitor's page said the same either way."""
    live = ~Q(status=MonthlyGift.Status.CANCELLED)
    gift_ids = list(MonthlyGift.objects.filter(live, donor_email__iexact=email).values_list("pk", flat=True))
    if not gift_ids:
        return "unknown"
    emails.manage_link_message(email, language, gift_ids).send()
    return "sent"


@task()
def send_dispute_alert(donation_id, dispute_id, evidence_due_by=None):
    donation = Donation.objects.filter(pk=donation_id).first()
    if donation is None:
        return "gone"
    organisation = emails.organisation()
    recipients = (
        [organisation["staff_email"]] if organisation["staff_email"] else list(settings.DONATIONS_STAFF_EMAILS)
    ) or ([organisation["contact_email"]] if organisation["contact_email"] else [])
    for recipient in recipients:
        emails.dispute_alert_message(donation, dispute_id, recipient, evidence_due_by).send()
    if not recipients:
        logger.warning("Donation %s is disputed (%s) and no staff email is set.", donation_id, dispute_id)
    return len(recipients)
