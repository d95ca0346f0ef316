"""Mixins every page type shares: share metadata, the header and intro of index and plain pages, and the admin
form that asks for an image's description."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
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


def decorative_field():
    """The "decorative" box beside a page's main image and its description (see `ImageAltPageForm`)."""
    return models.BooleanField(
        _("decorative image"),
        default=False,
        help_text=_(
            "Tick only when the photo adds nothing a reader would miss (a texture, an abstract pattern): screen "
            "readers then skip it and no description is needed. Otherwise describe it above."
        ),
    )


# Set by `mark_autosave` on the data of a background autosave.
AUTOSAVE_MARK = "_amparo_autosave"


def mark_autosave(request, page):
    """`before_edit_page`: Wagtail 8 autosaves the edit form in the background (a POST that asks for JSON). The
    form cannot see the request, so the autosave's data is marked for `ImageAltPageForm`."""
    if request.method == "POST" and not request.accepts("text/html"):
        data = request.POST.copy()
        data[AUTOSAVE_MARK] = "1"
        request.POST = data


class ImageAltPageForm(WagtailAdminPageForm):
    """A page's main image needs a description unless the editor marks it decorative (WCAG 1.1.1).

    The page model lists `image_alt_fields`: (image, description, decorative) field names. Checked here, in the
    admin form, rather than in `Model.clean()`, so pages made in code (the demo loader, imports) are not refused.
    A decorative image's description is cleared, so templates render `alt=""` for it; an empty one takes the
    description the image was uploaded with (Wagtail's image "description"), so nobody types it twice.

    A background autosave of a draft is not refused for it: Wagtail autosaves half a second after an image is
    chosen, before anyone could type its description, and would show "Autosave is paused" for a field the editor
    is about to fill. Saving a draft, publishing and submitting for moderation still ask for it.
    """

    def clean(self):
        cleaned = super().clean()
        for image, alt, decorative in getattr(self._meta.model, "image_alt_fields", ()):
            if alt not in self.fields:
                continue
            if cleaned.get(decorative):
                cleaned[alt] = ""
            elif cleaned.get(image) and not (cleaned.get(alt) or "").strip():
                # The description typed when the image was uploaded, so it is not typed twice.
                described = (getattr(cleaned[image], "description", "") or "").strip()
                if described:
                    cleaned[alt] = described
                elif not (self.is_deferred_validation and self.data.get(AUTOSAVE_MARK)):
                    self.add_error(
                        alt, _("Describe the image for people who cannot see it, or tick “decorative image”.")
                    )
        return cleaned
