from django.db import models
from django.utils.translation import gettext_lazy as _

from core.locales import language_choices
from core.normalise import normalise_email


class EventRSVP(models.Model):
    """A supporter who said they will come to an event; one per event and email."""

    # Supporters' records are not content: no row in Wagtail's reference index for each one (a write per save).
    wagtail_reference_index_ignore = True

    event = models.ForeignKey(
        "campaigns.EventPage", on_delete=models.CASCADE, related_name="rsvps", verbose_name=_("event")
    )
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("email"), max_length=254)
    postal_code = models.CharField(_("ZIP or postal code"), max_length=12, blank=True)
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=language_choices,
        blank=True,
        help_text=_("The language of the event page they answered on, e.g. to write back to them in it."),
    )
    created_at = models.DateTimeField(_("answered at"), auto_now_add=True, db_index=True)
    confirmation_sent_at = models.DateTimeField(
        _("confirmation sent at"),
        null=True,
        blank=True,
        help_text=_("When the confirmation email left; empty if none."),
    )

    class Meta:
        verbose_name = _("RSVP")
        verbose_name_plural = _("RSVPs")
        ordering = ["-created_at"]
        constraints = [models.UniqueConstraint(fields=["event", "email"], name="campaigns_one_rsvp_per_email")]

    def __str__(self):
        return _("RSVP %(pk)s") % {"pk": self.pk}

    def save(self, *args, **kwargs):
        self.email = normalise_email(self.email)
        super().save(*args, **kwargs)
