"""Making a page private empties the cache at once: the next anonymous visitor is asked to log in or for the
password, never served the public copy kept from before (with the file cache and with Redis)."""

import uuid

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.urls import reverse
from wagtail.models import Collection, PageViewRestriction

from home.frame_cache import forget_local_copies

from .test_purge import cached

REDIS_URL = "redis://127.0.0.1:6379/13"  # a database of its own, and a prefix of its own per test


@pytest.fixture(params=["file", "redis"])
def shared_cache(request, settings, tmp_path):
    """The two shared caches production runs on: the file cache (no REDIS_URL) and Redis."""
    if request.param == "file":
        settings.CACHES = {
            "default": {"BACKEND": "pagecache.file_cache.FileCache", "LOCATION": str(tmp_path)}  # production's
        }
    else:
        settings.CACHES = {
            "default": {
                "BACKEND": "pagecache.resilient_cache.ResilientRedisCache",
                "LOCATION": REDIS_URL,
                "KEY_PREFIX": f"test-privacy-{uuid.uuid4().hex}",
            }
        }
        if not cache.is_available():
            pytest.fail("These tests need Redis on 127.0.0.1:6379")
    forget_local_copies()
    yield request.param
    if request.param == "redis":
        client = cache._cache.get_client(write=True)
        for key in client.scan_iter(match=f"{settings.CACHES['default']['KEY_PREFIX']}:*"):
            client.delete(key)
    forget_local_copies()


@pytest.fixture
def editor(admin_user):
    """An editor in the admin, in a browser of their own (the root `admin_client` is the visitor's `client`)."""
    from django.test import Client

    browser = Client()
    browser.force_login(admin_user)
    return browser


def set_privacy(editor, page, **form):
    response = editor.post(reverse("wagtailadmin_pages:set_privacy", args=[page.pk]), form)
    assert response.status_code == 200 and b"set_privacy_done" in response.content
    return response


@pytest.mark.django_db
def test_login_required_from_the_privacy_dialog_takes_the_cached_copy_away(client, editor, petition, shared_cache):
    assert "Suspend enforcement now" in cached(client, petition.url)
    set_privacy(editor, petition, restriction_type="login")
    response = client.get(petition.url)
    assert response.status_code == 302 and "/login" in response["Location"]
    assert response.get("X-Page-Cache") != "hit"


@pytest.mark.django_db
def test_a_password_from_the_privacy_dialog_takes_the_cached_copy_away(client, editor, petition, shared_cache):
    cached(client, petition.url)
    set_privacy(editor, petition, restriction_type="password", password="sanctuary")
    response = client.get(petition.url)
    assert response.get("X-Page-Cache") != "hit"
    body = response.content.decode()
    assert "Suspend enforcement now" not in body and 'name="password"' in body


@pytest.mark.django_db
def test_a_private_section_hides_the_pages_under_it_and_its_listing_entries(
    client, editor, campaign, petition, shared_cache
):
    cached(client, petition.url)
    assert "Suspend enforcement now" in cached(client, campaign.url)
    set_privacy(editor, campaign, restriction_type="login")
    assert client.get(petition.url).status_code == 302
    assert client.get(campaign.url).status_code == 302


@pytest.mark.django_db
def test_making_the_page_public_again_shows_it_at_once(client, editor, petition, shared_cache):
    PageViewRestriction.objects.create(page=petition, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(petition.url).status_code == 302
    set_privacy(editor, petition, restriction_type="none")
    assert not PageViewRestriction.objects.filter(page=petition).exists()
    response = client.get(petition.url)
    assert response.status_code == 200 and "Suspend enforcement now" in response.content.decode()


@pytest.mark.django_db
def test_changing_a_private_pages_groups_empties_the_cache(client, editor, home_page, petition):
    """The dialog saves the groups after the restriction: that change purges too."""
    editors = Group.objects.create(name="Organisers")
    restriction = PageViewRestriction.objects.create(page=petition, restriction_type=PageViewRestriction.GROUPS)
    cached(client, "/")
    restriction.groups.add(editors)
    assert client.get("/")["X-Page-Cache"] == "miss"


@pytest.mark.django_db
def test_collection_privacy_from_the_admin_empties_the_cache(client, editor, home_page, shared_cache):
    collection = Collection.get_first_root_node().add_child(name="Legal clinic handouts")
    cached(client, "/")
    response = editor.post(
        reverse("wagtailadmin_collections:set_privacy", args=[collection.pk]), {"restriction_type": "login"}
    )
    assert response.status_code == 200 and b"set_privacy_done" in response.content
    assert client.get("/")["X-Page-Cache"] == "miss"


@pytest.mark.django_db
def test_a_private_section_leaves_the_cdn_at_once(
    campaign, petition, settings, monkeypatch, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {"varnish": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend"}}
    purged = []
    purge_batch = "wagtail.contrib.frontend_cache.utils.PurgeBatch.purge"
    monkeypatch.setattr(purge_batch, lambda batch: purged.extend(batch.urls))
    monkeypatch.setattr("wagtail.contrib.frontend_cache.utils.purge_urls_from_cache", purged.extend)
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=campaign, restriction_type=PageViewRestriction.LOGIN)
    assert campaign.full_url in purged and petition.full_url in purged
