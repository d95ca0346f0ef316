"""The email sign-up form as a block editors can place on a page."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class NewsletterSignupBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        max_length=120,
        required=False,
        help_text=_("The heading above the form. Defaults to “Get these actions by email”. Up to 120 characters."),
    )
    text = blocks.TextBlock(
        required=False,
        max_length=400,
        help_text=_("Optional line under the heading, e.g. “Three actions every Tuesday”. Up to 400 characters."),
    )

    class Meta:
        icon = "mail"
        template = "newsletter/blocks/signup.html"
        description = _(
            "The email sign-up form: three actions in the supporter's inbox every Tuesday. "
            "It replaces the sign-up form in the page footer."
        )
        label = _("Email sign-up")
        preview_value = {
            "heading": "Get these actions in your inbox",
            "text": "Three actions every Tuesday, in English or Spanish. Unsubscribe with one click.",
        }
