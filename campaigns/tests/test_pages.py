import datetime
import re

import pytest
from django.utils import timezone
from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from campaigns.factories import (
    CampaignIndexPageFactory,
    CampaignPageFactory,
    EventPageFactory,
    PetitionPageFactory,
)
from campaigns.models import CampaignIndexPage, CampaignPage, EventPage, PetitionPage
from home.factories import HomePageFactory, StandardPageFactory
from home.models import HomePage, OrganisationSettings, StandardPage


class TestPageRules(WagtailPageTestCase):
    def test_where_each_page_type_can_go(self):
        self.assertCanCreateAt(HomePage, CampaignIndexPage)
        self.assertCanCreateAt(CampaignIndexPage, CampaignPage)
        self.assertCanCreateAt(CampaignPage, PetitionPage)
        self.assertCanCreateAt(CampaignPage, EventPage)
        self.assertCanCreateAt(CampaignIndexPage, PetitionPage)
        self.assertCanCreateAt(HomePage, PetitionPage)
        self.assertCanNotCreateAt(HomePage, CampaignPage)
        self.assertCanNotCreateAt(HomePage, EventPage)
        self.assertCanNotCreateAt(StandardPage, CampaignIndexPage)
        self.assertCanNotCreateAt(CampaignPage, CampaignPage)
        self.assertAllowedSubpageTypes(PetitionPage, set())
        self.assertAllowedSubpageTypes(EventPage, set())

    def test_campaigns_take_the_legislator_actions_too(self):
        assert "legislators.LetterPage" in CampaignPage.subpage_types
        assert "legislators.CallScriptPage" in CampaignPage.subpage_types

    def test_pages_render_and_preview(self):
        root = Page.get_first_root_node()
        home = HomePageFactory(parent=root, slug="h")
        Site.objects.update(root_page=home)
        Site.clear_site_root_paths_cache()
        index = CampaignIndexPageFactory(parent=home)
        campaign = CampaignPageFactory(parent=index, slug="c", title="Free them all")
        petition = PetitionPageFactory(parent=campaign, slug="p")
        event = EventPageFactory(parent=campaign, slug="e")
        for page in (index, campaign, petition, event):
            self.assertPageIsRenderable(page)
        self.assertPageIsPreviewable(
            campaign,
            post_data=nested_form_data(
                {
                    "title": "Free them all",
                    "slug": "c",
                    "summary": "Release everyone.",
                    "status": "active",
                    "start_date": "2026-04-01",
                    "body": streamfield([("donate_to_campaign", {"heading": "Give", "text": "", "label": "Donate"})]),
                }
            ),
        )
        self.assertPageIsPreviewable(
            petition,
            post_data=nested_form_data(
                {
                    "title": "Suspend enforcement",
                    "slug": "p",
                    "intro": "Sign now.",
                    "petition_text": rich_text("<p>We demand.</p>"),
                    "sign_on_mode": "individuals",
                    "thank_you_text": rich_text(""),
                }
            ),
        )


@pytest.fixture
def donate_url(home_page):
    settings = OrganisationSettings.for_site(home_page.get_site())
    settings.donate_url = "https://give.example.org/donate"
    settings.save()
    return settings.donate_url


@pytest.mark.django_db
def test_campaign_page_shows_its_story_actions_events_and_share_links(client, campaign, donate_url):
    petition = PetitionPageFactory(parent=campaign, title="Suspend enforcement", intro="Stop ICE raids now.")
    letter = PetitionPageFactory(
        parent=campaign, title="Organisations' letter", sign_on_mode="organisations", intro="For groups."
    )
    draft = PetitionPageFactory(parent=campaign, title="Draft petition", live=False)
    EventPageFactory(parent=campaign, title="National day of action")
    EventPageFactory(
        parent=campaign,
        title="Last year's vigil",
        starts_at=timezone.now() - datetime.timedelta(days=30),
        ends_at=timezone.now() - datetime.timedelta(days=30, hours=-2),
    )
    campaign.body = [
        ("paragraph", "<p>People in detention cannot keep their distance.</p>"),
        ("campaign_action", {"page": petition, "label": "", "text": "It takes a minute."}),
        ("donate_to_campaign", {"heading": "Fund the bond fund", "text": "Every $5 helps.", "label": "Give now"}),
    ]
    campaign.save_revision().publish()

    html = client.get(campaign.url).content.decode()

    assert "<h1>#FreeThemAll</h1>" in html
    assert "Release everyone held in immigration detention." in html
    # Both actions, generically, with their kind and summary; no drafts, no events among the actions.
    assert html.count('class="card campaign-action"') == 2
    assert f'href="{petition.url}"' in html and "Stop ICE raids now." in html
    assert f'href="{letter.url}"' in html and "Sign-on letter" in html
    assert draft.title not in html
    # Upcoming events only.
    assert "National day of action" in html
    assert "Last year&#x27;s vigil" not in html and "Last year's vigil" not in html
    # Call-to-action blocks: the action page, and the donate page with the campaign credited.
    assert f'<a class="button" href="{petition.url}">Suspend enforcement</a>' in html
    assert f'href="https://give.example.org/donate?campaign={campaign.pk}">Give now</a>' in html
    # Share links are plain links with no tracking parameters.
    assert "https://wa.me/?text=" in html
    assert "https://bsky.app/intent/compose?text=" in html
    assert "https://x.com/intent/post?text=" in html
    assert (
        "https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2Ftestserver%2Fcampaigns%2Ffree-them-all%2F" in html
    )
    assert "mailto:?subject=" in html
    assert "utm_" not in html
    assert "<script" not in html


