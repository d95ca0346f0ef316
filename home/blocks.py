"""The common StreamField blocks every content page shares."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from core.blocks import PageOrURLBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=200)
    level = blocks.ChoiceBlock(choices=[("h2", "H2"), ("h3", "H3"), ("h4", "H4")], default="h2")

    class Meta:
        icon = "title"
        template = "home/blocks/heading.html"
        description = _("A section heading; keep levels in order for screen readers.")
        preview_value = {"text": "Three ways to act this week", "level": "h2"}


class ImageWithCaptionBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        required=False,
        max_length=255,
        help_text=_("Describe the image for people who cannot see it. Leave empty only if it is decorative."),
    )
    caption = blocks.CharBlock(required=False, max_length=255)

    class Meta:
        icon = "image"
        template = "home/blocks/image.html"
        description = _("An image with alt text and an optional caption.")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock()
    attribution = blocks.CharBlock(required=False, max_length=200)

    class Meta:
        icon = "openquote"
        template = "home/blocks/quote.html"
        description = _("A pull quote with who said it.")
        preview_value = {
            "quote": "Every day that our neighbours stay detained puts our whole community at risk.",
            "attribution": "A volunteer with the rapid response network",
        }


class CallToActionBlock(PageOrURLBlock):
    label = blocks.CharBlock(max_length=80)
    page = blocks.PageChooserBlock(required=False)
    link_url = blocks.URLBlock(required=False, label=_("or external URL"))
    style = blocks.ChoiceBlock(choices=[("primary", _("Primary")), ("secondary", _("Secondary"))], default="primary")

    class Meta:
        icon = "link"
        template = "home/blocks/call_to_action.html"
        description = _("A button that leads to a page of this site or an external link.")
        preview_value = {"label": "Sign the petition", "link_url": "https://example.org", "style": "primary"}


class PrivacyEmbedBlock(EmbedBlock):
    """An embed shown as a plain link: nothing loads from a third party until the visitor follows it."""

    class Meta:
        icon = "media"
        template = "home/blocks/embed.html"
        description = _("A video or post from another site, shown as a link so no third-party script loads.")


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    label = blocks.CharBlock(required=False, max_length=200, help_text=_("Defaults to the document title."))

    class Meta:
        icon = "doc-full"
        template = "home/blocks/document_link.html"
        description = _("A link to a document, with its type and size.")


class FAQItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=255)
    answer = blocks.RichTextBlock(features=["bold", "italic", "link", "ol", "ul"])


class FAQBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, max_length=200)
    items = blocks.ListBlock(FAQItemBlock())

    class Meta:
        icon = "help"
        template = "home/blocks/faq.html"
        description = _("Questions and answers that open one at a time, without JavaScript.")


class NewsletterSignupBlock(blocks.StructBlock):
    """The email sign-up form on a page. The frame owns it (it is in every footer); the form is newsletter's."""

    heading = blocks.CharBlock(
        max_length=120, required=False, help_text=_("Defaults to “Get these actions by email”.")
    )
    text = blocks.TextBlock(required=False, max_length=400)

    class Meta:
        icon = "mail"
        template = "newsletter/blocks/signup.html"
        description = _("The email sign-up form: three actions in the supporter's inbox every Tuesday.")
        label = _("Email sign-up")
        preview_value = {
            "heading": "Get these actions in your inbox",
            "text": "Three actions every Tuesday, in English or Spanish. Unsubscribe with one click.",
        }


RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "link", "document-link", "ol", "ul", "hr"]


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="home/blocks/paragraph.html",
        description=_("Rich text: paragraphs, lists and links."),
        preview_value="<p>Sign up with a local group and commit to stand with undocumented neighbours.</p>",
    )
    image = ImageWithCaptionBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    embed = PrivacyEmbedBlock()
    document = DocumentLinkBlock()
    faq = FAQBlock()
    newsletter_signup = NewsletterSignupBlock()
