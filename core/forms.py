"""What every public form shares: one field template through Django's form renderer, errors and help tied to
their inputs for screen readers, a honeypot for bots, and the ZIP-code field.

Forms opt in with `AccessibleFormMixin` (or `HoneypotFormMixin`, which adds the honeypot). Templates render a
whole form with `{{ form }}` or one field with `{{ form.name.as_field_group }}`; both go through
`core/forms/field.html`, so every field, error and help text looks and reads the same on every page.
Error and help ids are `<input id>-error` and `<input id>-help`.
"""

from django import forms
from django.forms.renderers import DjangoTemplates
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from core.content_version import content_version
from core.normalise import normalise_email, normalise_zip

HONEYPOT_FIELD = "website"


class FormRenderer(DjangoTemplates):
    form_template_name = "core/forms/form.html"
    field_template_name = "core/forms/field.html"


# One instance: its template engine is built once and reused by every form.
renderer = FormRenderer()

# Unbound forms' HTML, by what it depends on (see `unbound_html_key`): rendering a form field by field through
# Django's templates costs a few milliseconds, and an unbound form looks the same for every visitor.
_unbound_html = {}
MAX_UNBOUND_HTML = 512


class AccessibleFormMixin:
    """Points each input at its help text and error (aria-describedby) and marks invalid ones (aria-invalid)."""

    default_renderer = renderer
    # Show "(optional)" after the labels of optional fields (for forms whose labels do not say it already).
    mark_optional = False

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.describe_fields()

    def full_clean(self):
        super().full_clean()
        self.describe_fields()

    def unbound_html_key(self):
        """What this form's HTML depends on besides its class, prefix and the language, when it is unbound; None
        (the default) renders it every time. A form whose fields follow settings (a petition's questions) names
        them here, so a busy page renders its empty form once per process."""
        return None

    def render(self, template_name=None, context=None, renderer=None):
        key = None
        if not self.is_bound and template_name is None and context is None and renderer is None:
            key = self.unbound_html_key()
        if key is None:
            return super().render(template_name, context, renderer)
        version = content_version()  # a publish or a settings save may change a label or a choice
        key = (type(self), self.prefix, self.auto_id, translation.get_language(), key)
        if _unbound_html.get("version") != version:
            _unbound_html.clear()
            _unbound_html["version"] = version
        html = _unbound_html.get(key)
        if html is None:
            if len(_unbound_html) >= MAX_UNBOUND_HTML:
                _unbound_html.clear()
                _unbound_html["version"] = version
            html = _unbound_html[key] = super().render()
        return html

    # Django binds these to its own `render` (`__str__ = render`): `{{ form }}` must come through the one above.
    __str__ = render
    __html__ = render

    def describe_fields(self):
        for name, field in self.fields.items():
            bound = self[name]
            described_by = []
            if field.help_text:
                described_by.append(f"{bound.auto_id}-help")
            if self.is_bound and hasattr(self, "_errors") and self._errors and self._errors.get(name):
                described_by.append(f"{bound.auto_id}-error")
                field.widget.attrs["aria-invalid"] = "true"
            else:
                field.widget.attrs.pop("aria-invalid", None)
            if described_by:
                field.widget.attrs["aria-describedby"] = " ".join(described_by)
            else:
                field.widget.attrs.pop("aria-describedby", None)


class HoneypotField(forms.CharField):
    """An input people never see (hidden, out of the tab order); bots that fill every input give themselves away."""

    is_honeypot = True

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("label", _("Leave this field empty"))
        kwargs.setdefault("max_length", 200)
        kwargs.setdefault("widget", forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}))
        super().__init__(**kwargs)


class HoneypotFormMixin(AccessibleFormMixin):
    """An accessible form with a honeypot: `is_bot()` says whether to thank the sender and store nothing."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[HONEYPOT_FIELD] = HoneypotField()

    def is_bot(self):
        return bool(str(self.data.get(self.add_prefix(HONEYPOT_FIELD), "")).strip())

    def visible_fields(self):
        return [field for field in super().visible_fields() if field.name != HONEYPOT_FIELD]

    @property
    def honeypot(self):
        return self[HONEYPOT_FIELD]

    @property
    def submitted_data(self):
        """The cleaned data without the honeypot: what a model is built from."""
        return {name: value for name, value in self.cleaned_data.items() if name != HONEYPOT_FIELD}


class EmailField(forms.EmailField):
    """An email address, normalised the one way addresses are stored and compared."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 254)
        kwargs.setdefault("widget", forms.EmailInput(attrs={"autocomplete": "email"}))
        super().__init__(**kwargs)

    def clean(self, value):
        value = super().clean(value)
        return normalise_email(value) if value else value


class ZipCodeField(forms.CharField):
    """A US ZIP code; ZIP+4 and stray spaces are accepted and stored as the five digits."""

    default_error_messages = {"invalid": _("Enter a 5-digit ZIP code, for example 02139.")}

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 32)
        kwargs.setdefault("label", _("ZIP code"))
        super().__init__(**kwargs)
        self.widget.attrs.update({"autocomplete": "postal-code", "inputmode": "numeric", "size": 10})

    def clean(self, value):
        value = super().clean(value)
        if value in self.empty_values:
            return ""
        zip_code = normalise_zip(value)
        if zip_code is None:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return zip_code
