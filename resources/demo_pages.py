"""The demo resource section's words in English and Spanish, by page slug: text only (resources/demo.py builds the
pages). A resource names its topics by slug and its links as (title, URL)."""

import datetime

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

PAGES = {
    "resources": {
        "title": "Resources",
        "intro": "Know-your-rights guides, toolkits and factsheets to share, in the languages our neighbours speak.",
    },
    "know-your-rights-at-home": {
        "title": "Know your rights if immigration agents come to your door",
        "summary": "What to do, what to say and what not to sign if ICE knocks, with a card to print and carry.",
        "kind": "guide",
        "body": KNOW_YOUR_RIGHTS_BODY,
        "languages": ["en", "es", "ht", "pt", "zh", "vi", "ar"],
        "topics": ["know-your-rights", "detention-and-deportation"],
        "links": [("Immigrant Legal Resource Center: red cards", "https://www.ilrc.org/red-cards")],
    },
    "rapid-response-toolkit": {
        "title": "Rapid response network toolkit",
        "summary": "Everything a local group needs to start a hotline and a team that responds to raids.",
        "kind": "toolkit",
        "body": RAPID_RESPONSE_BODY,
        "languages": ["en", "es"],
        "topics": ["local-organizing", "detention-and-deportation"],
        "last_reviewed": datetime.date(2024, 11, 20),
    },
    "immigrants-and-the-economy": {
        "title": "Factsheet: immigrants and our local economy",
        "summary": "The points to make, with sources, when someone says immigrants take more than they give.",
        "kind": "factsheet",
        "body": FACTSHEET_BODY,
        "languages": ["en", "es", "pt"],
        "topics": ["immigrant-contributions"],
        "last_reviewed": datetime.date(2024, 10, 2),
        "links": [("American Immigration Council", "https://www.americanimmigrationcouncil.org/")],
    },
    "action-plan-for-local-groups": {
        "title": "An action plan for local groups",
        "summary": "Ten ideas, to adapt to your state or city, for standing with immigrant neighbours.",
        "kind": "template",
        "body": ACTION_PLAN_BODY,
        "languages": ["en", "es"],
        "topics": ["local-organizing", "sanctuary-policies"],
    },
    "directory": {
        "title": "Find a group near you",
        "intro": "Organisations to volunteer with, give to or get legal help from, by region and kind.",
    },
}

SPANISH = {
    "resources": {
        "title": "Recursos",
        "slug": "recursos",
        "intro": "Guías de conozca sus derechos, herramientas y hojas informativas para compartir en varios idiomas.",
    },
    "know-your-rights-at-home": {
        "title": "Conozca sus derechos si los agentes de inmigración llegan a su puerta",
        "slug": "conozca-sus-derechos-en-casa",
        "summary": "Qué hacer, qué decir y qué no firmar si ICE toca a su puerta, con una tarjeta para imprimir.",
        "body": KNOW_YOUR_RIGHTS_BODY_ES,
    },
    "rapid-response-toolkit": {
        "title": "Kit para redes de respuesta rápida",
        "slug": "kit-respuesta-rapida",
        "summary": "Todo lo que un grupo local necesita para abrir una línea de ayuda y formar un equipo que responda "
        "a las redadas.",
        "body": RAPID_RESPONSE_BODY_ES,
    },
    "immigrants-and-the-economy": {
        "title": "Hoja informativa: los inmigrantes y nuestra economía local",
        "slug": "inmigrantes-y-la-economia",
        "summary": "Los argumentos, con fuentes, para cuando alguien dice que los inmigrantes quitan más de lo que "
        "aportan.",
        "body": FACTSHEET_BODY_ES,
    },
    "action-plan-for-local-groups": {
        "title": "Un plan de acción para grupos locales",
        "slug": "plan-de-accion-para-grupos-locales",
        "summary": "Diez ideas, para adaptar a su estado o ciudad, para apoyar a nuestros vecinos inmigrantes.",
        "body": ACTION_PLAN_BODY_ES,
    },
    "directory": {
        "title": "Encuentre un grupo cerca de usted",
        "slug": "directorio",
        "intro": "Organizaciones con las que hacer voluntariado, a las que donar o donde pedir ayuda legal.",
    },
}
