"""The one field template: labels, help and errors tied to inputs, the honeypot hidden, the same ids everywhere."""

from django import forms

from core.forms import AccessibleFormMixin, EmailField, HoneypotFormMixin, ZipCodeField


class ExampleForm(HoneypotFormMixin, forms.Form):
    name = forms.CharField(label="Your name")
    email = EmailField(label="Email", help_text="We write only about this campaign.")
    zip = ZipCodeField(required=False)
    agree = forms.BooleanField(label="I agree", required=False)
    colour = forms.ChoiceField(choices=[("r", "Red"), ("b", "Blue")], widget=forms.RadioSelect, label="Colour")


def test_an_unbound_form_points_inputs_at_their_help():
    html = str(ExampleForm())
    assert '<p class="help" id="id_email-help">We write only about this campaign.</p>' in html
    assert 'aria-describedby="id_email-help"' in html
    assert "aria-invalid" not in html
    assert "<legend>Colour</legend>" in html
    assert '<label class="choice" for="id_agree"><input type="checkbox"' in html


def test_errors_are_tied_to_their_inputs_with_one_id_style():
    form = ExampleForm({"name": "", "email": "nope", "zip": "12", "colour": "r"})
    assert not form.is_valid()
    html = str(form)
    assert '<p class="form-error" id="id_name-error">This field is required.</p>' in html
    assert 'aria-describedby="id_email-help id_email-error"' in html
    assert 'id="id_zip-error">Enter a 5-digit ZIP code, for example 02139.</p>' in html
    assert html.count('aria-invalid="true"') == 3


def test_the_honeypot_is_hidden_last_and_catches_bots():
    form = ExampleForm({"name": "Rosa", "email": "Rosa@Example.org", "colour": "r", "website": "http://spam"})
    html = str(form)
    assert '<div class="visually-hidden" aria-hidden="true">' in html
    assert 'tabindex="-1"' in html and 'value=""' in html
    assert html.rindex('name="website"') > html.rindex('name="colour"')
    assert form.is_bot()
    assert "website" not in [field.name for field in form.visible_fields()]


def test_cleaned_values_are_normalised_and_exclude_the_honeypot():
    form = ExampleForm({"name": "Rosa", "email": " Rosa@Example.ORG ", "zip": "02139-4307", "colour": "b"})
    assert form.is_valid() and not form.is_bot()
    assert form.submitted_data == {
        "name": "Rosa",
        "email": "rosa@example.org",
        "zip": "02139",
        "agree": False,
        "colour": "b",
    }


def test_optional_fields_can_be_marked():
    class Marked(AccessibleFormMixin, forms.Form):
        mark_optional = True
        nickname = forms.CharField(required=False)

    assert '<span class="form-optional">(optional)</span>' in str(Marked())
