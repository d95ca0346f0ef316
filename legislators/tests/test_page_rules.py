from wagtail.test.utils import WagtailPageTestCase

from campaigns.models import CampaignPage
from home.models import HomePage, StandardPage
from legislators.models import CallScriptPage, LetterPage


class PageRulesTests(WagtailPageTestCase):
    def test_letter_and_call_pages_live_under_a_campaign(self):
        for page_type in (LetterPage, CallScriptPage):
            self.assertCanCreateAt(CampaignPage, page_type)
            self.assertCanNotCreateAt(HomePage, page_type)
            self.assertCanNotCreateAt(StandardPage, page_type)
            self.assertAllowedParentPageTypes(page_type, {CampaignPage})
            self.assertAllowedSubpageTypes(page_type, set())