@pytest.mark.django_db
def test_fundraising_bar_reads_paid_donations_for_the_campaign(client, campaign, donate_url, monkeypatch):
    import donations.totals

    seen = []

    def raised(ids):
        seen.append(list(ids))
        return {campaign.pk: 250_050}

    monkeypatch.setattr(donations.totals, "raised_by_campaign", raised)
    campaign.fundraising_goal = 10_000
    campaign.save_revision().publish()

    html = client.get(campaign.url).content.decode()

    assert seen == [[campaign.pk]]
    assert "$2,500 raised of $10,000" in html
    assert '<progress class="progress__bar" max="100" value="25"' in html
    assert "style=" not in html
    assert f'href="https://give.example.org/donate?campaign={campaign.pk}">Donate to this campaign</a>' in html


@pytest.mark.django_db
def test_no_fundraising_bar_without_a_goal(client, campaign):
    html = client.get(campaign.url).content.decode()
    assert "raised of" not in html


@pytest.mark.django_db
def test_index_lists_active_then_won_then_closed_and_paginates(client, campaign_index):
    CampaignPageFactory(parent=campaign_index, title="Closed one", status="closed")
    CampaignPageFactory(parent=campaign_index, title="Won one", status="won")
    CampaignPageFactory(parent=campaign_index, title="Active one", status="active")
    CampaignPageFactory(parent=campaign_index, title="Hidden draft", live=False)

    html = client.get(campaign_index.url).content.decode()

    assert html.index("Active one") < html.index("Won one") < html.index("Closed one")
    assert "Hidden draft" not in html
    assert ">Won<" in html

    for n in range(12):
        CampaignPageFactory(parent=campaign_index, title=f"More {n}", status="closed")
    first = client.get(campaign_index.url).content.decode()
    second = client.get(campaign_index.url + "?page=2").content.decode()
    assert first.count('class="card campaign-card"') == 12
    assert second.count('class="card campaign-card"') == 3
    assert "Page 2 of 2" in second
    assert client.get(campaign_index.url + "?page=abc").status_code == 200
    assert client.get(campaign_index.url + "?page=999").status_code == 200


@pytest.mark.django_db
def test_petition_page_shows_text_target_count_goal_and_closing_date(client, petition):
    from campaigns.factories import SignatureFactory

    SignatureFactory.create_batch(3, petition=petition)
    petition.signature_goal = 10
    petition.closing_date = timezone.localdate() + datetime.timedelta(days=5)
    petition.save_revision().publish()

    response = client.get(petition.url)
    html = response.content.decode()

    assert response.status_code == 200
    assert "<strong>To:</strong> Immigration and Customs Enforcement" in html
    assert "We call on ICE to suspend all enforcement." in html
    assert "3 people have signed." in html
    assert "3 of 10 signatures" in html
    assert '<progress class="progress__bar" max="100" value="30"' in html
    assert "Open until" in html
    assert 'name="postal_code"' in html
    assert 'name="comment"' not in html
    # The "keep me updated" box is offered but not ticked.
    box = re.search(r'<input type="checkbox" name="keep_updated"[^>]*>', html).group(0)
    assert 'aria-describedby="id_keep_updated-help"' in box and "checked" not in box
    assert "We will send you an email to confirm first." in html
    assert "ICE receives the number of signatures by state, never your name or email." in html


@pytest.mark.django_db
def test_standalone_petition_under_the_home_page(client, home_page):
    petition = PetitionPageFactory(parent=home_page, slug="standalone", title="Standalone")
    response = client.get("/standalone/")
    assert response.status_code == 200
    assert "Sign the petition" in response.content.decode()
    assert petition.live


@pytest.mark.django_db
def test_home_page_features_the_chosen_campaign_in_the_visitors_language(client, campaign, spanish_home, locales):
    from home.demo_tools import ensure_translation

    index_es = ensure_translation(campaign.get_parent().specific, locales[1], title="Campañas", slug="campanas")
    campaign_es = ensure_translation(campaign, locales[1], title="#LibérenlosATodos", summary="Libertad para todos.")
    newer = CampaignPageFactory(parent=campaign.get_parent(), title="Newer campaign", summary="Newest of all.")
    home = HomePage.objects.get(locale=locales[0])
    home.featured_campaign = campaign
    home.save_revision().publish()

    english = client.get("/").content.decode()
    spanish = client.get("/es/").content.decode()

    assert '<section class="section campaign-featured"' in english
    assert "#FreeThemAll" in english and newer.title not in english
    assert "#LibérenlosATodos" in spanish and f'href="{campaign_es.url}"' in spanish
    assert index_es.live

    # Without a choice: the newest active campaign in the visitor's language.
    home.featured_campaign = None
    home.save_revision().publish()
    assert "Newer campaign" in client.get("/").content.decode()
    assert "#LibérenlosATodos" in client.get("/es/").content.decode()


@pytest.mark.django_db
def test_home_page_without_campaigns_shows_no_campaign_section(client, home_page):
    StandardPageFactory(parent=home_page, slug="about")
    assert "campaign-featured" not in client.get("/").content.decode()
