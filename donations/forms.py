"""The donate form: a preset or typed amount, once or monthly, the campaign it supports and where it came from."""

import hashlib
import re
import uuid

from django import forms
from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core.http import parse_id
from donations.models.records import Frequency
from donations.money import (
    STRIPE_MAXIMUM,
    AmountError,
    format_amount,
    parse_amount,
    stripe_minimum,
    to_minor_units,
)

SOURCE_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,49}$")


def campaign_page_types():
    """The content types a gift may be attributed to (DONATIONS_CAMPAIGN_PAGE_TYPES, "app.Model" names)."""
    models = []
    for label in settings.DONATIONS_CAMPAIGN_PAGE_TYPES:
        try:
            models.append(apps.get_model(label))
        except (LookupError, ValueError):
            continue
    return ContentType.objects.get_for_models(*models).values() if models else []


def campaign_from_param(value):
    """The live, public campaign page a `?campaign=<id>` names, or None for anything else.

    Junk, drafts, deleted pages, pages behind a login or password, and pages that are not campaigns (a private
    page's title must never be printed on the donate page) are all the same: no campaign.
    """
    page_id = parse_id(value)
    if page_id is None:
        return None
    pages = Page.objects.live().public().filter(pk=page_id, content_type__in=list(campaign_page_types()))
    return pages.specific().first()


def clean_source(value):
    """A short lowercase slug (`?source=petition-thanks`), or "" for anything else; never an error."""
    value = (value or "").strip().lower()[:60]
    return value if SOURCE_PATTERN.match(value) else ""


def initial_amount(value, page):
    """The preset a `?amount=5` link preselects, as the form's value for it; "" when it is no preset."""
    try:
        wanted = parse_amount(value)
    except AmountError:
        return ""
    for preset in page.presets:
        if preset == wanted:
            return str(preset)
    return ""


class DonationForm(forms.Form):
    amount = forms.CharField(required=False, max_length=30)
    other_amount = forms.CharField(
        required=False,
        max_length=30,
        label=_("Or another amount"),
        widget=forms.TextInput(attrs={"inputmode": "decimal"}),
    )
    frequency = forms.ChoiceField(choices=Frequency.choices, widget=forms.RadioSelect, label=_("How often"))
    cover_fees = forms.BooleanField(required=False)
    campaign = forms.CharField(required=False, max_length=20, widget=forms.HiddenInput)
    source = forms.CharField(required=False, widget=forms.HiddenInput)  # cleaned to a short slug or ""
    source_campaign = forms.CharField(required=False, widget=forms.HiddenInput)
    token = forms.CharField(required=False, max_length=64, widget=forms.HiddenInput)

    def __init__(self, *args, page, campaign=None, fee_settings=None, initial_values=None, **kwargs):
        self.page = page
        self.campaign_page = campaign
        self.fee_settings = fee_settings
        kwargs.setdefault(
            "initial",
            {
                "frequency": page.default_frequency,
                "amount": page.default_preset,
                "campaign": campaign.pk if campaign else "",
                "token": uuid.uuid4().hex,
                **(initial_values or {}),
            },
        )
        super().__init__(*args, **kwargs)

    @property
    def offers_fee_cover(self):
        return bool(self.fee_settings and self.fee_settings.offer_fee_cover)

    @property
    def fee_label_amount(self):
        """The fee for the amount already chosen (a preselected or resubmitted one), formatted; "" when none is
        chosen or it is not a gift the form would take (no fee offered on $0.50 when the minimum is $1)."""
        if not self.offers_fee_cover:
            return ""
        try:
            if self.is_bound and (self.data.get("other_amount") or "").strip():
                amount = parse_amount(self.data["other_amount"], get_language())
            else:
                amount = parse_amount(self.data.get("amount") if self.is_bound else self.initial.get("amount"))
        except AmountError:
            return ""
        minor = to_minor_units(amount)
        if not self.minimum <= minor <= self.maximum:
            return ""
        return format_amount(self.fee_settings.fee_for(minor), self.page.currency)

    @property
    def fee_rule(self):
        """ "2.2% + $0.30": how the fee is worked out, when no amount is chosen yet."""
        fees = self.fee_settings
        percent = f"{fees.fee_percent.normalize():f}"
        return f"{percent}% + {format_amount(to_minor_units(fees.fee_fixed), self.page.currency)}"

    @property
    def minimum(self):
        """The page's minimum, never below what Stripe can charge in the currency."""
        return max(to_minor_units(self.page.minimum_amount), stripe_minimum(self.page.currency))

    @property
    def maximum(self):
        return min(to_minor_units(self.page.maximum_amount), STRIPE_MAXIMUM)

    @property
    def preset_choices(self):
        """(value, label) for each preset amount button."""
        return [
            (str(amount), format_amount(to_minor_units(amount), self.page.currency)) for amount in self.page.presets
        ]

    def clean_campaign(self):
        self.campaign_page = campaign_from_param(self.cleaned_data.get("campaign"))
        return self.campaign_page

    def clean_source(self):
        return clean_source(self.cleaned_data.get("source"))

    def clean_source_campaign(self):
        return clean_source(self.cleaned_data.get("source_campaign"))

    def clean_token(self):
        token = self.cleaned_data.get("token") or ""
        try:
            return uuid.UUID(token).hex
        except ValueError:
            return uuid.uuid4().hex  # a missing or mangled token only loses double-click protection

    def clean(self):
        cleaned = super().clean()
        typed = (cleaned.get("other_amount") or "").strip()
        field = "other_amount" if typed else "amount"
        try:
            # What a donor types is read the way their language writes numbers; the buttons' values are plain.
            amount = parse_amount(typed, get_language()) if typed else parse_amount(cleaned.get("amount"))
        except AmountError as error:
            self.add_error(field, str(error))
            return cleaned
        currency = self.page.currency
        minor = to_minor_units(amount)
        fee = self.fee_settings.fee_for(minor) if self.offers_fee_cover and cleaned.get("cover_fees") else 0
        if minor < self.minimum:
            message = _("The smallest gift we can take is %(amount)s.")
            self.add_error(field, message % {"amount": format_amount(self.minimum, currency)})
        elif minor + fee > self.maximum:
            message = _("For gifts over %(amount)s, please contact us.")
            self.add_error(field, message % {"amount": format_amount(self.maximum, currency)})
        else:
            cleaned["base_minor"] = minor
            cleaned["fee_minor"] = fee
            cleaned["amount_minor"] = minor + fee
        return cleaned

    def request_key(self):
        """The same form sent twice (a double click, a browser retry) gives the same key."""
        data = self.cleaned_data
        campaign = data["campaign"].pk if data.get("campaign") else ""
        raw = (
            f"{data['token']}|{data['amount_minor']}|{data['fee_minor']}|{data['frequency']}|{campaign}|"
            f"{data.get('source', '')}|{self.page.pk}"
        )
        return hashlib.sha256(raw.encode()).hexdigest()
