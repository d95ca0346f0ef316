import csv
import io
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from donations.factories import DonationFactory, MonthlyGiftFactory
from donations.models import Donation
from home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

INDEX = "/admin/donations/"


@pytest.fixture
def staff_client(client, django_user_model, home_page):
    user = django_user_model.objects.create_superuser("boss", "boss@example.org", "pw")
    client.force_login(user)
    return client


@pytest.fixture
def gifts(home_page):
    campaign = StandardPageFactory(parent=home_page, title="Bond fund", slug="bond-fund")
    return [
        DonationFactory(amount=1000, donor_email="rosa@example.org", campaign=campaign),
        DonationFactory(amount=2500, donor_email="li@example.org", frequency="monthly"),
        DonationFactory(amount=500, donor_email="sam@example.org", status="refunded", amount_refunded=500),
        DonationFactory(amount=700, donor_email="old@example.org", status="pending", paid_at=None),
    ]


def test_the_listing_shows_every_donation(staff_client, gifts):
    html = staff_client.get(INDEX).content.decode()
    for email in ["rosa@example.org", "li@example.org", "sam@example.org", "old@example.org"]:
        assert email in html
    assert "$25" in html and "Bond fund" in html


def test_filters_and_search(staff_client, gifts):
    refunded = staff_client.get(INDEX, {"status": "refunded"}).content.decode()
    assert "sam@example.org" in refunded and "rosa@example.org" not in refunded
    monthly = staff_client.get(INDEX, {"frequency": "monthly"}).content.decode()
    assert "li@example.org" in monthly and "rosa@example.org" not in monthly
    campaign = staff_client.get(INDEX, {"campaign": gifts[0].campaign_id}).content.decode()
    assert "rosa@example.org" in campaign and "li@example.org" not in campaign
    searched = staff_client.get(INDEX, {"q": "ROSA@"}).content.decode()
    assert "rosa@example.org" in searched and "li@example.org" not in searched
    Donation.objects.filter(pk=gifts[1].pk).update(created_at=timezone.now() - timedelta(days=40))
    since = (timezone.localdate() - timedelta(days=7)).isoformat()
    recent = staff_client.get(INDEX, {"created_at_from": since}).content.decode()
    assert "rosa@example.org" in recent and "li@example.org" not in recent


def test_spreadsheet_export(staff_client, gifts):
    response = staff_client.get(INDEX, {"export": "csv", "status": "paid"})
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert sorted((row["Donor email"], row["Amount"]) for row in rows) == [
        ("li@example.org", "25.00"),
        ("rosa@example.org", "10.00"),
    ]
    xlsx = staff_client.get(INDEX, {"export": "xlsx"})
    assert xlsx.status_code == 200
    assert "spreadsheetml" in xlsx["Content-Type"]


def test_donations_are_read_only_in_the_admin(staff_client, gifts):
    html = staff_client.get(INDEX).content.decode()
    assert f"{INDEX}new/" not in html
    assert staff_client.get(f"{INDEX}new/").status_code in (302, 403)
    assert staff_client.get(f"{INDEX}edit/{gifts[0].pk}/").status_code in (302, 403)
    inspect = staff_client.get(f"{INDEX}inspect/{gifts[0].pk}/")
    assert inspect.status_code == 200 and "rosa@example.org" in inspect.content.decode()


def test_only_a_superuser_deletes_one_donation(client, staff_client, django_user_model, gifts):
    """Erasing one record by hand (a donor's request) is a superuser's job; staff who can see donors cannot."""
    viewer = django_user_model.objects.create_user("viewer", "viewer@example.org", "pw")
    viewer.groups.add(Group.objects.get(name="Supporter data"))
    client.force_login(viewer)
    assert client.post(f"{INDEX}delete/{gifts[0].pk}/").status_code in (302, 403)
    assert Donation.objects.count() == 4

    client.force_login(django_user_model.objects.get(username="boss"))
    assert client.post(f"{INDEX}delete/{gifts[0].pk}/").status_code == 302
    assert Donation.objects.count() == 3


