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


# --- Publishing a translation: refused while text is untranslated or its section is offline in Spanish ---


def _translate(editor_client, page, spanish):
    """wagtail-localize's "Translate": a Spanish draft, and the Translation that writes it."""
    from wagtail_localize.models import Translation

    response = editor_client.post(f"/admin/localize/submit/page/{page.pk}/", {"locales": [spanish.pk]})
    assert response.status_code == 302
    translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=spanish)
    return translation, page.get_translation(spanish).specific


def _translate_every_segment(translation, prefix="ES "):
    from wagtail_localize.models import StringTranslation

    for segment in translation.source.stringsegment_set.select_related("string", "context"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            defaults={"data": prefix + segment.string.data, "translation_type": "manual"},
        )


def _publish_in_translation_editor(editor_client, page):
    """The translation editor's "Publish" button (its form posts `action=publish` to the page's edit URL).
    Returns the messages it leaves (the ones before it are read first)."""
    list(editor_client.get("/admin/").context["messages"])
    response = editor_client.post(f"/admin/pages/{page.pk}/edit/", {"action": "publish"}, follow=True)
    assert response.status_code == 200
    return [str(message) for message in response.context["messages"]]


@pytest.mark.django_db
def test_publishing_an_untranslated_translation_is_refused_naming_what_is_missing(
    editor_client, client, spanish_about, locales, django_capture_on_commit_callbacks
):
    page = _create(editor_client, spanish_about, "action-publish")
    translation, spanish = _translate(editor_client, page, locales[1])

    messages = _publish_in_translation_editor(editor_client, spanish)
    spanish.refresh_from_db()
    assert not spanish.live
    assert len(messages) == 1 and "was not published in Spanish" in messages[0]
    assert "Title (“Embargoed press release”)" in messages[0] and "Intro (“Under embargo" in messages[0]
    assert "Published" not in messages[0]
    _assert_nothing_in_spanish(client)

    # Once every part is translated, the same button publishes it.
    _translate_every_segment(translation)
    with django_capture_on_commit_callbacks(execute=True):
        with_captured = _publish_in_translation_editor(editor_client, spanish)
    spanish.refresh_from_db()
    assert spanish.live and spanish.title == "ES " + TITLE
    assert any("Published" in message for message in with_captured)
    assert client.get(spanish.url).status_code == 200


@pytest.mark.django_db
def test_publishing_anyway_needs_an_explicit_confirmation_recorded_in_the_history(
    editor_client, client, spanish_about, locales, django_capture_on_commit_callbacks
):
    from wagtail.models import PageLogEntry

    page = _create(editor_client, spanish_about, "action-publish")
    translation, spanish = _translate(editor_client, page, locales[1])
    url = f"/admin/translations/{translation.pk}/publish-anyway/"

    shown = editor_client.get(url).content.decode()
    assert "Title (“Embargoed press release”)" in shown and 'name="confirm"' in shown

    assert editor_client.post(url, {}).status_code == 200  # no tick: nothing happens
    spanish.refresh_from_db()
    assert not spanish.live

    with django_capture_on_commit_callbacks(execute=True):
        assert editor_client.post(url, {"confirm": "on"}).status_code == 302
    spanish.refresh_from_db()
    assert spanish.live
    entry = PageLogEntry.objects.get(page=spanish, action="home.publish_untranslated")
    assert entry.user.username == "editor" and any(part.startswith("Title") for part in entry.data["parts"])
    history = editor_client.get(f"/admin/pages/{spanish.pk}/history/").content.decode()
    assert "Published with parts left in English, as confirmed: Title" in history


@pytest.mark.django_db
def test_a_translation_cannot_go_live_under_a_section_not_live_in_spanish(editor_client, client, home_page, locales):
    """Translating only a letter makes its section an (offline) alias: the letter would link to a 404."""
    section = StandardPageFactory(parent=home_page, slug="day-of-action", title="Day of action")
    page = _create(editor_client, section, "action-publish")
    translation, spanish = _translate(editor_client, page, locales[1])
    assert not spanish.get_parent().live
    _translate_every_segment(translation)

    messages = _publish_in_translation_editor(editor_client, spanish)
    spanish.refresh_from_db()
    assert not spanish.live
    assert "the section it sits in, “Day of action”, is not live in Spanish" in messages[0]

    # The confirmation page offers no way round it.
    response = editor_client.post(f"/admin/translations/{translation.pk}/publish-anyway/", {"confirm": "on"})
    assert response.status_code == 302
    spanish.refresh_from_db()
    assert not spanish.live


@pytest.mark.django_db
def test_a_hand_made_spanish_page_is_not_published_under_a_spanish_draft(
    editor_client, client, spanish_home, home_page, locales
):
    section = StandardPageFactory(parent=home_page, slug="section", title="Section")
    section_es = section.copy_for_translation(locales[1])
    section_es.title, section_es.slug = "Sección", "seccion"
    section_es.save_revision()
    Page.objects.filter(pk=section_es.pk).update(live=False)  # a draft
    response = editor_client.post(
        f"/admin/pages/add/home/standardpage/{section_es.pk}/",
        nested_form_data(
            {
                "title": "Comunicado",
                "slug": "comunicado",
                "body": streamfield([]),
                "comments": inline_formset([]),
                "action-publish": "1",
            }
        ),
        follow=True,
    )
    assert response.status_code == 200
    created = Page.objects.get(title="Comunicado")
    assert not created.live
    assert any("“Section”, is not live in Spanish" in str(m) for m in response.context["messages"])
    assert client.get("/es/seccion/comunicado/").status_code == 404


@pytest.mark.django_db
def test_sync_and_publish_immediately_keeps_the_spanish_live_version_until_the_new_text_is_translated(
    editor_client, client, spanish_about, locales, django_capture_on_commit_callbacks
):
    page = _create(editor_client, spanish_about, "action-publish")
    translation, spanish = _translate(editor_client, page, locales[1])
    _translate_every_segment(translation)
    with django_capture_on_commit_callbacks(execute=True):
        _publish_in_translation_editor(editor_client, spanish)
    spanish.refresh_from_db()
    assert spanish.live

    page = page.specific
    page.intro = "A new English sentence nobody translated."
    page.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            f"/admin/localize/update/{translation.source_id}/", {"publish_translations": "on"}, follow=True
        )
    assert response.status_code == 200
    messages = [str(m) for m in response.context["messages"]]
    assert any("Intro (“A new English sentence nobody translated.”)" in m for m in messages), messages
    live = client.get(spanish.url).content.decode()
    assert "ES Under embargo until Tuesday." in live and "A new English sentence" not in live
