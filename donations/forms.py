"""The donate form: a preset or typed amount, once or monthly, and the campaign it supports."""

import hashlib
import uuid

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core.http import parse_id
from donations.models.records import Frequency
from donations.money import AmountError, format_amount, parse_amount, to_minor_units


def campaign_from_param(value):
    """The live page a `?campaign=<id>` names, or None for anything else (missing, junk, draft, deleted)."""
    page_id = parse_id(value)
    if page_id is None:
        return None
    return Page.objects.live().filter(pk=page_id).specific().first()


class DonationForm(forms.Form):
    amount = forms.CharField(required=False, max_length=30)
    other_amount = forms.CharField(
        required=False,
        max_length=30,
        label=_("Or another amount"),
        widget=forms.TextInput(attrs={"inputmode": "decimal"}),
    )
    frequency = forms.ChoiceField(choices=Frequency.choices, widget=forms.RadioSelect, label=_("How often"))
    campaign = forms.CharField(required=False, max_length=20, widget=forms.HiddenInput)
    token = forms.CharField(required=False, max_length=64, widget=forms.HiddenInput)

    def __init__(self, *args, page, campaign=None, **kwargs):
        self.page = page
        self.campaign_page = campaign
        kwargs.setdefault(
            "initial",
            {
                "frequency": page.default_frequency,
                "campaign": campaign.pk if campaign else "",
                "token": uuid.uuid4().hex,
            },
        )
        super().__init__(*args, **kwargs)

    @property
    def preset_choices(self):
        """(value, label) for each preset amount button."""
        return [
            (str(amount), format_amount(to_minor_units(amount), self.page.currency)) for amount in self.page.presets
        ]

    def clean_campaign(self):
        self.campaign_page = campaign_from_param(self.cleaned_data.get("campaign"))
        return self.campaign_page

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
            amount = parse_amount(typed or cleaned.get("amount"))
        except AmountError as error:
            self.add_error(field, str(error))
            return cleaned
        currency = self.page.currency
        minimum, maximum = self.page.minimum_amount, self.page.maximum_amount
        if amount < minimum:
            message = _("The smallest gift we can take is %(amount)s.")
            self.add_error(field, message % {"amount": format_amount(to_minor_units(minimum), currency)})
        elif amount > maximum:
            message = _("For gifts over %(amount)s, please contact us.")
            self.add_error(field, message % {"amount": format_amount(to_minor_units(maximum), currency)})
        else:
            cleaned["amount_minor"] = to_minor_units(amount)
        return cleaned

    def request_key(self):
        """The same form sent twice (a double click, a browser retry) gives the same key."""
        data = self.cleaned_data
        campaign = data["campaign"].pk if data.get("campaign") else ""
        raw = f"{data['token']}|{data['amount_minor']}|{data['frequency']}|{campaign}|{self.page.pk}"
        return hashlib.sha256(raw.encode()).hexdigest()
