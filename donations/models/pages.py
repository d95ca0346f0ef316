"""The donate page: the form donors fill in, and the thank-you page Stripe sends them back to."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.pages import SeoMixin
from donations import views
from donations.models.records import Frequency
from donations.money import (
    CURRENCIES,
    STRIPE_MAXIMUM,
    SYMBOLS,
    AmountError,
    format_amount,
    parse_amount,
    stripe_minimum,
    to_minor_units,
)
from home.blocks import body_field
from home.panels import editor_tabs


def validate_preset_amounts(value):
    amounts = []
    for part in value.split(","):
        try:
            amounts.append(parse_amount(part))
        except AmountError:
            raise ValidationError(_("List amounts separated by commas, like: 5, 10, 25, 50.")) from None
    if not amounts or len(amounts) > 8:
        raise ValidationError(_("Give between one and eight amounts."))


class DonatePage(RoutablePageMixin, SeoMixin, Page):
    """Where every "Donate" button leads; a campaign links here with ?campaign=<its page id>."""

    page_description = _("The donate form (one-off and monthly gifts through Stripe). Usually one per language.")

    intro = models.TextField(
        blank=True,
        help_text=_("One or two sentences above the form, e.g. “Your gift keeps the hotline open at night.”"),
    )
    preset_amounts = models.CharField(
        max_length=100,
        default="5, 10, 25, 50",
        validators=[validate_preset_amounts],
        help_text=_(
            "The amounts offered as buttons, separated by commas, e.g. 5, 10, 25, 50 (one to eight). Donors can "
            "also type their own amount."
        ),
    )
    default_frequency = models.CharField(
        max_length=10,
        choices=Frequency.choices,
        default=Frequency.ONCE,
        help_text=_("Which choice is ticked when the form opens: a one-off gift or a monthly one."),
    )
    minimum_amount = models.DecimalField(
        max_digits=9,
        decimal_places=2,
        default=Decimal("1"),
        validators=[MinValueValidator(Decimal("0.50"))],
        help_text=_("The smallest gift accepted, e.g. 1.00; Stripe refuses less than 0.50."),
    )
    maximum_amount = models.DecimalField(
        max_digits=9,
        decimal_places=2,
        default=Decimal("10000"),
        help_text=_("The largest gift accepted online, e.g. 10000.00; bigger gifts are asked to get in touch."),
    )
    currency = models.CharField(
        max_length=3,
        choices=CURRENCIES,
        default="usd",
        help_text=_("The currency of every amount on this page and in Stripe. Change it only before launch."),
    )
    thank_you_text = RichTextField(
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_(
            "Shown on the thank-you page after the amount, e.g. where the gift goes and a link to this week's "
            "actions. Leave empty for a plain thank-you."
        ),
    )
    body = body_field(_("Shown below the form: other ways to give, questions and answers about tax and privacy."))

    # Amounts are numbers, not words: every language offers the same buttons (wagtail-localize copies them).
    override_translatable_fields = [SynchronizedField("preset_amounts")]

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    action_panels = [
        FieldPanel("preset_amounts"),
        FieldPanel("default_frequency"),
        FieldRowPanel([FieldPanel("minimum_amount"), FieldPanel("maximum_amount")]),
        FieldPanel("currency"),
    ]
    after_panels = [FieldPanel("thank_you_text")]
    edit_handler = editor_tabs(content_panels, action_panels, after_panels, SeoMixin.promote_panels)
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    template = "donations/donate_page.html"

    class Meta:
        verbose_name = _("donate page")

    @property
    def presets(self):
        amounts = []
        for part in self.preset_amounts.split(","):
            try:
                amounts.append(parse_amount(part))
            except AmountError:
                continue
        return amounts

    @property
    def default_preset(self):
        """The amount ticked when the form opens, so "Donate" works at once: the second preset (5, 10, 25, 50
        -> 10), the one many donors pick, or the only one."""
        presets = self.presets
        if not presets:
            return ""
        return str(presets[1] if len(presets) > 1 else presets[0])

    @property
    def currency_symbol(self):
        return SYMBOLS.get(self.currency, "")

    @property
    def display_minimum(self):
        """The page's minimum, or Stripe's smallest charge in the currency if that is higher."""
        return format_amount(max(to_minor_units(self.minimum_amount), stripe_minimum(self.currency)), self.currency)

    @property
    def display_maximum(self):
        return format_amount(min(to_minor_units(self.maximum_amount), STRIPE_MAXIMUM), self.currency)

    def clean(self):
        super().clean()
        if self.minimum_amount and self.maximum_amount and self.minimum_amount > self.maximum_amount:
            raise ValidationError({"maximum_amount": _("The maximum must be more than the minimum.")})
        smallest = stripe_minimum(self.currency)
        if self.minimum_amount is not None and to_minor_units(self.minimum_amount) < smallest:
            message = _("Stripe cannot take less than %(amount)s in this currency.")
            raise ValidationError({"minimum_amount": message % {"amount": format_amount(smallest, self.currency)}})
        if self.maximum_amount is not None and to_minor_units(self.maximum_amount) > STRIPE_MAXIMUM:
            message = _("Stripe cannot take more than %(amount)s in one payment.")
            raise ValidationError(
                {"maximum_amount": message % {"amount": format_amount(STRIPE_MAXIMUM, self.currency)}}
            )

    @path("")
    def donate(self, request):
        return views.donate(request, self)

    @path("thanks/", name="thanks")
    def thanks(self, request):
        return views.thanks(request, self)

    def thanks_url(self, request):
        return self.get_full_url(request) + self.reverse_subpage("thanks")

    def serve_preview(self, request, mode_name):
        return TemplateResponse(request, self.template, self.get_context(request) | {"form": self.blank_form()})

    def blank_form(self, campaign=None):
        from donations.forms import DonationForm

        return DonationForm(page=self, campaign=campaign)
