"""The site's document library: Wagtail's document with the language it is written in.

Set as `WAGTAILDOCS_DOCUMENT_MODEL`, so the admin's Documents area, choosers, uploads and the document links
of pages and rich text all use it. Documents made before it existed were copied into it with their ids
(migration 0006), so every stored chooser block and rich-text link still finds its file.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument
from wagtail.documents.models import Document as WagtailDocument


class LanguageDocument(AbstractDocument):
    """A document in the library, with the language it is written in (shown beside its links)."""

    language = models.ForeignKey(
        "resources.Language",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("language"),
        help_text=_(
            "The language the file is written in, e.g. “Español”; shown beside its link on resource pages. "
            "Leave empty when it has no text."
        ),
    )

    admin_form_fields = WagtailDocument.admin_form_fields + ("language",)

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        permissions = [("choose_languagedocument", "Can choose document")]  # Wagtail's chooser asks for it
