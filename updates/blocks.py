"""Blocks for weekly actions and updates: one action of a Take Action Now issue, and the news body stream."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from core.blocks import LinkStructValue, PageOrURLBlock

ACTION_KINDS = [
    ("sign", _("Sign")),
    ("call", _("Call")),
    ("write", _("Write")),
    ("donate", _("Donate")),
    ("show_up", _("Show up")),
    ("share", _("Share")),
    ("learn", _("Learn")),
]

# What the button says when the editor leaves the link label empty.
DEFAULT_LINK_LABELS = {
    "sign": _("Sign now"),
    "call": _("Make the call"),
    "write": _("Write now"),
    "donate": _("Donate"),
    "show_up": _("Find out where"),
    "share": _("Share it"),
    "learn": _("Learn more"),
}


class ActionStructValue(LinkStructValue):
    """Where an action leads (the kernel's page-or-URL link), with labels that fit its kind."""

    def kind_label(self):
        return dict(ACTION_KINDS).get(self.get("kind"), "")

    def button_label(self):
        return self.get("link_label") or DEFAULT_LINK_LABELS.get(self.get("kind"), _("Take action"))


class ActionBlock(PageOrURLBlock):
    title = blocks.CharBlock(
        max_length=120,
        help_text=_("What to do, as a short command, e.g. “Tell ICE to free Ana”. Up to 120 characters."),
    )
    text = blocks.TextBlock(
        help_text=_("Two or three sentences: why it matters and what to do. Shown on the page and in the email.")
    )
    kind = blocks.ChoiceBlock(
        choices=ACTION_KINDS,
        default="sign",
        help_text=_("The tag above the title, and the button text when you leave that empty (“Sign now”…)."),
    )
    page = blocks.PageChooserBlock(
        required=False,
        help_text=_("A petition, donate page or campaign of this site; readers get their language's version."),
    )
    link_url = blocks.URLBlock(
        required=False,
        label=_("or external URL"),
        help_text=_("Only for another organisation's action, e.g. https://example.org/pledge. Fill the page or this."),
    )
    link_label = blocks.CharBlock(
        required=False,
        max_length=60,
        help_text=_("The button text, e.g. “Call the governor”. Defaults to one that fits the kind. Up to 60."),
    )

    class Meta:
        icon = "pick"
        template = "updates/blocks/action.html"
        description = _("One concrete action: what to do, why, and where it leads.")
        value_class = ActionStructValue
        label = _("Action")
        preview_value = {
            "title": "Stand with undocumented workers",
            "text": "Many of our neighbours work on the front lines with no safety net. Pledge to show up for them.",
            "kind": "sign",
            "link_url": "https://example.org/pledge",
        }


class ActionsBlock(blocks.StreamBlock):
    """The list of actions of an issue; three is the house style.

    At least one is required: the page's field starts with one empty action (see `WeeklyActionsPage.actions`)
    so a blank form opens ready to fill instead of with a "minimum number of items" error.
    """

    action = ActionBlock()

    class Meta:
        min_num = 1
        max_num = 10
        block_counts = {"action": {"min_num": 1}}
