"""The email provider's tracking webhook (django-anymail) turned into subscriber status changes.

A hard bounce, a spam complaint or an unsubscribe at the provider means: send nothing more to that address, or the
provider (and the big mailbox services) stop trusting every email the organisation sends. Soft bounces and
deferrals are left alone: the provider retries them. The reason is kept on the subscriber for the admin.
"""

import logging

from anymail.signals import EventType, tracking
from django.dispatch import receiver

from core.normalise import normalise_email
from newsletter.models import Subscriber

logger = logging.getLogger(__name__)

STATUS_FOR_EVENT = {
    EventType.BOUNCED: Subscriber.Status.BOUNCED,
    EventType.COMPLAINED: Subscriber.Status.COMPLAINED,
    EventType.UNSUBSCRIBED: Subscriber.Status.UNSUBSCRIBED,
}


def is_hard_bounce(event, esp_name):
    """Anymail calls every Postmark and Amazon SES bounce "bounced"; their payloads say whether it was permanent.
    Mailgun (and most others) already report temporary failures as "deferred"."""
    payload = event.esp_event if isinstance(event.esp_event, dict) else {}
    if esp_name == "Postmark":
        return (payload.get("Type") or payload.get("SuppressionReason")) == "HardBounce"
    if esp_name == "Amazon SES":
        return payload.get("bounce", {}).get("bounceType") == "Permanent"
    return True


def reason_for(event, esp_name):
    detail = event.description or event.mta_response or event.reject_reason or ""
    label = {EventType.BOUNCED: "hard bounce", EventType.COMPLAINED: "spam complaint"}.get(
        event.event_type, "unsubscribed at the provider"
    )
    return f"{esp_name} {label}: {detail}".strip().rstrip(":")


@receiver(tracking, dispatch_uid="newsletter_stop_sending_on_provider_events")
def stop_sending_on_provider_events(sender, event, esp_name, **kwargs):
    status = STATUS_FOR_EVENT.get(event.event_type)
    if status is None or not event.recipient:
        return
    if event.event_type == EventType.BOUNCED and not is_hard_bounce(event, esp_name):
        return
    subscriber = Subscriber.objects.filter(email=normalise_email(event.recipient)).first()
    if subscriber is None:
        return  # an address that is not (or no longer) on the list: nothing to change, nothing to keep
    subscriber.stop_sending(status, reason_for(event, esp_name))
    logger.info("Subscriber %s: %s (%s)", subscriber.pk, status, esp_name)
