"""When the cached pages go stale, and how every process learns it: the one list of what starts a new content
version (core/content_version.py), which the page cache, the frame parts, the fragments and the forms' HTML share.

Content changes (a page published, unpublished, moved, deleted or scheduled; a snippet, a setting, an image or
a document saved; a page or collection made private or public, or its groups changed) start a new generation
once the transaction commits, so every cached page of every process becomes a miss at once: the page, its
parents' listings, the home pages, feeds and the sitemap all show content, and a whole-site purge is the only
purge that cannot miss one of them. Supporter actions (a signature,
RSVP, letter, call report or gift) only record when they happened: pages cached before then are re-rendered
at most PAGECACHE_LIVE_SECONDS later, so counts stay fresh without emptying the cache on every signature.
"""

import logging

from django.conf import settings
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.signals import page_unpublished, post_page_move

from core.content_version import bump_content_version, new_version
from pagecache.keys import record_activity

logger = logging.getLogger(__name__)

ACTIVITY_MODELS = (
    "campaigns.Signature",
    "campaigns.EventRSVP",
    "legislators.LetterWritten",
    "legislators.CallReport",
    "donations.Donation",
    "donations.MonthlyGift",
)
# Snippets that hold supporters, not content: saving one changes no public page.
NOT_CONTENT_MODELS = ("newsletter.Subscriber", "newsletter.Delivery")
# Content that is neither a page, a setting, an image, a document, a site, a view restriction nor a snippet:
# a menu's links are saved as rows of their own.
MORE_CONTENT_MODELS = ("home.NavigationLink",)


def _labels(names):
    return {name.lower() for name in names}


def purge_all(**kwargs):
    """Drops every cached page, here and in every other process, when the transaction commits (this thread sees
    its change at once: core/content_version.py)."""
    bump_content_version()
    transaction.on_commit(_purge_frontend_cache)


def _purge_now():
    new_version()
    _purge_frontend_cache()


def _purge_frontend_cache():
    """A CDN in front gets the site's root purged too; its short s-maxage bounds what a page-level purge misses."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
    from wagtail.models import Site

    try:
        urls = [site.root_url + "/" for site in Site.objects.all()]
        urls += [site.root_url + "/sitemap.xml" for site in Site.objects.all()]
        purge_urls_from_cache(urls)
    except Exception:  # a CDN outage must never break publishing
        logger.warning("Could not purge the CDN", exc_info=True)


def _is_content(instance):
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.documents.models import AbstractDocument
    from wagtail.images.models import AbstractImage
    from wagtail.models import Page, Site
    from wagtail.models.view_restrictions import BaseViewRestriction
    from wagtail.snippets.models import get_snippet_models

    content = (Page, BaseSiteSetting, BaseGenericSetting, AbstractImage, AbstractDocument, Site, BaseViewRestriction)
    if isinstance(instance, content):
        return True
    label = instance._meta.label_lower
    if label in _labels(MORE_CONTENT_MODELS):
        return True
    return type(instance) in get_snippet_models() and label not in _labels(NOT_CONTENT_MODELS)


def _draft_only(kwargs):
    """A new draft (Wagtail's `save_revision`) saves only these on the page or snippet: visitors see the live
    content, which the publish (a save of its own) changes."""
    from wagtail.models.pages import COMMENTS_RELATION_NAME

    fields = kwargs.get("update_fields")
    draft = {COMMENTS_RELATION_NAME, "latest_revision", "latest_revision_created_at", "draft_title"}
    return fields is not None and set(fields) <= draft | {"has_unpublished_changes"}


def on_model_change(sender, instance, **kwargs):
    if kwargs.get("raw"):
        return
    label = sender._meta.label_lower
    if label in _labels(ACTIVITY_MODELS):
        record_activity()
    elif _is_content(instance) and not _default_settings_row(instance, kwargs) and not _draft_only(kwargs):
        purge_all()
        page_id = getattr(instance, "page_id", None) if label == "wagtailcore.pageviewrestriction" else None
        if page_id is not None:
            transaction.on_commit(lambda: _purge_section_from_frontend_cache(page_id))


def _purge_section_from_frontend_cache(page_id):
    """A page made private (or public again) leaves a CDN at once, with every page under it, not after s-maxage."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import PurgeBatch
    from wagtail.models import Page

    try:
        page = Page.objects.filter(pk=page_id).first()
        if page is not None:
            batch = PurgeBatch()
            batch.add_pages(page.get_descendants(inclusive=True).specific())
            batch.purge()
    except Exception:  # a CDN outage must never break the Privacy dialog
        logger.warning("Could not purge the CDN", exc_info=True)


def _default_settings_row(instance, kwargs):
    """Wagtail makes a settings row with its defaults the first time one is read: pages already showed those."""
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting

    return kwargs.get("created", False) and isinstance(instance, BaseSiteSetting | BaseGenericSetting)


def on_restriction_groups_change(sender, instance, action, **kwargs):
    """The Privacy dialog saves a "private to groups" restriction's groups after the restriction itself."""
    if action in ("post_add", "post_remove", "post_clear"):
        purge_all()


def connect_purge_signals():
    from wagtail.models import CollectionViewRestriction, PageViewRestriction

    # A publish saves the page in its own transaction (post_save, below): `page_published`, sent after that commits,
    # would start a second version that only makes every worker render the same rows again.
    for signal in (page_unpublished, post_page_move):
        signal.connect(purge_all, dispatch_uid=f"pagecache-{signal!r}")
    post_save.connect(on_model_change, dispatch_uid="pagecache-post-save")
    post_delete.connect(on_model_change, dispatch_uid="pagecache-post-delete")
    for model in (PageViewRestriction, CollectionViewRestriction):
        m2m_changed.connect(
            on_restriction_groups_change,
            sender=model.groups.through,
            dispatch_uid=f"pagecache-{model.__name__}-groups",
        )
