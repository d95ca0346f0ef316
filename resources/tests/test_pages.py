import datetime

import pytest
from wagtail.models import Locale, Page, Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from home.factories import HomePageFactory
from home.models import HomePage, StandardPage
from resources.documents import document_from_bytes, simple_pdf
from resources.factories import (
    DirectoryPageFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
    ensure_lookups,
)
from resources.models import DirectoryPage, ResourceDocument, ResourceIndexPage, ResourceLink, ResourcePage


class TestPageRules(WagtailPageTestCase):
    def test_where_each_page_type_may_go(self):
        self.assertCanCreateAt(HomePage, ResourceIndexPage)
        self.assertCanCreateAt(ResourceIndexPage, ResourcePage)
        self.assertCanCreateAt(HomePage, DirectoryPage)
        self.assertCanCreateAt(ResourceIndexPage, DirectoryPage)
        self.assertCanNotCreateAt(HomePage, ResourcePage)
        self.assertCanNotCreateAt(StandardPage, ResourceIndexPage)
        self.assertCanNotCreateAt(ResourcePage, ResourcePage)
        self.assertAllowedSubpageTypes(ResourceIndexPage, {ResourcePage, DirectoryPage})
        self.assertAllowedSubpageTypes(ResourcePage, set())
        self.assertAllowedSubpageTypes(DirectoryPage, set())

    def test_pages_render_and_preview_from_their_edit_forms(self):
        Locale.objects.get_or_create(language_code="en")
        ensure_lookups()
        home = HomePageFactory(parent=Page.get_first_root_node(), slug="h")
        Site.objects.update(root_page=home)
        Site.clear_site_root_paths_cache()
        index = ResourceIndexPageFactory(parent=home, slug="resources")
        resource = ResourcePageFactory(
            parent=index,
            slug="guide",
            languages=["en", "es"],
            body=[("paragraph", "<p>Stay calm and ask for a lawyer.</p>")],
        )
        directory = DirectoryPageFactory(parent=index, slug="directory")
        for page in (index, resource, directory):
            self.assertPageIsRenderable(page)
        self.assertPageIsPreviewable(index)
        self.assertPageIsPreviewable(directory)
        self.assertPageIsPreviewable(
            resource,
            post_data=nested_form_data(
                {
                    "title": "A guide",
                    "slug": "guide",
                    "summary": "What to do.",
                    "kind": "toolkit",
                    "last_reviewed": "2024-12-11",
                    "body": streamfield([("heading", {"text": "Steps", "level": "h2"})]),
                    "documents": inline_formset([]),
                    "links": inline_formset([{"title": "Red cards", "url": "https://example.org/cards"}]),
                }
            ),
        )


@pytest.fixture
def pocket_card(db):
    return document_from_bytes("Pocket card", "pocket-card.pdf", simple_pdf("Know your rights", ["Stay silent."]))


@pytest.mark.django_db
def test_resource_page_shows_kind_date_languages_topics_files_and_links(
    client, resource_index, topics, pocket_card, lookups
):
    ResourcePageFactory(
        parent=resource_index,
        slug="door",
        title="If agents come to your door",
        kind="legal",
        summary="What to say and what not to sign.",
        languages=["en", "es", "ht"],
        topics=[topics["rights"]],
        last_reviewed=datetime.date(2024, 12, 11),
        body=[("paragraph", "<p>You do not have to open the door.</p>")],
        documents=[ResourceDocument(document=pocket_card, label="Card to print")],
        links=[ResourceLink(title="Red cards", url="https://www.ilrc.org/red-cards")],
    )
    content = client.get("/resources/door/").content.decode()
    assert '<span class="tag">Legal information</span>' in content
    assert 'Updated <time datetime="2024-12-11">Dec. 11, 2024</time>' in content
    assert '<span lang="ht">Kreyòl ayisyen</span>' in content
    assert '<a href="/resources/?topic=know-your-rights">Know your rights</a>' in content
    assert "You do not have to open the door." in content
    size = pocket_card.file_size
    assert size > 500
    assert f'<a href="{pocket_card.url}">Card to print</a>' in content
    assert f"(PDF, {size}\xa0bytes)" in content
    assert '<a href="https://www.ilrc.org/red-cards">Red cards</a>' in content
    assert '<meta name="description" content="What to say and what not to sign."' in content
    # The file is stored (the test storage keeps it in memory, so it is read back rather than downloaded).
    with pocket_card.open_file() as stored:
        assert stored.read().startswith(b"%PDF-1.4")


@pytest.mark.django_db
def test_file_sizes_are_human_readable(client, resource_index, lookups):
    big = document_from_bytes("Toolkit", "toolkit.txt", b"x" * 150_000)
    ResourcePageFactory(parent=resource_index, slug="kit", documents=[ResourceDocument(document=big)])
    content = client.get("/resources/kit/").content.decode()
    assert "(TXT, 146.5\xa0KB)" in content
    assert ">Toolkit</a>" in content


@pytest.mark.django_db
def test_spanish_resource_page_shows_the_spanish_date_and_topic(
    client, resource_index, topics, spanish_home, locales, lookups
):
    resource = ResourcePageFactory(
        parent=resource_index, slug="door", topics=[topics["rights"]], last_reviewed=datetime.date(2024, 12, 11)
    )
    index_es = resource_index.copy_for_translation(locales[1])
    index_es.slug = "recursos"
    index_es.save_revision().publish()
    resource_es = resource.copy_for_translation(locales[1])
    resource_es.title = "Si los agentes llegan a su puerta"
    resource_es.save_revision().publish()
    content = client.get("/es/recursos/door/").content.decode()
    assert 'Actualizado el <time datetime="2024-12-11">11 de diciembre de 2024</time>' in content
    assert '<a href="/es/recursos/?topic=conozca-sus-derechos">Conozca sus derechos</a>' in content


@pytest.mark.django_db
def test_index_links_to_a_directory_below_it(client, resource_index):
    DirectoryPageFactory(parent=resource_index, slug="groups", title="Groups near you", intro="Find help.")
    content = client.get("/resources/").content.decode()
    assert '<a href="/resources/groups/">Groups near you</a>: Find help.' in content


def test_generated_pdf_has_a_valid_cross_reference_table():
    pdf = simple_pdf("Title (with parentheses)", ["Line one", "Ünïcode is replaced: 中文"])
    startxref = int(pdf.rsplit(b"startxref\n", 1)[1].split(b"\n")[0])
    assert pdf[startxref:].startswith(b"xref\n0 6\n")
    offsets = [int(line[:10]) for line in pdf[startxref:].split(b"\n")[3:8]]
    for number, offset in enumerate(offsets, start=1):
        assert pdf[offset:].startswith(f"{number} 0 obj".encode())
    assert b"Title \\(with parentheses\\)" in pdf
