from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from campaigns.models.ask import DonationAskMixin
from campaigns.progress import Progress
from campaigns.views import petition_sign, petition_thanks
from core.fields import optional_image
from core.pages import ImageAltPageForm, SeoMixin, decorative_field
from home.panels import editor_tabs

ORGANISATIONS_PER_PAGE = 50
PETITION_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class SignOnMode(models.TextChoices):
    INDIVIDUALS = "individuals", _("Individuals sign a petition")
    ORGANISATIONS = "organisations", _("Organisations sign a letter")
    BOTH = "both", _("Both: individuals and organisations")


class PetitionPage(DonationAskMixin, SeoMixin, RoutablePageMixin, Page):
    """A petition or sign-on letter: the text signers endorse, its target and goal, and the signing form."""

    page_description = _("A petition people sign, or a sign-on letter for organisations, with a live count and goal.")

    intro = models.TextField(
        max_length=500,
        help_text=_(
            "Why sign, in one or two sentences, e.g. “ICE is holding 300 of our neighbours in Burlington.” Shown "
            "under the title and in lists and shares. Up to 500 characters."
        ),
    )
    hero_image = optional_image(
        _(
            "A landscape photo shown with the petition's text (below the form on phones), on cards and in shares; "
            "1200 px wide or more."
        )
    )
    hero_image_alt = models.CharField(
        max_length=255,
        blank=True,
        help_text=_(
            "What the photo shows, for people who cannot see it, e.g. “Families outside the detention centre”. "
            "Required with a photo unless it is decorative."
        ),
    )
    hero_image_decorative = decorative_field()
    target = models.CharField(
        max_length=200,
        blank=True,
        help_text=_(
            "Who the petition is addressed to, e.g. “Immigration and Customs Enforcement”. Shown as “To: …” "
            "above the text. Up to 200 characters."
        ),
    )
    petition_text = RichTextField(
        features=PETITION_TEXT_FEATURES,
        help_text=_("The text signers endorse, exactly as it will be delivered. Change it only before people sign."),
    )
    sign_on_mode = models.CharField(
        max_length=20,
        choices=SignOnMode.choices,
        default=SignOnMode.INDIVIDUALS,
        help_text=_(
            "Who signs: people (a petition), organisations (a sign-on letter listing their names on the page), "
            "or both. Organisations are asked for their name, city and state."
        ),
    )
    signature_goal = models.PositiveIntegerField(
        null=True,
        blank=True,
        help_text=_(
            "The number of signatures to reach, e.g. 5000; shows a progress bar. Leave empty to show only the "
            "count. Every language version counts towards one total."
        ),
    )
    closing_date = models.DateField(
        null=True,
        blank=True,
        help_text=_("The last day people can sign; the form then closes and says so. Leave empty to keep it open."),
    )
    ask_postal_code = models.BooleanField(
        default=True,
        verbose_name=_("ask for ZIP or postal code"),
        help_text=_("Adds an optional ZIP or postal code field, e.g. to show targets where signers live."),
    )
    ask_city = models.BooleanField(
        default=False,
        verbose_name=_("ask for city and state"),
        help_text=_("Adds optional city and state fields. Ask only when the delivery needs them."),
    )
    ask_comment = models.BooleanField(
        default=False,
        verbose_name=_("ask for a comment"),
        help_text=_("Adds an optional comment box (up to 1,000 characters), exported with the signatures."),
    )
    consent_text = models.TextField(
        blank=True,
        help_text=_(
            "Shown above the sign button: what we do with signers' details and who receives the petition, e.g. "
            "“We deliver your name and city to the Governor; we never share your email.”"
        ),
    )
    offer_updates = models.BooleanField(
        default=True,
        verbose_name=_('offer an unticked "keep me updated" box'),
        help_text=_("Signers who tick it are marked in the export; it is never ticked for them."),
    )
    send_confirmation = models.BooleanField(
        default=False,
        verbose_name=_("email signers a confirmation"),
        help_text=_("Each new signer gets one email, in the language they signed in, saying their signature counts."),
    )
    thank_you_text = RichTextField(
        features=PETITION_TEXT_FEATURES,
        blank=True,
        help_text=_(
            "Shown after signing, above the share buttons: the place for the next step, e.g. a link to the "
            "donate page or to this week's call. Leave empty for a plain thank-you."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_image_alt"), FieldPanel("hero_image_decorative")],
            heading=_("Image"),
        ),
        FieldPanel("target"),
        FieldPanel("petition_text"),
    ]
    action_panels = [
        FieldPanel("sign_on_mode"),
        FieldRowPanel([FieldPanel("signature_goal"), FieldPanel("closing_date")]),
        MultiFieldPanel(
            [
                FieldPanel("ask_postal_code"),
                FieldPanel("ask_city"),
                FieldPanel("ask_comment"),
                FieldPanel("offer_updates"),
            ],
            heading=_("What the form asks"),
        ),
        FieldPanel("consent_text"),
    ]
    after_panels = [FieldPanel("thank_you_text"), FieldPanel("send_confirmation"), DonationAskMixin.donation_ask_panel]
    edit_handler = editor_tabs(content_panels, action_panels, after_panels, SeoMixin.promote_panels)
    base_form_class = ImageAltPageForm
    image_alt_fields = [("hero_image", "hero_image_alt", "hero_image_decorative")]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("target"),
        index.SearchField("petition_text"),
    ]

    parent_page_types = ["campaigns.CampaignPage", "campaigns.CampaignIndexPage", "home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("petition")

    @property
    def action_kind(self):
        if self.sign_on_mode == SignOnMode.ORGANISATIONS:
            return _("Sign-on letter")
        return _("Petition")

    @property
    def is_closed(self):
        return bool(self.closing_date and timezone.localdate() > self.closing_date)

    @property
    def accepts_individuals(self):
        return self.sign_on_mode in (SignOnMode.INDIVIDUALS, SignOnMode.BOTH)

    @property
    def accepts_organisations(self):
        return self.sign_on_mode in (SignOnMode.ORGANISATIONS, SignOnMode.BOTH)

    @cached_property
    def signed_page(self):
        """The language version signatures are stored on (the first one made), so every language counts
        towards one total and a person who signs in English and again in Spanish still counts once."""
        if not self.pk:
            return self
        first = PetitionPage.objects.filter(translation_key=self.translation_key).order_by("pk").first()
        return first or self

    @cached_property
    def signed_page_id(self):
        """`signed_page`'s id, kept with the frame (a page deleted or published bumps it): signing and counting
        need only the id, and an action day posts thousands of signatures to the same page."""
        from home.frame_cache import cached_frame_part

        if not self.pk:
            return None
        first = cached_frame_part(
            f"signed-page:{self.translation_key}",
            lambda: list(
                PetitionPage.objects.filter(translation_key=self.translation_key)
                .order_by("pk")[:1]
                .values_list("pk", flat=True)
            ),
        )
        return first[0] if first else self.pk

    def signature_counts(self):
        """{kind: count} in one query."""
        from campaigns.models.signature import Signature

        rows = (
            Signature.objects.filter(petition_id=self.signed_page_id).values_list("kind").annotate(n=models.Count("*"))
        )
        counts = {Signature.Kind.INDIVIDUAL: 0, Signature.Kind.ORGANISATION: 0}
        counts.update(dict(rows))
        return counts

    def organisation_signers(self):
        """Organisations a staff member approved (all are counted; only approved ones are named in public)."""
        from campaigns.models.signature import Signature

        return (
            Signature.objects.filter(petition_id=self.signed_page_id, kind=Signature.Kind.ORGANISATION, approved=True)
            .only("organisation", "city", "state")
            .order_by("organisation", "pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        counts = self.signature_counts()
        total = sum(counts.values())
        context.update(
            signature_total=total,
            individual_count=counts["individual"],
            organisation_count=counts["organisation"],
            signature_progress=Progress(total, self.signature_goal) if self.signature_goal else None,
        )
        if self.accepts_organisations:
            paginator = Paginator(self.organisation_signers(), ORGANISATIONS_PER_PAGE)
            context["organisation_signers"] = paginator.get_page(request.GET.get("page"))
        return context

    @path("")
    def sign(self, request):
        return petition_sign(request, self)

    @path("thanks/")
    def thanks(self, request):
        return petition_thanks(request, self)
