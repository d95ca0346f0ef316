"""Fresh when it matters: every kind of content change empties the page cache, in every process."""

import datetime
import subprocess
import sys
import textwrap

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Site

from home.models import NavigationLink, NavigationMenu, OrganisationSettings
from pagecache import keys


def cached(client, url):
    """Visits twice and checks the second visit was a hit, so the change that follows has a copy to purge."""
    client.get(url)
    response = client.get(url)
    assert response["X-Page-Cache"] == "hit", url
    return response.content.decode()


def republish(page, **changes):
    for name, value in changes.items():
        setattr(page, name, value)
    return page.save_revision().publish()


@pytest.mark.django_db
def test_publishing_a_page_refreshes_it_and_its_parents_listing(client, campaign, petition):
    assert "Suspend enforcement now" in cached(client, campaign.url)
    cached(client, petition.url)
    republish(petition, title="End detention now")
    for url in (petition.url, campaign.url):
        response = client.get(url)
        assert response["X-Page-Cache"] == "miss", url
        assert "End detention now" in response.content.decode(), url


@pytest.mark.django_db
def test_unpublishing_and_deleting_take_the_page_away(client, petition, campaign):
    cached(client, petition.url)
    petition.unpublish()
    assert client.get(petition.url).status_code == 404
    cached(client, campaign.url)
    url = campaign.url
    campaign.delete()
    assert client.get(url).status_code == 404


@pytest.mark.django_db
def test_moving_a_page_sends_its_old_address_to_the_new_one(client, petition, home_page):
    old_url = petition.url
    cached(client, old_url)
    petition.move(home_page, pos="last-child")
    petition.refresh_from_db()
    response = client.get(old_url)
    assert response.status_code == 301 and response["Location"] == petition.url
    assert client.get(petition.url).status_code == 200


@pytest.mark.django_db
def test_scheduled_publishing_and_expiry_show_when_they_happen(client, petition):
    cached(client, petition.url)
    petition.title = "Scheduled title"
    revision = petition.save_revision(approved_go_live_at=timezone.now() - datetime.timedelta(minutes=1))
    revision.approved_go_live_at = timezone.now() - datetime.timedelta(minutes=1)
    revision.save()
    call_command("publish_scheduled", verbosity=0)
    assert "Scheduled title" in client.get(petition.url).content.decode()

    cached(client, petition.url)
    petition.refresh_from_db()
    petition.expire_at = timezone.now() - datetime.timedelta(minutes=1)
    petition.save()
    call_command("publish_scheduled", verbosity=0)
    assert client.get(petition.url).status_code == 404


@pytest.mark.django_db
def test_saving_a_snippet_refreshes_every_page(client, home_page, petition):
    menu = NavigationMenu.objects.create(slot=NavigationMenu.MAIN, locale=home_page.locale)
    NavigationLink.objects.create(menu=menu, page=petition, label="Sign now")
    assert "Sign now" in cached(client, "/")
    link = menu.links.get()
    link.label = "Sign today"
    link.save()
    menu.save()  # the admin saves the menu with its links
    assert "Sign today" in client.get("/").content.decode()


@pytest.mark.django_db
def test_saving_a_setting_refreshes_every_page(client, home_page, petition):
    cached(client, "/")
    cached(client, petition.url)
    org = OrganisationSettings.for_site(Site.objects.get(is_default_site=True))
    org.organisation_name = "Vecinos Unidos"
    org.save()
    for url in ("/", petition.url):
        assert "Vecinos Unidos" in client.get(url).content.decode(), url


@pytest.mark.django_db
def test_supporters_joining_the_newsletter_do_not_empty_the_cache(client, home_page):
    from newsletter.factories import SubscriberFactory

    cached(client, "/")
    SubscriberFactory()
    assert client.get("/")["X-Page-Cache"] == "hit"


@pytest.mark.django_db
def test_a_purge_from_another_process_reaches_this_one(client, home_page, settings, tmp_path):
    """Two processes sharing the production cache without Redis (a file cache): one publishes, the other
    stops serving its copy on the very next request."""
    settings.CACHES = {
        "default": {"BACKEND": "pagecache.file_cache.FileCache", "LOCATION": str(tmp_path)}  # production's
    }
    cached(client, "/")
    other_process = textwrap.dedent(
        f"""
        import django
        from django.conf import settings
        settings.configure(CACHES={settings.CACHES!r}, INSTALLED_APPS=[])
        django.setup()
        from pagecache.keys import new_generation
        new_generation()
        """
    )
    subprocess.run([sys.executable, "-c", other_process], check=True, cwd=settings.BASE_DIR, timeout=60)
    assert client.get("/")["X-Page-Cache"] == "miss"
    assert client.get("/")["X-Page-Cache"] == "hit"


@pytest.mark.django_db
def test_the_generation_survives_a_cache_restart(client, home_page):
    cached(client, "/")
    from django.core.cache import cache

    cache.delete(keys.GENERATION_KEY)  # Redis restarted or evicted the key: nothing stale can be served
    assert client.get("/")["X-Page-Cache"] == "miss"
