import time

import pytest
from django.core.management import CommandError, call_command

from donations.factories import DonationFactory
from donations.models import Donation
from donations.tests.conftest import completed_session

pytestmark = pytest.mark.django_db


def test_reconcile_fulfils_what_a_missed_webhook_left_pending(fake_stripe, capsys):
    missed = DonationFactory(status="pending", paid_at=None, stripe_checkout_session_id="cs_missed")
    abandoned = DonationFactory(status="pending", paid_at=None, stripe_checkout_session_id="cs_abandoned")
    open_one = DonationFactory(status="pending", paid_at=None, stripe_checkout_session_id="cs_open")
    done = DonationFactory(status="paid", stripe_checkout_session_id="cs_done")
    page_one = {
        "object": "list",
        "url": "/v1/checkout/sessions",
        "has_more": True,
        "data": [
            completed_session(missed, id="cs_missed"),
            completed_session(abandoned, id="cs_abandoned", status="expired", payment_status="unpaid"),
        ],
    }
    page_two = {
        "object": "list",
        "url": "/v1/checkout/sessions",
        "has_more": False,
        "data": [
            completed_session(open_one, id="cs_open", status="open", payment_status="unpaid"),
            completed_session(done, id="cs_done"),
            {"id": "cs_not_ours", "object": "checkout.session", "status": "complete", "client_reference_id": None},
        ],
    }
    fake_stripe.route(
        "get", "/v1/checkout/sessions", lambda request: page_two if "starting_after" in request.params else page_one
    )

    before = time.time()
    call_command("reconcile_donations", "--since", "3d")

    first, second = fake_stripe.requests
    assert int(first.params["created[gte]"]) == pytest.approx(before - 3 * 86400, abs=5)
    assert first.params["limit"] == "100"
    assert second.params["starting_after"] == "cs_abandoned"
    statuses = dict(Donation.objects.values_list("stripe_checkout_session_id", "status"))
    assert statuses == {"cs_missed": "paid", "cs_abandoned": "expired", "cs_open": "pending", "cs_done": "paid"}
    assert "Checked 5 Checkout Sessions; updated 2 donations." in capsys.readouterr().out

    call_command("reconcile_donations", "--since", "3d")  # again: nothing left to do
    assert "updated 0 donations" in capsys.readouterr().out
    assert Donation.objects.filter(status="paid").count() == 2


@pytest.mark.parametrize("since", ["3", "d", "3w", "-1d", "99999d"])
def test_reconcile_refuses_a_bad_since(fake_stripe, since):
    with pytest.raises(CommandError):
        call_command("reconcile_donations", "--since", since)


def test_reconcile_reports_stripe_failures(fake_stripe):
    fake_stripe.route("get", "/v1/checkout/sessions", {"error": {"message": "Invalid API Key"}}, status=401)
    with pytest.raises(CommandError, match="Stripe could not be asked"):
        call_command("reconcile_donations")
