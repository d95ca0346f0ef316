"""Nothing unpublished or untranslated is public in Spanish, whatever an editor does in the admin.

Each test drives the admin's own views (so every `after_create_page` hook runs, as it would for an editor)
and then looks for the page's title anywhere under /es/.
"""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import Page, Workflow, WorkflowPage
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from home.factories import StandardPageFactory

TITLE = "Embargoed press release"


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


@pytest.fixture
def spanish_about(spanish_home, home_page, locales):
    """An English section with a published Spanish translation: where an alias of a new child would appear."""
    about = StandardPageFactory(parent=home_page, slug="about", title="About us")
    about_es = about.copy_for_translation(locales[1])
    about_es.title, about_es.slug = "Quiénes somos", "quienes-somos"
    about_es.save_revision().publish()
    return about


def _create(editor_client, parent, action, **extra):
    data = nested_form_data(
        {
            "title": TITLE,
            "slug": "press-release",
            "intro": "Under embargo until Tuesday.",
            "body": streamfield([]),
            "comments": inline_formset([]),
            **extra,
        }
    )
    if action:
        data[action] = "1"
    response = editor_client.post(f"/admin/pages/add/home/standardpage/{parent.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return Page.objects.get(title=TITLE, locale__language_code="en")


def _assert_nothing_in_spanish(client):
    assert not Page.objects.live().filter(title=TITLE).exclude(locale__language_code="en").exists()
    for other in Page.objects.filter(title=TITLE).exclude(locale__language_code="en"):
        assert client.get(other.url or "/es/no-url/").status_code == 404
    assert client.get("/es/quienes-somos/press-release/").status_code == 404
    assert TITLE not in client.get("/es/search/?q=embargoed").content.decode()
    assert "/es/quienes-somos/press-release/" not in client.get("/sitemap.xml").content.decode()


@pytest.mark.django_db
def test_publishing_in_english_publishes_nothing_in_spanish(editor_client, client, spanish_about):
    page = _create(editor_client, spanish_about, "action-publish")
    assert page.live
    assert client.get("/about/press-release/").status_code == 200
    _assert_nothing_in_spanish(client)


@pytest.mark.django_db
def test_a_scheduled_page_is_live_nowhere_until_its_time(editor_client, client, spanish_about):
    go_live = timezone.now() + timedelta(days=2)
    page = _create(editor_client, spanish_about, "action-publish", go_live_at=go_live.strftime("%Y-%m-%d %H:%M"))
    assert not page.live
    assert client.get("/about/press-release/").status_code == 404
    _assert_nothing_in_spanish(client)


@pytest.mark.django_db
def test_a_page_in_moderation_is_live_nowhere(editor_client, client, spanish_about, home_page):
    workflow = Workflow.objects.filter(active=True).first()
    assert workflow is not None, "Wagtail's default moderation workflow exists"
    WorkflowPage.objects.update_or_create(page=home_page, defaults={"workflow": workflow})
    page = _create(editor_client, spanish_about, "action-submit")
    assert page.current_workflow_state is not None
    assert not page.live
    _assert_nothing_in_spanish(client)


@pytest.mark.django_db
def test_a_draft_is_live_nowhere(editor_client, client, spanish_about):
    page = _create(editor_client, spanish_about, None)
    assert not page.live
    _assert_nothing_in_spanish(client)


@pytest.mark.django_db
def test_translate_action_makes_a_spanish_draft_not_a_live_english_copy(editor_client, client, spanish_about):
    """wagtail-localize's "Translate" copies the English page; it stays a draft until its Spanish is published."""
    page = _create(editor_client, spanish_about, "action-publish")
    es = spanish_about.get_translation(page.locale.__class__.objects.get(language_code="es"))
    response = editor_client.post(f"/admin/localize/submit/page/{page.pk}/", {"locales": [es.locale_id]})
    assert response.status_code == 302
    translation = Page.objects.get(title=TITLE, locale__language_code="es")
    assert not translation.live and translation.alias_of_id is None
    _assert_nothing_in_spanish(client)


@pytest.mark.django_db
def test_aliases_in_another_language_are_never_live_or_served(client, spanish_home, home_page, locales):
    """The parent alias Wagtail makes when translating under an untranslated section, or a synced tree."""
    section = StandardPageFactory(parent=home_page, slug="section", title="English section")
    child = StandardPageFactory(parent=section, slug="press-release", title=TITLE)
    alias = child.copy_for_translation(locales[1], copy_parents=True, alias=True)
    alias.refresh_from_db()
    assert alias.alias_of_id == child.pk and not alias.live
    parent_alias = alias.get_parent()
    assert parent_alias.alias_of_id == section.pk and not parent_alias.live
    # Wagtail republishes aliases whenever their source is published: they still stay offline.
    child.save_revision().publish()
    alias.refresh_from_db()
    assert not alias.live
    # Even one forced live behind Wagtail's back is not served.
    Page.objects.filter(pk=alias.pk).update(live=True)
    assert client.get(alias.url).status_code == 404
