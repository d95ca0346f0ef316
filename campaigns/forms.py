"""The public forms: signing a petition (as a person or an organisation) and RSVPing to an event.

Each form asks only for the fields the editor switched on, and refuses markup instead of storing it.
"""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

from campaigns.models import Signature

MARKUP = re.compile(r"<\s*[A-Za-z!/?]")
HONEYPOT_FIELD = "website"


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


class HoneypotMixin(forms.Form):
    """A field people never see; bots that fill every input give themselves away."""

    website = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def full_clean(self):
        super().full_clean()
        # Tie each error to its field for screen readers.
        for name in self.errors:
            if name in self.fields:
                bound = self[name]
                self.fields[name].widget.attrs.update(
                    {"aria-invalid": "true", "aria-describedby": f"{bound.auto_id}_error"}
                )

    def is_bot(self):
        return bool(self.data.get(self.add_prefix(HONEYPOT_FIELD)))

    def visible_fields(self):
        return [field for field in super().visible_fields() if field.name != HONEYPOT_FIELD]


class SignatureForm(HoneypotMixin):
    def __init__(self, *args, petition, kind, **kwargs):
        kwargs.setdefault("prefix", "org" if kind == Signature.Kind.ORGANISATION else None)
        super().__init__(*args, **kwargs)
        self.petition, self.kind = petition, kind
        is_org = kind == Signature.Kind.ORGANISATION
        fields = {}
        if is_org:
            fields["organisation"] = text_field(_("Organisation name"), 200, widget=_input("organization"))
        fields["name"] = text_field(_("Contact name") if is_org else _("Full name"), 200, widget=_input("name"))
        fields["email"] = forms.EmailField(
            label=_("Contact email") if is_org else _("Email"),
            max_length=254,
            widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        )
        if petition.ask_postal_code and not is_org:
            fields["postal_code"] = text_field(
                _("ZIP or postal code"), 12, validators=[postal_code_validator], widget=_input("postal-code")
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
        honeypot = self.fields.pop(HONEYPOT_FIELD)
        self.fields.update(fields)
        self.fields[HONEYPOT_FIELD] = honeypot

    def build_signature(self):
        data = {name: value for name, value in self.cleaned_data.items() if name != HONEYPOT_FIELD}
        return Signature(petition=self.petition, kind=self.kind, **data)


class RSVPForm(HoneypotMixin):
    name = text_field(_("Full name"), 200, widget=forms.TextInput(attrs={"autocomplete": "name"}))
    email = forms.EmailField(
        label=_("Email"), max_length=254, widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )
    postal_code = text_field(
        _("ZIP or postal code"),
        12,
        validators=[postal_code_validator],
        widget=forms.TextInput(attrs={"autocomplete": "postal-code"}),
    )

    keep_updated = forms.BooleanField(
        label=_("Keep me updated about this campaign by email"),
        required=False,
        initial=False,
        help_text=_("We will send you an email to confirm first."),
    )

    field_order = ["name", "email", "postal_code", "keep_updated", HONEYPOT_FIELD]

    def __init__(self, *args, event, **kwargs):
        super().__init__(*args, **kwargs)
        self.event = event
        if not event.ask_postal_code:
            del self.fields["postal_code"]


def _input(autocomplete):
    return forms.TextInput(attrs={"autocomplete": autocomplete})
