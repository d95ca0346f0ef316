"""Small lookup tables that resources and organisations point at, so filter counts are one GROUP BY each."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from core.i18n import visitor_locale
from resources.choices import DEFAULT_LANGUAGES, SERVICES


class Language(models.Model):
    """A language a resource is published in or an organisation serves people in.

    Shown by its own name ("Español", "Kreyòl ayisyen") so speakers recognise it whatever the page's language.
    """

    code = models.SlugField(max_length=12, unique=True, help_text=_("ISO 639 code, e.g. es, ht, zh."))
    name = models.CharField(max_length=80, help_text=_("The language's name in English, for the admin."))
    autonym = models.CharField(
        max_length=80, help_text=_("The language's name in the language itself, shown to visitors.")
    )

    panels = [FieldPanel("code"), FieldPanel("name"), FieldPanel("autonym")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("language")

    def __str__(self):
        return self.autonym if self.autonym == self.name else f"{self.autonym} ({self.name})"

    @classmethod
    def ensure_defaults(cls):
        """The usual languages, created if missing (a fresh install has them from the migration)."""
        for code, name, autonym in DEFAULT_LANGUAGES:
            cls.objects.get_or_create(code=code, defaults={"name": name, "autonym": autonym})


class Service(models.Model):
    """What an organisation offers (volunteering, legal services...). The rows are the fixed SERVICES list."""

    code = models.CharField(max_length=20, unique=True, choices=SERVICES)

    class Meta:
        verbose_name = _("service")

    def __str__(self):
        return str(self.get_code_display())

    @classmethod
    def ensure_defaults(cls):
        for code, _label in SERVICES:
            cls.objects.get_or_create(code=code)


class Topic(TranslatableMixin, index.Indexed, models.Model):
    """A subject resources are filed under. Pages link the source-language topic; translations give its label."""

    name = models.CharField(
        max_length=80, help_text=_("What readers see in the filters, e.g. “Workers' rights”. Up to 80 characters.")
    )
    slug = models.SlugField(
        max_length=80,
        allow_unicode=True,
        help_text=_("Used in the filter links, e.g. workers-rights: lower case, no spaces. Keep it once in use."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("topic")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name

    @classmethod
    def labels_for_active_locale(cls):
        """translation_key -> the topic to show: in the visitor's language if translated, else the source one."""
        active = visitor_locale()
        labels = {}
        for topic in cls.objects.filter(Q(locale=active) | Q(locale__language_code=settings.LANGUAGE_CODE)):
            if topic.translation_key not in labels or topic.locale_id == active.pk:
                labels[topic.translation_key] = topic
        return labels
