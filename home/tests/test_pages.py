import pytest
from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, streamfield

from home.factories import HomePageFactory, StandardPageFactory
from home.models import HomePage, StandardPage


class TestPageRules(WagtailPageTestCase):
    def test_home_page_only_at_the_root(self):
        self.assertCanCreateAt(Page, HomePage)
        self.assertCanNotCreateAt(HomePage, HomePage)
        self.assertCanNotCreateAt(StandardPage, HomePage)

    def test_standard_pages_under_home_and_each_other(self):
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanCreateAt(StandardPage, StandardPage)
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})

    def test_pages_render_and_preview(self):
        root = Page.get_first_root_node()
        home = HomePageFactory(parent=root, slug="h")
        Site.objects.update(root_page=home)
        Site.clear_site_root_paths_cache()
        about = StandardPageFactory(
            parent=home,
            slug="about",
            body=[
                ("heading", {"text": "What we do", "level": "h2"}),
                ("paragraph", "<p>We show up for our neighbours.</p>"),
                ("quote", {"quote": "Nobody faces court alone.", "attribution": "A volunteer"}),
                ("faq", {"title": "Questions", "items": [{"question": "Is it safe?", "answer": "<p>Yes.</p>"}]}),
            ],
        )
        self.assertPageIsRenderable(home)
        self.assertPageIsRenderable(about)
        self.assertPageIsPreviewable(
            home,
            post_data=nested_form_data(
                {"title": "Home", "slug": "h", "hero_heading": "Act now", "body": streamfield([])}
            ),
        )
        self.assertPageIsPreviewable(
            about,
            post_data=nested_form_data(
                {
                    "title": "About us",
                    "slug": "about",
                    "body": streamfield([("heading", {"text": "What we do", "level": "h2"})]),
                }
            ),
        )


@pytest.mark.django_db
def test_standard_page_shows_its_blocks_to_visitors(client, home_page):
    StandardPageFactory(
        parent=home_page,
        slug="about",
        title="About us",
        intro="Who we are.",
        body=[
            ("heading", {"text": "What we do", "level": "h2"}),
            ("quote", {"quote": "Nobody faces court alone.", "attribution": "A volunteer"}),
            ("call_to_action", {"label": "Sign the petition", "link_url": "https://example.org/sign", "page": None}),
            ("embed", "https://www.youtube.com/watch?v=abc123"),
            ("faq", {"title": "Questions", "items": [{"question": "Is it safe?", "answer": "<p>Yes, it is.</p>"}]}),
            ("newsletter_signup", {"heading": "Actions in your inbox", "text": "Every Tuesday."}),
        ],
    )
    response = client.get("/about/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>About us</h1>" in html
    assert '<h2 class="block-heading">What we do</h2>' in html
    assert "Nobody faces court alone." in html
    assert 'href="https://example.org/sign"' in html
    # The embed is a plain link: no iframe or script from the video site loads with the page.
    assert 'href="https://www.youtube.com/watch?v=abc123"' in html
    assert "<iframe" not in html
    assert "<summary>Is it safe?</summary>" in html
    # The sign-up block sits in the page as well as in the footer, each form with its own field ids.
    assert "Actions in your inbox" in html
    assert 'id="block-signup-email"' in html


@pytest.mark.django_db
def test_call_to_action_needs_exactly_one_target():
    from wagtail.blocks import StructBlockValidationError

    from home.blocks import CallToActionBlock

    block = CallToActionBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"label": "Go", "page": None, "link_url": ""}))
    cleaned = block.clean(block.to_python({"label": "Go", "page": None, "link_url": "https://example.org"}))
    assert cleaned.url() == "https://example.org"


@pytest.mark.django_db
def test_document_block_shows_type_and_size(client, home_page):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    document = get_document_model().objects.create(
        title="Know your rights card", file=ContentFile(b"%PDF-1.4 " + b"x" * 2039, name="card.pdf")
    )
    StandardPageFactory(
        parent=home_page, slug="card", title="Card", body=[("document", {"document": document, "label": ""})]
    )
    html = client.get("/card/").content.decode()
    assert "Know your rights card</a>" in html
    assert "(PDF, 2.0\xa0KB)" in html


@pytest.mark.django_db
def test_a_preview_of_the_home_page_shows_the_draft_and_leaves_the_public_page_alone(client, home_page):
    """The home page's sections are kept with the frame; a preview renders its own and never keeps them."""
    home_page.donate_heading = "Give $5 tonight"
    home_page.save_revision().publish()
    assert "Give $5 tonight" in client.get("/").content.decode()

    home_page.donate_heading = "Draft: give $10"
    draft = home_page.save_revision().as_object()
    preview = draft.make_preview_request()
    assert "Draft: give $10" in preview.content.decode()

    public = client.get("/").content.decode()
    assert "Give $5 tonight" in public and "Draft: give $10" not in public
