"""The page-type chooser says what each type is for ("Event or day of action"), and a new campaign's hero image
panel is open, not folded away."""

import pytest
from wagtail.models import Page

from campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory

pytestmark = pytest.mark.django_db


def test_every_page_type_has_a_description():
    from django.apps import apps

    missing = [
        model.__name__
        for model in apps.get_models()
        if issubclass(model, Page) and model is not Page and not model._meta.abstract and not model.page_description
    ]
    assert missing == []


def test_the_chooser_shows_event_or_day_of_action_with_its_description(admin_client, home_page):
    campaign = CampaignPageFactory(parent=CampaignIndexPageFactory(parent=home_page))
    html = admin_client.get(f"/admin/pages/{campaign.pk}/add_subpage/").content.decode()
    assert "Event or day of action" in html
    assert "An event or day of action: when and where, what to do, an RSVP form" in html
    assert "A petition people sign, or a sign-on letter for organisations" in html


def test_a_new_campaigns_hero_image_panel_is_open(admin_client, home_page):
    index = CampaignIndexPageFactory(parent=home_page)
    html = admin_client.get(f"/admin/pages/add/campaigns/campaignpage/{index.pk}/").content.decode()
    start = html.index("Hero image")
    panel = html[html.rindex("<section", 0, start) : start]
    assert "collapsed" not in panel and 'aria-expanded="false"' not in html[start - 2000 : start + 500]
