from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

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
        site = Site.objects.get(is_default_site=True)
        site.root_page = home
        site.save()
        campaign = CampaignPageFactory(parent=CampaignIndexPageFactory(parent=home))
        letter = LetterPageFactory(parent=campaign, slug="write")
        call = CallScriptPageFactory(parent=campaign, slug="call")
        CallTargetFactory(page=call)
        self.assertPageIsRenderable(letter)
        self.assertPageIsRenderable(call)
        common = {"slug": "x", "intro": "Act.", "recipients": "both", "body": streamfield([]), "thank_you": ""}
        self.assertPageIsPreviewable(
            letter,
            post_data=nested_form_data(
                {
                    **common,
                    "title": "Write",
                    "subject": "Hi {title}",
                    "letter": streamfield([("paragraph", "Dear {title} {last_name},")]),
                }
            ),
        )
        self.assertPageIsPreviewable(
            call,
            post_data=nested_form_data(
                {
                    **common,
                    "title": "Call",
                    "script": "Hello {title} {legislator}.",
                    "bills": streamfield([("bill", {"name": "GRACE Act", "house_number": "H.R. 2146"})]),
                    "targets": inline_formset([{"name": "State House", "title": "", "phone": "617", "note": ""}]),
                }
            ),
        )
