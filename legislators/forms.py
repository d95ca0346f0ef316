"""Forms for the letter and the call report. Every error is tied to its field for screen readers."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import AccessibleFormMixin, EmailField, ZipCodeField
from legislators.models.actions import CallReport


class LetterForm(AccessibleFormMixin, forms.Form):
    name = forms.CharField(
        label=_("Your name"), max_length=100, widget=forms.TextInput(attrs={"autocomplete": "name"})
    )
    email = EmailField(
        label=_("Your email (optional)"),
        required=False,
        help_text=_("Needed only if you want updates; members' contact forms will ask for it too."),
    )
    city = forms.CharField(
        label=_("Your city or town"), max_length=100, widget=forms.TextInput(attrs={"autocomplete": "address-level2"})
    )
    zip = ZipCodeField(widget=forms.HiddenInput)
    district = forms.CharField(max_length=10, required=False, widget=forms.HiddenInput)
    note = forms.CharField(
        label=_("Your own words (optional)"),
        required=False,
        max_length=2_000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "A line or two about you or your town, added to every letter before the closing. Letters from "
            "constituents in their own words count most."
        ),
    )
    consent = forms.BooleanField(
        label=_("Keep my name, email, city and ZIP code so this organisation can tell me how the campaign goes."),
        required=False,
        help_text=_(
            "We email you first to confirm. Leave unticked and we keep only the number of letters, nothing about you."
        ),
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "letter-%s")
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("consent") and not cleaned.get("email"):
            self.add_error("email", _("Enter your email so we can send you updates, or untick the box below."))
        return cleaned


class CallReportForm(forms.Form):
    target = forms.CharField(max_length=40, widget=forms.HiddenInput)
    zip = forms.CharField(max_length=32, required=False, widget=forms.HiddenInput)
    outcome = forms.ChoiceField(
        label=_("How did the call go?"),
        choices=CallReport.OUTCOME_CHOICES,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose how the call went.")},
    )
