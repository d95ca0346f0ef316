from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="site")
class OrganisationSettings(BaseSiteSetting):
    """What editors change about the organisation without a developer: name, contacts, donate button.

    Its words in each language (tagline, footer text) are the translatable `SiteText` snippet.
    """

    organisation_name = models.CharField(max_length=200, default="Amparo")
    logo = models.ForeignKey("wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    contact_email = models.EmailField(blank=True)
    contact_phone = models.CharField(max_length=40, blank=True)
    postal_address = models.TextField(blank=True)
    facebook_url = models.URLField(blank=True)
    instagram_url = models.URLField(blank=True)
    bluesky_url = models.URLField(blank=True)
    x_url = models.URLField(blank=True, verbose_name="X URL")
    youtube_url = models.URLField(blank=True)
    donate_label = models.CharField(
        max_length=40,
        default=gettext_noop("Donate"),
        help_text=_("Labels with a translation in the site's catalogue (such as “Donate”) show translated."),
    )
    donate_page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    donate_url = models.URLField(blank=True, help_text=_("Used when no donate page is chosen."))

    panels = [
        MultiFieldPanel([FieldPanel("organisation_name"), FieldPanel("logo")], heading=_("Organisation")),
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("contact_phone"), FieldPanel("postal_address")],
            heading=_("Contact"),
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

    def donate_href(self):
        if self.donate_page_id:
            return self.donate_page.localized.url
        return self.donate_url
