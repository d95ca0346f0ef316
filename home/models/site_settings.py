from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Site

from core.fields import optional_image, optional_page
from home.frame_cache import cached_frame_part


@register_setting(icon="site")
class OrganisationSettings(BaseSiteSetting):
    """What editors change about the organisation without a developer: name, contacts, donate button.

    Its words in each language (tagline, footer text) are the translatable `SiteText` snippet.
    """

    organisation_name = models.CharField(
        max_length=200,
        default="Amparo",
        help_text=_("Shown in the header, the footer, page titles and emails, e.g. “Amparo Coalition”."),
    )
    logo = optional_image(_("Shown in the header beside the name; a wide SVG or PNG about 200 px tall works best."))
    contact_email = models.EmailField(
        blank=True, help_text=_("Shown in the footer for supporters to write to, e.g. hello@example.org.")
    )
    contact_phone = models.CharField(
        max_length=40,
        blank=True,
        help_text=_("Shown in the footer and tappable on phones, e.g. +1 617 555 0100. Up to 40 characters."),
    )
    postal_address = models.TextField(
        blank=True, help_text=_("Shown in the footer, one line per line. Leave empty if the office must stay private.")
    )
    facebook_url = models.URLField(
        blank=True,
        help_text=_("Full address, e.g. https://www.facebook.com/amparo; a link in the footer."),
    )
    instagram_url = models.URLField(
        blank=True, help_text=_("Full address, e.g. https://www.instagram.com/amparo; a link in the footer.")
    )
    bluesky_url = models.URLField(
        blank=True, help_text=_("Full address, e.g. https://bsky.app/profile/amparo.org; a link in the footer.")
    )
    x_url = models.URLField(
        blank=True, verbose_name="X URL", help_text=_("Full address, e.g. https://x.com/amparo; a link in the footer.")
    )
    youtube_url = models.URLField(
        blank=True, help_text=_("Full address, e.g. https://www.youtube.com/@amparo; a link in the footer.")
    )
    donate_label = models.CharField(
        max_length=40,
        default=gettext_noop("Donate"),
        help_text=_(
            "The header's donate button, e.g. “Donate”. Labels with a translation in the site's catalogue "
            "(such as “Donate”) show translated. Up to 40 characters."
        ),
    )
    donate_page = optional_page(
        _("Where every donate button leads: usually the site's donate page, in the visitor's language.")
    )
    donate_url = models.URLField(
        blank=True, help_text=_("Used when no donate page is chosen, e.g. a partner's giving page.")
    )

    panels = [
        MultiFieldPanel([FieldPanel("organisation_name"), FieldPanel("logo")], heading=_("Organisation")),
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("contact_phone"), FieldPanel("postal_address")],
            heading=_("Contact"),
            classname="collapsed",  # set once; folded so the donate button is in reach
        ),
        MultiFieldPanel(
            [
                FieldPanel("facebook_url"),
                FieldPanel("instagram_url"),
                FieldPanel("bluesky_url"),
                FieldPanel("x_url"),
                FieldPanel("youtube_url"),
            ],
            heading=_("Social links"),
            classname="collapsed",
        ),
        MultiFieldPanel(
            [FieldPanel("donate_label"), FieldPanel("donate_page"), FieldPanel("donate_url")],
            heading=_("Donate button"),
        ),
    ]

    class Meta:
        verbose_name = _("organisation settings")

    @property
    def social_links(self):
        links = [
            ("Facebook", self.facebook_url),
            ("Instagram", self.instagram_url),
            ("Bluesky", self.bluesky_url),
            ("X", self.x_url),
            ("YouTube", self.youtube_url),
        ]
        return [(name, url) for name, url in links if url]

    @classmethod
    def for_request(cls, request):
        """Every page shows these (header, footer, donate links): kept with the frame, not read on each request."""
        attr_name = cls.get_cache_attr_name()
        if not hasattr(request, attr_name):
            site = Site.find_for_request(request)
            if site is not None:
                found = cached_frame_part(f"org-settings:{site.pk}", lambda: cls._with_logo(cls.for_site(site)))
                found._request = request
                setattr(request, attr_name, found)
        return super().for_request(request)

    @staticmethod
    def _with_logo(found):
        found.logo  # noqa: B018 (read once, kept with the cached settings)
        return found

    def donate_href(self):
        """The donate button's target in the current language (a page chosen, else the URL)."""
        if not self.donate_page_id:
            return self.donate_url
        language = translation.get_language()
        return cached_frame_part(f"donate:{self.pk}:{language}", lambda: self.donate_page.localized.url or "")
