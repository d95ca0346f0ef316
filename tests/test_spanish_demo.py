"""The demo's Spanish side is Spanish: every page translated through wagtail-localize, no English left on it.

The word check reads every live Spanish page as a visitor gets it (header, body, footer) and counts English
function words: a paragraph, a footer line or a whole page left in English pushes their share far above the
few that organisations' own names bring ("Save the Children", "Coalition for Humane Immigrant Rights").
"""

import re
from html.parser import HTMLParser

import pytest
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

from home.translations import untranslated_segments

ENGLISH_FUNCTION_WORDS = {
    "the", "and", "your", "you", "of", "to", "with", "for", "is", "are", "this", "that", "we", "our", "in", "on",
    "it", "be", "or", "not", "will", "from", "what", "how", "can", "at", "by", "an", "have", "has", "do", "who",
}  # fmt: skip
MAX_ENGLISH_SHARE = 0.02
WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)


class _VisibleText(HTMLParser):
    """The text a visitor reads: everything but scripts, styles and the page head."""

    SKIP = {"script", "style", "head", "template"}

    def __init__(self):
        super().__init__()
        self.depth = 0
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if not self.depth:
            self.parts.append(data)


def english_share(html):
    parser = _VisibleText()
    parser.feed(html)
    words = [word.lower() for word in WORD.findall(" ".join(parser.parts))]
    english = [word for word in words if word in ENGLISH_FUNCTION_WORDS]
    return len(english) / max(len(words), 1), english


def test_the_check_catches_an_english_paragraph():
    spanish = "<main><p>Firme la petición y pida a tres amistades que hagan lo mismo esta semana.</p></main>"
    english = "<p>Sign the petition and ask three friends to do the same this week.</p>"
    assert english_share(spanish)[0] == 0
    assert english_share(spanish * 6 + english)[0] > MAX_ENGLISH_SHARE


@pytest.mark.django_db
def test_every_live_spanish_page_reads_in_spanish(client, demo_site):
    pages = list(Page.objects.live().filter(locale__language_code="es", depth__gt=1).specific())
    assert len(pages) >= 20
    for page in pages:
        response = client.get(page.url, **demo_site)
        assert response.status_code == 200, page.url
        share, english = english_share(response.content.decode())
        assert share <= MAX_ENGLISH_SHARE, f"{page.url}: {share:.1%} English function words: {english}"


@pytest.mark.django_db
def test_every_english_page_and_snippet_has_a_complete_wagtail_localize_translation(demo_site):
    spanish = Locale.objects.get(language_code="es")
    english_pages = Page.objects.live().filter(locale__language_code="en", depth__gt=1)
    missing = [page.url_path for page in english_pages if not page.get_translations().live().exists()]
    assert missing == []

    translations = Translation.objects.filter(target_locale=spanish).select_related("source")
    assert translations.count() >= english_pages.count()
    incomplete = {str(t.get_target_instance()): untranslated_segments(t) for t in translations}
    assert {name: left for name, left in incomplete.items() if left} == {}
