"""Donors as people: one record across every gift an address (or an address merged into it) made."""

from django.db import models
from django.db.models import Sum
from django.utils.translation import gettext_lazy as _

from donations.money import format_amount


class Donor(models.Model):
    """A person who gave: their gifts, monthly gifts and statements hang on this one record.

    Created with the first paid gift from an address; staff may add a postal address for statements, mark the
    donor anonymous, or merge another record into this one (an email change), which the history keeps.
    """

    wagtail_reference_index_ignore = True

    email = models.EmailField(max_length=255, unique=True, help_text=_("Lowercased; receipts and statements go here."))
    name = models.CharField(max_length=255, blank=True)
    language = models.CharField(max_length=10, blank=True)
    postal_address = models.TextField(
        blank=True, help_text=_("Optional: printed on the donor's year-end statement, e.g. for a tax filing.")
    )
    anonymous = models.BooleanField(
        default=False,
        help_text=_("The donor asked not to be named: never shown in public, though their gifts count in totals."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["email"]
        verbose_name = _("donor")
        verbose_name_plural = _("donors")

    def __str__(self):
        return self.name or self.email

    def _kept(self, gifts):
        totals = (
            gifts.filter(status="paid")
            .values("currency")
            .order_by("currency")
            .annotate(total=Sum(models.F("amount") - models.F("amount_refunded")))
        )
        return ", ".join(format_amount(row["total"], row["currency"]) for row in totals) or format_amount(0)

    @property
    def lifetime_total(self):
        return self._kept(self.donations.all())

    def year_total(self, year):
        from donations import fiscal

        start, end = fiscal.year_bounds(year)
        return self._kept(self.donations.filter(paid_at__gte=start, paid_at__lt=end))


class DonorEmail(models.Model):
    """An earlier address of a donor (kept when two records were merged): its future gifts find the donor."""

    wagtail_reference_index_ignore = True

    donor = models.ForeignKey(Donor, on_delete=models.CASCADE, related_name="aliases")
    email = models.EmailField(max_length=255, unique=True)
    merged_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("earlier donor address")
        verbose_name_plural = _("earlier donor addresses")

    def __str__(self):
        return self.email


def donor_for(email, name="", language=""):
    """The donor an address belongs to (its own record, or the one it was merged into); made if new."""
    email = (email or "").strip().lower()
    if not email:
        return None
    alias = DonorEmail.objects.filter(email=email).select_related("donor").first()
    if alias is not None:
        return alias.donor
    donor, _created = Donor.objects.get_or_create(email=email, defaults={"name": name, "language": language})
    return donor
