from campaigns.models import CampaignPage, EventPage, PetitionPage, Signature
from home.models import HomePage

HOST = {"HTTP_HOST": "127.0.0.1:8000"}


def test_demo_campaign_in_both_languages(client, demo_site):
    campaign = CampaignPage.objects.get(locale__language_code="en")
    assert campaign.url == "/campaigns/free-them-all/"
    assert CampaignPage.objects.filter(locale__language_code="es").count() == 1
    assert PetitionPage.objects.filter(sign_on_mode="organisations").count() == 1
    assert EventPage.objects.count() == 1
    assert Signature.objects.filter(kind="individual").count() >= 5
    assert Signature.objects.filter(kind="organisation").count() >= 3
    assert HomePage.objects.get(locale__language_code="en").featured_campaign_id == campaign.pk

    home = client.get("/", **HOST).content.decode()
    assert '<section class="section campaign-featured"' in home
    assert 'href="/campaigns/"' in home  # in the main menu
    spanish = client.get("/es/campanas/liberenlos-a-todos/", **HOST)
    assert spanish.status_code == 200
    assert "#LibérenlosATodos" in spanish.content.decode()
    petition_es = client.get("/es/campanas/liberenlos-a-todos/suspendan-la-aplicacion/", **HOST).content.decode()
    # The Spanish petition counts the signatures made in English.
    english_total = Signature.objects.filter(petition__locale__language_code="en", kind="individual").count()
    assert f"{english_total} personas han firmado." in petition_es or f"{english_total} people have signed" in (
        petition_es
    )
    for path in ("/campaigns/", campaign.url, campaign.url + "national-day-of-action/"):
        assert client.get(path, **HOST).status_code == 200
