"""Starting a subscription: the one path every "keep me updated" box and sign-up form goes through.

Nobody is ever subscribed silently: a new or returning address is stored as pending and sent a confirmation
email in the person's language; only the link in it confirms. A confirmed subscription is left as it is, and
the answer is the same whether or not an address was on the list, so nobody learns who subscribes.
"""

from django.db import IntegrityError, transaction
from django.utils import translation

from core.locales import site_language
from core.normalise import normalise_email, normalise_zip
from core.ratelimit import fingerprint, over_limit
from newsletter.models import Subscriber
from newsletter.tasks import send_confirmation_email

CONFIRMATION_EMAIL_LIMIT = (3, 24 * 60 * 60)  # confirmation emails per address per day


def request_subscription(email, name="", zip_code="", language=None):
    """Records the wish to subscribe and sends the confirmation email (at most three a day per address)."""
    language = _known_language(language or translation.get_language())
    data = {
        "email": normalise_email(email),
        "name": " ".join((name or "").split())[:100],
        "zip_code": normalise_zip(zip_code) or "",
        "language": language,
    }
    subscriber, send_email = record_signup(data)
    if send_email and not over_limit(
        "newsletter-confirm-email", fingerprint(subscriber.email), CONFIRMATION_EMAIL_LIMIT
    ):
        send_confirmation_email.enqueue(subscriber.pk)
    return subscriber


def record_signup(data):
    """Creates the subscriber, or decides what a repeated sign-up may change. Returns (subscriber, send_email)."""
    fields = {"name": data["name"], "zip_code": data["zip_code"], "language": data["language"]}
    try:
        with transaction.atomic():
            return Subscriber.objects.create(email=data["email"], **fields), True
    except IntegrityError:
        subscriber = Subscriber.objects.get(email=data["email"])
    if subscriber.status == Subscriber.Status.CONFIRMED:
        # Someone else may be typing this address: a confirmed subscription is left exactly as it is.
        return subscriber, False
    if subscriber.status in Subscriber.STOPPED:
        # Coming back (after unsubscribing, a bounce or a complaint) needs a fresh confirmation; until then
        # nothing is sent.
        for name, value in fields.items():
            setattr(subscriber, name, value)
        subscriber.status, subscriber.status_reason = Subscriber.Status.PENDING, ""
        subscriber.save(update_fields=[*fields, "status", "status_reason"])
    return subscriber, True


def _known_language(code):
    return site_language(code)
