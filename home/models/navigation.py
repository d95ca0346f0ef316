from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable, TranslatableMixin

from core.blocks import page_or_url_error


class NavigationMenu(TranslatableMixin, ClusterableModel):
    """The main menu or the footer links, one per language."""

    MAIN = "main"
    FOOTER = "footer"
    SLOTS = [(MAIN, _("Main navigation")), (FOOTER, _("Footer links"))]

    slot = models.CharField(
        max_length=20,
        choices=SLOTS,
        help_text=_("The main menu in the header, or the links in the footer. One of each per language."),
    )

    panels = [FieldPanel("slot"), InlinePanel("links", label=_("Links"))]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("navigation menu")
        unique_together = [("translation_key", "locale"), ("slot", "locale")]

    def __str__(self):
        return f"{self.get_slot_display()} ({self.locale})"


class NavigationLink(Orderable):
    menu = ParentalKey(NavigationMenu, on_delete=models.CASCADE, related_name="links")
    label = models.CharField(
        max_length=80,
        blank=True,
        help_text=_("The link text, e.g. “Campaigns”. Defaults to the page title; keep it to one or two words."),
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A page of this site; pick the page in this menu's language."),
    )
    link_url = models.URLField(
        blank=True,
        verbose_name=_("or external URL"),
        help_text=_("Only when the link leaves the site, e.g. https://example.org. Used when no page is chosen."),
    )

    panels = [FieldPanel("label"), FieldPanel("page"), FieldPanel("link_url")]

    def clean(self):
        super().clean()
        message = page_or_url_error(self.page_id, self.link_url)
        if message:
            raise ValidationError({"link_url": message})

    @cached_property
    def shown_page(self):
        """The chosen page in this menu's language. A menu translated with wagtail-localize ("Translate" on the
        English menu) keeps the English pages; each link then leads to that page's live translation, or is left
        out of the menu when it has none, never an English title on the Spanish site."""
        if not self.page_id:
            return None
        page = self.page
        if page.locale_id == self.menu.locale_id:
            return page
        translated = page.get_translation_or_none(self.menu.locale_id)
        return translated if translated is not None and translated.live else None

    @property
    def text(self):
        if self.label:
            return self.label
        if self.page_id:
            return self.shown_page.title if self.shown_page else ""
        return self.link_url

    @property
    def href(self):
        if self.page_id:
            return self.shown_page.url if self.shown_page else ""
        return self.link_url

    def __str__(self):
        return self.text
