"""A blank install's first home page becomes the site's root when it is published.

Wagtail's own migrations leave the default site on a "Welcome to your new Wagtail site!" page of the bare `Page`
type, which no section of this site can go under, and only a superuser may change a site. So when an editor (the
Editors group may add pages at the tree's root) publishes the first home page in the default language while the
default site still stands on that bare welcome page, with nothing under it, the site adopts the new home page and
the welcome page is deleted. Any other site is left alone: a root chosen by someone is never changed here.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import Locale, Page, Site
from wagtail.signals import page_published


def adopt_first_home_page(sender, instance, **kwargs):
    from home.models import HomePage

    if not isinstance(instance, HomePage) or instance.depth != 2:
        return
    if instance.locale_id != Locale.get_default().pk:
        return
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None or site.root_page_id == instance.pk:
        return
    welcome = site.root_page
    bare = ContentType.objects.get_for_model(Page)
    if welcome.content_type_id != bare.pk or welcome.depth != 2 or welcome.get_children().exists():
        return
    with transaction.atomic():
        site.root_page = instance
        site.save()
        Page.objects.filter(pk=welcome.pk).delete()
    Site.clear_site_root_paths_cache()


def connect():
    from home.models import HomePage

    page_published.connect(adopt_first_home_page, sender=HomePage, dispatch_uid="home-adopt-first-home-page")
