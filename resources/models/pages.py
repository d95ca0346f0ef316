"""The resource section: an index with filters, resource pages with their files, and the directory page."""

from django import forms
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.models import Topic
from core.pages import IndexPageMixin, SeoMixin
from home.blocks import body_field
from resources.choices import RESOURCE_KINDS
from resources.listings import directory_listing, resource_listing


class ResourceIndexPage(IndexPageMixin, Page):
    """The resource section: every resource below it, filtered by kind, topic and language."""

    page_description = _("A list of resources, e.g. Know your rights materials; resource pages go inside it.")

    parent_page_types = ["home.HomePage"]
    subpage_types = ["resources.ResourcePage", "resources.DirectoryPage"]

    class Meta:
        verbose_name = _("resource index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        resources = ResourcePage.objects.child_of(self).live().public()
        directory = self.get_children().live().public().type(DirectoryPage).first()
        context.update(resource_listing(request, resources, directory))
        return context


class ResourcePage(SeoMixin, Page):
    """A toolkit, guide, factsheet, legal explainer or template, with its files and the languages it comes in."""

    page_description = _("One resource: a guide, a card or a toolkit, with its documents and links.")

    summary = models.TextField(
        help_text=_(
            "One or two sentences shown under the title, in lists and search results, e.g. “What to do if ICE "
            "comes to your door, on one printable card.”"
        )
    )
    kind = models.CharField(
        max_length=20,
        choices=RESOURCE_KINDS,
        default="guide",
        help_text=_("What sort of resource it is; readers filter the resource list by it."),
    )
    topics = ParentalManyToManyField(
        "core.Topic",
        blank=True,
        related_name="resources",
        # Pages always point at the source-language topic; its translations only give the label.
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE},
        help_text=_("What it is about; readers filter by topic. Add topics under Resources → Topics."),
    )
    languages = ParentalManyToManyField(
        "resources.Language",
        blank=True,
        related_name="resources",
        verbose_name=_("available in"),
        help_text=_("Every language this resource (or a version of it) can be read in."),
    )
    last_reviewed = models.DateField(
        null=True, blank=True, help_text=_('Shown to readers as "Updated …". Change it whenever you check the facts.')
    )
    body = body_field(_("The resource itself, or what its files hold and who they are for."))

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
                FieldPanel("last_reviewed"),
            ],
            heading=_("About this resource"),
        ),
        FieldPanel("body"),
        InlinePanel(
            "documents",
            label=_("Files"),
            help_text=_("Listed under the text with each file's type, size and language."),
        ),
        InlinePanel("links", label=_("External links"), help_text=_("Pages on other sites, listed after the files.")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("kind"),
    ]

    parent_page_types = ["resources.ResourceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("resource page")

    @property
    def intro_text(self):
        return self.summary

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["topics"] = Topic.in_language(self.topics.all())
        context["index_page"] = self.get_parent()
        context["documents"] = [
            item for item in self.documents.select_related("document__language", "language") if item.document_id
        ]
        return context


class ResourceDocument(Orderable):
    page = ParentalKey(ResourcePage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        "resources.LanguageDocument",
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A file from the document library, e.g. a PDF; its title becomes the link text."),
    )
    label = models.CharField(
        max_length=200,
        blank=True,
        help_text=_("The link text, e.g. “Know your rights card (Spanish)”. Defaults to the document title."),
    )
    # The document has its own language (the Documents area); this one only overrides it for this page.
    language = models.ForeignKey(
        "resources.Language",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("file language"),
        help_text=_(
            "Leave empty to show the document's own language (set in Documents). Choose one only to show "
            "another here, e.g. “Español”."
        ),
    )

    panels = [FieldPanel("document"), FieldPanel("label"), FieldPanel("language")]

    @property
    def title(self):
        return self.label or self.document.title

    @property
    def file_language(self):
        """The language shown beside the link: this page's choice, else the document's own."""
        return self.language or self.document.language


class ResourceLink(Orderable):
    page = ParentalKey(ResourcePage, on_delete=models.CASCADE, related_name="links")
    title = models.CharField(
        max_length=200, help_text=_("The link text, e.g. “ILRC: Know your rights”. Up to 200 characters.")
    )
    url = models.URLField(help_text=_("The full address, e.g. https://www.ilrc.org/red-cards."))

    panels = [FieldPanel("title"), FieldPanel("url")]


class DirectoryPage(IndexPageMixin, Page):
    """Organisations to volunteer with, give to or get help from, grouped by where they work."""

    page_description = _(
        "The searchable directory of organisations (edited under Snippets → Resources → Organisations)."
    )

    parent_page_types = ["home.HomePage", "resources.ResourceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("directory page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(directory_listing(self, request))
        return context
