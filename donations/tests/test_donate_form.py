import re

import pytest
from django.test import Client

from campaigns.factories import CampaignPageFactory
from donations.models import Donation

pytestmark = pytest.mark.django_db


def donate(client, page, **data):
    return client.post(page.url, {"amount": "", "other_amount": "", "frequency": "once", **data})


def test_form_offers_the_preset_amounts_and_both_frequencies(client, donate_page):
    response = client.get("/donate/")
    html = response.content.decode()
    assert response.status_code == 200
    assert re.findall(r'name="amount" value="([^"]+)"', html) == ["5", "10", "25", "50"]
    assert ">$10<" in html
    assert 'name="frequency" value="once"' in html and 'name="frequency" value="monthly"' in html
    assert '<label for="id_other_amount">Or type another amount</label>' in html
    assert "Any amount from $1 to $10,000 (USD)." in html
    assert "supports the campaign" not in html


def test_a_campaign_link_says_which_campaign_the_gift_supports(client, donate_page, home_page):
    campaign = CampaignPageFactory(parent=home_page, title="Free them all", slug="free-them-all")
    html = client.get(f"/donate/?campaign={campaign.pk}").content.decode()
    assert "Your gift supports the campaign <strong>Free them all</strong>." in html
    assert f'name="campaign" value="{campaign.pk}"' in html


@pytest.mark.parametrize("value", ["abc", "-1", "999999", "1' OR 1=1", "１２", "", "9" * 40])
def test_bad_campaign_values_are_ignored(client, donate_page, value):
    response = client.get("/donate/", {"campaign": value})
    assert response.status_code == 200
    assert "supports the campaign" not in response.content.decode()


def test_a_draft_page_is_not_a_campaign(client, donate_page, home_page):
    draft = CampaignPageFactory(parent=home_page, title="Secret plan", slug="secret", live=False)
    assert "Secret plan" not in client.get(f"/donate/?campaign={draft.pk}").content.decode()


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "Choose an amount or type one in."),
        ("0", "The smallest gift we can take is $1."),
        ("-5", "Enter an amount greater than zero."),
        ("abc", "Enter an amount in numbers, like 10 or 12.50."),
        ("1e9", "Enter an amount in numbers, like 10 or 12.50."),
        ("NaN", "Enter an amount in numbers, like 10 or 12.50."),
        ("10.001", "Use at most two decimal places, like 10.50."),
        ("10001", "For gifts over $10,000, please contact us."),
        ("0.99", "The smallest gift we can take is $1."),
        ("<script>alert(1)</script>", "Enter an amount in numbers, like 10 or 12.50."),
    ],
)
def test_bad_amounts_are_explained_on_the_form(client, donate_page, typed, message):
    response = donate(client, donate_page, other_amount=typed)
    html = response.content.decode()
    assert response.status_code == 400
    assert message in html
    assert 'role="alert"' in html
    assert "<script>alert(1)</script>" not in html
    assert Donation.objects.count() == 0


def test_the_typed_amount_error_is_tied_to_its_field(client, donate_page):
    html = donate(client, donate_page, other_amount="abc").content.decode()
    assert 'aria-describedby="other-amount-error other-amount-help" aria-invalid="true"' in html
    assert '<p class="form-error" id="other-amount-error">' in html


def test_no_amount_at_all_points_at_the_amount_buttons(client, donate_page):
    html = donate(client, donate_page).content.decode()
    assert 'aria-describedby="amount-error"' in html
    assert '<p class="form-error" id="amount-error">Choose an amount or type one in.</p>' in html


@pytest.mark.parametrize("frequency", ["weekly", "", "ONCE"])
def test_an_unknown_frequency_is_refused(client, donate_page, frequency):
    response = donate(client, donate_page, amount="10", frequency=frequency)
    assert response.status_code == 400
    assert Donation.objects.count() == 0


def test_tampered_and_oversized_fields_never_cause_a_server_error(client, donate_page):
    response = client.post(
        "/donate/",
        {"amount": ["10", "x" * 5000], "frequency": "once", "campaign": "x" * 500, "token": "not-a-uuid" * 20},
    )
    assert response.status_code == 400


def test_a_typed_amount_wins_over_a_preset(client, donate_page):
    response = donate(client, donate_page, amount="10", other_amount="$1,234.50")
    assert response.status_code == 303
    assert Donation.objects.get().amount == 123450


