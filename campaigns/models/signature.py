from django.db import models
from django.utils.translation import gettext_lazy as _

from core.locales import language_choices
from core.normalise import normalise_email


class Signature(models.Model):
    """Someone's name on a petition. Only what the form asked for is kept; never an IP address."""

    # Supporters' records are not content: no row in Wagtail's reference index for each one (a write per save).
    wagtail_reference_index_ignore = True

    class Kind(models.TextChoices):
        INDIVIDUAL = "individual", _("Individual")
        ORGANISATION = "organisation", _("Organisation")

    petition = models.ForeignKey(
        "campaigns.PetitionPage", on_delete=models.CASCADE, related_name="signatures", verbose_name=_("petition")
    )
    kind = models.CharField(_("signed as"), max_length=20, choices=Kind.choices, default=Kind.INDIVIDUAL)
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("email"), max_length=254, help_text=_("Stored in lower case."))
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    postal_code = models.CharField(_("ZIP or postal code"), max_length=12, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    state = models.CharField(_("state"), max_length=100, blank=True)
    comment = models.TextField(_("comment"), max_length=1000, blank=True)
    keep_updated = models.BooleanField(_("keep me updated"), default=False)
    approved = models.BooleanField(
        _("listed publicly"),
        default=False,
        help_text=_(
            "Organisations are counted at once but named on the petition page only once listed publicly: the "
            "dashboard counts those waiting, and “Organisations waiting” lists them to approve together. "
            "Individuals are never listed."
        ),
    )
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=language_choices,
        blank=True,
        help_text=_("The language of the page they signed on, e.g. to write back to them in it."),
    )
    created_at = models.DateTimeField(_("signed at"), auto_now_add=True, db_index=True)
    confirmation_sent_at = models.DateTimeField(
        _("confirmation sent at"),
        null=True,
        blank=True,
        help_text=_("When the confirmation email left; empty if none."),
    )

    class Meta:
        verbose_name = _("signature")
        verbose_name_plural = _("signatures")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["petition", "email"], name="campaigns_one_signature_per_email"),
        ]
        # A petition's counts by kind (every render of its page) read this index alone, not every signature row.
        indexes = [models.Index(fields=["petition", "kind"], name="campaigns_signature_counts")]

    def __str__(self):
        # Never the name or email: labels end up in the audit log (see privacy).
        return _("Signature %(pk)s") % {"pk": self.pk}

    def listing_status(self):
        """For the admin's listing: whether an organisation is named on the petition page yet."""
        if self.kind != self.Kind.ORGANISATION:
            return "—"
        return _("Listed") if self.approved else _("Waiting for approval")

    def save(self, *args, **kwargs):
        self.email = normalise_email(self.email)
        super().save(*args, **kwargs)
