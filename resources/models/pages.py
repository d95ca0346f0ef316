"""The resource section: an index with filters, resource pages with their files, and the directory page."""

from django import forms
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.models import Topic
from core.pages import IndexPageMixin, SeoMixin
from home.blocks import BaseStreamBlock
from resources.choices import RESOURCE_KINDS


class ResourceIndexPage(IndexPageMixin, Page):
    """The resource section: every resource below it, filtered by kind, topic and language."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["resources.ResourcePage", "resources.DirectoryPage"]

    class Meta:
        verbose_name = _("resource index page")

    def get_context(self, request, *args, **kwargs):
        from resources.listings import resource_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(resource_listing(self, request))
        return context


class ResourcePage(SeoMixin, Page):
    """A toolkit, guide, factsheet, legal explainer or template, with its files and the languages it comes in."""

    summary = models.TextField(help_text=_("One or two sentences shown in lists and search results."))
    kind = models.CharField(max_length=20, choices=RESOURCE_KINDS, default="guide")
    topics = ParentalManyToManyField(
        "core.Topic",
        blank=True,
        related_name="resources",
        # Pages always point at the source-language topic; its translations only give the label.
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE},
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
    body = StreamField(BaseStreamBlock(), blank=True, use_json_field=True)

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
        InlinePanel("documents", label=_("Files")),
        InlinePanel("links", label=_("External links")),
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
        context["documents"] = [item for item in self.documents.select_related("document") if item.document_id]
        return context


class ResourceDocument(Orderable):
    page = ParentalKey(ResourcePage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey("wagtaildocs.Document", on_delete=models.CASCADE, related_name="+")
    label = models.CharField(max_length=200, blank=True, help_text=_("Defaults to the document title."))

    panels = [FieldPanel("document"), FieldPanel("label")]

    @property
    def title(self):
        return self.label or self.document.title


class ResourceLink(Orderable):
    page = ParentalKey(ResourcePage, on_delete=models.CASCADE, related_name="links")
    title = models.CharField(max_length=200)
    url = models.URLField()

    panels = [FieldPanel("title"), FieldPanel("url")]


class DirectoryPage(IndexPageMixin, Page):
    """Organisations to volunteer with, give to or get help from, grouped by where they work."""

    parent_page_types = ["home.HomePage", "resources.ResourceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("directory page")

    def get_context(self, request, *args, **kwargs):
        from resources.listings import directory_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(directory_listing(self, request))
        return context
