from urllib.parse import urlencode

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from campaigns.blocks import CampaignStreamBlock
from campaigns.progress import Progress
from core.fields import optional_image
from core.pages import ImageAltPageForm, IndexPageMixin, SeoMixin, decorative_field
from home.blocks import page_has_block
from home.frame_cache import cached_frame_part
from home.panels import editor_tabs

CAMPAIGNS_PER_PAGE = 12


class CampaignStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    WON = "won", _("Won")
    CLOSED = "closed", _("Closed")


# Active campaigns first, then the ones we won, then the closed ones.
STATUS_ORDER = models.Case(
    models.When(status=CampaignStatus.ACTIVE, then=0),
    models.When(status=CampaignStatus.WON, then=1),
    default=2,
    output_field=models.IntegerField(),
)


def raised_cents(campaigns):
    """{campaign id: cents raised}; the donations app counts gifts to any language version of a campaign."""
    from donations.totals import raised_by_campaign

    ids = [campaign.pk for campaign in campaigns]
    if not ids:
        return {}
    raised = raised_by_campaign(ids) or {}
    return {pk: int(raised.get(pk) or 0) for pk in ids}


class CampaignIndexPage(IndexPageMixin, Page):
    page_description = _("The list of all campaigns. One per site; campaigns go inside it.")
    parent_page_types = ["home.HomePage"]
    subpage_types = ["campaigns.CampaignPage", "campaigns.PetitionPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("campaign index page")

    def campaigns(self):
        return (
            CampaignPage.objects.child_of(self)
            .live()
            .public()
            .select_related("hero_image")
            .prefetch_related("hero_image__renditions")
            .annotate(status_order=STATUS_ORDER)
            .order_by("status_order", "-start_date", "-first_published_at", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        paginator = Paginator(self.campaigns(), CAMPAIGNS_PER_PAGE)
        try:
            page_obj = paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            page_obj = paginator.page(1)
        except EmptyPage:
            page_obj = paginator.page(paginator.num_pages)
        campaigns = list(page_obj.object_list)
        raised = raised_cents(campaigns)
        for campaign in campaigns:
            campaign.fundraising = campaign.fundraising_progress(raised.get(campaign.pk, 0))
        context.update(page_obj=page_obj, campaigns=campaigns)
        return context


class CampaignPage(SeoMixin, Page):
    """One campaign, with its petitions, letters, calls and events as child pages."""

    page_description = _(
        "One campaign: its story, goal and status; add its petition, letter, call and events inside it."
    )

    hero_image = optional_image(
        _("A landscape photo beside the title, on the campaign's card and in shares; 1200 px wide or more.")
    )
    hero_image_alt = models.CharField(
        max_length=255,
        blank=True,
        help_text=_(
            "What the photo shows, for people who cannot see it, e.g. “Families rally at the detention centre”. "
            "Required with a photo unless it is decorative."
        ),
    )
    hero_image_decorative = decorative_field()
    summary = models.TextField(
        max_length=500,
        help_text=_(
            "One or two sentences: what we demand and from whom, e.g. “Tell the county to end its ICE contract.” "
            "Shown under the title, on cards and in shares. Up to 500 characters."
        ),
    )
    status = models.CharField(
        max_length=10,
        choices=CampaignStatus.choices,
        default=CampaignStatus.ACTIVE,
        help_text=_(
            "Active campaigns are listed first, won and closed ones after. The home page features the campaign "
            "chosen on it (“featured campaign”), else the newest active one."
        ),
    )
    start_date = models.DateField(
        default=timezone.localdate, help_text=_("Shown as “Since …”; newer campaigns are listed first.")
    )
    end_date = models.DateField(
        null=True, blank=True, help_text=_("Optional: shown as “From … to …”. Leave empty while it runs.")
    )
    fundraising_goal = models.PositiveIntegerField(
        null=True,
        blank=True,
        help_text=_(
            "In whole dollars, e.g. 10000; shows a progress bar of gifts credited to this campaign. Leave empty "
            "to hide the bar. A “Donate box” block in the body takes the bar's place."
        ),
    )
    body = StreamField(
        CampaignStreamBlock(),
        blank=True,
        use_json_field=True,
        help_text=_(
            "The campaign's story and calls: text, images, action cards, a donate box. Its actions (petitions, "
            "letters, calls, events) are listed below it by themselves."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_image_alt"), FieldPanel("hero_image_decorative")],
            heading=_("Hero image"),
        ),
        MultiFieldPanel(
            [FieldPanel("status"), FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")])],
            heading=_("Status and dates"),
        ),
        FieldPanel("body"),
    ]
    action_panels = [FieldPanel("fundraising_goal")]
    base_form_class = ImageAltPageForm
    image_alt_fields = [("hero_image", "hero_image_alt", "hero_image_decorative")]
    edit_handler = editor_tabs(content_panels, action_panels, promote=SeoMixin.promote_panels)
    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("body")]

    parent_page_types = ["campaigns.CampaignIndexPage"]
    subpage_types = [
        "campaigns.PetitionPage",
        "campaigns.EventPage",
        "legislators.LetterPage",
        "legislators.CallScriptPage",
    ]

    class Meta:
        verbose_name = _("campaign page")

    @property
    def intro_text(self):
        return self.summary

    def fundraising_progress(self, cents):
        if not self.fundraising_goal:
            return None
        return Progress(cents // 100, self.fundraising_goal)

    def action_pages(self):
        """Every live action beneath the campaign, whatever its type, so new action types appear by themselves.
        Kept with the frame: publishing, unpublishing, moving or deleting any page starts a new version."""
        from campaigns.models.event import EventPage

        def load():
            return list(self.get_children().live().public().not_type(EventPage).specific().order_by("path"))

        return cached_frame_part(f"campaign-actions:{self.pk}", load) if self.pk else []

    def upcoming_events(self):
        """The live events beneath the campaign that have not ended, soonest first (the list kept with the frame,
        the clock read on every request)."""
        from campaigns.models.event import EventPage

        def load():
            return list(EventPage.objects.child_of(self).live().public().order_by("starts_at", "pk"))

        now = timezone.now()
        events = cached_frame_part(f"campaign-events:{self.pk}", load) if self.pk else []
        return [event for event in events if event.ends_at >= now]

    def donate_url(self, request=None):
        """The site's donate page with this campaign credited, or '' when no donate page is set."""
        from home.models import OrganisationSettings

        href = OrganisationSettings.for_request(request).donate_href() if request else ""
        if not href:
            return ""
        separator = "&" if "?" in href else "?"
        return f"{href}{separator}{urlencode({'campaign': self.pk})}"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        actions, upcoming_events = self.action_pages(), self.upcoming_events()
        context.update(
            # The editor's donate box replaces the automatic fundraising card: one donate call per page.
            has_donate_block=page_has_block(self, "donate_to_campaign"),
            actions=actions,
            upcoming_events=upcoming_events,
            # Shown first, in the hero: the first action (sign, write, call), else the next event (RSVP).
            main_action=(actions or upcoming_events or [None])[0],
            fundraising=self.fundraising_progress(raised_cents([self]).get(self.pk, 0)),
            campaign_donate_url=self.donate_url(request),
        )
        return context
