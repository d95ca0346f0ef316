"""Campaign updates: "keep me updated about this campaign" adds a follower of that campaign, never a subscriber
of the weekly Take Action Now list. Double opt-in: the follower is pending until they open the emailed link and
press "Confirm"; the answer is the same whether or not the address already followed the campaign."""

from django.apps import apps
from django.conf import settings
from django.db import IntegrityError, transaction

from core.normalise import normalise_email
from core.ratelimit import fingerprint, over_limit
from core.tasks import enqueue_on_commit

CONFIRMATION_EMAIL_LIMIT = (3, 24 * 60 * 60)  # confirmation emails per address per day, all campaigns together


def campaign_of(page):
    """The campaign a petition or event belongs to (its parent), or None for one outside any campaign."""
    # Looked up by name: importing the page module would loop back (it imports the views, which import this).
    campaign_page = apps.get_model("campaigns", "CampaignPage")
    parent = page.get_parent()
    return parent.specific if parent is not None and isinstance(parent.specific, campaign_page) else None


def follow(campaign, email, name, language):
    """Records the wish to follow `campaign` and queues the confirmation email (at most three a day per address)."""
    from campaigns.models.following import CampaignFollower
    from campaigns.tasks import send_follow_confirmation

    language = language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
    email = normalise_email(email)
    try:
        with transaction.atomic():
            follower = CampaignFollower.objects.create(
                campaign=campaign, email=email, name=name[:200], language=language
            )
    except IntegrityError:
        follower = CampaignFollower.objects.get(campaign=campaign, email=email)
        if follower.status == CampaignFollower.Status.CONFIRMED:
            return follower  # left as it is: someone else may be typing this address
        follower.status, follower.language = CampaignFollower.Status.PENDING, language
        follower.save(update_fields=["status", "language"])
    if not over_limit("campaigns-follow-email", fingerprint(email), CONFIRMATION_EMAIL_LIMIT):
        enqueue_on_commit(send_follow_confirmation, follower.pk)
    return follower
