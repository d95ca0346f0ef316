"""Background work (django-tasks): supporters' confirmation emails leave from the worker, each at most once."""

from django.utils import timezone
from django_tasks import task

from campaigns import emails
from campaigns.models.following import CampaignFollower
from campaigns.models.rsvp import EventRSVP
from campaigns.models.signature import Signature


def _send_once(model, pk, build):
    """Claims the row's confirmation in one UPDATE (only one worker wins), sends it; a failure frees it again."""
    if not model.objects.filter(pk=pk, confirmation_sent_at__isnull=True).update(confirmation_sent_at=timezone.now()):
        return "skipped"
    try:
        build(model.objects.get(pk=pk)).send()
    except Exception:
        model.objects.filter(pk=pk).update(confirmation_sent_at=None)
        raise
    return "sent"


@task()
def send_signature_confirmation(signature_id):
    return _send_once(Signature, signature_id, emails.signature_confirmation)


@task()
def send_rsvp_confirmation(rsvp_id):
    return _send_once(EventRSVP, rsvp_id, emails.rsvp_confirmation)


@task()
def send_follow_confirmation(follower_id):
    follower = CampaignFollower.objects.filter(pk=follower_id, status=CampaignFollower.Status.PENDING).first()
    if follower is None:
        return "gone"
    emails.follow_confirmation(follower).send()
    return "sent"
