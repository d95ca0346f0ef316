"""The donate form's extras: cover the fees, where the gift came from, a preselected amount, honest limits."""

import re
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import PageViewRestriction, Site

from campaigns.factories import CampaignPageFactory
from donations.models import Donation, DonationSettings

pytestmark = pytest.mark.django_db


def donate(client, **data):
    return client.post("/donate/", {"amount": "", "other_amount": "", "frequency": "once", **data})


@pytest.mark.parametrize(
    ("base", "percent", "fixed", "fee"),
    [
        (1000, "2.2", "0.30", 54),  # (10.00 + 0.30) / 0.978 = 10.5317 -> 10.54
        (500, "2.2", "0.30", 42),  # (5.00 + 0.30) / 0.978 = 5.4192 -> 5.42
        (10000, "2.2", "0.30", 256),  # (100 + 0.30) / 0.978 = 102.5562 -> 102.56
        (1000, "2.9", "0.30", 61),  # the standard rate: (10.30) / 0.971 = 10.6076 -> 10.61
        (1000, "0", "0", 0),
        (0, "2.2", "0.30", 0),
    ],
)
def test_the_fee_leaves_exactly_the_gift_after_stripe_takes_its_cut(base, percent, fixed, fee):
    settings = DonationSettings(fee_percent=Decimal(percent), fee_fixed=Decimal(fixed))
    assert settings.fee_for(base) == fee
    if base:
        total = base + fee
        stripe_keeps = Decimal(total) * Decimal(percent) / 100 + Decimal(fixed) * 100
        assert base <= total - stripe_keeps < base + 1  # never short, and at most a cent over


def test_covering_the_fees_adds_them_to_the_charge_and_records_them_apart(client, donate_page, fake_stripe):
    session = {"id": "cs_test_fee", "object": "checkout.session", "url": "https://checkout.stripe.com/c/pay/x"}
    fake_stripe.route("post", "/v1/checkout/sessions", session)
    html = client.get("/donate/?amount=10").content.decode()
    assert "Add $0.54 to cover card fees" in html
    assert "Add $0.42 to cover card fees" in client.get("/donate/?amount=5").content.decode()

    assert donate(client, amount="10", cover_fees="on").status_code == 303
    donation = Donation.objects.get()
    assert (donation.amount, donation.fee_amount, donation.base_amount) == (1054, 54, 1000)
    [sent] = fake_stripe.requests
    assert sent.params["line_items[0][price_data][unit_amount]"] == "1000"
    assert sent.params["line_items[1][price_data][unit_amount]"] == "54"
    assert sent.params["line_items[1][price_data][product_data][name]"] == "Card fees you chose to cover"
    assert sent.params["metadata[fee_amount]"] == "54"


def test_the_fee_offer_follows_the_site_setting(client, donate_page):
    settings = DonationSettings.for_site(Site.objects.get(is_default_site=True))
    settings.offer_fee_cover = False
    settings.save()
    assert "cover card fees" not in client.get("/donate/?amount=10").content.decode()
    donate(client, amount="10", cover_fees="on")
    assert Donation.objects.get().fee_amount == 0


def test_the_spanish_fee_offer(client, donate_page, spanish_home, locales):
    page_es = donate_page.copy_for_translation(locales[1])
    page_es.title, page_es.slug = "Donar", "donar"
    page_es.save_revision().publish()
    assert "Agregar $0.54 para cubrir las comisiones de tarjeta" in client.get("/es/donar/?amount=10").content.decode()


def test_the_source_goes_round_from_the_link_to_stripe_and_the_books(client, donate_page, fake_stripe, home_page):
    fake_stripe.route("post", "/v1/checkout/sessions", {"id": "cs_src", "url": "https://checkout.stripe.com/c/pay/s"})
    campaign = CampaignPageFactory(parent=home_page, title="Bond fund", slug="bond-fund")
    html = client.get(
        f"/donate/?campaign={campaign.pk}&amount=5&source=Petition-Thanks&utm_campaign=fall-2026"
    ).content
    html = html.decode()
    assert 'name="source" value="petition-thanks"' in html
    assert 'name="source_campaign" value="fall-2026"' in html
    assert re.search(r'name="amount" value="5" checked', html)
    assert "Set-Cookie" not in str(client.get("/donate/?source=x").headers)  # no cookies for reading a link

    donate(client, amount="5", campaign=str(campaign.pk), source="petition-thanks", source_campaign="fall-2026")
    donation = Donation.objects.get()
    assert (donation.source, donation.source_campaign, donation.campaign_id) == (
        "petition-thanks",
        "fall-2026",
        campaign.pk,
    )
    [sent] = fake_stripe.requests
    assert sent.params["metadata[source]"] == "petition-thanks"
    assert sent.params["metadata[utm_campaign]"] == "fall-2026"
    assert sent.params["payment_intent_data[metadata][source]"] == "petition-thanks"
    assert sent.params["cancel_url"] == (
        f"http://testserver/donate/?campaign={campaign.pk}&source=petition-thanks&utm_campaign=fall-2026"
    )


