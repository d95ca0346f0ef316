from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import TranslatableMixin
from wagtail.search import index

from core.i18n import translations_for


class Topic(TranslatableMixin, index.Indexed, models.Model):
    """What an update is about (detention, work, elections...). Translated like pages: one row per language."""

    name = models.CharField(
        _("name"),
        max_length=80,
        help_text=_("Shown on updates and as a filter on the updates page, e.g. “Detention”. Up to 80 characters."),
    )
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        allow_unicode=True,
        help_text=_("Used in the filter link, e.g. detention: lower case, no spaces. Keep it once in use."),
    )

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        constraints = [models.UniqueConstraint(fields=["locale", "slug"], name="updates_topic_unique_slug_per_locale")]

    def __str__(self):
        return self.name


def localize_topics(pages, locale):
    """Sets `display_topics` on each page: its topics in `locale` where translated. One query for all pages.

    Pages are expected to come with `topics` prefetched.
    """
    translated = translations_for([topic for page in pages for topic in page.topics.all()], locale)
    for page in pages:
        page.display_topics = [translated.get(topic.translation_key, topic) for topic in page.topics.all()]
    return pages
