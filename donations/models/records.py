"""What happened to each gift, recorded from Stripe's point of view and never counted twice."""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from donations.money import format_amount


class Frequency(models.TextChoices):
    ONCE = "once", _("One time")
    MONTHLY = "monthly", _("Monthly")


class Donation(models.Model):
    """One payment: a one-time gift, or one month of a monthly gift.

    Amounts are integers in the currency's minor unit (cents), exactly as Stripe reports them. Every Stripe id
    that identifies a payment is unique here, so a re-delivered or replayed event finds the row it already made.
    """

    # Supporters' records are not content: no row in Wagtail's reference index for each one (a write per save).
    wagtail_reference_index_ignore = True

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        PAID = "paid", _("Paid")
        FAILED = "failed", _("Failed")
        EXPIRED = "expired", _("Expired")
        REFUNDED = "refunded", _("Refunded")

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    amount = models.PositiveIntegerField(help_text=_("In the currency's minor unit (cents)."))
    amount_refunded = models.PositiveIntegerField(default=0)
    currency = models.CharField(max_length=3, default="usd")
    frequency = models.CharField(max_length=10, choices=Frequency.choices, default=Frequency.ONCE)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True)
    campaign = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    donate_page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    monthly_gift = models.ForeignKey(
        "donations.MonthlyGift", null=True, blank=True, on_delete=models.SET_NULL, related_name="donations"
    )
    language = models.CharField(max_length=10, blank=True)
    donor_name = models.CharField(max_length=255, blank=True)
    donor_email = models.EmailField(max_length=255, blank=True, db_index=True)
    # A hash of the submitted form (its one-time token and values): a double-click finds this row again.
    request_key = models.CharField(max_length=64, unique=True, null=True, blank=True, editable=False)
    checkout_url = models.URLField(max_length=1000, blank=True, editable=False)
    stripe_checkout_session_id = models.CharField(max_length=255, unique=True, null=True, blank=True)
    stripe_payment_intent_id = models.CharField(max_length=255, blank=True, db_index=True)
    stripe_customer_id = models.CharField(max_length=255, blank=True)
    stripe_subscription_id = models.CharField(max_length=255, blank=True, db_index=True)
    stripe_invoice_id = models.CharField(max_length=255, unique=True, null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    paid_at = models.DateTimeField(null=True, blank=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("donation")
        verbose_name_plural = _("donations")
        indexes = [models.Index(fields=["campaign", "status"])]

    def __str__(self):
        return f"{self.display_amount} {self.get_frequency_display().lower()} ({self.get_status_display()})"

    @property
    def display_amount(self):
        return format_amount(self.amount, self.currency)

    @property
    def amount_major(self):
        """The amount in dollars (or euros...), for spreadsheets."""
        return f"{self.amount / 100:.2f}"

    @property
    def is_monthly(self):
        return self.frequency == Frequency.MONTHLY


class MonthlyGift(models.Model):
    """A donor's monthly gift: one Stripe subscription, each month's payment a Donation of its own."""

    # Supporters' records are not content: no row in Wagtail's reference index for each one (a write per save).
    wagtail_reference_index_ignore = True

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        CANCELLED = "cancelled", _("Cancelled")

    stripe_subscription_id = models.CharField(max_length=255, unique=True)
    stripe_customer_id = models.CharField(max_length=255, blank=True)
    amount = models.PositiveIntegerField(help_text=_("Per month, in the currency's minor unit (cents)."))
    currency = models.CharField(max_length=3, default="usd")
    campaign = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    donor_name = models.CharField(max_length=255, blank=True)
    donor_email = models.EmailField(max_length=255, blank=True, db_index=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.ACTIVE, db_index=True)
    started_at = models.DateTimeField(null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-started_at"]
        verbose_name = _("monthly gift")
        verbose_name_plural = _("monthly gifts")

    def __str__(self):
        return _("%(amount)s a month (%(status)s)") % {
            "amount": self.display_amount,
            "status": self.get_status_display(),
        }

    @property
    def display_amount(self):
        return format_amount(self.amount, self.currency)


class StripeEvent(models.Model):
    """Every webhook event, stored once by its Stripe id before it is processed (so a re-delivery is a no-op)."""

    # Supporters' records are not content: no row in Wagtail's reference index for each one (a write per save).
    wagtail_reference_index_ignore = True

    stripe_id = models.CharField(max_length=255, unique=True)
    type = models.CharField(max_length=100, db_index=True)
    payload = models.JSONField()
    received_at = models.DateTimeField(auto_now_add=True)
    processed_at = models.DateTimeField(null=True, blank=True)
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["-received_at"]
        verbose_name = _("Stripe event")
        verbose_name_plural = _("Stripe events")

    def __str__(self):
        return f"{self.type} {self.stripe_id}"