@pytest.mark.parametrize("value", ["<script>", "a" * 80, "../../etc", "hello world", "émoji", "-lead"])
def test_a_bad_source_is_dropped_not_an_error(client, donate_page, value):
    html = client.get("/donate/", {"source": value}).content.decode()
    assert re.search(r'name="source"[^>]*value="[^"]+"', html) is None
    assert donate(client, amount="5", source=value).status_code == 303
    assert Donation.objects.get().source == ""


def test_utm_source_counts_as_the_source(client, donate_page):
    assert 'name="source" value="newsletter"' in client.get("/donate/?utm_source=newsletter").content.decode()


@pytest.mark.parametrize(("amount", "checked"), [("5", "5"), ("25", "25"), ("10.00", "10"), ("7", "10"), ("x", "10")])
def test_the_ladder_preselects_a_preset_amount(client, donate_page, amount, checked):
    """A link's preset is ticked; anything else ticks the page's default (the second preset), never nothing."""
    html = client.get("/donate/", {"amount": amount, "frequency": "monthly"}).content.decode()
    assert re.findall(r'name="amount" value="([^"]+)" checked', html) == [checked]
    assert re.search(r'name="frequency" value="monthly"[^>]*checked', html)


def test_private_and_non_campaign_pages_are_not_campaigns(client, donate_page, home_page):
    from home.factories import StandardPageFactory

    private = CampaignPageFactory(parent=home_page, title="Members-only plan", slug="members")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    secret = CampaignPageFactory(parent=home_page, title="Password plan", slug="pw")
    PageViewRestriction.objects.create(page=secret, restriction_type=PageViewRestriction.PASSWORD, password="x")
    about = StandardPageFactory(parent=home_page, title="About our staff", slug="about")
    for page in (private, secret, about):
        html = client.get(f"/donate/?campaign={page.pk}").content.decode()
        assert page.title not in html and "supports the campaign" not in html
        donate(client, amount="5", campaign=str(page.pk))
    assert set(Donation.objects.values_list("campaign_id", flat=True)) == {None}


@pytest.mark.parametrize(
    ("currency", "minimum", "typed", "message"),
    [
        ("mxn", "1", "5", "The smallest gift we can take is MX$10."),
        ("gbp", "0.50", "0.40", "The smallest gift we can take is £0.50."),
        ("usd", "1", "1000000", "For gifts over $10,000, please contact us."),
    ],
)
def test_limits_follow_the_currency(client, donate_page, currency, minimum, typed, message):
    # Saved before Stripe's per-currency minimums were checked: the form still holds the line.
    type(donate_page).objects.filter(pk=donate_page.pk).update(currency=currency, minimum_amount=Decimal(minimum))
    response = donate(client, other_amount=typed)
    assert response.status_code == 400
    assert message in response.content.decode()


def test_editors_cannot_set_limits_stripe_refuses(donate_page):
    donate_page.currency, donate_page.minimum_amount = "mxn", Decimal("5")
    with pytest.raises(ValidationError, match="MX\\$10"):
        donate_page.full_clean()
    donate_page.currency, donate_page.minimum_amount, donate_page.maximum_amount = (
        "usd",
        Decimal("1"),
        Decimal("1000000"),
    )
    with pytest.raises(ValidationError, match="999,999.99"):
        donate_page.full_clean()


def test_the_offline_checkout_records_fee_and_source(client, donate_page):
    donate(client, amount="10", cover_fees="on", source="newsletter")
    donation = Donation.objects.get()
    client.post(f"/donations/test-checkout/{donation.id}/")
    donation.refresh_from_db()
    assert (donation.status, donation.amount, donation.fee_amount, donation.source) == ("paid", 1054, 54, "newsletter")


def test_donate_works_at_once_with_the_preselected_amount(client, donate_page):
    html = client.get("/donate/").content.decode()
    assert re.findall(r'name="amount" value="([^"]+)" checked', html) == ["10"]
    assert "Add $0.54 to cover card fees" in html  # the fee for the ticked $10
    assert donate(client, amount="10").status_code == 303


def test_no_fee_is_offered_for_an_amount_the_form_would_refuse(client, donate_page):
    too_small = donate(client, other_amount="0.50", cover_fees="on")
    html = too_small.content.decode()
    assert too_small.status_code == 400
    assert "The smallest gift we can take is $1." in html
    assert "Add $0" not in html and "Add 2.2% + $0.30 to cover card fees" in html
    assert "Add 2.2% + $0.30" in donate(client, other_amount="20000", cover_fees="on").content.decode()
    assert "Add $0.54 to cover card fees" in donate(client, other_amount="10", frequency="").content.decode()
