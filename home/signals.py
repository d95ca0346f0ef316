from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from home.frame_cache import bump_frame_version


def connect_frame_cache_signals():
    from wagtail.models import Page, PageViewRestriction, Site

    from home.models import NavigationLink, NavigationMenu, OrganisationSettings, SiteText

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(bump_frame_version, dispatch_uid=f"amparo-frame-{signal!r}")
    post_delete.connect(bump_frame_version, sender=Page, dispatch_uid="amparo-frame-page-delete")
    # Any saved page (a slug or title changed, a draft saved): routes (home/routing.py) and menus follow it.
    post_save.connect(_page_saved, dispatch_uid="amparo-frame-page-save")
    post_save.connect(_settings_saved, sender=OrganisationSettings, dispatch_uid="amparo-frame-settings-save")
    post_delete.connect(bump_frame_version, sender=OrganisationSettings, dispatch_uid="amparo-frame-settings-delete")
    from wagtail.images import get_image_model

    # Pages are kept with their hero and share images (home/routing.py): a new focal point or file shows at once.
    for model in (NavigationMenu, NavigationLink, SiteText, Site, PageViewRestriction, get_image_model()):
        for signal in (post_save, post_delete):
            signal.connect(bump_frame_version, sender=model, dispatch_uid=f"amparo-frame-{model.__name__}-{signal!r}")


def _page_saved(sender, instance, raw=False, **kwargs):
    from wagtail.models import Page

    if not raw and isinstance(instance, Page):
        bump_frame_version()


def _settings_saved(sender, instance, created=False, raw=False, **kwargs):
    """Wagtail makes the settings row with its defaults the first time a page reads it: nothing cached before
    showed anything else, and a new version then would make the next request rebuild the whole frame."""
    if not created and not raw:
        bump_frame_version()
