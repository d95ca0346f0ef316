"""An alias of a page in another language is structure, never content: it is never live, never served.

Wagtail makes such aliases when a page is translated under a parent that has no translation yet (the parent
is copied as an alias so the translation has somewhere to live), and when a locale is set to synchronise its
tree from another. An alias shows its source's text, so a live one would put English under /es/ (and Wagtail
republishes aliases whenever their source is published, including a scheduled page at its time). Keeping
them offline at save time covers every path at once: listings, search, feeds and the sitemap all ask for
`live()` pages.
"""

from django.db.models.signals import pre_save
from django.http import Http404


def is_foreign_alias(page):
    """True for an alias whose source page is in another locale (one query, and only for aliases)."""
    if not page.alias_of_id:
        return False
    from wagtail.models import Page

    source_locale_id = Page.objects.filter(pk=page.alias_of_id).values_list("locale_id", flat=True).first()
    return source_locale_id is not None and source_locale_id != page.locale_id


def keep_foreign_aliases_offline(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page) and instance.live and is_foreign_alias(instance):
        instance.live = False
        instance.has_unpublished_changes = True


def refuse_foreign_alias(page, request, serve_args, serve_kwargs):
    """`before_serve_page`: a 404 for any foreign alias that was made live behind Wagtail's back."""
    if is_foreign_alias(page):
        raise Http404


def connect_alias_guard():
    pre_save.connect(keep_foreign_aliases_offline, dispatch_uid="amparo-foreign-aliases-offline")
