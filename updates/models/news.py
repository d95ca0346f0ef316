import re

from django import forms
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Prefetch
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.search import index

from core.fields import optional_image
from core.models import Topic
from core.pages import ImageAltPageForm, IndexPageMixin, SeoMixin, decorative_field
from home.blocks import body_field
from updates.feeds import feed_response

UPDATES_PER_PAGE = 10
TOPIC_SLUG_RE = re.compile(r"[-\w]{1,80}")
# The renditions the lists show (the card's srcset); prefetched so a list runs the same queries however long it is.
CARD_IMAGE_SPECS = ("fill-320x180|format-webp", "fill-640x360|format-webp")


def with_list_data(queryset):
    """Updates with what a list shows (topics, card image renditions) fetched in a fixed number of queries."""
    images = get_image_model().objects.prefetch_renditions(*CARD_IMAGE_SPECS)
    return queryset.prefetch_related("topics", Prefetch("image", queryset=images))


class UpdatesIndexPage(IndexPageMixin, RoutablePageMixin, Page):
    """The news list: newest first, filterable by topic, with an Atom feed."""

    page_description = _("The news list (with its feed); updates go inside it.")

    parent_page_types = ["home.HomePage"]
    subpage_types = ["updates.UpdatePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("updates index")

    def updates(self):
        return UpdatePage.objects.child_of(self).live().public().order_by("-date", "-pk")

    def feed_url(self):
        return self.url + self.reverse_subpage("feed")

    def topics(self):
        return Topic.objects.filter(locale_id=self.locale_id)

    def find_topic(self, slug):
        """The topic with this slug, preferring this index's language (a shared link may carry another's slug)."""
        candidates = sorted(Topic.objects.filter(slug=slug)[:10], key=lambda t: t.locale_id != self.locale_id)
        return candidates[0] if candidates else None

    @path("")
    def list_updates(self, request):
        updates = self.updates()
        topic = None
        slug = request.GET.get("topic", "")
        if slug:
            # Only a well-formed slug reaches the database (PostgreSQL refuses NUL characters with an error).
            topic = self.find_topic(slug) if TOPIC_SLUG_RE.fullmatch(slug) else None
            if topic is None:
                raise Http404("No such topic")
            updates = updates.filter(topics__translation_key=topic.translation_key).distinct()
        page_obj = Paginator(with_list_data(updates), UPDATES_PER_PAGE).get_page(request.GET.get("page"))
        Topic.label_pages(page_obj.object_list, self.locale)
        context = self.get_context(request)
        context.update(
            page_obj=page_obj,
            active_topic=topic,
            topics=self.topics(),
            extra_query=urlencode({"topic": topic.slug}) if topic else "",
        )
        return TemplateResponse(request, self.get_template(request), context)

    @path("feed/")
    def feed(self, request):
        updates = list(self.updates().prefetch_related("topics")[:20])
        Topic.label_pages(updates, self.locale)
        return feed_response(
            request,
            self,
            [
                {
                    "page": update,
                    "description": update.summary,
                    "date": update.date,
                    "categories": [topic.name for topic in update.display_topics],
                }
                for update in updates
            ],
        )


class UpdatePageForm(ImageAltPageForm):
    """Offers only the topics in the page's own language; asks for the image's description (see core.pages)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = self.instance.locale_id or getattr(self.parent_page, "locale_id", None)
        if "topics" in self.fields and locale_id:
            self.fields["topics"].queryset = Topic.objects.filter(locale_id=locale_id)


class UpdatePage(SeoMixin, Page):
    """A news update: what happened, what it means for our neighbours, what we do next."""

    page_description = _("A news update or statement, dated, listed on the news page and in its feed.")

    base_form_class = UpdatePageForm
    image_alt_fields = [("image", "image_alt", "image_decorative")]

    date = models.DateField(
        _("date"),
        default=timezone.localdate,
        help_text=_("Shown on the update and orders the list, newest first. Defaults to today."),
    )
    summary = models.TextField(max_length=500, help_text=_("One or two sentences for lists, feeds and sharing."))
    image = optional_image(
        _("A landscape photo at the top and on the update's card, at least 1200 px wide. Optional.")
    )
    image_alt = models.CharField(
        max_length=255,
        blank=True,
        help_text=_(
            "What the photo shows, for people who cannot see it, e.g. “Marchers cross the bridge in Chicago”. "
            "Required with a photo unless it is decorative."
        ),
    )
    image_decorative = decorative_field()
    body = body_field(_("What happened, what it means for our neighbours, and what we do next."))
    topics = ParentalManyToManyField(
        "core.Topic",
        blank=True,
        related_name="updates",
        help_text=_("One to three subjects; readers filter updates by them. Only this language's topics are listed."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("image"), FieldPanel("image_alt"), FieldPanel("image_decorative")], heading=_("Image")
        ),
        FieldPanel("body"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date"),
        index.RelatedFields("topics", [index.SearchField("name")]),
    ]

    parent_page_types = ["updates.UpdatesIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("update")

    @property
    def intro_text(self):
        return self.summary

    @property
    def hero_image(self):
        return self.image

    @property
    def hero_image_alt(self):
        return self.image_alt

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        Topic.label_pages([self], self.locale)
        parent = self.get_parent().specific
        if isinstance(parent, UpdatesIndexPage):
            context["index_page"] = parent
            context["feed_url"] = parent.feed_url()
        return context
