"""The frame from the frame cache (home/routing.py, home/restrictions.py, home/sites.py) stays correct: a URL
reaches its page in one query at any depth, and what editors change shows on the next request."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from home.factories import StandardPageFactory


@pytest.fixture
def deep_page(home_page):
    about = StandardPageFactory(parent=home_page, title="About us", slug="about")
    team = StandardPageFactory(parent=about, title="Our team", slug="team")
    return StandardPageFactory(parent=team, title="Volunteers", slug="volunteers")


@pytest.mark.django_db
def test_a_deep_page_costs_no_more_queries_than_a_shallow_one(client, deep_page):
    def queries(url):
        client.get(url)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200
        return len(captured)

    assert queries("/about/team/volunteers/") == queries("/about/")
    assert "Volunteers" in client.get("/about/team/volunteers/").content.decode()
    assert 'href="/about/team/"' in client.get("/about/team/volunteers/").content.decode()  # breadcrumbs


@pytest.mark.django_db
def test_unknown_and_unpublished_pages_are_404(client, deep_page):
    assert client.get("/about/team/nobody/").status_code == 404
    assert client.get("/about/nowhere/volunteers/").status_code == 404
    deep_page.unpublish()
    assert client.get("/about/team/volunteers/").status_code == 404


@pytest.mark.django_db
def test_a_new_slug_and_title_show_on_the_next_request(client, deep_page):
    assert client.get("/about/team/volunteers/").status_code == 200
    deep_page.slug, deep_page.title = "helpers", "Helpers"
    deep_page.save_revision().publish()
    assert client.get("/about/team/volunteers/").status_code == 404
    response = client.get("/about/team/helpers/")
    assert response.status_code == 200 and "Helpers" in response.content.decode()


@pytest.mark.django_db
def test_a_new_restriction_applies_on_the_next_request(client, deep_page, admin_user):
    assert client.get("/about/team/volunteers/").status_code == 200
    team = deep_page.get_parent()
    restriction = PageViewRestriction.objects.create(page=team, restriction_type=PageViewRestriction.LOGIN)
    response = client.get("/about/team/volunteers/")
    assert response.status_code == 302 and "/login/" in response["Location"]
    client.force_login(admin_user)
    assert client.get("/about/team/volunteers/").status_code == 200
    client.logout()
    restriction.delete()
    assert client.get("/about/team/volunteers/").status_code == 200


@pytest.mark.django_db
def test_a_part_rebuilt_before_the_change_commits_is_not_kept(django_capture_on_commit_callbacks):
    from home.frame_cache import bump_frame_version, cached_frame_part, frame_version

    assert cached_frame_part("menu", lambda: "published menu") == "published menu"
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        bump_frame_version()  # an editor saves the menu: the transaction is still open
        # Another process serves a page now: it still reads the menu as committed before the save.
        assert cached_frame_part("menu", lambda: "menu before the save") == "menu before the save"
        version_before_commit = frame_version()
    for callback in callbacks:  # the editor's transaction commits
        callback()
    assert frame_version() != version_before_commit
    assert cached_frame_part("menu", lambda: "menu after the save") == "menu after the save"


@pytest.mark.django_db
def test_a_change_made_by_another_process_shows_here_though_this_one_kept_a_copy():
    from django.core.cache import cache

    from home.frame_cache import VERSION_KEY, cached_frame_part

    assert cached_frame_part("menu", lambda: "menu as this process built it") == "menu as this process built it"
    assert cached_frame_part("menu", lambda: "not rebuilt") == "menu as this process built it"  # its own copy
    cache.set(VERSION_KEY, "another-app-servers-version", timeout=None)  # an editor publishes there
    assert cached_frame_part("menu", lambda: "menu after the change") == "menu after the change"


@pytest.mark.django_db
def test_each_request_gets_its_own_copy_of_a_kept_part():
    from home.frame_cache import cached_frame_part

    first = cached_frame_part("links", lambda: [{"text": "About"}])
    first.append({"text": "changed by one request"})
    assert cached_frame_part("links", lambda: []) == [{"text": "About"}]


@pytest.mark.django_db
def test_saving_an_image_starts_a_new_frame_version(deep_page):
    """Pages are kept with the frame with their hero and share images: a new focal point or file shows at once."""
    from wagtail_factories import ImageFactory

    from home.frame_cache import frame_version

    image = ImageFactory(title="Rally")
    before = frame_version()
    image.focal_point_x, image.focal_point_y, image.focal_point_width, image.focal_point_height = 2, 2, 2, 2
    image.save()
    assert frame_version() != before


@pytest.mark.django_db
def test_kept_meta_tags_and_header_belong_to_their_own_page(client, deep_page):
    """The frame's fragments ({% framecache %}) are kept per page and URL: no page shows another's title or link."""
    team = deep_page.get_parent()
    for _ in range(2):  # built, then from the frame cache
        volunteers = client.get("/about/team/volunteers/").content.decode()
        team_html = client.get("/about/team/").content.decode()
        assert '<meta property="og:title" content="Volunteers">' in volunteers
        assert '<meta property="og:title" content="Our team">' in team_html
        assert re.search(r'rel="canonical" href="http://[^"/]+/about/team/volunteers/"', volunteers)
        assert re.search(r'rel="canonical" href="http://[^"/]+/about/team/"', team_html)
    team.title = "Our crew"
    team.save_revision().publish()
    assert '<meta property="og:title" content="Our crew">' in client.get("/about/team/").content.decode()


@pytest.mark.django_db
def test_a_preview_shows_the_drafts_title_in_its_meta_tags_and_keeps_nothing(client, deep_page):
    client.get("/about/team/volunteers/")
    deep_page.title = "Draft title"
    draft = deep_page.save_revision().as_object()
    assert '<meta property="og:title" content="Draft title">' in draft.make_preview_request().content.decode()
    public = client.get("/about/team/volunteers/").content.decode()
    assert '<meta property="og:title" content="Volunteers">' in public
