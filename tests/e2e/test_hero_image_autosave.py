"""An Editors-group user uploads a hero image from the page editor: Wagtail 8's autosave, half a second later,
does not say "Autosave is paused" before the image's description can be typed."""

import pytest
from playwright.sync_api import expect

from tests.e2e.admin import log_in
from tests.e2e.test_editor_deadline import editors_group

pytestmark = pytest.mark.browser


# Notes the answer (success or error) to the first autosave that starts from now on: Wagtail's autosave controller
# dispatches `w-autosave:save`, then `w-autosave:success` or `w-autosave:error`, which the indicator shows.
ANSWER_TO_THE_NEXT_AUTOSAVE = """() => {
    window.nextAutosaveAnswer = null;
    document.addEventListener("w-autosave:save", () => {
        for (const answer of ["w-autosave:success", "w-autosave:error"]) {
            document.addEventListener(answer, (event) => { window.nextAutosaveAnswer ||= event.type; }, {once: true});
        }
    }, {once: true});
}"""


@pytest.fixture
def picture(tmp_path):
    from PIL import Image

    path = tmp_path / "vigil.png"
    Image.new("RGB", (1200, 800), (30, 90, 140)).save(path)
    return path


def test_uploading_a_hero_image_does_not_pause_autosave(browser, live_site, home_page, django_user_model, picture):
    from campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory

    campaign = CampaignPageFactory(parent=CampaignIndexPageFactory(parent=home_page), title="#FreeThemAll")
    user = django_user_model.objects.create_user("writer", "writer@staff.example.org", "pw")
    user.groups.add(editors_group())
    context, page = log_in(browser, live_site, "writer")
    page.goto(live_site.url + f"/admin/pages/{campaign.pk}/edit/")
    # Wagtail notes the form's first state 2 s after it loads; changes before that are not autosaved.
    page.evaluate("() => new Promise((ready) => document.addEventListener('w-unsaved:watch-edits', ready))")
    page.locator("[data-chooser-action-choose]").first.click()
    page.get_by_role("tab", name="Upload").click()
    page.locator("input[type=file]").first.set_input_files(picture)
    expect(page.locator("#id_image-chooser-upload-title")).not_to_have_value("")  # filled from the file's name
    page.get_by_role("button", name="Upload").last.click()
    indicator = page.locator("#w-autosave-indicator")
    # Its visible text: "Saved", never "Autosave is paused" (the last answer to the autosave after the choice).
    page.wait_for_function("() => /Saved|paused/.test(document.querySelector('#w-autosave-indicator').innerText)")
    assert indicator.inner_text().strip() == "Saved"
    campaign.refresh_from_db()
    assert campaign.get_latest_revision_as_object().hero_image is not None  # the draft has the image

    # Then the description: the autosave it sets off (after its half-second pause) must not be paused either.
    page.evaluate(ANSWER_TO_THE_NEXT_AUTOSAVE)
    page.locator("#id_hero_image_alt").fill("Candles at an evening vigil")
    page.wait_for_function("() => window.nextAutosaveAnswer")
    assert "paused" not in indicator.inner_text()
    context.close()
