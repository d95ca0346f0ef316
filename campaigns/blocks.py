"""Campaign body blocks: the shared stream plus calls to act on this campaign or give to it."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

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
    page = blocks.PageChooserBlock(help_text=_("One of this campaign's actions: a petition, letter, call or event."))
    label = blocks.CharBlock(required=False, max_length=80, help_text=_("Defaults to the action's title."))
    text = blocks.TextBlock(required=False, max_length=300, help_text=_("One or two sentences on why it matters."))

    class Meta:
        icon = "pick"
        template = "campaigns/blocks/campaign_action.html"
        description = _("A call to take one of this campaign's actions, with a button to it.")
        value_class = ActionStructValue
        label = _("Call to act")


class DonateToCampaignBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, default=_("Fund this campaign"))
    text = blocks.TextBlock(required=False, max_length=400)
    label = blocks.CharBlock(max_length=60, default=_("Donate to this campaign"))

    class Meta:
        icon = "pick"
        template = "campaigns/blocks/donate_to_campaign.html"
        description = _("A donate button that credits the gift to this campaign.")
        label = _("Donate to this campaign")
        preview_value = {
            "heading": "Just $5 or $10 keeps this campaign going",
            "text": "Your gift pays for bond funds and rides to court.",
            "label": "Donate to this campaign",
        }


class CampaignStreamBlock(BaseStreamBlock):
    campaign_action = CampaignActionBlock()
    donate_to_campaign = DonateToCampaignBlock()
