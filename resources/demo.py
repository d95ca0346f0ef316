"""Demo content for the resource section: topics, four resources (one in Spanish too), the directory.

ctx keys set here: resource_index, resource_index_es, directory, directory_es, action_plan, action_plan_es.
"""

import datetime

from core.models import Topic
from home.demo import add_menu_link
from home.demo_tools import ensure_child, ensure_translation
from resources.demo_organisations import ORGANISATIONS, SPANISH_DESCRIPTIONS
from resources.documents import document_from_bytes, simple_pdf
from resources.models import (
    DirectoryPage,
    Language,
    Organisation,
    OrganisationArea,
    ResourceDocument,
    ResourceIndexPage,
    ResourceLink,
    ResourcePage,
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

ACTION_PLAN_BODY = [
    (
        "paragraph",
        "<p>Immigrant families across the country face the threat of mass deportations and family separation. "
        "As immigrant families and organisations plan together, the solidarity of the whole community matters. "
        "These are ideas for a plan of action with immigrant rights groups; adapt them to what your state or "
        "city needs.</p>",
    ),
    ("heading", {"text": "Ideas to adapt where you live", "level": "h2"}),
    (
        "paragraph",
        "<ul>"
        "<li>Team up with national organisations to strengthen local organising, and reach out to small "
        "businesses, unions and congregations to learn together and join forces.</li>"
        "<li>Form neighbourhood defence committees in coalition with immigrant-led groups.</li>"
        "<li>Build a rapid response network: trained allies who respond to raids, traffic stops and other "
        "attempts to detain undocumented neighbours.</li>"
        "<li>Set up committees for legal help, know-your-rights trainings, bond funds for people held in "
        "immigration detention, and accompaniment to court.</li>"
        "<li>Bring lawyers together to challenge unconstitutional actions in court and defend birthright "
        "citizenship, guaranteed by the 14th Amendment.</li>"
        "<li>Work for sanctuary legislation in your state, and for an end to 287(g) agreements, which let local "
        "and state police act with ICE.</li>"
        "<li>Pass sanctuary ordinances in your city; Los Angeles has one.</li>"
        "<li>Ask state, county and city officials to confirm, in writing if possible, that they will not help "
        "enforce immigration law and will turn down federal money such as Operation Stonegarden grants. Meet "
        "local and state law enforcement to get the same commitment.</li>"
        "<li>Tell the public who immigrants in the United States are and what they add to the economy.</li>"
        "<li>Tell the immigrants you know, with papers or without, that they are not alone.</li>"
        "</ul>",
    ),
]

ACTION_PLAN_BODY_ES = [
    (
        "paragraph",
        "<p>Las familias inmigrantes de todo el país enfrentan la amenaza de deportaciones masivas y de la "
        "separación familiar. Mientras familias y organizaciones inmigrantes planean juntas, la solidaridad de "
        "toda la comunidad es clave. Estas son ideas para un plan de acción con grupos por los derechos de los "
        "inmigrantes; adáptelas a lo que necesita su estado o ciudad.</p>",
    ),
    ("heading", {"text": "Ideas para adaptar donde usted vive", "level": "h2"}),
    (
        "paragraph",
        "<ul>"
        "<li>Colabore con organizaciones nacionales para fortalecer la organización local, y acérquese a pequeños "
        "negocios, sindicatos y comunidades de fe para aprender juntos y unir fuerzas.</li>"
        "<li>Forme comités de defensa vecinal en coalición con grupos dirigidos por inmigrantes.</li>"
        "<li>Cree una red de respuesta rápida: aliados capacitados que responden a redadas, paradas de tráfico y "
        "otros intentos de detener a vecinos indocumentados.</li>"
        "<li>Organice comités de ayuda legal, talleres de conozca sus derechos, fondos para fianzas de personas en "
        "detención migratoria y acompañamiento a la corte.</li>"
        "<li>Reúna a abogados para impugnar en los tribunales las acciones inconstitucionales y defender la "
        "ciudadanía por nacimiento, garantizada por la Enmienda 14.</li>"
        "<li>Impulse leyes santuario en su estado y el fin de los acuerdos 287(g), que permiten a la policía local "
        "y estatal colaborar con ICE.</li>"
        "<li>Apruebe ordenanzas santuario en su ciudad; Los Ángeles tiene una.</li>"
        "<li>Pida a las autoridades estatales, del condado y de la ciudad que confirmen, por escrito si es posible, "
        "que no ayudarán a aplicar las leyes de inmigración y que rechazarán fondos federales como los de "
        "Operation Stonegarden. Reúnase con la policía local y estatal para obtener el mismo compromiso.</li>"
        "<li>Explique al público quiénes son los inmigrantes en Estados Unidos y lo que aportan a la economía.</li>"
        "<li>Diga a los inmigrantes que conoce, con o sin papeles, que no están solos.</li>"
        "</ul>",
    ),
]

KNOW_YOUR_RIGHTS_BODY = [
    (
        "paragraph",
        "<p>Everyone in the United States has constitutional rights, whatever their immigration status. Knowing "
        "them, and practising what to say, helps you stay calm when it matters.</p>",
    ),
    ("heading", {"text": "If agents come to your door", "level": "h2"}),
    (
        "paragraph",
        "<ul><li>You do not have to open the door. Ask the agents to show any warrant through a window or under "
        "the door.</li><li>An ICE administrative warrant (form I-205 or I-200) does not allow entry to your home; "
        "only a warrant signed by a judge does.</li><li>You have the right to remain silent and to speak to a "
        "lawyer. Do not sign anything you do not understand.</li></ul>",
    ),
    (
        "faq",
        {
            "title": "Common questions",
            "items": [
                {
                    "question": "Do I have to answer questions about where I was born?",
                    "answer": "<p>No. You can say you wish to remain silent and want to speak to a lawyer.</p>",
                },
                {
                    "question": "Should I carry documents?",
                    "answer": "<p>Carry a know-your-rights card and a lawyer's number. Never carry false "
                    "documents.</p>",
                },
            ],
        },
    ),
]

KNOW_YOUR_RIGHTS_BODY_ES = [
    (
        "paragraph",
        "<p>Toda persona en Estados Unidos tiene derechos constitucionales, sin importar su estatus migratorio. "
        "Conocerlos y practicar qué decir le ayuda a mantener la calma cuando más importa.</p>",
    ),
    ("heading", {"text": "Si los agentes llegan a su puerta", "level": "h2"}),
    (
        "paragraph",
        "<ul><li>No tiene que abrir la puerta. Pida a los agentes que muestren cualquier orden por una ventana o "
        "por debajo de la puerta.</li><li>Una orden administrativa de ICE (formulario I-205 o I-200) no permite "
        "entrar a su casa; solo una orden firmada por un juez.</li><li>Tiene derecho a guardar silencio y a hablar "
        "con un abogado. No firme nada que no entienda.</li></ul>",
    ),
]

RAPID_RESPONSE_BODY = [
    (
        "paragraph",
        "<p>A rapid response network is a hotline and a team of trained volunteers who verify reports of "
        "immigration enforcement, document what happens, and connect families with lawyers and support.</p>",
    ),
    ("heading", {"text": "What is in the toolkit", "level": "h2"}),
    (
        "paragraph",
        "<ol><li>How to set up and staff a hotline.</li><li>Training plan for verifiers and legal observers.</li>"
        "<li>A family preparedness checklist.</li><li>How to hand cases to lawyers and accompaniment teams.</li>"
        "</ol>",
    ),
]

FACTSHEET_BODY = [
    (
        "paragraph",
        "<p>Immigrants work, pay taxes, start businesses and care for our families. This factsheet sums up what "
        "research says about their place in the economy, with sources you can cite in letters to the editor and "
        "meetings with legislators.</p>",
    ),
    ("heading", {"text": "Points to make", "level": "h2"}),
    (
        "paragraph",
        "<ul><li>Undocumented immigrants pay federal, state and local taxes, including into programmes they cannot "
        "use.</li><li>Immigrants start businesses at high rates and create jobs for people born here.</li>"
        "<li>Whole industries, from farms to home care, depend on immigrant workers.</li></ul>",
    ),
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
        ResourceIndexPage,
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
    _ensure_resource(
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
    _ensure_resource(
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
        DirectoryPage,
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
        ResourcePage,
        slug,
        last_reviewed=last_reviewed,
        languages=list(Language.objects.filter(code__in=languages)),
        topics=topics,
        documents=list(documents),
        links=list(links),
        **fields,
    )


def _ensure_organisations(english, spanish):
    services = {service.code: service for service in Service.objects.all()}
    languages = {language.code: language for language in Language.objects.all()}
    for name, description, offers, areas, spoken, website, donate_url in ORGANISATIONS:
        organisation = Organisation.objects.filter(name=name, locale=english).first()
        if organisation is None:
            organisation = Organisation(
                name=name, description=description, website=website, donate_url=donate_url, locale=english
            )
            organisation.services = [services[code] for code in offers]
            organisation.languages = [languages[code] for code in spoken]
            organisation.areas = [OrganisationArea(region=region, place=place) for region, place in areas]
            organisation.save()
        description_es = SPANISH_DESCRIPTIONS.get(name)
        if description_es and not organisation.has_translation(spanish):
            translated = organisation.copy_for_translation(spanish)
            translated.description = description_es
            translated.save()
