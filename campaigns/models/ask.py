"""The donation ask shown after an action: on by default, in the editor's words when they want other words."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

# The seed campaigns ask "just $5 or $10 from each of you": the two amounts the ask offers, in dollars.
ASK_AMOUNTS = (5, 10)


class DonationAskMixin(models.Model):
    """Fields for the "chip in $5 or $10" ask on an action's thank-you step.

    People give most right after they have acted, so every action page asks by default; an editor can turn it
    off (a petition to a funder, a partner's action) or change its words, per page and per language.
    """

    donation_ask = models.BooleanField(
        _("ask for a donation after the action"),
        default=True,
        help_text=_("Shows $5, $10 and “other amount” buttons on the thank-you step, linked to the donate page."),
    )
    donation_ask_text = models.CharField(
        _("words of the donation ask"),
        max_length=300,
        blank=True,
        help_text=_("Leave empty for: “Can you chip in $5 or $10 to keep this campaign going?”"),
    )

    donation_ask_panel = MultiFieldPanel(
        [FieldPanel("donation_ask"), FieldPanel("donation_ask_text")], heading=_("After the action: donation ask")
    )

    class Meta:
        abstract = True
