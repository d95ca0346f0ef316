import datetime

import pytest
from playwright.sync_api import expect

from tests.e2e.accessibility import audit

pytestmark = pytest.mark.browser


@pytest.fixture
def resource_section(live_site, home_page):
    from wagtail.models import Collection

    from resources.documents import document_from_bytes, simple_pdf
    from resources.factories import (
        DirectoryPageFactory,
        OrganisationFactory,
        ResourceIndexPageFactory,
        ResourcePageFactory,
        TopicFactory,
        ensure_lookups,
    )
    from resources.models import ResourceDocument

    # Transactional tests flush what migrations made: the root collection and the seeded lookups.
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    ensure_lookups()
    index = ResourceIndexPageFactory(parent=home_page, slug="resources", title="Resources")
    rights = TopicFactory(name="Know your rights", slug="know-your-rights")
    card = document_from_bytes("Pocket card", "pocket-card.pdf", simple_pdf("Know your rights", ["Stay silent."]))
    ResourcePageFactory(
        parent=index,
        slug="door",
        title="If agents come to your door",
        kind="guide",
        languages=["en", "es"],
        topics=[rights],
        last_reviewed=datetime.date(2024, 12, 11),
        documents=[ResourceDocument(document=card)],
    )
    ResourcePageFactory(parent=index, slug="kit", title="Rapid response toolkit", kind="toolkit", languages=["en"])
    DirectoryPageFactory(parent=home_page, slug="directory", title="Find a group near you")
    OrganisationFactory(
        name="CHIRLA",
        description="Legal services in Los Angeles.",
        areas=[("CA", "Los Angeles")],
        services=["legal", "donate"],
        languages=["en", "es"],
        donate_url="https://example.org/give",
    )
    OrganisationFactory(
        name="BIJAN",
        description="Accompaniment to court around Boston.",
        areas=[("MA", "Boston")],
        services=["accompaniment", "volunteer"],
        languages=["en"],
    )
    return live_site


def test_resource_index_and_page_are_accessible_and_first_party(page, resource_section, first_party_only):
    page.goto(resource_section.url + "/resources/")
    assert page.locator("h1").inner_text() == "Resources"
    results = audit(page)
    assert results.violations_count == 0, results.generate_report()
    page.get_by_role("link", name="If agents come to your door").click()
    page.wait_for_url("**/resources/door/")
    assert "PDF" in page.locator(".resource-files").inner_text()
    results = audit(page)
    assert results.violations_count == 0, results.generate_report()
    assert first_party_only == []


def test_directory_filters_and_search_work_without_javascript(browser, resource_section):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(resource_section.url + "/directory/")
    assert page.locator(".organisation-card").count() == 2
    page.locator(".facet a", has_text="Legal services").click()
    page.wait_for_url("**/directory/?kind=legal")
    assert page.locator(".card__title").all_inner_texts() == ["CHIRLA"]
    page.get_by_label("Name, city or what they do").fill("court")
    page.get_by_role("button", name="Search", exact=True).last.click()
    page.wait_for_url("**/directory/?near=&q=court&kind=legal")
    assert page.locator(".organisation-card").count() == 0
    page.get_by_role("link", name="Clear search and filters").click()
    expect(page.locator(".organisation-card")).to_have_count(2)
    context.close()


def test_directory_is_accessible_and_filters_from_the_keyboard(page, resource_section):
    page.goto(resource_section.url + "/directory/")
    results = audit(page)
    assert results.violations_count == 0, results.generate_report()
    option = page.locator(".facet a", has_text="Massachusetts")
    option.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/directory/?region=MA")
    assert page.locator(".card__title").all_inner_texts() == ["BIJAN"]
    assert page.locator(".facet a[aria-current='true']", has_text="Massachusetts").count() == 1
