import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from core.locales import language_choices
from core.normalise import normalise_email


class CampaignFollower(models.Model):
    """Someone who asked for updates about one campaign ("keep me updated about this campaign"): a list of its
    own, separate from the weekly Take Action Now email, with its own double opt-in."""

    wagtail_reference_index_ignore = True

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for confirmation")
        CONFIRMED = "confirmed", _("Confirmed")
        UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")

    campaign = models.ForeignKey(
        "campaigns.CampaignPage", on_delete=models.CASCADE, related_name="followers", verbose_name=_("campaign")
    )
    email = models.EmailField(_("email"), max_length=254)
    name = models.CharField(_("name"), max_length=200, blank=True)
    language = models.CharField(_("language"), max_length=10, choices=language_choices, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.PENDING)
    key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    created_at = models.DateTimeField(_("asked at"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("campaign follower")
        verbose_name_plural = _("campaign followers")
        constraints = [models.UniqueConstraint(fields=["campaign", "email"], name="campaigns_one_follower_per_email")]

    def __str__(self):
        return _("Campaign follower %(pk)s") % {"pk": self.pk}

    def save(self, *args, **kwargs):
        self.email = normalise_email(self.email)
        super().save(*args, **kwargs)
