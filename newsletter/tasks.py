"""Background work (django-tasks): emails leave from the worker, never from inside a request."""

import logging

from django.core.mail import get_connection
from django.db.models import F, Q
from django.utils import timezone
from django_tasks import task
from wagtail.models import Page

from newsletter.emails import confirmation_message, issue_message, site_base_url
from newsletter.models import Delivery, Subscriber

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 3


@task()
def send_confirmation_email(subscriber_id):
    subscriber = Subscriber.objects.filter(pk=subscriber_id, status=Subscriber.Status.PENDING).first()
    if subscriber is None:
        return "gone"
    confirmation_message(subscriber).send()
    return "sent"


@task()
def send_issue_deliveries(delivery_ids):
    """Sends the deliveries it manages to claim; returns how many it sent."""
    base_url = site_base_url()
    issues = {}
    sent = 0
    with get_connection() as connection:
        for delivery_id in delivery_ids:
            if _claim(delivery_id):
                sent += _send_one(delivery_id, connection, base_url, issues)
    return sent


def _claim(delivery_id):
    """Moves a waiting (or failed, retryable) delivery to `sending` in one UPDATE: only one worker can win."""
    retryable = Q(status=Delivery.Status.PENDING) | Q(status=Delivery.Status.FAILED, attempts__lt=MAX_ATTEMPTS)
    return bool(
        Delivery.objects.filter(retryable, pk=delivery_id).update(
            status=Delivery.Status.SENDING, attempts=F("attempts") + 1, claimed_at=timezone.now()
        )
    )


def _send_one(delivery_id, connection, base_url, issues):
    delivery = Delivery.objects.select_related("subscriber").get(pk=delivery_id)
    subscriber = delivery.subscriber
    if subscriber.status != Subscriber.Status.CONFIRMED:
        _finish(delivery, Delivery.Status.SKIPPED)
        return 0
    issue = _issue_in_language(delivery.issue_id, subscriber.language, issues)
    if issue is None:
        _finish(delivery, Delivery.Status.SKIPPED, error="The issue is no longer published.")
        return 0
    if issue is WAIT_FOR_TRANSLATION:
        # Never the English issue to a Spanish reader: hand the row back, a later run sends the translation.
        Delivery.objects.filter(pk=delivery.pk).update(
            status=Delivery.Status.PENDING, attempts=F("attempts") - 1, claimed_at=None
        )
        return 0
    try:
        message = issue_message(subscriber, issue, base_url)
        message.connection = connection
        message.send()
    except Exception as error:  # noqa: BLE001 - any backend error: record it, retry on the next run
        logger.warning("Weekly actions email %s failed: %s", delivery_id, error)
        _finish(delivery, Delivery.Status.FAILED, error=f"{type(error).__name__}: {error}"[:1000])
        return 0
    _finish(delivery, Delivery.Status.SENT, language=issue.locale.language_code)
    return 1


def _finish(delivery, status, error="", language=""):
    Delivery.objects.filter(pk=delivery.pk).update(
        status=status,
        error=error,
        language=language or delivery.language,
        sent_at=timezone.now() if status == Delivery.Status.SENT else None,
    )


WAIT_FOR_TRANSLATION = object()


def _issue_in_language(issue_id, language, cache):
    """The live issue in the subscriber's language; `WAIT_FOR_TRANSLATION` when that translation is not live
    yet, None when the issue itself is gone. Looked up once per task and language."""
    key = (issue_id, language)
    if key not in cache:
        source = Page.objects.filter(pk=issue_id).live().first()
        issue = None
        if source is not None:
            translated = (
                Page.objects.filter(translation_key=source.translation_key, locale__language_code=language)
                .live()
                .first()
            )
            if translated is not None:
                issue = translated.specific
            elif source.locale.language_code == language:
                issue = source.specific
            else:
                issue = WAIT_FOR_TRANSLATION
        cache[key] = issue
    return cache[key]
