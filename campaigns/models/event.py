import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page

from campaigns.calendar_file import ics_response
from campaigns.models.ask import DonationAskMixin
from campaigns.views import event_rsvp, event_thanks
from core.fields import optional_page
from core.pages import SeoMixin
from home.blocks import BaseStreamBlock
from home.panels import editor_tabs

TIME_ZONES = [
    ("America/New_York", _("Eastern (New York)")),
    ("America/Chicago", _("Central (Chicago)")),
    ("America/Denver", _("Mountain (Denver)")),
    ("America/Phoenix", _("Arizona (Phoenix)")),
    ("America/Los_Angeles", _("Pacific (Los Angeles)")),
    ("America/Anchorage", _("Alaska (Anchorage)")),
    ("Pacific/Honolulu", _("Hawaii (Honolulu)")),
    ("America/Puerto_Rico", _("Atlantic (Puerto Rico)")),
    ("America/Mexico_City", _("Mexico City")),
    ("UTC", _("UTC")),
]


class EventPageForm(WagtailAdminPageForm):
    """Editors type the start and end as clock times in the event's own time zone, not the server's."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        zone = self._zone(self.instance.time_zone)
        for name in ("starts_at", "ends_at"):
            value = getattr(self.instance, name, None)
            if value is not None and name in self.fields:
                self.initial[name] = timezone.localtime(value, zone).replace(tzinfo=None)

    @staticmethod
    def _zone(name):
        try:
            return zoneinfo.ZoneInfo(name or settings.TIME_ZONE)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return zoneinfo.ZoneInfo(settings.TIME_ZONE)

    def clean(self):
        cleaned = super().clean()
        zone = self._zone(cleaned.get("time_zone"))
        for name in ("starts_at", "ends_at"):
            value = cleaned.get(name)
            if value is not None:
                wall_clock = timezone.make_naive(value)  # as typed, read in the server's zone by the field
                cleaned[name] = timezone.make_aware(wall_clock, zone)
        starts_at, ends_at = cleaned.get("starts_at"), cleaned.get("ends_at")
        if starts_at and ends_at and ends_at <= starts_at:
            self.add_error("ends_at", ValidationError(_("The event must end after it starts.")))
        return cleaned


class EventPage(DonationAskMixin, SeoMixin, RoutablePageMixin, Page):
    """A day of action or meeting: when, where or online, what to do, an RSVP and a calendar file."""

    page_description = _(
        "An event or day of action: when and where, what to do, an RSVP form, and its letter or call."
    )

    intro = models.TextField(
        max_length=500,
        help_text=_(
            "What happens and why it matters, in one or two sentences, e.g. “Join us at the State House to "
            "demand the Safe Communities Act.” Shown under the title and on the campaign page. Up to 500."
        ),
    )
    starts_at = models.DateTimeField(
        _("starts"), help_text=_("Date and clock time in the event's time zone, e.g. 2026-05-01 17:30.")
    )
    ends_at = models.DateTimeField(
        _("ends"), help_text=_("Must be after the start. The event leaves the campaign page once it has ended.")
    )
    time_zone = models.CharField(
        max_length=40,
        choices=TIME_ZONES,
        default="America/New_York",
        help_text=_("Where the event happens (or is hosted, if online); times are shown and exported in this zone."),
    )
    online_url = models.URLField(
        _("online link"),
        blank=True,
        help_text=_("A video call or livestream, if any, e.g. https://meet.example.org/rally. Shown to everyone."),
    )
    venue_name = models.CharField(
        _("place"),
        max_length=200,
        blank=True,
        help_text=_("The venue's name, e.g. “Massachusetts State House, Grand Staircase”. Leave empty if online."),
    )
    address = models.TextField(
        _("address"), blank=True, help_text=_("Street, city and state, one per line; links to a map. Optional.")
    )
    body = StreamField(
        BaseStreamBlock(),
        blank=True,
        use_json_field=True,
        verbose_name=_("what to do"),
        help_text=_("What to bring, how to get there, access and safety notes, questions and answers."),
    )
    rsvp_enabled = models.BooleanField(
        _("take RSVPs"),
        default=True,
        help_text=_("Shows a short RSVP form (name and email) and the number of people coming."),
    )
    ask_postal_code = models.BooleanField(
        _("ask for ZIP or postal code"),
        default=True,
        help_text=_("Adds an optional ZIP or postal code to the RSVP form, e.g. to plan carpools."),
    )

    action_page = optional_page(
        _(
            "The letter, call or petition this day of action is for: shown on the event page and as the next step "
            "right after someone RSVPs. Optional."
        )
    )
    send_confirmation = models.BooleanField(
        _("email a confirmation"),
        default=False,
        help_text=_(
            "Each new RSVP gets one email, in the language they answered in, with the event's details and a "
            "calendar file."
        ),
    )

    base_form_class = EventPageForm

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("time_zone"), FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")])],
            heading=_("When (clock times in the event's time zone)"),
        ),
        MultiFieldPanel(
            [FieldPanel("online_url"), FieldPanel("venue_name"), FieldPanel("address")], heading=_("Where")
        ),
        FieldPanel("body"),
    ]
    action_panels = [
        PageChooserPanel(
            "action_page", ["legislators.LetterPage", "legislators.CallScriptPage", "campaigns.PetitionPage"]
        ),
        MultiFieldPanel(
            [FieldPanel("rsvp_enabled"), FieldPanel("ask_postal_code"), FieldPanel("send_confirmation")],
            heading=_("RSVP"),
        ),
    ]
    after_panels = [DonationAskMixin.donation_ask_panel]
    edit_handler = editor_tabs(content_panels, action_panels, after_panels, SeoMixin.promote_panels)

    parent_page_types = ["campaigns.CampaignPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event or day of action")

    @property
    def zone(self):
        return EventPageForm._zone(self.time_zone)

    @property
    def local_start(self):
        return timezone.localtime(self.starts_at, self.zone)

    @property
    def local_end(self):
        return timezone.localtime(self.ends_at, self.zone)

    @cached_property
    def rsvp_page(self):
        """The language version RSVPs are stored on (the first one made), as petitions do with signatures:
        one count across languages, and one answer per email whichever language it came in."""
        if not self.pk:
            return self
        return EventPage.objects.filter(translation_key=self.translation_key).order_by("pk").first() or self

    @property
    def is_past(self):
        return self.ends_at < timezone.now()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        from campaigns.models.rsvp import EventRSVP

        context["rsvp_count"] = EventRSVP.objects.filter(event=self.rsvp_page).count()
        context["ics_url"] = self.get_url(request) + self.reverse_subpage("ics")
        context["day_action"] = self.day_action()
        return context

    def day_action(self):
        """The chosen letter, call or petition in the visitor's language, if it is live there (one query)."""
        if not self.action_page_id:
            return None
        from core.i18n import visitor_locale

        chosen = Page.objects.filter(pk=self.action_page_id).values("translation_key")
        return Page.objects.live().public().filter(translation_key__in=chosen, locale=visitor_locale()).first()

    @path("")
    def rsvp(self, request):
        return event_rsvp(request, self)

    @path("thanks/")
    def thanks(self, request):
        return event_thanks(request, self)

    @path("ics/", name="ics")
    def ics(self, request):
        return ics_response(request, self)
