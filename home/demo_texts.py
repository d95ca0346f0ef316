"""The site frame demo's words, in English and Spanish: text only (home/demo.py builds the pages)."""

ABOUT_BODY = [
    (
        "paragraph",
        "<p>Amparo Network brings together neighbours, congregations, unions and immigrant-led groups "
        "to keep families together. We publish three concrete actions every week, run petitions and days of "
        "action, and keep a directory of groups that offer legal help, accompaniment and mutual aid.</p>",
    ),
    ("heading", {"text": "What we do", "level": "h2"}),
    (
        "paragraph",
        "<ul><li>Rapid response: volunteers who show up when neighbours face raids or ICE check-ins."
        "</li><li>Know-your-rights trainings in English and Spanish.</li><li>Pressure on Congress and state "
        "legislatures, one call and one letter at a time.</li></ul>",
    ),
    (
        "quote",
        {
            "quote": "Nobody should face a deportation hearing alone.",
            "attribution": "A member of our accompaniment team",
        },
    ),
    (
        "faq",
        {
            "title": "Questions people ask us",
            "items": [
                {
                    "question": "Do you share my information?",
                    "answer": "<p>No. We keep only what a form asks for and never sell or share it.</p>",
                },
                {
                    "question": "Do I need to speak Spanish to volunteer?",
                    "answer": "<p>No. Many roles need no second language; interpreters are always welcome.</p>",
                },
            ],
        },
    ),
]

ABOUT_BODY_ES = [
    (
        "paragraph",
        "<p>Amparo Network une a vecinos, congregaciones, sindicatos y grupos dirigidos por inmigrantes "
        "para mantener a las familias unidas. Cada semana publicamos tres acciones concretas, organizamos "
        "peticiones y días de acción, y mantenemos un directorio de grupos que ofrecen ayuda legal, "
        "acompañamiento y ayuda mutua.</p>",
    ),
    ("heading", {"text": "Lo que hacemos", "level": "h2"}),
    (
        "paragraph",
        "<ul><li>Respuesta rápida: voluntarios que acuden cuando hay redadas o citas con ICE.</li>"
        "<li>Talleres de conozca sus derechos en inglés y español.</li><li>Presión al Congreso y a las "
        "legislaturas estatales, una llamada y una carta a la vez.</li></ul>",
    ),
    (
        "quote",
        {
            "quote": "Nadie debería enfrentar solo una audiencia de deportación.",
            "attribution": "Una integrante de nuestro equipo de acompañamiento",
        },
    ),
    (
        "faq",
        {
            "title": "Preguntas que nos hacen",
            "items": [
                {
                    "question": "¿Comparten mis datos?",
                    "answer": "<p>No. Guardamos solo lo que pide cada formulario y nunca lo vendemos ni lo "
                    "compartimos.</p>",
                },
                {
                    "question": "¿Necesito hablar español para ser voluntario?",
                    "answer": "<p>No. Muchas tareas no requieren un segundo idioma; los intérpretes siempre son "
                    "bienvenidos.</p>",
                },
            ],
        },
    ),
]

PRIVACY_BODY = [
    (
        "paragraph",
        "<p>We collect the least information that lets us do the job you asked us to do. A petition "
        "keeps your name, email and ZIP code; a donation keeps what Stripe tells us about the payment. We do not "
        "record IP addresses with signatures, we load no third-party scripts, fonts or trackers, and we never "
        "sell or share supporters' information.</p>",
    ),
    ("heading", {"text": "Removing your information", "level": "h2"}),
    ("paragraph", "<p>Write to us and we will delete what we hold about you within 30 days.</p>"),
]

PRIVACY_BODY_ES = [
    (
        "paragraph",
        "<p>Recopilamos la menor cantidad de datos que nos permite hacer lo que usted nos pidió. Una petición "
        "guarda su nombre, correo electrónico y código postal; una donación guarda lo que Stripe nos informa sobre "
        "el pago. No registramos direcciones IP con las firmas, no cargamos scripts, fuentes ni rastreadores de "
        "terceros, y nunca vendemos ni compartimos los datos de quienes nos apoyan.</p>",
    ),
    ("heading", {"text": "Cómo borrar sus datos", "level": "h2"}),
    ("paragraph", "<p>Escríbanos y borraremos lo que tengamos sobre usted en un plazo de 30 días.</p>"),
]


# The pages' words, by slug: the English page, then its Spanish translation.
PAGES = {
    "home-en": {
        "title": "Home",
        "hero_heading": "Stand with our immigrant neighbours",
        "hero_intro": "Three actions every week, petitions, calls to your legislators and help near you.",
        "hero_image_alt": "An abstract illustration: light blue circles on dark blue above a red band",
        "hero_cta_label": "Take action now",
        "donate_heading": "Just $5 or $10 from each of you goes a long way",
        "donate_text": "Your gift pays for bond funds, rides to court and know-your-rights trainings.",
    },
    "about": {"title": "About us", "intro": "Who we are and how we work.", "body": ABOUT_BODY},
    "privacy": {
        "title": "Privacy policy",
        "intro": "What we collect, why, and how to have it removed.",
        "body": PRIVACY_BODY,
    },
}
SPANISH = {
    "home-en": {
        "title": "Inicio",
        "slug": "inicio",
        "hero_heading": "Defendamos juntos a nuestros vecinos inmigrantes",
        "hero_intro": "Tres acciones cada semana, peticiones, llamadas a sus legisladores y ayuda cerca de usted.",
        "hero_image_alt": "Una ilustración abstracta: círculos azul claro sobre azul oscuro encima de una franja roja",
        "hero_cta_label": "Actúe ahora",
        "donate_heading": "Solo $5 o $10 de cada uno de ustedes hace la diferencia",
        "donate_text": "Su donación paga fianzas, traslados a la corte y talleres de conozca sus derechos.",
    },
    "about": {
        "title": "Quiénes somos",
        "slug": "quienes-somos",
        "intro": "Quiénes somos y cómo trabajamos.",
        "body": ABOUT_BODY_ES,
    },
    "privacy": {
        "title": "Política de privacidad",
        "slug": "privacidad",
        "intro": "Qué recopilamos, por qué y cómo pedir que se borre.",
        "body": PRIVACY_BODY_ES,
    },
}
