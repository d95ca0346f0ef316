"""The one model the kernel holds: the topics that updates and resources are filed under."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from core.i18n import translations_for


class Topic(TranslatableMixin, index.Indexed, models.Model):
    """What an update or a resource is about (detention, work, elections...). Translated like pages: one row per
    language, the rows of one topic sharing a translation key. Shown in the visitor's language with `localized`.
    """

    name = models.CharField(
        _("name"),
        max_length=80,
        help_text=_("What readers see on pages and in the filters, e.g. “Detention”. Up to 80 characters."),
    )
    slug = models.SlugField(_("slug"), max_length=80, allow_unicode=True, help_text=_("Used in the filter links."))

    panels = [FieldPanel("name"), FieldPanel("slug")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        constraints = [models.UniqueConstraint(fields=["locale", "slug"], name="core_topic_unique_slug_per_locale")]

    def __str__(self):
        return self.name

    @classmethod
    def in_language(cls, topics, locale=None):
        """The topics as the visitor reads them: each in `locale` (default: the visitor's) where translated."""
        topics = list(topics)
        translated = translations_for(topics, locale)
        return [translated[topic.translation_key] for topic in topics]

    @classmethod
    def label_pages(cls, pages, locale=None):
        """Sets `display_topics` on each page (topics prefetched): its topics as the visitor reads them.

        One query for all the pages, none when every topic is already in that language.
        """
        topics = [topic for page in pages for topic in page.topics.all()]
        translated = translations_for(topics, locale)
        for page in pages:
            page.display_topics = [translated[topic.translation_key] for topic in page.topics.all()]
        return pages

    @classmethod
    def ensure(cls, source_locale, slug, name, translations=()):
        """The topic with this slug in `source_locale`, made if missing, with its translations
        `(locale, slug, name)` made if missing. For demo content and data loads: running it twice changes nothing.
        """
        topic, _created = cls.objects.get_or_create(locale=source_locale, slug=slug, defaults={"name": name})
        for locale, translated_slug, translated_name in translations:
            if not cls.objects.filter(translation_key=topic.translation_key, locale=locale).exists():
                cls.objects.get_or_create(
                    locale=locale,
                    slug=translated_slug,
                    defaults={"name": translated_name, "translation_key": topic.translation_key},
                )
        return topic


class RateLimitCounter(models.Model):
    """One rate-limit counter (core/ratelimit.py): hits counted in the window that ends at `expires`.

    Kept in the database, not in the cache, so flooding or restarting the cache cannot reset a limit. Named by
    a keyed hash, never by an address; rows whose window has passed are deleted as new ones are counted.
    """

    name = models.CharField(max_length=200, primary_key=True)
    count = models.PositiveIntegerField(default=0)
    expires = models.FloatField(db_index=True, help_text="Unix time the window ends.")

    class Meta:
        verbose_name = "rate-limit counter"
