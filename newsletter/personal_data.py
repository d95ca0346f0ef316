"""Subscribers and their deliveries are personal data; sign-ups nobody confirmed are not kept for long."""

from core.normalise import normalise_email
from newsletter.models import Delivery, Subscriber
from privacy.anonymise import days_ago
from privacy.registry import eraser, purger, register_model

register_model(Subscriber)
register_model(Delivery)


@eraser("newsletter")
def erase(email):
    subscribers = Subscriber.objects.filter(email=normalise_email(email))
    deliveries = Delivery.objects.filter(subscriber__in=subscribers).count()
    removed = subscribers.count()
    subscribers.delete()  # their deliveries go with them
    return {"subscribers deleted": removed, "deliveries deleted": deliveries}


@purger("newsletter")
def purge(now):
    cutoff = days_ago(now, "NEWSLETTER_UNCONFIRMED_RETENTION_DAYS")
    if cutoff is None:
        return {"unconfirmed sign-ups: kept (NEWSLETTER_UNCONFIRMED_RETENTION_DAYS=0)": 0}
    stale = Subscriber.objects.filter(status=Subscriber.Status.PENDING, created_at__lt=cutoff)
    removed = stale.count()
    stale.delete()
    return {f"sign-ups unconfirmed since before {cutoff.date()} deleted": removed}
