"""The public forms: signing a petition (as a person or an organisation) and RSVPing to an event.

Each form asks only for the fields the editor switched on, and refuses markup instead of storing it.
"""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

from campaigns.models.signature import Signature
from core.forms import EmailField, HoneypotFormMixin

MARKUP = re.compile(r"<\s*[A-Za-z!/?]")


def no_markup(value):
    if MARKUP.search(value or ""):
        raise ValidationError(_("Please write plain text, without HTML tags."), code="markup")


postal_code_validator = RegexValidator(
    r"^[A-Za-z0-9][A-Za-z0-9 -]{1,10}$", _("Enter a ZIP or postal code, like 02130 or K1A 0B1.")
)


def text_field(label, max_length, required=True, validators=(), **kwargs):
    return forms.CharField(
        label=label, max_length=max_length, required=required, validators=[no_markup, *validators], **kwargs
    )


class CampaignForm(HoneypotFormMixin, forms.Form):
    """The kernel's accessible form with a honeypot; optional fields are marked "(optional)"."""

    mark_optional = True


class SignatureForm(CampaignForm):
    def __init__(self, *args, petition, kind, **kwargs):
        kwargs.setdefault("prefix", "org" if kind == Signature.Kind.ORGANISATION else None)
        super().__init__(*args, **kwargs)
        self.petition, self.kind = petition, kind
        is_org = kind == Signature.Kind.ORGANISATION
        fields = {}
        if is_org:
            fields["organisation"] = text_field(_("Organisation name"), 200, widget=_input("organization"))
        fields["name"] = text_field(_("Contact name") if is_org else _("Full name"), 200, widget=_input("name"))
        fields["email"] = EmailField(label=_("Contact email") if is_org else _("Email"))
        if petition.ask_postal_code and not is_org:
            fields["postal_code"] = text_field(  # optional, as the editor's setting says: marked "(optional)"
                _("ZIP or postal code"),
                12,
                required=False,
                validators=[postal_code_validator],
                widget=_input("postal-code"),
            )
        if petition.ask_city or is_org:
            fields["city"] = text_field(_("City"), 100, required=is_org, widget=_input("address-level2"))
            fields["state"] = text_field(_("State"), 100, required=False, widget=_input("address-level1"))
        if petition.ask_comment:
            fields["comment"] = text_field(
                _("Comment"), 1000, required=False, widget=forms.Textarea(attrs={"rows": 4})
            )
        if petition.offer_updates:
            fields["keep_updated"] = forms.BooleanField(
                label=_("Keep me updated about this campaign by email"),
                required=False,
                initial=False,
                help_text=_("We will send you an email to confirm first."),
            )
        self.fields.update(fields)
        self.describe_fields()

    def unbound_html_key(self):
        petition = self.petition
        return (self.kind, petition.ask_postal_code, petition.ask_city, petition.ask_comment, petition.offer_updates)

    def build_signature(self):
        return Signature(petition=self.petition, kind=self.kind, **self.submitted_data)


class RSVPForm(CampaignForm):
    name = text_field(_("Full name"), 200, widget=forms.TextInput(attrs={"autocomplete": "name"}))
    email = EmailField(label=_("Email"))
    postal_code = text_field(
        _("ZIP or postal code"),
        12,
        required=False,
        validators=[postal_code_validator],
        widget=forms.TextInput(attrs={"autocomplete": "postal-code"}),
    )

    keep_updated = forms.BooleanField(
        label=_("Keep me updated about this campaign by email"),
        required=False,
        initial=False,
        help_text=_("We will send you an email to confirm first."),
    )

    def __init__(self, *args, event, **kwargs):
        super().__init__(*args, **kwargs)
        self.event = event
        if not event.ask_postal_code:
            del self.fields["postal_code"]


def _input(autocomplete):
    return forms.TextInput(attrs={"autocomplete": autocomplete})
