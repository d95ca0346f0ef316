"""Mixins every page type shares: share metadata, and the header and intro of index and plain pages."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index

from core.fields import optional_image


class SeoMixin(models.Model):
    """A share image and description for the meta, OpenGraph and Twitter tags of every page."""

    social_image = optional_image(_("Shown when the page is shared. Defaults to the page's main image."))

    promote_panels = Page.promote_panels + [FieldPanel("social_image")]

    class Meta:
        abstract = True

    @property
    def intro_text(self):
        """The page's short introduction for meta tags, cards and feeds: its `intro` unless the page says otherwise."""
        return getattr(self, "intro", "") or ""

    def get_meta_description(self):
        return self.search_description or self.intro_text or ""

    def get_social_image(self):
        return self.social_image or getattr(self, "hero_image", None)


class IndexPageMixin(SeoMixin):
    """A page that opens with its title and a short intro (`core/includes/page_header.html`) above a list."""

    intro = models.TextField(
        blank=True,
        help_text=_(
            "One or two sentences under the title, also used in search results and shares, e.g. “Three actions, "
            "every Tuesday.”"
        ),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        abstract = True
