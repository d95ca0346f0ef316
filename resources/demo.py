"""Demo content for the resource section: topics, four resources (one in Spanish too), the directory.

ctx keys set here: resource_index, resource_index_es, directory, directory_es, action_plan, action_plan_es.
"""

import datetime

from core.models import Topic
from home.demo import add_menu_link
from home.demo_tools import ensure_child, ensure_translation
from resources.demo_organisations import ORGANISATIONS, SPANISH_DESCRIPTIONS, SPANISH_PLACES
from resources.demo_pages import PAGES, SPANISH
from resources.documents import document_from_bytes, simple_pdf
from resources.factories import (
    DirectoryPageFactory,
    OrganisationFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
)
from resources.models import (
    Language,
    Organisation,
    OrganisationArea,
    ResourceDocument,
    ResourceLink,
    Service,
)

REVIEWED = datetime.date(2024, 12, 11)

# slug, English name, Spanish slug, Spanish name
TOPICS = [
    ("know-your-rights", "Know your rights", "conozca-sus-derechos", "Conozca sus derechos"),
    ("local-organizing", "Local organizing", "organizacion-local", "Organización local"),
    ("detention-and-deportation", "Detention and deportation", "detencion-y-deportacion", "Detención y deportación"),
    ("sanctuary-policies", "Sanctuary policies", "politicas-santuario", "Políticas santuario"),
    ("immigrant-contributions", "Immigrants' contributions", "aportes-inmigrantes", "Aportes de los inmigrantes"),
]

POCKET_CARD_LINES = [
    "I do not wish to speak with you. I wish to remain silent.",
    "I do not consent to a search of my person, belongings or home.",
    "I will not open the door without a warrant signed by a judge.",
    "I wish to speak with a lawyer before I sign anything.",
    "",
    "Write your lawyer's number here: ____________________",
    "Rapid response hotline: ____________________",
]


def load(ctx):
    english, spanish = ctx["locale_en"], ctx["locale_es"]
    home = ctx["home_en"]
    Language.ensure_defaults()
    Service.ensure_defaults()
    topics = _ensure_topics(english, spanish)

    def translate(page):
        return ensure_translation(page, spanish, **SPANISH[page.slug])

    index = ensure_child(home, ResourceIndexPageFactory, "resources", **PAGES["resources"])
    index_es = translate(index)
    card = document_from_bytes(
        "Know your rights pocket card",
        "know-your-rights-pocket-card.pdf",
        simple_pdf("Know your rights: pocket card", POCKET_CARD_LINES),
    )
    if card.language_id is None:  # the card is in English: pages in other languages say so
        card.language = Language.objects.get(code="en")
        card.save(update_fields=["language"])
    know_your_rights = _ensure_resource(
        index,
        "know-your-rights-at-home",
        topics,
        documents=[ResourceDocument(document=card, label="Pocket card to print")],
    )
    # The card is in English: on the Spanish page its label says what it is in Spanish and the page adds
    # "Idioma: Inglés". A file's label is not one of wagtail-localize's segments (ResourceDocument is not
    # translatable), so the Spanish page's row is given its words as an editor would, in place.
    know_your_rights_es = translate(know_your_rights)
    ResourceDocument.objects.filter(page=know_your_rights_es, label="Pocket card to print").update(
        label="Tarjeta de bolsillo para imprimir"
    )
    rapid_response = _ensure_resource(index, "rapid-response-toolkit", topics)
    factsheet = _ensure_resource(index, "immigrants-and-the-economy", topics)
    translate(rapid_response)
    translate(factsheet)
    action_plan = _ensure_resource(index, "action-plan-for-local-groups", topics)
    action_plan_es = translate(action_plan)

    directory = ensure_child(home, DirectoryPageFactory, "directory", **PAGES["directory"])
    directory_es = translate(directory)
    _ensure_organisations(english, spanish)

    ctx.update(
        know_your_rights=know_your_rights,
        resource_index=index,
        resource_index_es=index_es,
        directory=directory,
        directory_es=directory_es,
        action_plan=action_plan,
        action_plan_es=action_plan_es,
    )


def finish(ctx):
    """The menu links come last, so the resources follow the campaigns and weekly actions in the menu."""
    english, spanish = ctx["locale_en"], ctx["locale_es"]
    add_menu_link("main", english, ctx["resource_index"])
    add_menu_link("main", english, ctx["directory"], label="Find a group")  # short: the header keeps to one row
    add_menu_link("main", spanish, ctx["resource_index_es"])
    add_menu_link("main", spanish, ctx["directory_es"], label="Grupos cercanos")


def _ensure_topics(english, spanish):
    return {
        slug: Topic.ensure(english, slug, name, [(spanish, slug_es, name_es)])
        for slug, name, slug_es, name_es in TOPICS
    }


def _ensure_resource(index, slug, topics, documents=()):
    """A resource page from its words in PAGES; `topics` maps the topic slugs the words name to topics."""
    fields = {"last_reviewed": REVIEWED, **PAGES[slug]}
    fields["topics"] = [topics[topic] for topic in fields["topics"]]
    fields["links"] = [ResourceLink(title=title, url=url) for title, url in fields.get("links", ())]
    return ensure_child(index, ResourcePageFactory, slug, documents=list(documents), **fields)


def _ensure_organisations(english, spanish):
    for name, description, offers, areas, spoken, website, donate_url in ORGANISATIONS:
        organisation = Organisation.objects.filter(name=name, locale=english).first()
        if organisation is None:
            organisation = OrganisationFactory(
                name=name,
                description=description,
                website=website,
                donate_url=donate_url,
                locale=english,
                services=offers,
                languages=spoken,
                areas=areas,
            )
        # Names are proper nouns and stay as they are; the description is the organisation's Spanish text.
        translated = ensure_translation(organisation, spanish, name=name, description=SPANISH_DESCRIPTIONS[name])
        # Places are words too ("Boston area" is "Área de Boston"); town names stay as they are. An area is not
        # one of wagtail-localize's segments, so the Spanish rows get their words in place (same coordinates).
        for english_place, spanish_place in SPANISH_PLACES.items():
            OrganisationArea.objects.filter(organisation=translated, place=english_place).update(place=spanish_place)
