"""Every word on the Spanish demo site is Spanish: its pages, and the states a supporter meets after filling a
form in wrong (the form's errors), crawled as a visitor sees them.

English function words are the tell: "the", "your", "and"... never appear in a Spanish sentence. Names of
people and organisations (proper nouns, the same in every language) are left out first, and so is anything
marked as another language (`lang="en"`, e.g. the switcher's "English").
"""

import re
from html.parser import HTMLParser

from wagtail.models import Page

# Common English words that are not also Spanish words.
ENGLISH = frozenset(
    str.split(
        "the and of to your you with for is are this our we from by on be it that have has will can more about "
        "read find here please enter required field what how who people signatures raised goal donate share back "
        "next previous search home updates sign signed join add calendar event ended going online letter call "
        "thank thanks yes any every only just than then when where which while would should could language card "
        "print pocket area"
    )
)
# Names (proper nouns) that keep their English words in Spanish; the organisations' names come from the data.
NAMES = ["Amparo Network", "#FreeThemAll", "Take Action Now"]
VISIBLE_ATTRIBUTES = ("alt", "placeholder", "aria-label", "title", "value")
SKIPPED = {"script", "style", "template", "code", "pre"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class VisibleText(HTMLParser):
    """The text a visitor sees or hears (content and a few attributes), leaving out other-language parts."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.parts = [], []

    def _skipping(self):
        return any(skip for _tag, skip in self.stack)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        lang = attrs.get("lang") or attrs.get("hreflang") if tag != "html" else None
        skip = tag in SKIPPED or (lang is not None and not lang.startswith("es")) or "hidden" in attrs
        if not (skip or self._skipping()) and not (tag == "input" and attrs.get("type") == "hidden"):
            self.parts.extend(attrs[name] for name in VISIBLE_ATTRIBUTES if attrs.get(name) and tag != "meta")
        if tag not in VOID:
            self.stack.append((tag, skip))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        if not self._skipping():
            self.parts.append(data)


def english_words(html, names):
    parser = VisibleText()
    parser.feed(html)
    text = " ".join(parser.parts)
    for name in names:
        text = text.replace(name, " ")
    text = re.sub(r"https?://\S+|\S+@\S+", " ", text)
    return sorted({word for word in re.findall(r"[A-Za-z']+", text) if word.lower() in ENGLISH})


def test_the_spanish_site_and_its_form_errors_are_in_spanish(client, demo_site):
    from campaigns.models import EventPage, PetitionPage, Signature
    from resources.models import Organisation

    organisations = [
        *Organisation.objects.values_list("name", flat=True),
        *Signature.objects.values_list("organisation", flat=True),
    ]
    names = sorted(NAMES + [name for name in organisations if name], key=len, reverse=True)
    pages = Page.objects.live().filter(locale__language_code="es", depth__gte=2).specific()
    responses = {page.url: client.get(page.url, **demo_site) for page in pages}
    assert len(responses) > 15

    # Form states: what a supporter sees after sending a form empty or wrong.
    empty = {"name": "", "email": "no-es-un-correo"}
    for page in pages:
        if isinstance(page, (PetitionPage, EventPage)):
            responses[f"{page.url} (sent empty)"] = client.post(page.url, empty, **demo_site)
    responses["/es/newsletter/signup/ (sent empty)"] = client.post("/es/newsletter/signup/", {}, **demo_site)
    directory = next(page for page in pages if page.slug == "directorio")
    responses["near an unknown place"] = client.get(directory.url + "?near=Atlantis", **demo_site)
    responses["search without results"] = client.get("/es/search/?query=zzzz", **demo_site)
    call = next(page for page in pages if page.slug == "llame-al-congreso")
    responses["an empty ZIP code"] = client.get(call.url + "?zip=", **demo_site)
    responses["a malformed ZIP code"] = client.get(call.url + "?zip=12", **demo_site)

    # A file offered only in English is labelled so, in Spanish.
    resource = next(page for page in pages if page.slug == "conozca-sus-derechos-en-casa")
    assert "Idioma: Inglés" in responses[resource.url].content.decode()

    found = {}
    for where, response in responses.items():
        assert response.status_code in (200, 400), where
        words = english_words(response.content.decode(), names)
        if words:
            found[where] = words
    assert found == {}
