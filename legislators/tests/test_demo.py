import pytest
from wagtail.models import Page

from legislators import demo
from legislators.models import CallScriptPage, Legislator, LetterPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_ctx(campaign, spanish_home, locales):
    campaign_es = campaign.copy_for_translation(locales[1], copy_parents=True)
    campaign_es.save_revision().publish()
    return {"campaign": campaign, "campaign_es": campaign_es}


def test_demo_builds_both_actions_in_both_languages_and_twice_changes_nothing(client, congress, demo_ctx):
    demo.load(demo_ctx)
    count = Page.objects.count()
    demo.load(dict(demo_ctx))
    assert Page.objects.count() == count
    assert LetterPage.objects.count() == 2
    assert CallScriptPage.objects.count() == 2

    letter, call = demo_ctx["letter_page"], demo_ctx["call_page"]
    html = client.post(
        letter.url,
        {"name": "Ana", "city": "Cambridge", "zip": "02139", "district": "MA-7"},
    ).content.decode()
    assert "Dear Senator Warren," in html
    assert "<p>Sincerely,</p>\n<p>Ana</p>\n<p>Cambridge, 02139</p>" in html

    html = client.get(call.url, {"zip": "02139"}).content.decode()
    assert "GRACE Act" in html and "H.R. 2146 / S.1088" in html
    assert "NO BAN Act" in html and "H.R. 2214 / S.1123" in html
    assert "Massachusetts State House" in html and 'href="tel:+16177222000"' in html
    assert "ask Senator Warren to co-sponsor" in html

    letter_es = demo_ctx["letter_page_es"]
    assert letter_es.locale.language_code == "es"
    html = client.get(letter_es.url, {"zip": "02139"}).content.decode()
    assert "Escriba a sus 2 senadores y su representante" in html
    call_es = demo_ctx["call_page_es"]
    assert "Cámara Estatal de Massachusetts" in client.get(call_es.url).content.decode()


def test_without_a_campaign_the_demo_still_imports_the_data(db):
    Legislator.objects.all().delete()
    ctx = {}
    demo.load(ctx)
    assert Legislator.objects.count() > 500
    assert "letter_page" not in ctx


def test_the_whole_demo_imports_every_member(demo_site):
    assert Legislator.objects.count() > 500
