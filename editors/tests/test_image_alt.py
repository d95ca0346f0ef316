"""A page's main image needs a description unless the editor marks it decorative: asked in the admin form, so
pages made in code (the demo loader, imports) are never refused."""

import pytest
import wagtail_factories
from django.utils import timezone
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory
from updates.factories import UpdatePageFactory, UpdatesIndexPageFactory

MESSAGE = "Describe the image for people who cannot see it, or tick “decorative image”."


@pytest.fixture
def campaign(home_page):
    image = wagtail_factories.ImageFactory(title="Vigil")
    # Made in code without a description, as an import or an old page might be: saving it is not refused.
    return CampaignPageFactory(
        parent=CampaignIndexPageFactory(parent=home_page), title="Free them all", hero_image=image, hero_image_alt=""
    )


def edit(admin_client, page, headers=None, **fields):
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "summary": page.summary,
            "status": page.status,
            "start_date": timezone.localdate().isoformat(),
            "hero_image": page.hero_image_id,
            "hero_image_alt": "",
            "body": streamfield([]),
            "comments": inline_formset([]),
            **fields,
        }
    )
    return admin_client.post(f"/admin/pages/{page.pk}/edit/", data, headers=headers)


@pytest.mark.django_db
def test_saving_a_hero_image_without_a_description_asks_for_one(admin_client, campaign):
    revisions = campaign.revisions.count()
    response = edit(admin_client, campaign)
    assert response.status_code == 200
    html = response.content.decode()
    assert MESSAGE in html and "The page could not be saved due to validation errors" in html
    assert campaign.revisions.count() == revisions  # nothing saved


@pytest.mark.django_db
def test_a_described_or_decorative_hero_image_saves(admin_client, campaign):
    assert edit(admin_client, campaign, hero_image_alt="Candles at an evening vigil").status_code == 302
    saved = Page.objects.get(pk=campaign.pk).get_latest_revision_as_object()
    assert saved.hero_image_alt == "Candles at an evening vigil"

    # Decorative: its description is dropped, so the page renders alt="" and screen readers skip it.
    assert edit(admin_client, campaign, hero_image_alt="ignored", hero_image_decorative="on").status_code == 302
    saved = Page.objects.get(pk=campaign.pk).get_latest_revision_as_object()
    assert saved.hero_image_decorative and saved.hero_image_alt == ""


@pytest.mark.django_db
def test_a_page_without_an_image_needs_no_description(admin_client, campaign):
    assert edit(admin_client, campaign, hero_image="").status_code == 302


@pytest.mark.django_db
def test_an_updates_image_is_asked_for_its_description_too(admin_client, home_page):
    image = wagtail_factories.ImageFactory(title="March")
    update = UpdatePageFactory(parent=UpdatesIndexPageFactory(parent=home_page), image=image, image_alt="")
    data = nested_form_data(
        {
            "title": update.title,
            "slug": update.slug,
            "date": update.date.isoformat(),
            "summary": update.summary,
            "image": image.pk,
            "image_alt": "",
            "body": streamfield([]),
            "comments": inline_formset([]),
        }
    )
    response = admin_client.post(f"/admin/pages/{update.pk}/edit/", data)
    assert response.status_code == 200 and MESSAGE in response.content.decode()


@pytest.mark.django_db
def test_the_description_given_at_upload_is_used_so_it_is_not_typed_twice(admin_client, campaign):
    campaign.hero_image.description = "Families holding candles outside the detention centre"
    campaign.hero_image.save()
    assert edit(admin_client, campaign).status_code == 302
    saved = Page.objects.get(pk=campaign.pk).get_latest_revision_as_object()
    assert saved.hero_image_alt == "Families holding candles outside the detention centre"


@pytest.mark.django_db
def test_the_background_autosave_waits_for_the_description_but_publishing_does_not(admin_client, campaign):
    """Wagtail autosaves half a second after an image is chosen: no "Autosave is paused" before the description
    can be typed. Publishing still asks for it."""
    response = edit(admin_client, campaign, headers={"accept": "application/json"})
    assert response.status_code == 200 and response.json()["success"] is True
    assert Page.objects.get(pk=campaign.pk).get_latest_revision_as_object().hero_image_id == campaign.hero_image_id

    response = edit(admin_client, campaign, **{"action-publish": "1"})
    assert response.status_code == 200 and MESSAGE in response.content.decode()
    # A forged mark on an explicit save changes nothing.
    response = edit(admin_client, campaign, _amparo_autosave="1", **{"action-publish": "1"})
    assert response.status_code == 200 and MESSAGE in response.content.decode()
