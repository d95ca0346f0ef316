"""The two actions a campaign offers against Congress: write to your legislators, and call them."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Sum
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from campaigns.models.ask import DonationAskMixin
from core.pages import SeoMixin
from home.blocks import BaseStreamBlock
from home.panels import editor_tabs
from legislators.blocks import BillsBlock, LetterBlock
from legislators.letters import plain_text
from legislators.lookup import BOTH, REPRESENTATIVE, SENATORS
from legislators.models.actions import CallReport, LetterWritten
from legislators.models.congress import tel_uri
from legislators.panels import SampleLetterPanel
from legislators.placeholders import PLACEHOLDER_HELP, placeholder_problems
from legislators.views import serve_call_page, serve_letter_page

RECIPIENT_CHOICES = [
    (BOTH, _("Both senators and the representative")),
    (SENATORS, _("The two senators only")),
    (REPRESENTATIVE, _("The representative only")),
]


class LegislatorActionPage(DonationAskMixin, SeoMixin, Page):
    """What both actions share: an intro, background, whom to contact and the ZIP-code look-up."""

    intro = models.TextField(
        blank=True,
        help_text=_(
            "One or two sentences under the title: what you ask supporters to do, and why, e.g. “Tell Congress to "
            "vote no on H.R. 1234 before Friday.” Also shown on the campaign page and in shares."
        ),
    )
    body = StreamField(
        BaseStreamBlock(),
        blank=True,
        use_json_field=True,
        help_text=_(
            "Background under the intro, if needed: what the bill does, why now. The ZIP code form comes after it."
        ),
    )
    recipients = models.CharField(
        max_length=20,
        choices=RECIPIENT_CHOICES,
        default=BOTH,
        help_text=_(
            "Which members of Congress each supporter is shown after typing their ZIP code: usually all three."
        ),
    )
    thank_you = models.TextField(
        blank=True,
        help_text=_(
            "Shown once the supporter has acted: the next step, e.g. “Now share this with three friends” or an "
            "ask to give. Plain text; leave empty for a plain thank-you."
        ),
    )

    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["campaigns.CampaignPage"]
    subpage_types = []

    class Meta:
        abstract = True

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    after_panels = [FieldPanel("thank_you"), DonationAskMixin.donation_ask_panel]

    @classmethod
    def tabs(cls, heading, *fields, extra=()):
        """The tabs every action shares: the page (intro, background), the action (whom to contact, then its own
        fields), what follows it (thank-you, donation ask), promotion."""
        action = [MultiFieldPanel([FieldPanel(name) for name in ("recipients", *fields)], heading=heading), *extra]
        return editor_tabs(cls.content_panels, action, cls.after_panels, SeoMixin.promote_panels)

    def serve_preview(self, request, mode_name):
        # The preview goes through the same view as visitors (always a GET: the ZIP form, or its results).
        return self.serve(request)


class LetterPage(LegislatorActionPage):
    """ "Write to your 2 senators and 1 representative": a sample letter each supporter personalises."""

    page_description = _("A letter supporters send to their own members of Congress, found from their ZIP code.")

    subject = models.CharField(
        max_length=200,
        help_text=format_lazy(
            "{} {}", _("The sample letter's subject line, e.g. “Vote no on H.R. 1234”. Up to 200."), PLACEHOLDER_HELP
        ),
    )
    letter = StreamField(
        LetterBlock(),
        use_json_field=True,
        # One empty paragraph to fill: a blank form opens ready, never with a "minimum number of items" error.
        default=[("paragraph", "")],
        help_text=format_lazy(
            "{} {}",
            _(
                "The sample letter supporters send, one paragraph a block (each is translated on its own); "
                "supporters may add their own words before the closing."
            ),
            PLACEHOLDER_HELP,
        ),
    )

    edit_handler = LegislatorActionPage.tabs(
        _("Sample letter"),
        "subject",
        "letter",
        extra=[SampleLetterPanel(heading=_("Sample, as a supporter sends it"))],
    )
    search_fields = LegislatorActionPage.search_fields + [index.SearchField("subject"), index.SearchField("letter")]
    template = "legislators/letter_page.html"

    class Meta:
        verbose_name = _("letter to legislators")

    @classmethod
    def translated_text_problems(cls, field_name, text):
        """The same check on one translated passage, in wagtail-localize's editor (home/translated_text.py)."""
        return placeholder_problems(text) if field_name in ("subject", "letter") else []

    def clean(self):
        super().clean()
        errors = {}
        for name, text in (("subject", self.subject), ("letter", plain_text(self.letter))):
            problems = placeholder_problems(text)
            if problems:
                # One message: a stream field's error shows only its first.
                errors[name] = " ".join(problems)
        if errors:
            raise ValidationError(errors)

    def letters_written(self):
        return LetterWritten.objects.filter(page=self).aggregate(total=Sum("letters"))["total"] or 0

    def serve(self, request, *args, **kwargs):
        return serve_letter_page(self, request)


