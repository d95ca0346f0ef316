"""What the organisation says on receipts and how much "cover the fees" adds: editors set these, not developers."""

from decimal import ROUND_CEILING, Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

DEFAULT_TAX_TEXT = _("No goods or services were provided in exchange for this contribution.")


@register_setting(icon="success")
class DonationSettings(BaseSiteSetting):
    """Receipts carry the organisation's tax identity; the fee offer mirrors the Stripe account's card pricing."""

    legal_name = models.CharField(
        max_length=200, blank=True, help_text=_("The name on receipts, if not the organisation's name.")
    )
    ein = models.CharField(
        max_length=20,
        blank=True,
        verbose_name=_("EIN"),
        help_text=_("The organisation's tax id (EIN), e.g. 12-3456789."),
    )
    fiscal_sponsor = models.CharField(
        max_length=200,
        blank=True,
        help_text=_("If gifts are made through a fiscal sponsor: its name and EIN, as it should appear on receipts."),
    )
    tax_text = models.TextField(
        blank=True,
        help_text=_(
            "Printed on every receipt and statement. Leave blank for “No goods or services were provided in "
            "exchange for this contribution.” (translated for Spanish speakers)."
        ),
    )
    staff_email = models.EmailField(
        blank=True, help_text=_("Who is told at once when a donor disputes a payment (default: the contact email).")
    )
    offer_fee_cover = models.BooleanField(default=True, help_text=_("Offer donors to add the card fee to their gift."))
    fee_percent = models.DecimalField(
        max_digits=4,
        decimal_places=2,
        default=Decimal("2.20"),
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("20"))],
        help_text=_("The card fee's percentage (Stripe's nonprofit rate is 2.2%)."),
    )
    fee_fixed = models.DecimalField(
        max_digits=5,
        decimal_places=2,
        default=Decimal("0.30"),
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("10"))],
        help_text=_("The card fee's fixed part per payment, in the donate page's currency."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("legal_name"), FieldPanel("ein"), FieldPanel("fiscal_sponsor"), FieldPanel("tax_text")],
            heading=_("Receipts and year-end statements"),
        ),
        FieldPanel("staff_email"),
        MultiFieldPanel(
            [FieldPanel("offer_fee_cover"), FieldPanel("fee_percent"), FieldPanel("fee_fixed")],
            heading=_("Cover the fees"),
        ),
    ]

    class Meta:
        verbose_name = _("donation settings")

    @property
    def receipt_tax_text(self):
        return self.tax_text or gettext(DEFAULT_TAX_TEXT)

    def fee_for(self, base_minor):
        """The fee (minor units) that leaves exactly `base_minor` after the card fee is taken from the total.

        Stripe takes its percentage of everything charged, the added fee included, so the total is grossed up:
        total = (base + fixed) / (1 - percent), rounded up to the cent.
        """
        if base_minor <= 0:
            return 0
        rate = Decimal(self.fee_percent) / 100
        fixed = Decimal(self.fee_fixed) * 100
        total = ((Decimal(base_minor) + fixed) / (1 - rate)).to_integral_value(rounding=ROUND_CEILING)
        return int(total) - base_minor
