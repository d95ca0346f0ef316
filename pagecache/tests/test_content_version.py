"""One invalidation model: one content version that the page cache, the frame parts, the fragments and the
forms' HTML are all named by, started anew by everything that changes what a visitor may see."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction, Site

from core.content_version import content_version
from home.frame_cache import cached_frame_part, frame_version
from home.models import NavigationLink, NavigationMenu, OrganisationSettings
from pagecache import keys


def test_the_page_cache_and_the_frame_read_the_same_version():
    assert keys.GENERATION_KEY == "amparo:content-version"
    assert frame_version() == keys.current_generation() == content_version()
    keys.new_generation()
    assert frame_version() == keys.current_generation()


def _publish(petition, **kwargs):
    petition.title = "End detention now"
    petition.save_revision().publish()


def _schedule(petition, **kwargs):
    revision = petition.save_revision(approved_go_live_at=timezone.now() - datetime.timedelta(minutes=1))
    revision.approved_go_live_at = timezone.now() - datetime.timedelta(minutes=1)
    revision.save()
    before = content_version()
    call_command("publish_scheduled", verbosity=0)
    assert content_version() != before


def _image(petition, **kwargs):
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    get_image_model().objects.create(title="March", file=get_test_image_file())


def _document(petition, **kwargs):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    get_document_model().objects.create(title="Know your rights", file=ContentFile(b"%PDF-1.4", name="rights.pdf"))


def _menu_link(petition, home_page, **kwargs):
    menu = NavigationMenu.objects.create(slot=NavigationMenu.MAIN, locale=home_page.locale)
    before = content_version()
    NavigationLink.objects.create(menu=menu, page=petition, label="Sign now")
    assert content_version() != before


CHANGES = {
    "publish": _publish,
    "unpublish": lambda petition, **kwargs: petition.unpublish(),
    "move": lambda petition, home_page, **kwargs: petition.move(home_page, pos="last-child"),
    "delete": lambda petition, **kwargs: petition.delete(),
    "schedule": _schedule,
    "snippet": lambda petition, home_page, **kwargs: NavigationMenu.objects.create(
        slot=NavigationMenu.MAIN, locale=home_page.locale
    ),
    "menu link": _menu_link,
    "setting": lambda petition, **kwargs: OrganisationSettings.objects.filter().first().save(),
    "site": lambda petition, **kwargs: Site.objects.get(is_default_site=True).save(),
    "image": _image,
    "document": _document,
    "page privacy": lambda petition, **kwargs: PageViewRestriction.objects.create(
        page=petition, restriction_type=PageViewRestriction.LOGIN
    ),
    "collection privacy": lambda petition, **kwargs: CollectionViewRestriction.objects.create(
        collection=Collection.get_first_root_node(), restriction_type=CollectionViewRestriction.LOGIN
    ),
}


@pytest.mark.django_db
@pytest.mark.parametrize("change", CHANGES)
def test_every_change_a_visitor_may_see_drops_every_derived_copy(client, home_page, petition, change):
    from core.forms import _unbound_html

    client.get(petition.url)
    assert client.get(petition.url)["X-Page-Cache"] == "hit"
    built = []
    cached_frame_part("test-part", lambda: built.append(1) or "part")
    before = content_version()
    assert _unbound_html.get("version") == before  # the petition's empty form was kept under this version

    CHANGES[change](petition=petition, home_page=home_page)

    assert content_version() != before
    cached_frame_part("test-part", lambda: built.append(1) or "part")
    assert len(built) == 2  # the frame part was built again
    response = client.get(petition.url)
    assert response.get("X-Page-Cache") != "hit"


@pytest.mark.django_db
def test_a_signature_changes_no_version(client, home_page, petition):
    from pagecache.tests.conftest import SIGNATURE

    before = content_version()
    assert client.post(petition.url, SIGNATURE).status_code == 303
    assert content_version() == before


@pytest.mark.django_db(transaction=True)
def test_a_publish_starts_one_shared_version_when_it_commits_and_none_before(home_page, petition, monkeypatch):
    """Before the commit other processes can only render the old rows again: each extra version makes every
    worker re-render with its frame rebuilt (under load, the action day's slowest reads). A draft starts none;
    the editor's own thread sees its change at once; a rolled-back change starts nothing."""
    from django.core.cache import cache
    from django.db import transaction

    from core.content_version import VERSION_KEY, shared_version

    writes = []
    original_set = cache.set
    monkeypatch.setattr(
        cache, "set", lambda key, *args, **kwargs: writes.append(key) or original_set(key, *args, **kwargs)
    )
    before = shared_version()
    petition.save_revision()  # a draft: visitors still see the live page
    assert writes.count(VERSION_KEY) == 0 and shared_version() == before
    _publish(petition)  # as the admin and publish_scheduled do: a draft, then its publish, each committed
    assert writes.count(VERSION_KEY) == 1
    assert shared_version() != before

    before = shared_version()
    with transaction.atomic():
        _publish(petition)
        assert shared_version() == before
        assert content_version() != before
    assert writes.count(VERSION_KEY) == 2
    assert shared_version() != before
    assert content_version() == shared_version()

    before = shared_version()
    with pytest.raises(RuntimeError), transaction.atomic():
        _publish(petition)
        raise RuntimeError("the editor's request failed")
    assert shared_version() == before == content_version()
