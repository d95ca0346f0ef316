"""The common StreamField blocks every content page shares.

Every block has a plain label that no other block in the same picker shares, an icon, a one-line description
and a preview value, so the block picker shows editors what each block makes before they add it.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageChooserBlock

from core.blocks import PageOrURLBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(
        max_length=200,
        help_text=_("A few words that name the section, e.g. “Three ways to act this week”. Up to 200 characters."),
    )
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section (H2)")), ("h3", _("Subsection (H3)")), ("h4", _("Minor heading (H4)"))],
        default="h2",
        help_text=_("Use H2 for a main section; H3 only below an H2. Screen readers use the levels to navigate."),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "home/blocks/heading.html"
        description = _("A section heading; keep levels in order for screen readers.")
        preview_value = {"text": "Three ways to act this week", "level": "h2"}


class ImageWithCaptionBlock(blocks.StructBlock):
    image = ImageChooserBlock(help_text=_("A photo or graphic from the image library, shown full width."))
    alt_text = blocks.CharBlock(
        required=False,
        max_length=255,
        help_text=_(
            "What the image shows, for people who cannot see it, e.g. “Volunteers outside the courthouse in "
            "Boston”. Required unless the image is decorative."
        ),
    )
    decorative = blocks.BooleanBlock(
        required=False,
        help_text=_("Tick only if the image adds nothing to the text; screen readers then skip it."),
    )
    caption = blocks.CharBlock(
        required=False,
        max_length=255,
        help_text=_("Optional line shown under the image, e.g. the photographer's credit. Up to 255 characters."),
    )

    class Meta:
        icon = "image"
        label = _("Image")
        template = "home/blocks/image.html"
        preview_template = "home/blocks/previews/image.html"
        description = _("An image with alt text and an optional caption.")
        preview_value = {
            "alt_text": "Volunteers holding signs outside the courthouse",
            "caption": "Our rapid response volunteers, March 2026.",
        }

    def clean(self, value):
        value = super().clean(value)
        if value.get("image") and not value.get("alt_text") and not value.get("decorative"):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "alt_text": ValidationError(
                        _("Describe the image for people who cannot see it, or tick “decorative”.")
                    )
                }
            )
        return value


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(help_text=_("The words, without quotation marks; two or three sentences at most."))
    attribution = blocks.CharBlock(
        required=False,
        max_length=200,
        help_text=_("Who said it, e.g. “Rosa, a volunteer in Providence”. Use a first name only if they asked."),
    )

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "home/blocks/quote.html"
        description = _("A pull quote with who said it.")
        preview_value = {
            "quote": "Every day that our neighbours stay detained puts our whole community at risk.",
            "attribution": "A volunteer with the rapid response network",
        }


class CallToActionBlock(PageOrURLBlock):
    label = blocks.CharBlock(
        max_length=80,
        help_text=_("What the button says: a verb first, e.g. “Find a legal clinic”. Up to 80 characters."),
    )
    page = blocks.PageChooserBlock(
        required=False, help_text=_("A page of this site; visitors get its version in their language.")
    )
    link_url = blocks.URLBlock(
        required=False,
        label=_("or external URL"),
        help_text=_("Only when the link leaves the site, e.g. https://example.org/form. Fill the page or this."),
    )
    style = blocks.ChoiceBlock(
        choices=[("primary", _("Primary")), ("secondary", _("Secondary"))],
        default="primary",
        help_text=_("Primary is the bold button; use it once per page, for the main thing to do."),
    )

    class Meta:
        icon = "link"
        label = _("Button link")
        template = "home/blocks/call_to_action.html"
        description = _("A single button that leads to a page of this site or an external link.")
        preview_value = {"label": "Find a legal clinic", "link_url": "https://example.org", "style": "primary"}


class PrivacyEmbedBlock(EmbedBlock):
    """An embed shown as a plain link: nothing loads from a third party until the visitor follows it."""

    class Meta:
        icon = "media"
        label = _("Video or post from another site")
        template = "home/blocks/embed.html"
        description = _("A video or post from another site, shown as a link so no third-party script loads.")
        preview_value = "https://www.youtube.com/watch?v=example"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(help_text=_("A file from the document library, e.g. a PDF card or toolkit."))
    label = blocks.CharBlock(
        required=False,
        max_length=200,
        help_text=_("The link text. Defaults to the document title, e.g. “Know your rights card”."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document link")
        template = "home/blocks/document_link.html"
        description = _("A link to a document, with its type and size.")

    def get_preview_value(self):
        # A stand-in document (the real template only reads these attributes), so the picker shows a preview
        # even on a site whose library is still empty.
        return {
            "label": "",
            "document": {
                "url": "#",
                "title": "Know your rights card",
                "file_extension": "pdf",
                "get_file_size": 182000,
            },
        }


class FAQItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(
        max_length=255, help_text=_("As a supporter would ask it, e.g. “Do I have to open the door?”")
    )
    answer = blocks.RichTextBlock(
        features=["bold", "italic", "link", "ol", "ul"], help_text=_("A short, plain answer; link to more.")
    )

    class Meta:
        label = _("Question")


class FAQBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        required=False, max_length=200, help_text=_("Optional heading above the questions, e.g. “Your rights”.")
    )
    items = blocks.ListBlock(FAQItemBlock(), label=_("Questions"))

    class Meta:
        icon = "help"
        label = _("Questions and answers")
        template = "home/blocks/faq.html"
        description = _("Questions and answers that open one at a time, without JavaScript.")
        preview_value = {
            "title": "Your rights at the door",
            "items": [
                {
                    "question": "Do I have to open the door?",
                    "answer": "<p>No. Ask them to pass a warrant under it.</p>",
                },
                {"question": "Do I have to answer questions?", "answer": "<p>No. You may stay silent.</p>"},
            ],
        }


class NewsletterSignupBlock(blocks.StructBlock):
    """The email sign-up form on a page. The frame owns it (it is in every footer); the form is newsletter's."""

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
            "text": "Three actions every Tuesday, in your language. Unsubscribe with one click.",
        }


RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "link", "document-link", "ol", "ul", "hr"]


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        label=_("Text"),
        template="home/blocks/paragraph.html",
        help_text=_("Paragraphs, lists and links. Keep sentences short; bold only what must not be missed."),
        description=_("Rich text: paragraphs, lists and links."),
        preview_value="<p>Sign up with a local group and commit to stand with undocumented neighbours.</p>",
    )
    image = ImageWithCaptionBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    embed = PrivacyEmbedBlock(
        help_text=_("The address of a video or post, e.g. https://www.youtube.com/watch?v=…; shown as a plain link.")
    )
    document = DocumentLinkBlock()
    faq = FAQBlock()
    newsletter_signup = NewsletterSignupBlock()


def body_field(help_text):
    """A page's optional body, written with the common blocks."""
    return StreamField(BaseStreamBlock(), blank=True, use_json_field=True, help_text=help_text)


def page_has_block(page, block_type):
    """Whether any StreamField of `page` holds a top-level block of this type, read from the stored data.

    The frame uses it so a page never shows the same call twice: an editor's sign-up or donate block makes
    the automatic one step aside. Reading `raw_data` loads no chosen pages, images or documents.
    """
    meta = getattr(page, "_meta", None)
    for field in meta.get_fields() if meta else ():
        if isinstance(field, StreamField):
            stream = getattr(page, field.name, None)
            if stream is not None and any(item.get("type") == block_type for item in stream.raw_data):
                return True
    return False
