"""The editor's side-panel preview: every page type renders in it, in English and Spanish, and the preview (and
only the preview) may be framed by the admin's own origin; the public site still refuses every frame."""

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

pytestmark = pytest.mark.django_db


def directives(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


def demo_pages():
    pages = Page.objects.filter(depth__gt=1).specific().select_related("locale")
    return [page for page in pages if page.live]


def test_every_page_type_previews_in_the_side_panel_in_both_languages(admin_client, demo_site):
    seen = set()
    for page in demo_pages():
        key = (type(page).__name__, page.locale.language_code)
        if key in seen:
            continue
        seen.add(key)
        draft = page.get_latest_revision_as_object()
        for mode, _label in draft.preview_modes:
            response = draft.make_preview_request(
                admin_client.get("/admin/").wsgi_request, mode, {"in_preview_panel": True, "is_editing": True}
            )
            assert response.status_code == 200, (key, mode, response.status_code)
            policy = directives(response)
            assert policy["frame-ancestors"] == ["'self'"], key  # the admin's side panel may frame it
            assert policy["script-src"] == ["'self'"] and policy["style-src"] == ["'self'"], key  # still strict
            assert page.title in response.content.decode(), key
    page_types = {name for name, _language in seen}
    assert {"HomePage", "CampaignPage", "PetitionPage", "EventPage", "LetterPage", "CallScriptPage"} <= page_types
    assert {language for _name, language in seen} == {"en", "es"}


def test_the_side_panel_preview_view_may_be_framed_by_the_admin_only(admin_client, demo_site):
    """The real view the panel loads: the edit form's state is posted, then the page is fetched into the iframe."""
    from home.models import StandardPage

    page = StandardPage.objects.live().filter(locale__language_code="es").first()
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    data = {
        "title": "Vista previa del borrador",
        "slug": page.slug,
        "body": streamfield([("paragraph", rich_text("<p>Texto en borrador.</p>"))]),
    }
    posted = admin_client.post(url, nested_form_data(data), HTTP_HOST="127.0.0.1:8000")
    assert posted.json()["is_valid"], posted.content
    response = admin_client.get(url, {"in_preview_panel": "true", "mode": ""}, HTTP_HOST="127.0.0.1:8000")
    assert response.status_code == 200
    assert "Vista previa del borrador" in response.content.decode()
    assert directives(response)["frame-ancestors"] == ["'self'"]
    assert response["X-Frame-Options"] == "SAMEORIGIN"

    public = admin_client.get(page.url, HTTP_HOST="127.0.0.1:8000")
    assert public.status_code == 200
    assert directives(public)["frame-ancestors"] == ["'none'"] and public["X-Frame-Options"] == "DENY"
