"""Donors as people: one record across gifts, merged when an email changes, with totals and a postal address
for the statement; erasure removes the person and keeps the books."""

import io
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from wagtail.models import ModelLogEntry

from donations import fiscal
from donations.factories import DonationFactory, MonthlyGiftFactory
from donations.models import Donation, Donor, DonorEmail
from donations.tests.conftest import completed_session, deliver, make_event
from donations.tests.test_admin_actions import treasurer  # noqa: F401 - the fixture
from donations.totals import dashboard_figures

pytestmark = pytest.mark.django_db

UTC = ZoneInfo("UTC")


def test_one_donor_across_gifts_whatever_the_case_of_the_address(client, pending):
    DonationFactory(donor_email="Rosa@Example.org", amount=2500)
    deliver(client, make_event("checkout.session.completed", completed_session(pending)))  # rosa@example.org
    gift = MonthlyGiftFactory(donor_email="rosa@example.org")
    donor = Donor.objects.get()
    assert donor.email == "rosa@example.org"
    assert donor.donations.count() == 2 and gift.donor == donor
    assert donor.lifetime_total == "$35"


def test_a_merged_email_change_keeps_history_totals_and_one_statement(
    treasurer,  # noqa: F811
    home_page,
    mailoutbox,
    monkeypatch,
):
    DonationFactory(donor_email="rosa@old.example", amount=1000, paid_at=datetime(2026, 3, 1, tzinfo=UTC))
    DonationFactory(donor_email="rosa@new.example", amount=4000, paid_at=datetime(2026, 9, 1, tzinfo=UTC))
    old, new = Donor.objects.get(email="rosa@old.example"), Donor.objects.get(email="rosa@new.example")

    response = treasurer.post(f"/admin/donations/actions/donor/{old.pk}/merge/", {"into": "Rosa@New.example"})
    assert response.status_code == 302
    assert not Donor.objects.filter(pk=old.pk).exists()
    assert DonorEmail.objects.get().email == "rosa@old.example"
    assert new.donations.count() == 2 and new.year_total(2026) == "$50"
    entry = ModelLogEntry.objects.get(action="donations.donor_merge")
    assert entry.user == treasurer.user and entry.data["merged"] == "rosa@old.example"

    DonationFactory(donor_email="rosa@old.example", amount=500, paid_at=datetime(2026, 10, 1, tzinfo=UTC))
    assert new.donations.count() == 3  # a gift from the old address finds the person

    page = treasurer.get(f"/admin/donors/inspect/{new.pk}/").content.decode()
    assert "$55" in page and "rosa@old.example" in page

    details = {"name": "Rosa Díaz", "language": "es", "postal_address": "12 Main St\nAlbany, NY", "anonymous": "on"}
    assert treasurer.post(f"/admin/donations/actions/donor/{new.pk}/details/", details).status_code == 302
    new.refresh_from_db()
    assert new.anonymous and "Albany" in new.postal_address

    monkeypatch.setattr(fiscal, "now", lambda: datetime(2027, 2, 1, tzinfo=UTC))
    call_command("send_year_end_statements", "--year", "2026", stdout=io.StringIO())
    [statement] = mailoutbox
    assert statement.to == ["rosa@new.example"]
    assert "Total: $55" in statement.body and "12 Main St" in statement.body


def test_a_merge_into_an_unknown_donor_is_refused(treasurer):  # noqa: F811
    DonationFactory(donor_email="a@example.org")
    donor = Donor.objects.get()
    response = treasurer.post(f"/admin/donations/actions/donor/{donor.pk}/merge/", {"into": "nobody@example.org"})
    assert response.status_code == 400 and "No other donor has this email." in response.content.decode()


def test_erasing_a_donor_removes_the_person_and_keeps_the_books(db):
    DonationFactory(donor_email="rosa@example.org", donor_name="Rosa", amount=1000)
    donor = Donor.objects.get()
    DonorEmail.objects.create(donor=donor, email="rosa@old.example")
    DonationFactory(donor_email="rosa@old.example", amount=700)
    before = dashboard_figures(datetime(2000, 1, 1, tzinfo=UTC))["all_time"]
    call_command("erase_supporter", "rosa@example.org", "--yes", stdout=io.StringIO())
    assert not Donor.objects.exists() and not DonorEmail.objects.exists()
    assert Donation.objects.count() == 2
    assert not Donation.objects.exclude(donor_email="").exists()
    assert dashboard_figures(datetime(2000, 1, 1, tzinfo=UTC))["all_time"] == before == {"usd": 1700}
