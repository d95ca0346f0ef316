import re

from django import forms
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from newsletter.models import normalize_email

ZIP_RE = re.compile(r"^\d{5}(-\d{4})?$")


class SignupForm(forms.Form):
    email = forms.EmailField(
        label=_("Email"),
        max_length=254,
        error_messages={
            "required": _("Enter your email address."),
            "invalid": _("Enter an email address like name@example.org."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    name = forms.CharField(
        label=_("Name (optional)"),
        max_length=100,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    zip_code = forms.CharField(
        label=_("ZIP code (optional)"),
        max_length=10,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "postal-code", "inputmode": "numeric"}),
    )
    language = forms.ChoiceField(
        label=_("Language of the emails"),
        # Each language in its own name, so a reader of either finds theirs.
        choices=[
            (code, translation.get_language_info(code)["name_local"].capitalize()) for code, _n in settings.LANGUAGES
        ],
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose English or Spanish."),
            "invalid_choice": _("Choose English or Spanish."),
        },
    )
    # A field people never see; bots fill every field they find.
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initial", {"language": translation.get_language() or settings.LANGUAGE_CODE})
        super().__init__(*args, **kwargs)

    def full_clean(self):
        super().full_clean()
        # Tie each error to its field for screen readers.
        for name in self.errors:
            if name in self.fields:
                widget = self.fields[name].widget
                widget.attrs["aria-invalid"] = "true"
                widget.attrs["aria-describedby"] = f"{self[name].auto_id}-error"

    def clean_email(self):
        return normalize_email(self.cleaned_data["email"])

    def clean_name(self):
        return " ".join(self.cleaned_data["name"].split())

    def clean_zip_code(self):
        value = self.cleaned_data["zip_code"].strip()
        if value and not ZIP_RE.match(value):
            raise forms.ValidationError(_("Enter a five-digit ZIP code, like 02130."))
        return value

    def is_bot(self):
        return bool(self.data.get("website", "").strip())
