"""Campaign body blocks: the shared stream plus a card for one of the campaign's actions and a donate box.

A page never shows the same call twice: when the body holds the donate box, the campaign page's automatic
fundraising card steps aside and the box shows the progress bar instead (see `CampaignPage.get_context`).
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from campaigns.progress import Progress
from home.blocks import BaseStreamBlock


class ActionStructValue(blocks.StructValue):
    """The action page in the visitor's language, and a label that defaults to its title."""

    def action_page(self):
        page = self.get("page")
        return page.localized.specific if page else None

    def url(self):
        page = self.action_page()
        return page.url if page and page.live else ""

    def link_label(self):
        page = self.action_page()
        return self.get("label") or (page.title if page else "")


class CampaignActionBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(
        help_text=_("One of this campaign's actions: a petition, letter, call or event. Hidden until it is live.")
    )
    label = blocks.CharBlock(
        required=False,
        max_length=80,
        help_text=_("The button text, e.g. “Sign the petition”. Defaults to the action's title. Up to 80 characters."),
    )
    text = blocks.TextBlock(
        required=False,
        max_length=300,
        help_text=_("One or two sentences above the button on why it matters. Up to 300 characters."),
    )

    class Meta:
        icon = "pick"
        template = "campaigns/blocks/campaign_action.html"
        description = _("A card that sends readers to one of this campaign's actions, with a button to it.")
        value_class = ActionStructValue
        label = _("Action card")

    def get_preview_value(self):
        # The template reads url, text and link_label; a plain dict stands in for an action page not yet chosen.
        return {
            "url": "#",
            "text": "Thousands of our neighbours are held far from their families. Add your name today.",
            "link_label": "Sign the petition",
        }


class DonateToCampaignBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        max_length=120,
        default=_("Fund this campaign"),
        help_text=_("A short ask, e.g. “Just $5 or $10 keeps this campaign going”. Up to 120 characters."),
    )
    text = blocks.TextBlock(
        required=False,
        max_length=400,
        help_text=_("Optional: what a gift pays for, in a sentence or two. Up to 400 characters."),
    )
    label = blocks.CharBlock(
        max_length=60,
        default=_("Donate to this campaign"),
        help_text=_("The button text. The gift is credited to this campaign on the donate page."),
    )

    class Meta:
        icon = "success"
        template = "campaigns/blocks/donate_to_campaign.html"
        description = _(
            "A donate box that credits the gift to this campaign; it replaces the automatic fundraising box."
        )
        label = _("Donate box")
        preview_value = {
            "heading": "Just $5 or $10 keeps this campaign going",
            "text": "Your gift pays for bond funds and rides to court.",
            "label": "Donate to this campaign",
        }

    def get_preview_context(self, value, parent_context=None):
        context = super().get_preview_context(value, parent_context)
        context.update(campaign_donate_url="#", fundraising=Progress(3200, 10000))
        return context


class CampaignStreamBlock(BaseStreamBlock):
    campaign_action = CampaignActionBlock()
    donate_to_campaign = DonateToCampaignBlock()
