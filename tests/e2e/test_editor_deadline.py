"""An editor's deadline day in a real browser: the side-panel preview shows the page, in English and Spanish;
publishing an untranslated Spanish page is refused, naming what is missing; the petition's form and the campaign's
main action are in the first screen of a 390 px phone; an Editors-group user adds a directory organisation."""

import pytest

from tests.e2e.admin import log_in

pytestmark = pytest.mark.browser

VIEWPORT = {"width": 1280, "height": 800}


@pytest.fixture
def editor_tree(live_site, home_page, spanish_home, django_user_model):
    from campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory, PetitionPageFactory

    django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    campaign = CampaignPageFactory(parent=CampaignIndexPageFactory(parent=home_page), title="#FreeThemAll")
    petition = PetitionPageFactory(parent=campaign, title="Suspend enforcement now")
    return {"campaign": campaign, "petition": petition, "spanish_home": spanish_home}


@pytest.fixture
def admin_page(browser, live_site, editor_tree):
    context, page = log_in(browser, live_site, viewport=VIEWPORT)
    yield page
    context.close()


@pytest.mark.parametrize("which,text", [("petition", "Suspend enforcement now"), ("spanish_home", "Defendamos")])
def test_the_side_panel_preview_shows_the_page(admin_page, live_site, editor_tree, which, text):
    page = admin_page
    page.goto(f"{live_site.url}/admin/pages/{editor_tree[which].pk}/edit/")
    page.locator('[data-side-panel-toggle="preview"]').click()
    frame = page.frame_locator("#w-preview-iframe")
    frame.get_by_text(text).first.wait_for()  # the page itself, not "127.0.0.1 refused to connect"
    assert frame.locator("main").count() == 1


def test_publishing_an_untranslated_spanish_page_is_refused(admin_page, live_site, editor_tree):
    from wagtail.models import Locale
    from wagtail_localize.models import Translation, TranslationSource

    from home.factories import StandardPageFactory

    petition = StandardPageFactory(parent=editor_tree["campaign"].get_parent().get_parent(), title="Know your rights")
    source, _ = TranslationSource.get_or_create_from_instance(petition)
    translation = Translation.objects.create(source=source, target_locale=Locale.objects.get(language_code="es"))
    translation.save_target(publish=False)  # wagtail-localize's "Translate": a Spanish draft, still in English
    spanish = petition.get_translation(translation.target_locale)

    page = admin_page
    page.goto(f"{live_site.url}/admin/pages/{spanish.pk}/edit/")
    page.get_by_role("button", name="Publish in Spanish").click()
    refusal = page.get_by_text("was not published in Spanish")
    refusal.wait_for()
    assert "Title (“Know your rights”)" in refusal.inner_text()
    spanish.refresh_from_db()
    assert not spanish.live
    page.get_by_role("link", name="Publish anyway…").click()
    page.get_by_role("heading", name="Publish with parts in English?").wait_for()


PHONE = {"width": 390, "height": 844}
LONG_TEXT = "".join(
    f"<p>Paragraph {n}: we call on Immigration and Customs Enforcement to suspend enforcement, release every "
    "detained parent and stop transfers between detention centres while families wait for their hearings.</p>"
    for n in range(8)
)


@pytest.fixture
def phone_page(browser):
    context = browser.new_context(viewport=PHONE)
    yield context.new_page()
    context.close()


def test_the_petition_form_starts_in_the_first_phone_screen(phone_page, live_site, editor_tree):
    petition = editor_tree["petition"]
    petition.petition_text = LONG_TEXT
    petition.save_revision().publish()
    page = phone_page
    page.goto(live_site.url + petition.url)
    first_field = page.get_by_label("Full name")
    box = first_field.bounding_box()
    assert box["y"] + box["height"] <= page.viewport_size["height"], f"the form starts at {box['y']:.0f}px"
    assert page.locator(".petition-count").bounding_box()["y"] < box["y"]  # the live count above the form
    # The whole text is still on the page, after the form.
    text = page.get_by_text("Paragraph 7:")
    assert text.bounding_box()["y"] > box["y"]


def test_the_campaigns_main_action_is_in_the_first_phone_screen(phone_page, live_site, editor_tree):
    campaign = editor_tree["campaign"]
    campaign.summary = "Tell ICE to release every detained parent in New England before the holidays, " * 3
    campaign.save_revision().publish()
    page = phone_page
    page.goto(live_site.url + campaign.url)
    action = page.get_by_role("link", name="Suspend enforcement now").first
    box = action.bounding_box()
    assert box["y"] + box["height"] <= page.viewport_size["height"], f"the main action is at {box['y']:.0f}px"
    action.click()
    page.get_by_label("Full name").wait_for()


def editors_group():
    """The Editors group as the migrations leave it. An earlier live-server test in the session may have emptied
    the tables (its flush) without the migrations' rows coming back; then the group is made again the same way:
    Wagtail's admin access, then editors/migrations/0001's grants, run on the real models."""
    import importlib

    from django.apps import apps
    from django.contrib.auth.models import Group, Permission

    group, created = Group.objects.get_or_create(name="Editors")
    if created:
        group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
        importlib.import_module("editors.migrations.0001_editors_group_permissions").grant(apps, None)
    return group


def test_an_editors_group_user_creates_a_directory_organisation(browser, live_site, editor_tree, django_user_model):
    from resources.models import Organisation

    user = django_user_model.objects.create_user("writer", "writer@staff.example.org", "pw")
    user.groups.add(editors_group())
    context, page = log_in(browser, live_site, "writer", viewport=VIEWPORT)
    page.goto(live_site.url + "/admin/snippets/resources/organisation/add/")
    page.locator("#id_name").fill("Centro Presente")
    page.locator("#id_description").fill("Legal help and organising for Latin American immigrants.")
    page.locator("select[name$='region']").first.select_option(label="Massachusetts")
    page.locator("input[name$='place']").first.fill("Boston")
    page.get_by_role("button", name="Save").first.click()
    page.get_by_text("created").first.wait_for()
    assert Organisation.objects.filter(name="Centro Presente").exists()
    page.goto(live_site.url + "/admin/signatures/")  # supporters' data: not for the Editors group
    page.get_by_text("you do not have permission").first.wait_for()
    context.close()


def test_the_guides_way_to_a_petitions_signatures_is_where_it_says(admin_page, live_site, editor_tree):
    """The editors' guide: “in the page editor of a petition, the “⋯” menu beside its title → “Signatures”."""
    page = admin_page
    page.goto(live_site.url + "/admin/editors-guide/")
    assert "the “⋯” menu beside its title → “Signatures”" in page.content()
    page.goto(f"{live_site.url}/admin/pages/{editor_tree['petition'].pk}/edit/")
    page.locator("header").get_by_role("button", name="Actions").first.click()
    page.get_by_role("link", name="Signatures").click()
    page.wait_for_url("**/admin/signatures/?petition=*")