def test_the_form_needs_its_csrf_token(donate_page):
    response = Client(enforce_csrf_checks=True).post("/donate/", {"amount": "10", "frequency": "once"})
    assert response.status_code == 403
    assert Donation.objects.count() == 0


def test_offline_checkout_path_records_one_paid_gift(client, donate_page, home_page):
    campaign = CampaignPageFactory(parent=home_page, title="Bond fund", slug="bond-fund")
    response = donate(client, donate_page, amount="10", campaign=str(campaign.pk))
    donation = Donation.objects.get()
    assert response.status_code == 303
    assert response["Location"] == f"/donations/test-checkout/{donation.id}/"
    assert (donation.amount, donation.status, donation.campaign_id) == (1000, "pending", campaign.pk)

    page = client.get(response["Location"]).content.decode()
    assert "This is a test. No money moves and no card is needed." in page
    assert "Pay $10 (test)" in page
    assert "Bond fund" in page

    paid = client.post(response["Location"])
    assert paid.status_code == 303
    assert paid["Location"] == f"/donate/thanks/?session_id=cs_offline_{donation.id.hex}"
    donation.refresh_from_db()
    assert donation.status == "paid" and donation.paid_at is not None

    client.post(response["Location"])  # paying twice changes nothing
    assert Donation.objects.filter(status="paid").count() == 1

    thanks = client.get(paid["Location"]).content.decode()
    assert "Your gift of <strong>$10</strong> makes a real difference." in thanks
    assert "It supports the campaign <strong>Bond fund</strong>." in thanks
    assert "Your gift pays for rides to court." in thanks


def test_the_thank_you_page_never_records_a_payment(client, donate_page):
    donate(client, donate_page, amount="25")
    donation = Donation.objects.get()
    html = client.get(f"/donate/thanks/?session_id={donation.stripe_checkout_session_id}").content.decode()
    assert "Your gift of <strong>$25</strong>" in html
    donation.refresh_from_db()
    assert donation.status == "pending"


@pytest.mark.parametrize("session_id", ["", "cs_unknown", "<b>x</b>", "x" * 1000])
def test_the_thank_you_page_copes_with_any_session_id(client, donate_page, session_id):
    response = client.get("/donate/thanks/", {"session_id": session_id})
    assert response.status_code == 200
    assert "Your support makes a real difference." in response.content.decode()


def test_the_offline_checkout_is_closed_when_stripe_is_configured(client, donate_page, settings):
    donate(client, donate_page, amount="10")
    donation = Donation.objects.get()
    settings.DONATIONS_OFFLINE_CHECKOUT = False
    assert client.get(f"/donations/test-checkout/{donation.id}/").status_code == 404
    assert client.post(f"/donations/test-checkout/{donation.id}/").status_code == 404
    donation.refresh_from_db()
    assert donation.status == "pending"


def test_monthly_offline_gift_can_be_cancelled_in_the_test_portal(client, donate_page):
    donate(client, donate_page, amount="5", frequency="monthly")
    donation = Donation.objects.get()
    client.post(f"/donations/test-checkout/{donation.id}/")
    thanks = client.get(f"/donate/thanks/?session_id={donation.stripe_checkout_session_id}").content.decode()
    assert "Your monthly gift of <strong>$5</strong>" in thanks
    assert "Manage or cancel your monthly gift" in thanks

    token = re.search(r'name="token" value="([^"]+)"', thanks).group(1)
    response = client.post("/donations/manage/thanks/", {"token": token})
    assert response.status_code == 303
    assert response["Location"] == f"/donations/test-portal/{donation.id}/"
    assert "This is a test." in client.get(response["Location"]).content.decode()
    cancelled = client.post(response["Location"]).content.decode()
    assert "Your monthly gift is cancelled." in cancelled
    donation.refresh_from_db()
    assert donation.monthly_gift.status == "cancelled"


def test_spanish_donate_page_speaks_spanish(client, donate_page, spanish_home, locales):
    page_es = donate_page.copy_for_translation(locales[1])
    page_es.title, page_es.slug = "Donar", "donar"
    page_es.save_revision().publish()
    html = client.get("/es/donar/").content.decode()
    assert '<html lang="es">' in html
    assert "Elija una cantidad" in html
    assert "Cada mes" in html