def test_editors_without_the_view_permission_see_nothing(client, django_user_model, gifts):
    editor = django_user_model.objects.create_user("ed", "ed@example.org", "pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    assert client.get(INDEX).status_code in (302, 403)
    assert "Raised this month" not in client.get("/admin/").content.decode()

    editor.user_permissions.add(Permission.objects.get(codename="view_donation"))
    assert client.get(INDEX).status_code in (302, 403)  # the model permission alone shows no donor

    editor.user_permissions.add(Permission.objects.get(codename="view_supporter_data"))
    assert client.get(INDEX).status_code == 200


def test_dashboard_panel_shows_raised_and_monthly_donors(staff_client, gifts):
    Donation.objects.filter(pk=gifts[1].pk).update(paid_at=timezone.now() - timedelta(days=62))
    MonthlyGiftFactory(status="active")
    MonthlyGiftFactory(status="active")
    MonthlyGiftFactory(status="cancelled")
    html = staff_client.get("/admin/").content.decode()
    assert "Raised this month" in html
    assert "<dd>$10</dd>" in html  # this month: the refunded and pending gifts do not count
    assert "<dd>$35</dd>" in html  # all time
    assert "<dd>2</dd>" in html


def test_listing_queries_do_not_grow_with_the_rows(staff_client, home_page, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            assert staff_client.get(INDEX).status_code == 200
        return len(queries)

    campaign = StandardPageFactory(parent=home_page, title="Bond fund", slug="bond-fund")
    staff_client.get(INDEX)  # the first request after a page is saved fills the frame cache (the site)
    DonationFactory.create_batch(2, campaign=campaign)
    few = count_queries()
    DonationFactory.create_batch(18, campaign=campaign)
    assert count_queries() == few


def test_the_export_is_in_one_unit_with_refunds_disputes_and_local_dates(staff_client, home_page, settings):
    """A $20 gift with $5 refunded exports as 20.00 with 5.00 refunded; a 9 pm gift on 31 December stays in 2026."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    settings.TIME_ZONE = "America/New_York"
    new_years_eve = datetime(2027, 1, 1, 2, 0, tzinfo=ZoneInfo("UTC"))  # 9 pm in New York
    DonationFactory(amount=2000, amount_refunded=500, paid_at=new_years_eve, source="petition-thanks", fee_amount=74)
    DonationFactory(amount=1000, status="disputed", amount_disputed=1000, donor_email="d@example.org")
    response = staff_client.get(INDEX, {"export": "csv"})
    rows = {
        row["Donor email"]: row for row in csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode()))
    }
    refunded = next(row for email, row in rows.items() if email != "d@example.org")
    assert (refunded["Amount"], refunded["Gift"], refunded["Fees covered"]) == ("20.00", "19.26", "0.74")
    assert (refunded["Refunded"], refunded["Net kept"], refunded["Currency"]) == ("5.00", "15.00", "usd")
    assert refunded["Paid"] == "2026-12-31 21:00"
    assert refunded["Source"] == "petition-thanks"
    disputed = rows["d@example.org"]
    assert (disputed["Status"], disputed["Disputed"], disputed["Net kept"]) == ("disputed", "10.00", "0.00")


def test_monthly_gifts_export_in_major_units(staff_client):
    MonthlyGiftFactory(amount=1250, donor_email="m@example.org", cancel_at_period_end=True)
    response = staff_client.get("/admin/monthly-gifts/", {"export": "csv"})
    [row] = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert (row["Amount a month"], row["Currency"]) == ("12.50", "usd")


def test_totals_by_source(staff_client):
    DonationFactory(amount=1000, source="petition-thanks")
    DonationFactory(amount=500, source="petition-thanks")
    DonationFactory(amount=700, source="newsletter", status="refunded", amount_refunded=700)
    DonationFactory(amount=300)
    html = staff_client.get("/admin/donations/sources/").content.decode()
    assert "petition-thanks" in html and "$15" in html and "(none)" in html
    assert html.index("petition-thanks") < html.index("(none)")
    assert "<td>newsletter</td>" not in html
    sourced = staff_client.get(INDEX, {"source": "petition-thanks"}).content.decode()
    assert sourced.count("$10") >= 1 and "$3<" not in sourced


def test_failed_webhooks_are_listed_and_processed_again(staff_client, client, django_user_model):
    from donations.models import StripeEvent
    from donations.tests.conftest import completed_session

    donation = DonationFactory(status="pending", paid_at=None, stripe_checkout_session_id="cs_failed")
    event = {
        "id": "evt_failed",
        "type": "checkout.session.completed",
        "created": 1767225600,
        "data": {"object": completed_session(donation, id="cs_failed")},
    }
    stored = StripeEvent.objects.create(
        stripe_id="evt_failed", type=event["type"], payload=event, error="OperationalError: database went away"
    )
    html = staff_client.get("/admin/donations/failed-webhooks/").content.decode()
    assert "evt_failed" in html and "database went away" in html
    response = staff_client.post(f"/admin/donations/failed-webhooks/{stored.pk}/process/")
    assert response.status_code == 302
    donation.refresh_from_db()
    stored.refresh_from_db()
    assert donation.status == "paid" and stored.processed_at is not None and stored.error == ""
    after = staff_client.get("/admin/donations/failed-webhooks/").content.decode()
    assert "<code>evt_failed</code>" not in after and "No failed webhooks." in after

    viewer = django_user_model.objects.create_user("viewer", "v@example.org", "pw", is_staff=True)
    viewer.user_permissions.add(
        Permission.objects.get(codename="access_admin"), Permission.objects.get(codename="view_donation")
    )
    client.force_login(viewer)
    assert client.get("/admin/donations/failed-webhooks/").status_code in (302, 403)
    assert client.post(f"/admin/donations/failed-webhooks/{stored.pk}/process/").status_code in (302, 403)
    assert client.get("/admin/donations/sources/").status_code == 200


def test_staff_set_the_tax_identity_and_fees_in_donation_settings(staff_client):
    from wagtail.models import Site

    from donations.models import DonationSettings

    site = Site.objects.get(is_default_site=True)
    url = f"/admin/settings/donations/donationsettings/{site.pk}/"
    html = staff_client.get(url).content.decode()
    assert "Receipts and year-end statements" in html and "Cover the fees" in html
    form = {
        "legal_name": "Amparo Fund",
        "ein": "12-3456789",
        "fiscal_sponsor": "",
        "tax_text": "",
        "staff_email": "treasurer@example.org",
        "offer_fee_cover": "on",
        "fee_percent": "2.9",
        "fee_fixed": "0.30",
    }
    assert staff_client.post(url, form).status_code == 302
    saved = DonationSettings.for_site(site)
    assert (saved.ein, saved.fee_for(1000)) == ("12-3456789", 61)
