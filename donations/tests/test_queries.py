"""Query budgets: the donate page, a checkout and a webhook delivery each cost a small, fixed number of queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from campaigns.factories import CampaignPageFactory
from donations.factories import DonationFactory
from donations.tests.conftest import completed_session, deliver, make_event

pytestmark = pytest.mark.django_db


def count(call):
    with CaptureQueriesContext(connection) as queries:
        response = call()
    return response, len(queries)


def test_the_donate_page_costs_the_same_with_more_donations(client, donate_page, home_page):
    campaign = CampaignPageFactory(parent=home_page, title="Bond fund", slug="bond-fund")
    client.get(f"/donate/?campaign={campaign.pk}")  # warm the site-root and frame caches
    _, few = count(lambda: client.get(f"/donate/?campaign={campaign.pk}"))
    DonationFactory.create_batch(30, campaign=campaign)
    response, many = count(lambda: client.get(f"/donate/?campaign={campaign.pk}"))
    assert response.status_code == 200
    assert few == many <= 20, many


def test_a_checkout_and_its_webhook_stay_within_budget(client, donate_page):
    client.get("/donate/")
    response, checkout_queries = count(lambda: client.post("/donate/", {"amount": "10", "frequency": "once"}))
    assert response.status_code == 303 and checkout_queries <= 15, checkout_queries

    from donations.models import Donation

    donation = Donation.objects.get()
    event = make_event("checkout.session.completed", completed_session(donation))
    response, webhook_queries = count(lambda: deliver(client, event))
    assert response.status_code == 200 and webhook_queries <= 15, webhook_queries
    print(f"donate POST: {checkout_queries} queries; webhook: {webhook_queries} queries")
