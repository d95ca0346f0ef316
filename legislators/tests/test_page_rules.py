from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory
from campaigns.models import CampaignPage
from home.factories import HomePageFactory
from home.models import HomePage, StandardPage
from legislators.factories import CallScriptPageFactory, CallTargetFactory, LetterPageFactory
from legislators.models import CallScriptPage, LetterPage


class PageRulesTests(WagtailPageTestCase):
    def test_letter_and_call_pages_live_under_a_campaign(self):
        for page_type in (LetterPage, CallScriptPage):
            self.assertCanCreateAt(CampaignPage, page_type)
            self.assertCanNotCreateAt(HomePage, page_type)
            self.assertCanNotCreateAt(StandardPage, page_type)
            self.assertAllowedParentPageTypes(page_type, {CampaignPage})
            self.assertAllowedSubpageTypes(page_type, set())

    def test_pages_render_and_preview(self):
        home = HomePageFactory(parent=Page.get_first_root_node(), slug="home-rules")
        campaign = CampaignPageFactory(parent=CampaignIndexPageFactory(parent=home))
        letter = LetterPageFactory(parent=campaign, slug="write")
        call = CallScriptPageFactory(parent=campaign, slug="call")
        CallTargetFactory(page=call)
        for page in (letter, call):
            self.assertPageIsRenderable(page)
            self.assertPageIsPreviewable(page)
