"""After signing or RSVPing, in English and Spanish: the count, share links, the $5/$10 ask, the next actions."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from wagtail.models import Locale

from campaigns.factories import PetitionPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def sibling(campaign):
    return PetitionPageFactory(parent=campaign, title="Tell your mayor", slug="tell-your-mayor")


def ask_links(html):
    """{button text: query} of the donation ask's buttons."""
    section = re.search(r'<section class="ladder__ask".*?</section>', html, re.S).group(0)
    return {
        text.strip(): parse_qs(urlsplit(href.replace("&amp;", "&")).query)
        for href, text in re.findall(r'<a class="button[^"]*" href="([^"]+)">([^<]+)</a>', section)
    }


def test_petition_thanks_climbs_the_ladder_count_share_ask_next(client, petition, campaign, sibling, donate_page):
    html = client.get(petition.url + "thanks/").content.decode()
    count, share, ask, following = (
        html.index("signatures so far"),
        html.index("share-links"),
        html.index("ladder__ask"),
        html.index("ladder__next"),
    )
    assert count < share < ask < following
    assert "https://wa.me/?text=" in html and "mailto:?" in html  # plain links, no widgets or trackers
    assert "<script" not in html
    links = ask_links(html)
    assert list(links) == ["Give $5", "Give $10", "Other amount"]
    for text, amount in (("Give $5", ["5"]), ("Give $10", ["10"]), ("Other amount", None)):
        assert links[text]["campaign"] == [str(campaign.pk)]
        assert links[text]["source"] == ["petition-thanks"]
        assert links[text].get("amount") == amount
    assert "/donate/?" in html
    assert "Can you chip in $5 or $10 to keep this campaign going?" in html
    following_html = html[following : html.index("</section>", following)]
    assert "Tell your mayor" in following_html and "Suspend enforcement now" not in following_html


def test_editors_can_change_the_ask_or_turn_it_off(client, petition, donate_page):
    petition.donation_ask_text = "Just $5 pays for a ride to court."
    petition.save_revision().publish()
    html = client.get(petition.url + "thanks/").content.decode()
    assert "Just $5 pays for a ride to court." in html
    assert "Can you chip in" not in html

    petition.donation_ask = False
    petition.save_revision().publish()
    html = client.get(petition.url + "thanks/").content.decode()
    assert "ladder__ask" not in html and "amount=5" not in html
    assert "share-links" in html  # the rest of the ladder stays


def test_spanish_petition_thanks_has_the_ladder_in_spanish(
    client, petition, campaign, sibling, donate_page, spanish_home
):
    spanish = Locale.objects.get(language_code="es")
    petition_es = petition.copy_for_translation(spanish, copy_parents=True)
    petition_es.save_revision().publish()
    sibling_es = sibling.copy_for_translation(spanish)
    sibling_es.save_revision().publish()
    donate_es = donate_page.copy_for_translation(spanish)
    donate_es.save_revision().publish()

    html = client.get(petition_es.url + "thanks/").content.decode()
    assert '<html lang="es">' in html
    assert "Comparta con sus amistades" in html
    links = ask_links(html)
    assert list(links) == ["Done $5", "Done $10", "Otra cantidad"]
    assert links["Done $5"]["source"] == ["petition-thanks"]
    assert links["Done $5"]["campaign"] == [str(petition_es.get_parent().pk)]
    assert "/es/" in html[html.index("ladder__ask") :].split('href="')[1]  # the Spanish donate page
    assert "¿Puede aportar 5 o 10 dólares para que esta campaña siga adelante?" in html
    assert "Siga adelante: más acciones de esta campaña" in html
    assert "Tell your mayor" in html[html.index("ladder__next") :]


def test_keep_me_updated_tells_the_signer_to_confirm(client, petition, mailoutbox, django_capture_on_commit_callbacks):
    data = {"kind": "individual", "name": "Ana", "email": "ana@example.org", "postal_code": "02139"}
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(petition.url, {**data, "keep_updated": "on"})
    assert response.status_code == 303 and response["Location"].endswith("thanks/?updates=1")
    html = client.get(response["Location"]).content.decode()
    assert "we have sent you an email" in html
    assert len(mailoutbox) == 1


def test_rsvp_thanks_has_share_ask_and_next_actions(client, campaign, petition, donate_page):
    from campaigns.factories import EventPageFactory

    event = EventPageFactory(parent=campaign, slug="day-of-action")
    response = client.post(event.url, {"name": "Ana", "email": "ana@example.org", "postal_code": "02139"})
    assert response.status_code == 303
    html = client.get(response["Location"]).content.decode()
    assert html.index("share-links") < html.index("ladder__ask") < html.index("ladder__next")
    assert ask_links(html)["Give $10"]["source"] == ["rsvp-thanks"]
    assert "Suspend enforcement now" in html[html.index("ladder__next") :]
