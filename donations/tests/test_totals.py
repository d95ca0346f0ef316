import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from donations.factories import DonationFactory
from donations.totals import raised_by_campaign, site_currency
from home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def campaigns(home_page):
    return [StandardPageFactory(parent=home_page, title=f"Campaign {n}", slug=f"campaign-{n}") for n in range(3)]


def test_only_paid_money_counts(campaigns):
    first, second, _third = campaigns
    DonationFactory(campaign=first, amount=1000)
    DonationFactory(campaign=first, amount=2550, amount_refunded=550)
    DonationFactory(campaign=first, amount=5000, status="pending", paid_at=None)
    DonationFactory(campaign=first, amount=5000, status="refunded", amount_refunded=5000)
    DonationFactory(campaign=first, amount=5000, status="failed", paid_at=None)
    DonationFactory(campaign=second, amount=500)
    DonationFactory(campaign=None, amount=9999)
    ids = [c.pk for c in campaigns]
    assert raised_by_campaign(ids) == {ids[0]: 3000, ids[1]: 500, ids[2]: 0}


def test_gifts_through_a_translation_count_for_the_campaign(campaigns, spanish_home, locales):
    campaign = campaigns[0]
    campaign_es = campaign.copy_for_translation(locales[1])
    campaign_es.save_revision().publish()
    DonationFactory(campaign=campaign, amount=1000)
    DonationFactory(campaign=campaign_es, amount=500)
    assert raised_by_campaign([campaign.pk, campaign_es.pk]) == {campaign.pk: 1500, campaign_es.pk: 1500}


def test_nothing_asked_nothing_queried(django_assert_num_queries):
    with django_assert_num_queries(0):
        assert raised_by_campaign([]) == {}
        assert raised_by_campaign(["junk", None]) == {}


def test_two_queries_whatever_the_number_of_campaigns(home_page):
    def measure(count):
        pages = [
            StandardPageFactory(parent=home_page, title=f"C{count}-{n}", slug=f"c{count}-{n}") for n in range(count)
        ]
        for page in pages:
            DonationFactory.create_batch(3, campaign=page, amount=100)
        site_currency()  # kept with the frame, which the new pages just renewed
        with CaptureQueriesContext(connection) as queries:
            totals = raised_by_campaign([p.pk for p in pages])
        assert set(totals.values()) == {300}
        return len(queries)

    assert measure(2) == measure(20) == 2  # the campaigns' language versions, then their gifts


def test_a_campaign_total_counts_one_currency(campaigns, home_page):
    """Dollars and pesos are never added together: the bar counts the donate page's currency (or one named)."""
    from donations.factories import DonatePageFactory

    DonatePageFactory(parent=home_page, currency="mxn", minimum_amount=10)
    first = campaigns[0]
    DonationFactory(campaign=first, amount=1000, currency="usd")
    DonationFactory(campaign=first, amount=20000, currency="mxn")
    assert raised_by_campaign([first.pk]) == {first.pk: 20000}
    assert raised_by_campaign([first.pk], currency="usd") == {first.pk: 1000}


def test_disputed_gifts_leave_the_totals(campaigns):
    DonationFactory(campaign=campaigns[0], amount=1000)
    DonationFactory(campaign=campaigns[0], amount=700, status="disputed", amount_disputed=700)
    assert raised_by_campaign([campaigns[0].pk]) == {campaigns[0].pk: 1000}
