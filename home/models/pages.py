from django.db import models
from django.http import Http404
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.models import Locale, Page
from wagtail.search import index

from core.fields import optional_image, optional_page
from core.pages import ImageAltPageForm, IndexPageMixin, SeoMixin, decorative_field
from core.sections import HOME_PAGE_SECTIONS, render_sections
from home.blocks import body_field
from home.frame_cache import cached_frame_part, cached_frame_part_unless_preview
from home.panels import editor_tabs


class HomePage(SeoMixin, Page):
    """The front page: a hero, then the sections apps register (campaign, actions, donate, updates), then a body."""

    page_description = _(
        "The front page of a language's site: hero, featured campaign, actions, updates. One per language."
    )

    hero_heading = models.CharField(
        max_length=200,
        help_text=_("The big line at the top of the home page, e.g. “Stand with our neighbours”. Up to 200."),
    )
    hero_intro = models.TextField(
        blank=True, help_text=_("One or two sentences under the heading: who we are and what we ask of visitors.")
    )
    hero_image = optional_image(
        _("A landscape photo beside the heading, at least 1200 px wide; also the default share image.")
    )
    hero_image_alt = models.CharField(
        max_length=255,
        blank=True,
        help_text=_(
            "What the photo shows, for people who cannot see it, e.g. “People marching together with banners”. "
            "Required with a photo unless it is decorative."
        ),
    )
    hero_image_decorative = decorative_field()
    hero_cta_label = models.CharField(
        max_length=80,
        blank=True,
        help_text=_("The button under the heading, e.g. “Take action now”. Shown only with a page below it."),
    )
    hero_cta_page = optional_page(_("Where the hero button leads, e.g. this week's Take Action Now issue."))
    featured_campaign = optional_page(
        _("The campaign shown first on the home page. Leave empty to show the newest active campaign.")
    )
    donate_heading = models.CharField(
        max_length=200,
        blank=True,
        help_text=_("Heading of the home page's donate section, e.g. “Just $5 keeps the hotline open”."),
    )
    donate_text = models.TextField(
        blank=True,
        help_text=_("One or two sentences: what a gift pays for. The button goes to the donate page."),
    )
    body = body_field(_("Optional content at the bottom of the home page, after the campaign, actions and updates."))

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("hero_heading"),
                FieldPanel("hero_intro"),
                FieldPanel("hero_image"),
                FieldPanel("hero_image_alt"),
                FieldPanel("hero_image_decorative"),
                FieldPanel("hero_cta_label"),
                PageChooserPanel("hero_cta_page"),
            ],
            heading=_("Hero"),
        ),
        PageChooserPanel("featured_campaign", ["campaigns.CampaignPage"]),
        FieldPanel("body"),
    ]
    action_panels = [
        MultiFieldPanel([FieldPanel("donate_heading"), FieldPanel("donate_text")], heading=_("Donate call")),
    ]
    edit_handler = editor_tabs(content_panels, action_panels, promote=SeoMixin.promote_panels)

    base_form_class = ImageAltPageForm
    image_alt_fields = [("hero_image", "hero_image_alt", "hero_image_decorative")]

    search_fields = Page.search_fields + [index.SearchField("hero_intro"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    @property
    def intro_text(self):
        return self.hero_intro

    # What the frame reads of a home page on every request, fetched once with it (the cached site's root).
    FRAME_RELATIONS = ("hero_image", "social_image", "hero_cta_page")

    def with_frame_relations(self):
        for name in self.FRAME_RELATIONS:
            getattr(self, name)
        return self

    def serves_language(self, language):
        """Whether this home page is the one for URLs in `language` (its locale's language), kept with the frame."""
        if not language:
            return True
        code = cached_frame_part(f"locale-code:{self.locale_id}", lambda: self.locale.language_code)
        return code.lower() == language.lower()

    @property
    def localized(self):
        """The home page in the visitor's language, kept with the frame: Wagtail routes every URL from it."""
        try:
            locale_id = Locale.get_active().pk
        except (LookupError, Locale.DoesNotExist):
            return self
        if locale_id == self.locale_id:
            return self
        return cached_frame_part(
            f"home:{self.translation_key}:{locale_id}",
            lambda: super(HomePage, self).localized.specific.with_frame_relations(),
        )

    def route(self, request, path_components):
        """Every page of the site is found in one query (home/routing.py), not two per level of the tree.

        Only from the home page in the URL's language: where that language has no live home page yet, Wagtail
        routes from the default one, which would put English pages under /ar/; that is a 404 instead."""
        if not self.serves_language(translation.get_language()):
            raise Http404
        if not path_components:
            return super().route(request, path_components)
        from home.routing import route_by_url_path

        return route_by_url_path(self, request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Each app adds its own sections through the `register_home_page_section` hook (core/sections.py). They
        # show published pages and settings only, so they are kept with the frame (a preview renders its own).
        key = f"home-sections:{self.pk}:{translation.get_language()}"
        sections = cached_frame_part_unless_preview(
            request, key, lambda: render_sections(self, request, HOME_PAGE_SECTIONS)
        )
        # The sections' own templates escaped what they show; the joined HTML is kept as it came out of them.
        context["sections_html"] = mark_safe(sections["html"])  # noqa: S308
        context["page_stylesheets"] = sections["stylesheets"]
        return context


class StandardPage(IndexPageMixin, Page):
    """About, privacy policy and other plain content pages."""

    page_description = _(
        "A plain page of text, e.g. About us, Know your rights, Privacy; it can hold other standard pages."
    )

    body = body_field(_("The page's content: text, headings, images, questions and answers, buttons."))

    content_panels = IndexPageMixin.content_panels + [FieldPanel("body")]
    search_fields = IndexPageMixin.search_fields + [index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]
