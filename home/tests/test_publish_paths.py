"""The publishing rules (home/publish_rules.py) hold on the paths with no "Publish" click: a moderator's approval
at the end of a workflow, and a revision scheduled to go live (`publish_scheduled`)."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page, PageLogEntry, Revision, Workflow

from home.factories import StandardPageFactory
from home.tests.test_spanish_safety import _translate, _translate_every_segment


@pytest.fixture
def moderator_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("moderator", "moderator@example.org", "pw")
    client.force_login(user)
    return client


@pytest.fixture
def english_page(spanish_home, home_page, locales):
    """A live English page in a section that is live in Spanish too."""
    about = StandardPageFactory(parent=home_page, slug="about", title="About us")
    about_es = about.copy_for_translation(locales[1])
    about_es.title, about_es.slug = "Quiénes somos", "quienes-somos"
    about_es.save_revision().publish()
    return StandardPageFactory(parent=about, slug="rally", title="Rally at city hall", intro="Bring a sign.")


def _messages(client):
    return [str(message) for message in client.get("/admin/").context["messages"]]


def _submit_for_moderation(page, user):
    page.save_revision(user=user)
    return Workflow.objects.get(active=True, name="Moderators approval").start(page, user)


@pytest.mark.django_db
def test_a_moderators_approval_does_not_publish_an_untranslated_translation(
    moderator_client, english_page, locales, django_user_model, django_capture_on_commit_callbacks
):
    translation, spanish = _translate(moderator_client, english_page, locales[1])
    state = _submit_for_moderation(spanish, django_user_model.objects.get(username="moderator"))
    url = f"/admin/pages/workflow/action/{spanish.pk}/approve/{state.current_task_state.pk}/"
    _messages(moderator_client)  # the ones before (from "Translate")

    response = moderator_client.post(url)
    assert response.status_code == 302 and response.url == f"/admin/pages/{spanish.pk}/edit/"
    [message] = _messages(moderator_client)
    assert "“Rally at city hall” was not published in Spanish" in message
    assert "Intro (“Bring a sign.”)" in message and "the page is still in moderation" in message
    spanish.refresh_from_db()
    state.refresh_from_db()
    assert not spanish.live and state.status == state.STATUS_IN_PROGRESS
    assert state.current_task_state.status == "in_progress"  # the approval itself was rolled back

    # The approve-with-comment dialog (XMLHttpRequest) is sent to the edit screen, where the message waits.
    response = moderator_client.post(url, {"comment": "Looks good"}, headers={"x-requested-with": "XMLHttpRequest"})
    assert response.json()["step"] == "success" and response.json()["redirect"] == f"/admin/pages/{spanish.pk}/edit/"
    assert "was not published in Spanish" in _messages(moderator_client)[0]

    # Translated, the same approval publishes it.
    _translate_every_segment(translation)
    translation.save_target(user=None, publish=False)
    with django_capture_on_commit_callbacks(execute=True):
        assert moderator_client.post(url).status_code == 302
    spanish.refresh_from_db()
    state.refresh_from_db()
    assert spanish.live and spanish.title == "ES Rally at city hall" and state.status == state.STATUS_APPROVED


@pytest.mark.django_db
def test_a_moderators_approval_does_not_publish_under_a_section_offline_in_spanish(
    moderator_client, spanish_home, home_page, locales, django_user_model
):
    section = StandardPageFactory(parent=home_page, slug="section", title="Day of action")
    section_es = section.copy_for_translation(locales[1])  # a Spanish draft
    spanish = StandardPageFactory(parent=section_es, slug="carta", title="Carta", locale=locales[1], live=False)
    state = _submit_for_moderation(spanish, django_user_model.objects.get(username="moderator"))

    _messages(moderator_client)
    moderator_client.post(f"/admin/pages/workflow/action/{spanish.pk}/approve/{state.current_task_state.pk}/")
    assert "the section it sits in, “Day of action”, is not live in Spanish" in _messages(moderator_client)[0]
    spanish.refresh_from_db()
    assert not spanish.live


def _schedule(page, minutes_ago=1):
    revision = page.save_revision()
    Revision.objects.filter(pk=revision.pk).update(approved_go_live_at=timezone.now() - timedelta(minutes=minutes_ago))
    return revision


@pytest.mark.django_db
def test_a_scheduled_untranslated_translation_stays_unpublished_and_its_history_says_why(
    moderator_client, client, english_page, locales
):
    translation, spanish = _translate(moderator_client, english_page, locales[1])
    revision = _schedule(spanish)

    call_command("publish_scheduled", verbosity=0)
    spanish.refresh_from_db()
    revision.refresh_from_db()
    assert not spanish.live and revision.approved_go_live_at is None  # not retried every run
    entry = PageLogEntry.objects.get(page=spanish, action="home.publish_refused")
    assert "Intro (“Bring a sign.”)" in entry.data["message"]
    history = moderator_client.get(f"/admin/pages/{spanish.pk}/history/").content.decode()
    assert "Scheduled publication cancelled, nothing was published:" in history
    assert "was not published in Spanish" in history

    # Translated and scheduled again, the same command publishes it.
    _translate_every_segment(translation)
    translation.save_target(user=None, publish=False)
    _schedule(Page.objects.get(pk=spanish.pk).specific)
    call_command("publish_scheduled", verbosity=0)
    spanish.refresh_from_db()
    assert spanish.live and spanish.title == "ES Rally at city hall"
    assert client.get(spanish.url).status_code == 200


@pytest.mark.django_db
def test_a_scheduled_page_under_a_section_offline_in_spanish_stays_unpublished(spanish_home, home_page, locales):
    section = StandardPageFactory(parent=home_page, slug="section", title="Day of action")
    section_es = section.copy_for_translation(locales[1])
    spanish = StandardPageFactory(parent=section_es, slug="carta", title="Carta", locale=locales[1], live=False)
    _schedule(spanish)
    english = StandardPageFactory(parent=home_page, slug="english", title="English news", live=False)
    _schedule(english)  # the rules never hold back the English site

    call_command("publish_scheduled", verbosity=0)
    spanish.refresh_from_db()
    english.refresh_from_db()
    assert not spanish.live and english.live
    entry = PageLogEntry.objects.get(page=spanish, action="home.publish_refused")
    assert "“Day of action”, is not live in Spanish" in entry.data["message"]


@pytest.mark.django_db
def test_approving_from_the_page_editor_is_refused_too_and_the_moderators_edits_are_kept(
    moderator_client, spanish_home, home_page, locales, django_user_model
):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    section = StandardPageFactory(parent=home_page, slug="section", title="Day of action")
    section_es = section.copy_for_translation(locales[1])
    spanish = StandardPageFactory(parent=section_es, slug="carta", title="Carta", locale=locales[1], live=False)
    _submit_for_moderation(spanish, django_user_model.objects.get(username="moderator"))
    _messages(moderator_client)

    data = nested_form_data(
        {
            "title": "Carta a la alcaldía",
            "slug": "carta",
            "intro": "Escriba hoy.",
            "body": streamfield([]),
            "comments": inline_formset([]),
        }
    )
    data.update({"action-workflow-action": "true", "workflow-action-name": "approve"})
    response = moderator_client.post(f"/admin/pages/{spanish.pk}/edit/", data)
    assert response.status_code == 302 and response.url == f"/admin/pages/{spanish.pk}/edit/"
    assert "“Day of action”, is not live in Spanish" in _messages(moderator_client)[0]
    spanish.refresh_from_db()
    assert not spanish.live and spanish.current_workflow_state.status == "in_progress"
    assert spanish.get_latest_revision_as_object().title == "Carta a la alcaldía"  # the edits are a draft
