from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin


class SiteText(TranslatableMixin, models.Model):
    """The organisation's own words that every page shows, one per language.

    They live here rather than in the organisation settings because settings cannot be translated: this
    snippet is translated like a page, from its "Translate" action in wagtail-localize's editor.
    """

    tagline = models.CharField(
        _("tagline"),
        max_length=255,
        blank=True,
        help_text=_(
            "A short line under the name in the footer, e.g. “Immigrant rights, together”. Up to 255 characters."
        ),
    )
    footer_text = models.TextField(
        _("footer text"),
        blank=True,
        help_text=_(
            "A few lines at the foot of every page in this language, e.g. the fiscal sponsor line and whether gifts "
            "are tax-deductible."
        ),
    )

    panels = [FieldPanel("tagline"), FieldPanel("footer_text")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("site text")
        verbose_name_plural = _("site text")
        constraints = [models.UniqueConstraint(fields=["locale"], name="home_sitetext_one_per_locale")]

    def __str__(self):
        return f"{self._meta.verbose_name.capitalize()} ({self.locale})"
