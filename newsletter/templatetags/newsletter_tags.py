from functools import lru_cache

from django import template
from django.template.loader import render_to_string
from django.utils import translation

from newsletter.forms import SignupForm

register = template.Library()


@register.simple_tag
def newsletter_signup_form(place, heading="", text=""):
    """The sign-up form, unbound; `place` keeps field ids unique when a page shows it twice. Runs no query.

    Every page shows it in the footer, and its HTML depends only on these words and the language (no token, no
    visitor data): rendered once per process and language rather than field by field on every request.
    """
    return _rendered_form(place, heading or "", text or "", translation.get_language())


@lru_cache(maxsize=128)
def _rendered_form(place, heading, text, language):
    context = {"form": SignupForm(auto_id=f"{place}-signup-%s"), "place": place, "heading": heading, "text": text}
    return render_to_string("newsletter/includes/signup_form.html", context)
