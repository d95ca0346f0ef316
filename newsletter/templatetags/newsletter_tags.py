from django import template

from newsletter.forms import SignupForm

register = template.Library()


@register.inclusion_tag("newsletter/includes/signup_form.html", takes_context=True)
def newsletter_signup_form(context, place, heading="", text=""):
    """The sign-up form, unbound; `place` keeps field ids unique when a page shows it twice. Runs no query."""
    return {
        "form": SignupForm(auto_id=f"{place}-signup-%s"),
        "place": place,
        "heading": heading,
        "text": text,
        "request": context.get("request"),
    }
