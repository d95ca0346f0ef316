"""The Editors group edits the directory, the menus and the site text, and still sees no supporter's data."""

import pytest
from django.contrib.auth.models import Group

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, django_user_model, home_page):
    user = django_user_model.objects.create_user("ed", "ed@staff.example.org", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return user


def test_editors_can_edit_the_directory_menus_and_site_text(client, editor):
    for app, model in (("resources", "organisation"), ("home", "navigationmenu"), ("home", "sitetext")):
        assert editor.has_perm(f"{app}.add_{model}") and editor.has_perm(f"{app}.change_{model}"), model
        assert client.get(f"/admin/snippets/{app}/{model}/").status_code == 200, model
    assert editor.has_perm("home.change_organisationsettings")
    assert client.get("/admin/snippets/resources/organisation/add/").status_code == 200


def test_editors_never_see_supporters_data(client, editor):
    for perm in ("privacy.view_supporter_data", "campaigns.view_signature", "donations.view_donation"):
        assert not editor.has_perm(perm), perm
    for url in ("/admin/signatures/", "/admin/rsvps/", "/admin/donations/", "/admin/snippets/newsletter/subscriber/"):
        assert client.get(url).status_code in (302, 403), url


def test_editors_publish_pages_themselves(editor, home_page):
    """Editors publish (editors/migrations/0002); Wagtail's default only let them submit for approval."""
    from home.factories import StandardPageFactory

    page = StandardPageFactory(parent=home_page, title="Know your rights")
    permissions = page.permissions_for_user(editor)
    assert permissions.can_publish() and permissions.can_add_subpage() and permissions.can_edit()
    assert not editor.has_perm("wagtailcore.change_site")  # the site's address stays with the installers
