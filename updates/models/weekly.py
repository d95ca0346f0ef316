from django.core.paginator import Paginator
from django.db import models
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.pages import IndexPageMixin, SeoMixin
from home.blocks import body_field
from updates.blocks import ACTION_KINDS, ActionsBlock
from updates.feeds import feed_response

ISSUES_PER_PAGE = 12


class WeeklyActionsIndexPage(IndexPageMixin, RoutablePageMixin, Page):
    """The "Take Action Now" archive: every weekly issue, newest first, and its feed."""

    page_description = _("The archive of the weekly Take Action Now issues; each week's issue goes inside it.")

    parent_page_types = ["home.HomePage"]
    subpage_types = ["updates.WeeklyActionsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("weekly actions index")

    def issues(self):
        return WeeklyActionsPage.objects.child_of(self).live().public().order_by("-issue_date", "-pk")

    def feed_url(self):
        return self.url + self.reverse_subpage("feed")

    @path("")
    def archive(self, request):
        page_obj = Paginator(self.issues(), ISSUES_PER_PAGE).get_page(request.GET.get("page"))
        context = self.get_context(request)
        context["page_obj"] = page_obj
        return TemplateResponse(request, self.get_template(request), context)

    @path("feed/")
    def feed(self, request):
        return feed_response(
            request,
            self,
            [
                {
                    "page": issue,
                    "description": issue.intro_text,
                    "date": issue.issue_date,
                    "categories": issue.action_kind_labels(),
                }
                for issue in self.issues()[:20]
            ],
        )


class WeeklyActionsPage(SeoMixin, Page):
    """One "Take Action Now" issue: a few concrete actions for the week, also sent by email."""

    page_description = _("One weekly Take Action Now issue: three actions, emailed to subscribers when published.")

    issue_date = models.DateField(
        _("issue date"),
        default=timezone.localdate,
        help_text=_("The Tuesday this issue goes out. The newest date is the one on the home page and in the email."),
    )
    intro = models.TextField(
        help_text=_(
            "Why these actions matter this week, in two or three sentences. Shown first on the page and at the "
            "top of the email."
        )
    )
    actions = StreamField(
        ActionsBlock(),
        use_json_field=True,
        # One empty action to fill: a blank form opens ready, never with a "minimum number of items" error.
        default=[
            (
                "action",
                {"title": "", "text": "", "kind": "sign", "page": None, "link_url": "", "link_label": ""},
            )
        ],
        help_text=_("The week's actions, most urgent first; three is the house style (one to ten)."),
    )
    body = body_field(_("Optional: more context below the actions, shown on the page only (not in the email)."))

    content_panels = Page.content_panels + [
        FieldPanel("issue_date"),
        FieldPanel("intro"),
        FieldPanel("actions"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("actions"),
        index.SearchField("body"),
        index.FilterField("issue_date"),
    ]

    parent_page_types = ["updates.WeeklyActionsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("weekly actions")
        verbose_name_plural = _("weekly actions")

    @property
    def intro_text(self):
        return Truncator(self.intro).chars(300)

    def action_titles(self):
        """The actions' titles straight from the stored data: lists show them without loading linked pages."""
        return [block["value"].get("title", "") for block in self.actions.raw_data if block.get("type") == "action"]

    def action_kind_labels(self):
        kinds = dict(ACTION_KINDS)
        return [kinds.get(block["value"].get("kind"), "") for block in self.actions.raw_data]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        parent = self.get_parent().specific
        context["feed_url"] = parent.feed_url() if isinstance(parent, WeeklyActionsIndexPage) else ""
        return context