class CallScriptPage(LegislatorActionPage):
    """ "Call your legislators": local office numbers first, a script, the bills, and a tally of calls."""

    page_description = _("A call script: supporters find their members of Congress and call them with what to say.")

    script = models.TextField(
        help_text=format_lazy(
            "{} {}",
            _("What supporters say on the phone, shown beside each number, e.g. “Hi, my name is {name}…”."),
            PLACEHOLDER_HELP,
        )
    )
    bills = StreamField(
        BillsBlock(),
        blank=True,
        use_json_field=True,
        help_text=_(
            "The bills this call is about, shown under “The bills” above the numbers to call, e.g. the GRACE Act."
        ),
    )

    edit_handler = LegislatorActionPage.tabs(
        _("Call to Congress"),
        "script",
        "bills",
        extra=[
            InlinePanel(
                "targets",
                heading=_("Other people to call"),
                label=_("Target"),
                help_text=_(
                    "State legislators, a governor, a mayor: shown to every supporter, whatever their ZIP code."
                ),
            )
        ],
    )
    search_fields = LegislatorActionPage.search_fields + [index.SearchField("script")]
    template = "legislators/call_script_page.html"

    class Meta:
        verbose_name = _("call script")

    @classmethod
    def translated_text_problems(cls, field_name, text):
        return placeholder_problems(text) if field_name == "script" else []

    def clean(self):
        super().clean()
        problems = placeholder_problems(self.script)
        if problems:
            raise ValidationError({"script": " ".join(problems)})

    def call_tally(self):
        """Reports by outcome, in the order the form offers them (one query)."""
        counts = dict(CallReport.objects.filter(page=self).values_list("outcome").annotate(n=Count("id")).order_by())
        tally = [
            (CallReport.TALLY_LABELS[value], counts.get(value, 0)) for value, _label in CallReport.OUTCOME_CHOICES
        ]
        return tally, sum(counts.values())

    def serve(self, request, *args, **kwargs):
        return serve_call_page(self, request)


class CallTarget(TranslatableMixin, Orderable):
    """Someone besides Congress to call, e.g. the state house switchboard.

    Translatable, so wagtail-localize offers its name, note and script for translation with the page's text
    (a plain inline would be copied from the English page, script and all).
    """

    page = ParentalKey(CallScriptPage, on_delete=models.CASCADE, related_name="targets")
    name = models.CharField(max_length=200, help_text=_("For example “Massachusetts State House”."))
    title = models.CharField(
        max_length=100, blank=True, help_text=_("How to address them, e.g. “State Senator”; fills {title}.")
    )
    phone = models.CharField(
        max_length=30,
        help_text=_("The number supporters tap to call, e.g. +1 617 722 2000. Up to 30 characters."),
    )
    note = models.TextField(blank=True, help_text=_("For example how to find your own state legislator."))
    script = models.TextField(
        blank=True, help_text=format_lazy("{} {}", _("Leave empty to use the page's script."), PLACEHOLDER_HELP)
    )

    panels = [FieldPanel("name"), FieldPanel("title"), FieldPanel("phone"), FieldPanel("note"), FieldPanel("script")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        pass

    def save(self, *args, **kwargs):
        if self.locale_id is None and self.page_id:
            self.locale_id = self.page.locale_id  # a new target is in its page's language
        super().save(*args, **kwargs)

    def __str__(self):
        return self.name

    @property
    def target_key(self):
        return f"target-{self.pk}"

    @property
    def tel_href(self):
        return tel_uri(self.phone)
