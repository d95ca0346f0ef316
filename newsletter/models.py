"""Subscribers to the weekly email, and one delivery row per issue and subscriber so nobody gets an issue twice."""

import uuid

from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.locales import default_language, language_choices
from core.normalise import normalise_email


class Subscriber(models.Model):
    """Someone who asked for the weekly actions. Only what the form asks for: no IP address, no tracking."""

    # Supporters' records are not content: no row in Wagtail's reference index for each one (a write per save).
    wagtail_reference_index_ignore = True

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for confirmation")
        CONFIRMED = "confirmed", _("Confirmed")
        UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")
        # Set by the email provider's tracking webhook (newsletter/tracking.py): nothing more is sent to them.
        BOUNCED = "bounced", _("Address bounced")
        COMPLAINED = "complained", _("Marked as spam")

    # Statuses that stop every email until the person signs up (and confirms) again.
    STOPPED = (Status.UNSUBSCRIBED, Status.BOUNCED, Status.COMPLAINED)

    email = models.EmailField(_("email"), max_length=254, unique=True)
    name = models.CharField(_("name"), max_length=100, blank=True)
    zip_code = models.CharField(_("ZIP code"), max_length=10, blank=True)
    language = models.CharField(_("language"), max_length=8, choices=language_choices, default=default_language)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.PENDING)
    # Signed into confirmation and unsubscribe links, so links never carry a guessable id.
    key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    created_at = models.DateTimeField(_("signed up"), default=timezone.now, editable=False)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True, editable=False)
    unsubscribed_at = models.DateTimeField(_("unsubscribed"), null=True, blank=True, editable=False)
    status_reason = models.CharField(
        _("reason"),
        max_length=255,
        blank=True,
        help_text=_("Why sending stopped, as the email provider reported it (bounce, spam complaint, unsubscribe)."),
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")
        constraints = [models.UniqueConstraint(Lower("email"), name="newsletter_subscriber_unique_email_ci")]
        indexes = [models.Index(fields=["status", "language"])]

    def __str__(self):
        # Never the email: labels end up in choosers and the audit log (see privacy).
        return _("Subscriber %(pk)s") % {"pk": self.pk}

    def save(self, *args, **kwargs):
        self.email = normalise_email(self.email)
        super().save(*args, **kwargs)

    def confirm(self):
        self.status = self.Status.CONFIRMED
        self.confirmed_at = timezone.now()
        self.unsubscribed_at = None
        self.save(update_fields=["status", "confirmed_at", "unsubscribed_at"])

    def unsubscribe(self):
        if self.status == self.Status.UNSUBSCRIBED:
            return
        self.status = self.Status.UNSUBSCRIBED
        self.unsubscribed_at = timezone.now()
        self.status_reason = ""
        self.save(update_fields=["status", "unsubscribed_at", "status_reason"])

    def stop_sending(self, status, reason):
        """The provider says this address bounced, complained or unsubscribed: stop, and keep why."""
        self.status = status
        self.unsubscribed_at = timezone.now()
        self.status_reason = reason[:255]
        self.save(update_fields=["status", "unsubscribed_at", "status_reason"])


class Delivery(models.Model):
    """One issue sent (or to be sent) to one subscriber. The unique pair is what makes sending resumable.

    A task claims a row by moving it from pending to sending in one UPDATE; only the task that claimed it sends,
    so a rerun of the command or a duplicate task never sends the same issue to the same person twice.
    """

    # Supporters' records are not content: no row in Wagtail's reference index for each one (a write per save).
    wagtail_reference_index_ignore = True

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting")
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")
        SKIPPED = "skipped", _("Skipped (unsubscribed)")

    issue = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The weekly issue in the default language; each subscriber gets their language's version."),
    )
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="deliveries")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    language = models.CharField(max_length=8, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "pk"]
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        constraints = [
            models.UniqueConstraint(fields=["issue", "subscriber"], name="newsletter_delivery_once_per_issue")
        ]
        indexes = [models.Index(fields=["issue", "status"])]

    def __str__(self):
        return f"{self.issue_id} → {self.subscriber_id} ({self.status})"
