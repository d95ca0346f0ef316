"""Gifts that never went through Stripe (a cheque, cash, a bank transfer, a donor-advised fund, shares of stock),
recorded by staff allowed to act on donations. They are paid donations like any other: in every total, export,
receipt and statement, marked with how they came."""

import hashlib
import uuid
from datetime import datetime, time
from decimal import Decimal, InvalidOperation

from django import forms
from django.contrib import messages
from django.db import IntegrityError, transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.log_actions import LogFormatter, log

from core.locales import default_language, language_choices
from donations.admin_actions import _require
from donations.forms import campaign_page_types, clean_source
from donations.fulfilment import queue_receipt
from donations.models import Donation
from donations.models.records import Method
from donations.money import CURRENCIES, STRIPE_MAXIMUM, to_minor_units

RECORD = "donations.offline_gift"


def campaign_choices():
    from wagtail.models import Page

    pages = Page.objects.filter(content_type__in=list(campaign_page_types())).order_by("title")
    return [("", "---------")] + [(str(page.pk), page.title) for page in pages.only("pk", "title")]


class OfflineGiftForm(forms.Form):
    method = forms.ChoiceField(
        label=gettext_lazy("How the gift came"), choices=[c for c in Method.choices if c[0] != Method.STRIPE]
    )
    received_on = forms.DateField(
        label=gettext_lazy("Date received"),
        help_text=gettext_lazy("The day the gift was received (its statement year follows it), e.g. 2026-12-31."),
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    amount = forms.CharField(label=gettext_lazy("Amount"), max_length=20, help_text=gettext_lazy("E.g. 250.00."))
    currency = forms.ChoiceField(label=gettext_lazy("Currency"), choices=CURRENCIES, initial="usd")
    donor_name = forms.CharField(label=gettext_lazy("Donor's name"), max_length=255, required=False)
    donor_email = forms.EmailField(
        label=gettext_lazy("Donor's email"),
        required=False,
        help_text=gettext_lazy("For the receipt and the year-end statement."),
    )
    language = forms.ChoiceField(
        label=gettext_lazy("Donor's language"), choices=language_choices, initial=default_language
    )
    campaign = forms.ChoiceField(label=gettext_lazy("Campaign"), required=False)
    source = forms.CharField(label=gettext_lazy("Source"), max_length=50, required=False)
    note = forms.CharField(
        label=gettext_lazy("Note"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("Cheque number, fund name, or the shares given and their value on the day."),
    )
    send_receipt = forms.BooleanField(label=gettext_lazy("Email the donor a receipt"), required=False, initial=True)
    token = forms.UUIDField(widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["campaign"].choices = campaign_choices()

    def clean_amount(self):
        try:
            amount = Decimal(self.cleaned_data["amount"].strip().lstrip("$").replace(",", ""))
        except InvalidOperation:
            raise forms.ValidationError(_("Enter an amount like 250.00.")) from None
        if amount <= 0 or amount.as_tuple().exponent < -2 or to_minor_units(amount) > STRIPE_MAXIMUM * 100:
            raise forms.ValidationError(_("Enter an amount like 250.00."))
        return to_minor_units(amount)

    def clean_received_on(self):
        received = self.cleaned_data["received_on"]
        if received > timezone.localdate():
            raise forms.ValidationError(_("The date cannot be in the future."))
        return received

    def clean_source(self):
        return clean_source(self.cleaned_data.get("source"))

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("send_receipt") and not cleaned.get("donor_email"):
            self.add_error("donor_email", _("A receipt needs the donor's email."))
        return cleaned


def record(request):
    _require(request)
    if request.method == "POST":
        form = OfflineGiftForm(request.POST)
        if form.is_valid():
            donation = _save(form.cleaned_data)
            if donation is not None:
                log(instance=donation, action=RECORD, user=request.user, data={"amount": donation.display_amount})
                messages.success(
                    request, _("The gift of %(amount)s is recorded.") % {"amount": donation.display_amount}
                )
            return redirect("donations_donation:index")
    else:
        form = OfflineGiftForm(initial={"token": uuid.uuid4(), "received_on": timezone.localdate()})
    context = {
        "page_title": _("Record an offline gift"),
        "header_icon": "success",
        "form": form,
        "submit_label": _("Record the gift"),
    }
    return TemplateResponse(request, "donations/admin/action_form.html", context)


def _save(data):
    """The donation, once per form (the form's token is its key: a double-click records nothing twice)."""
    key = hashlib.sha256(f"offline|{data['token']}".encode()).hexdigest()
    noon = datetime.combine(data["received_on"], time(12, 0), tzinfo=timezone.get_current_timezone())
    try:
        with transaction.atomic():
            donation = Donation.objects.create(
                request_key=key,
                method=data["method"],
                status=Donation.Status.PAID,
                amount=data["amount"],
                currency=data["currency"],
                paid_at=noon,
                donor_name=data["donor_name"],
                donor_email=data["donor_email"],
                language=data["language"],
                campaign_id=int(data["campaign"]) if data.get("campaign") else None,
                source=data["source"],
                note=data["note"],
            )
            if data["send_receipt"]:
                queue_receipt(donation.pk)
    except IntegrityError:
        return None  # the same form again
    return donation


class OfflineGiftFormatter(LogFormatter):
    label = gettext_lazy("Record an offline gift")

    def format_message(self, log_entry):
        return _("Recorded an offline gift of %(amount)s") % {"amount": (log_entry.data or {}).get("amount", "")}
