"""An editor saving a letter with a seed's "[Name]" blank and a "{lastname}" typo, in a real browser: the save is
refused with what is wrong and what to type instead; a correct letter saves and shows its sample."""

import pytest

from tests.e2e.admin import log_in

pytestmark = pytest.mark.browser


@pytest.fixture
def letter(live_site, home_page, django_user_model):

    from campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory
    from legislators.factories import LetterPageFactory

    # The congress data is in every test database (tests/databases.py).
    django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    campaign = CampaignPageFactory(parent=CampaignIndexPageFactory(parent=home_page), title="Free them all")
    return LetterPageFactory(parent=campaign, slug="write")


@pytest.fixture
def admin_page(browser, live_site, letter):
    context, page = log_in(browser, live_site)
    yield page
    context.close()


def test_saving_brackets_and_a_typo_shows_the_errors_and_the_hint(admin_page, live_site, letter):
    page = admin_page
    page.goto(f"{live_site.url}/admin/pages/{letter.pk}/edit/")
    page.locator("#tab-label-action").click()
    sample = page.locator(".legislators-sample-letter")
    assert "Dear Senator Warren," in sample.inner_text()

    page.locator("#id_subject").fill("A constituent from [CITY/TOWN]")
    paragraph = page.locator("[data-streamfield-child] textarea").first
    paragraph.fill("Dear Representative/Senator [Name], {lastname}")
    with page.expect_navigation():  # the answer to the save, not the page still showing
        page.get_by_role("button", name="Save draft").click()
    assert "The page could not be saved due to validation errors" in page.locator("main").inner_text()
    page.locator("#tab-label-action").click()
    body = page.locator("#tab-action").inner_text()
    assert "“[Name]” would reach every supporter's letter exactly as typed. Did you mean {name}?" in body
    assert "“{lastname}” is not a placeholder we fill in. Did you mean {last_name}?" in body
    assert "Did you mean {city}?" in body
    assert "The placeholders are: {name}, {email}, {city}" in body
    letter.refresh_from_db()
    assert "[Name]" not in letter.get_latest_revision_as_object().letter.raw_data[0]["value"]

    page.locator("#tab-label-action").click()
    page.locator("#id_subject").fill("A constituent from {city}")
    page.locator("[data-streamfield-child] textarea").first.fill("{dear} {last_name},")
    with page.expect_navigation():  # the answer to the save, not the page still showing
        page.get_by_role("button", name="Save draft").click()
    page.locator("#tab-label-action").click()
    assert "Dear Senator Warren," in page.locator(".legislators-sample-letter").inner_text()
    assert "A constituent from Cambridge" in page.locator("main").inner_text()
