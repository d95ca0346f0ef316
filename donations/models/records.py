"""What happened to each gift, recorded from Stripe's point of view and never counted twice."""

import uuid

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from donations.money import format_amount, major


def local_time(value):
    """A timestamp in the site's time zone (TIME_ZONE), as staff read it in a spreadsheet."""
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M") if value else ""


def labelled(label):
    """A read-only property with a proper label in the admin's inspect view and listings ("Refunded", not
    "Refunded major")."""

    def decorator(function):
        function.short_description = label
        return property(function)

    return decorator


class Frequency(models.TextChoices):
    ONCE = "once", _("One time")
    MONTHLY = "monthly", _("Monthly")


class Method(models.TextChoices):
    """How the money came: online through Stripe, or a gift staff recorded by hand (an offline gift)."""

    STRIPE = "stripe", _("Online (Stripe)")
    CHEQUE = "cheque", _("Cheque")
    CASH = "cash", _("Cash")
    TRANSFER = "transfer", _("Bank transfer")
    DAF = "daf", _("Donor-advised fund")
    STOCK = "stock", _("Stock")


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
        DISPUTED = "disputed", _("Disputed")

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    amount = models.PositiveIntegerField(help_text=_("In the currency's minor unit (cents)."))
    amount_refunded = models.PositiveIntegerField(default=0)
    fee_amount = models.PositiveIntegerField(
        default=0, help_text=_("The part of the amount the donor added to cover card fees (minor unit).")
    )
    amount_disputed = models.PositiveIntegerField(default=0)
    currency = models.CharField(max_length=3, default="usd")
    frequency = models.CharField(max_length=10, choices=Frequency.choices, default=Frequency.ONCE)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True)
    method = models.CharField(max_length=10, choices=Method.choices, default=Method.STRIPE, db_index=True)
    note = models.TextField(blank=True, help_text=_("Staff's note on an offline gift (cheque number, fund, shares)."))
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
    donor = models.ForeignKey(
        "donations.Donor", null=True, blank=True, on_delete=models.SET_NULL, related_name="donations"
    )
    donor_name = models.CharField(max_length=255, blank=True)
    donor_email = models.EmailField(max_length=255, blank=True, db_index=True)
    # Where the gift came from: ?source= (or utm_source) and utm_campaign on the donate link, short slugs.
    source = models.SlugField(max_length=50, blank=True, db_index=True)
    source_campaign = models.SlugField(max_length=50, blank=True)
    # A hash of the submitted form (its one-time token and values): a double-click finds this row again.
    request_key = models.CharField(max_length=64, unique=True, null=True, blank=True, editable=False)
    checkout_url = models.URLField(max_length=1000, blank=True, editable=False)
    stripe_checkout_session_id = models.CharField(max_length=255, unique=True, null=True, blank=True)
    stripe_payment_intent_id = models.CharField(max_length=255, blank=True, db_index=True)
    stripe_customer_id = models.CharField(max_length=255, blank=True)
    stripe_subscription_id = models.CharField(max_length=255, blank=True, db_index=True)
    stripe_invoice_id = models.CharField(max_length=255, unique=True, null=True, blank=True)
    # A keyed hash of the random key the giving browser holds in a cookie: only that browser manages the gift.
    browser_key_hash = models.CharField(max_length=64, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    paid_at = models.DateTimeField(null=True, blank=True, db_index=True)
    refunded_at = models.DateTimeField(null=True, blank=True)
    disputed_at = models.DateTimeField(null=True, blank=True)
    receipt_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("donation")
        verbose_name_plural = _("donations")
        indexes = [models.Index(fields=["campaign", "status"])]

    def __str__(self):
        return f"{self.display_amount} {self.get_frequency_display().lower()} ({self.get_status_display()})"

    def save(self, *args, **kwargs):
        if self.donor_id is None and self.donor_email and self.paid_at:
            from donations.models.donors import donor_for

            self.donor = donor_for(self.donor_email, self.donor_name, self.language)
        super().save(*args, **kwargs)
        self.mark_statement_out_of_date()

    def mark_statement_out_of_date(self):
        """A gift of a year whose statement already went out changed (added, refunded, disputed): the donor's
        statement is marked out of date, and `send_year_end_statements --corrections` sends a corrected one."""
        if self.paid_at and self.donor_email:
            from donations import fiscal

            emails = {self.donor_email.strip().lower()}
            if self.donor_id:
                emails.add(self.donor.email)
            YearEndStatement.objects.filter(
                email__in=emails, year=fiscal.year_of(self.paid_at), out_of_date=False
            ).update(out_of_date=True)

    @labelled(_("Amount"))
    def display_amount(self):
        return format_amount(self.amount, self.currency)

    @labelled(_("Amount"))
    def amount_major(self):
        """The amount in dollars (or euros...), for spreadsheets."""
        return major(self.amount)

    @labelled(_("Fees covered"))
    def display_fee(self):
        return format_amount(self.fee_amount, self.currency)

    @labelled(_("Gift"))
    def display_base(self):
        return format_amount(self.amount - self.fee_amount, self.currency)

    @property
    def base_amount(self):
        """What the donor chose to give, before any fee they added."""
        return self.amount - self.fee_amount

    @labelled(_("Gift"))
    def base_major(self):
        return major(self.base_amount)

    @labelled(_("Fees covered"))
    def fee_major(self):
        return major(self.fee_amount)

    @labelled(_("Refunded"))
    def refunded_major(self):
        return major(self.amount_refunded)

    @labelled(_("Disputed"))
    def disputed_major(self):
        return major(self.amount_disputed)

    @property
    def net_amount(self):
        """What the organisation keeps: nothing once disputed (until won), the unrefunded part otherwise."""
        if self.status != self.Status.PAID:
            return 0
        return max(self.amount - self.amount_refunded, 0)

    @labelled(_("Net kept"))
    def net_major(self):
        return major(self.net_amount)

    @labelled(_("Created"))
    def created_local(self):
        return local_time(self.created_at)

    @labelled(_("Paid"))
    def paid_local(self):
        return local_time(self.paid_at)

    @labelled(_("Refunded on"))
    def refunded_local(self):
        return local_time(self.refunded_at)

    @labelled(_("Disputed on"))
    def disputed_local(self):
        return local_time(self.disputed_at)

    @property
    def is_offline(self):
        return self.method != Method.STRIPE

    @labelled(_("Offline"))
    def offline_label(self):
        return self.get_method_display() if self.is_offline else ""

    @property
    def is_monthly(self):
        return self.frequency == Frequency.MONTHLY


class MonthlyGift(models.Model):
    """A donor's monthly gift: one Stripe subscription, each month's payment a Donation of its own."""

    # Supporters' records are not content: no row in Wagtail's reference index for each one (a write per save).
    wagtail_reference_index_ignore = True

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        PAST_DUE = "past_due", _("Past due")
        UNPAID = "unpaid", _("Lapsed (unpaid)")
        PAUSED = "paused", _("Paused")
        CANCELLED = "cancelled", _("Cancelled")

    stripe_subscription_id = models.CharField(max_length=255, unique=True)
    stripe_customer_id = models.CharField(max_length=255, blank=True)
    amount = models.PositiveIntegerField(help_text=_("Per month, in the currency's minor unit (cents)."))
    currency = models.CharField(max_length=3, default="usd")
    campaign = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    donor = models.ForeignKey(
        "donations.Donor", null=True, blank=True, on_delete=models.SET_NULL, related_name="monthly_gifts"
    )
    donor_name = models.CharField(max_length=255, blank=True)
    donor_email = models.EmailField(max_length=255, blank=True, db_index=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.ACTIVE, db_index=True)
    cancel_at_period_end = models.BooleanField(
        default=False, help_text=_("The donor cancelled; the gift ends when the month already paid for ends.")
    )
    cancel_at = models.DateTimeField(null=True, blank=True)
    language = models.CharField(max_length=10, blank=True)
    # Kept from the first month so every renewal is credited alike: where the gift came from, and the part of
    # each month the donor added to cover card fees (minor unit).
    source = models.SlugField(max_length=50, blank=True)
    source_campaign = models.SlugField(max_length=50, blank=True)
    fee_amount = models.PositiveIntegerField(default=0)
    started_at = models.DateTimeField(null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    # When the subscription news last applied here was created at Stripe: older news arriving late is ignored.
    stripe_updated_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-started_at"]
        verbose_name = _("monthly gift")
        verbose_name_plural = _("monthly gifts")

    def save(self, *args, **kwargs):
        if self.donor_id is None and self.donor_email:
            from donations.models.donors import donor_for

            self.donor = donor_for(self.donor_email, self.donor_name, self.language)
        super().save(*args, **kwargs)

    def __str__(self):
        return _("%(amount)s a month (%(status)s)") % {
            "amount": self.display_amount,
            "status": self.get_status_display(),
        }

    @labelled(_("Amount"))
    def display_amount(self):
        return format_amount(self.amount, self.currency)

    @labelled(_("Amount"))
    def amount_major(self):
        return major(self.amount)

    @labelled(_("Started"))
    def started_local(self):
        return local_time(self.started_at)

    @labelled(_("Cancelled"))
    def cancelled_local(self):
        return local_time(self.cancelled_at)


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


class YearEndStatement(models.Model):
    """One year-end statement sent to one donor address: the command resumes after it and never sends twice."""

    email = models.EmailField(max_length=255)
    year = models.PositiveSmallIntegerField()
    language = models.CharField(max_length=10, blank=True)
    gifts = models.PositiveIntegerField(default=0)
    sent_at = models.DateTimeField(auto_now_add=True)
    # What the statement said (a hash of each gift's id and kept amount): a correction is sent only if it changed.
    fingerprint = models.CharField(max_length=64, blank=True, editable=False)
    out_of_date = models.BooleanField(
        default=False, help_text=_("A gift of this year was added, refunded or disputed after the statement went out.")
    )
    corrected_at = models.DateTimeField(null=True, blank=True)
    corrections = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["-year", "email"]
        verbose_name = _("year-end statement")
        verbose_name_plural = _("year-end statements")
        constraints = [models.UniqueConstraint(fields=["email", "year"], name="one_statement_per_donor_and_year")]

    def __str__(self):
        return f"{self.year} #{self.pk}"


class SpentLink(models.Model):
    """An emailed "manage my gift" link that was used: its random id, kept until the link would have expired
    anyway (the purge deletes it then). The link itself carries no email address, only gift ids."""

    wagtail_reference_index_ignore = True

    nonce = models.CharField(max_length=40, unique=True)
    expires_at = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = _("spent manage link")
        verbose_name_plural = _("spent manage links")

    def __str__(self):
        return self.nonce
