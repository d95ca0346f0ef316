"""Demo content for the resource section: topics, four resources (one in Spanish too), the directory.

ctx keys set here: resource_index, resource_index_es, directory, directory_es, action_plan, action_plan_es.
"""

import datetime

from core.models import Topic
from home.demo import add_menu_link
from home.demo_tools import ensure_child, ensure_translation
from resources.demo_bodies import (
    ACTION_PLAN_BODY,
    ACTION_PLAN_BODY_ES,
    FACTSHEET_BODY,
    FACTSHEET_BODY_ES,
    KNOW_YOUR_RIGHTS_BODY,
    KNOW_YOUR_RIGHTS_BODY_ES,
    RAPID_RESPONSE_BODY,
    RAPID_RESPONSE_BODY_ES,
)
from resources.demo_organisations import ORGANISATIONS, SPANISH_DESCRIPTIONS
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

    index = ensure_child(
        home,
        ResourceIndexPageFactory,
        "resources",
        title="Resources",
        intro="Know-your-rights guides, toolkits and factsheets to share, in the languages our neighbours speak.",
    )
    index_es = ensure_translation(
        index,
        spanish,
        title="Recursos",
        slug="recursos",
        intro="Guías de conozca sus derechos, herramientas y hojas informativas para compartir en varios idiomas.",
    )
    card = document_from_bytes(
        "Know your rights pocket card",
        "know-your-rights-pocket-card.pdf",
        simple_pdf("Know your rights: pocket card", POCKET_CARD_LINES),
    )
    know_your_rights = _ensure_resource(
        index,
        "know-your-rights-at-home",
        title="Know your rights if immigration agents come to your door",
        summary="What to do, what to say and what not to sign if ICE knocks, with a card to print and carry.",
        kind="guide",
        body=KNOW_YOUR_RIGHTS_BODY,
        languages=["en", "es", "ht", "pt", "zh", "vi", "ar"],
        topics=[topics["know-your-rights"], topics["detention-and-deportation"]],
        documents=[ResourceDocument(document=card, label="Pocket card to print (English)")],
        links=[ResourceLink(title="Immigrant Legal Resource Center: red cards", url="https://www.ilrc.org/red-cards")],
    )
    ensure_translation(
        know_your_rights,
        spanish,
        title="Conozca sus derechos si los agentes de inmigración llegan a su puerta",
        slug="conozca-sus-derechos-en-casa",
        summary="Qué hacer, qué decir y qué no firmar si ICE toca a su puerta, con una tarjeta para imprimir.",
        body=KNOW_YOUR_RIGHTS_BODY_ES,
    )
    rapid_response = _ensure_resource(
        index,
        "rapid-response-toolkit",
        title="Rapid response network toolkit",
        summary="Everything a local group needs to start a hotline and a team that responds to raids.",
        kind="toolkit",
        body=RAPID_RESPONSE_BODY,
        languages=["en", "es"],
        topics=[topics["local-organizing"], topics["detention-and-deportation"]],
        last_reviewed=datetime.date(2024, 11, 20),
    )
    factsheet = _ensure_resource(
        index,
        "immigrants-and-the-economy",
        title="Factsheet: immigrants and our local economy",
        summary="The points to make, with sources, when someone says immigrants take more than they give.",
        kind="factsheet",
        body=FACTSHEET_BODY,
        languages=["en", "es", "pt"],
        topics=[topics["immigrant-contributions"]],
        last_reviewed=datetime.date(2024, 10, 2),
        links=[ResourceLink(title="American Immigration Council", url="https://www.americanimmigrationcouncil.org/")],
    )
    ensure_translation(
        rapid_response,
        spanish,
        title="Kit para redes de respuesta rápida",
        slug="kit-respuesta-rapida",
        summary="Todo lo que un grupo local necesita para abrir una línea de ayuda y formar un equipo que responda "
        "a las redadas.",
        body=RAPID_RESPONSE_BODY_ES,
    )
    ensure_translation(
        factsheet,
        spanish,
        title="Hoja informativa: los inmigrantes y nuestra economía local",
        slug="inmigrantes-y-la-economia",
        summary="Los argumentos, con fuentes, para cuando alguien dice que los inmigrantes quitan más de lo que "
        "aportan.",
        body=FACTSHEET_BODY_ES,
    )
    action_plan = _ensure_resource(
        index,
        "action-plan-for-local-groups",
        title="An action plan for local groups",
        summary="Ten ideas, to adapt to your state or city, for standing with immigrant neighbours.",
        kind="template",
        body=ACTION_PLAN_BODY,
        languages=["en", "es"],
        topics=[topics["local-organizing"], topics["sanctuary-policies"]],
    )
    action_plan_es = ensure_translation(
        action_plan,
        spanish,
        title="Un plan de acción para grupos locales",
        slug="plan-de-accion-para-grupos-locales",
        summary="Diez ideas, para adaptar a su estado o ciudad, para apoyar a nuestros vecinos inmigrantes.",
        body=ACTION_PLAN_BODY_ES,
    )

    directory = ensure_child(
        home,
        DirectoryPageFactory,
        "directory",
        title="Find a group near you",
        intro="Organisations to volunteer with, give to or get legal help from, by region and kind.",
    )
    directory_es = ensure_translation(
        directory,
        spanish,
        title="Encuentre un grupo cerca de usted",
        slug="directorio",
        intro="Organizaciones con las que hacer voluntariado, a las que donar o donde pedir ayuda legal.",
    )
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


def _ensure_resource(index, slug, languages, topics, last_reviewed=REVIEWED, documents=(), links=(), **fields):
    return ensure_child(
        index,
        ResourcePageFactory,
        slug,
        last_reviewed=last_reviewed,
        languages=languages,
        topics=topics,
        documents=list(documents),
        links=list(links),
        **fields,
    )


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
        ensure_translation(organisation, spanish, name=name, description=SPANISH_DESCRIPTIONS[name])
