"""Queueing an issue: one delivery row per confirmed subscriber, then tasks that send the rows still waiting.

Which issue to send is the caller's business (`updates`' `send_weekly_actions` command): an issue here is any
page with a primary key.
"""

from django.db.models import Q

from newsletter.models import Delivery, Subscriber
from newsletter.tasks import MAX_ATTEMPTS, send_issue_deliveries

BATCH_SIZE = 100


def queue_issue(issue, batch_size=BATCH_SIZE):
    """Creates the missing deliveries and enqueues the ones not yet sent. Safe to run again at any time.

    Returns (created, queued, sent so far).
    """
    subscriber_ids = Subscriber.objects.filter(status=Subscriber.Status.CONFIRMED).values_list("pk", flat=True)
    existing = set(Delivery.objects.filter(issue_id=issue.pk).values_list("subscriber_id", flat=True))
    missing = [Delivery(issue_id=issue.pk, subscriber_id=pk) for pk in subscriber_ids if pk not in existing]
    # ignore_conflicts: a second command racing this one cannot create a second row for the same pair.
    Delivery.objects.bulk_create(missing, batch_size=500, ignore_conflicts=True)

    waiting = Q(status=Delivery.Status.PENDING) | Q(status=Delivery.Status.FAILED, attempts__lt=MAX_ATTEMPTS)
    to_send = list(Delivery.objects.filter(waiting, issue_id=issue.pk).order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(to_send), batch_size):
        send_issue_deliveries.enqueue(to_send[start : start + batch_size])
    already_sent = Delivery.objects.filter(issue_id=issue.pk, status=Delivery.Status.SENT).count()
    return len(missing), len(to_send), already_sent
