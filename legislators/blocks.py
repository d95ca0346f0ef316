"""Blocks for legislator actions: the bills a call script is about, and a sample letter's paragraphs."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class BillBlock(blocks.StructBlock):
    name = blocks.CharBlock(max_length=200, help_text=_("For example “GRACE Act”."))
    house_number = blocks.CharBlock(required=False, max_length=40, help_text=_("For example “H.R. 2146”."))
    senate_number = blocks.CharBlock(required=False, max_length=40, help_text=_("For example “S.1088”."))
    summary = blocks.TextBlock(required=False, help_text=_("What the bill would do, in a sentence or two."))
    link = blocks.URLBlock(required=False, help_text=_("Optional: the bill's page on congress.gov."))

    class Meta:
        icon = "doc-full"
        label = _("Bill")
        template = "legislators/blocks/bill.html"
        description = _("A bill the call is about: its name, House and Senate numbers and what it would do.")
        preview_value = {
            "name": "GRACE Act",
            "house_number": "H.R. 2146",
            "senate_number": "S.1088",
            "summary": "Sets a floor of 95,000 refugee admissions every year.",
        }


class BillsBlock(blocks.StreamBlock):
    bill = BillBlock()


class LetterParagraphBlock(blocks.TextBlock):
    """One paragraph of a sample letter: wagtail-localize offers each for translation on its own."""

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        rows = 3
        description = _("One paragraph of the letter; each line you type becomes its own paragraph.")
        preview_value = "Dear {title} {last_name}, I live in {city} and I ask you to support the Dignity Act."


class LetterBlock(blocks.StreamBlock):
    paragraph = LetterParagraphBlock()

    class Meta:
        min_num = 1
