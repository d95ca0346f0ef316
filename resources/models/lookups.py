"""Small lookup tables that resources and organisations point at, so filter counts are one GROUP BY each."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

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

    @property
    def reader_name(self):
        """The language's name in the reader's (active) language where Django knows it ("Inglés" on a Spanish
        page), else its own name: never its English name under Spanish words."""
        from django.conf.locale import LANG_INFO
        from django.utils.translation import get_language_info

        if self.code in LANG_INFO:
            return str(get_language_info(self.code)["name_translated"])
        return self.autonym

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
