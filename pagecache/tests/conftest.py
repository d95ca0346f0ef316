import pytest

from campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory, PetitionPageFactory


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    """The test settings turn the page cache off for every other app; here it is what is tested."""
    settings.PAGECACHE_ENABLED = True
    settings.PAGECACHE_LIVE_SECONDS = 5


@pytest.fixture
def home_page(home_page):
    """The root fixture's home page, with its site's settings row made now rather than by the first visit
    (Wagtail creates it on first read, and that save starts a new cache generation)."""
    from wagtail.models import Site

    from home.models import OrganisationSettings

    OrganisationSettings.for_site(Site.objects.get(is_default_site=True))
    return home_page


@pytest.fixture
def campaign(home_page):
    index = CampaignIndexPageFactory(parent=home_page)
    return CampaignPageFactory(parent=index, title="#FreeThemAll", slug="free-them-all")


@pytest.fixture
def petition(campaign):
    return PetitionPageFactory(parent=campaign, title="Suspend enforcement now", slug="suspend-enforcement")


SIGNATURE = {"name": "Ana Pérez", "email": "ana@example.org", "postal_code": "02130", "keep_updated": ""}
