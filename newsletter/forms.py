"""The sign-up form: an email, optionally a name and ZIP code, and the language of the emails."""

from django import forms
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from core.forms import EmailField, HoneypotFormMixin, ZipCodeField


def language_names():
    """The site's languages, each in its own name ("Español", "العربيّة"), read when the form is built."""
    return [(code, translation.get_language_info(code)["name_local"].capitalize()) for code, _n in settings.LANGUAGES]


class SignupForm(HoneypotFormMixin, forms.Form):
    email = EmailField(
        label=_("Email"),
        error_messages={
            "required": _("Enter your email address."),
            "invalid": _("Enter an email address like name@example.org."),
        },
    )
    name = forms.CharField(
        label=_("Name (optional)"),
        max_length=100,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    zip_code = ZipCodeField(label=_("ZIP code (optional)"), required=False)
    language = forms.ChoiceField(
        label=_("Language of the emails"),
        # Each language in its own name, so a reader of any finds theirs.
        choices=language_names,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose a language."),
            "invalid_choice": _("Choose a language."),
        },
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initial", {"language": translation.get_language() or settings.LANGUAGE_CODE})
        super().__init__(*args, **kwargs)

    def clean_name(self):
        return " ".join(self.cleaned_data["name"].split())
