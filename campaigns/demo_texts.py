"""The campaign demo's words, in English and Spanish: text only (campaigns/demo.py builds the pages)."""

CAMPAIGN_BODY = [
    ("heading", {"text": "Why now", "level": "h2"}),
    (
        "paragraph",
        "<p>Detention centres pack people into shared cells and dormitories with little soap, little "
        "ventilation and slow medical care. When an infection gets in, it spreads to the people held there, to the "
        "staff and to the towns around them. Release is the only safe public-health answer.</p>"
        "<p>We are asking for three things: release people from immigration detention, make testing and treatment "
        "available to everyone without fear of arrest, and move money from enforcement to community care.</p>",
    ),
    (
        "quote",
        {
            "quote": "My brother has asthma and shares a room with forty men. Every day he is inside is a risk.",
            "attribution": "A family member in our accompaniment programme",
        },
    ),
    ("heading", {"text": "How you can help this week", "level": "h2"}),
    (
        "paragraph",
        "<ul><li>Sign the petition and ask three friends to do the same.</li>"
        "<li>If you are part of a congregation, union or community group, add its name to the sign-on letter.</li>"
        "<li>Join the national day of action and write to your two senators and your representative.</li></ul>",
    ),
]

CAMPAIGN_BODY_ES = [
    ("heading", {"text": "Por qué ahora", "level": "h2"}),
    (
        "paragraph",
        "<p>Los centros de detención amontonan a las personas en celdas y dormitorios compartidos, con poco "
        "jabón, poca ventilación y una atención médica lenta. Cuando entra una infección, se propaga a las personas "
        "detenidas, al personal y a los pueblos de alrededor. La liberación es la única respuesta segura.</p>"
        "<p>Pedimos tres cosas: liberar a las personas en detención migratoria, garantizar pruebas y tratamiento "
        "para todos sin miedo a ser arrestados, y pasar el dinero de la aplicación de la ley al cuidado de la "
        "comunidad.</p>",
    ),
    (
        "quote",
        {
            "quote": "Mi hermano tiene asma y comparte un cuarto con cuarenta hombres. Cada día que pasa adentro es "
            "un riesgo.",
            "attribution": "Un familiar en nuestro programa de acompañamiento",
        },
    ),
    ("heading", {"text": "Cómo puede ayudar esta semana", "level": "h2"}),
    (
        "paragraph",
        "<ul><li>Firme la petición y pida a tres amistades que hagan lo mismo.</li>"
        "<li>Si forma parte de una congregación, un sindicato o un grupo comunitario, sume su nombre a la carta "
        "colectiva.</li>"
        "<li>Súmese al día nacional de acción y escriba a sus dos senadores y a su representante.</li></ul>",
    ),
]

PETITION_TEXT = (
    "<p>We, the undersigned, call on Immigration and Customs Enforcement to suspend all enforcement operations "
    "while the health emergency lasts, and to release the people in its custody so they can be safe with their "
    "families.</p><p>No one should avoid a clinic or a hospital because they fear arrest. Public health protects "
    "all of us only when it includes all of us.</p>"
)

PETITION_TEXT_ES = (
    "<p>Los abajo firmantes pedimos al Servicio de Inmigración y Control de Aduanas (ICE) que suspenda todas sus "
    "operaciones mientras dure la emergencia sanitaria, y que libere a las personas bajo su custodia para que "
    "puedan estar a salvo con sus familias.</p><p>Nadie debería evitar una clínica o un hospital por miedo a "
    "ser arrestado. La salud pública nos protege a todos solo cuando nos incluye a todos.</p>"
)

LETTER_TEXT = (
    "<p>Dear Acting Director,</p><p>Our organisations serve immigrant families in cities and towns across the "
    "country. We write together to ask you to suspend immigration enforcement during the census and the health "
    "emergency, so that every household can be counted and can seek care without fear. Data that leaves out our "
    "communities will shape funding and representation for the next ten years.</p><p>Respectfully,<br/>The "
    "undersigned organisations</p>"
)

LETTER_TEXT_ES = (
    "<p>Estimado director interino:</p><p>Nuestras organizaciones atienden a familias inmigrantes en ciudades y "
    "pueblos de todo el país. Le escribimos juntas para pedirle que suspenda la aplicación de la ley migratoria "
    "durante el censo y la emergencia sanitaria, para que cada hogar pueda ser contado y buscar atención sin "
    "miedo. Los datos que dejan fuera a nuestras comunidades definirán los fondos y la representación de los "
    "próximos diez años.</p><p>Atentamente,<br/>Las organizaciones firmantes</p>"
)

DEMO_SIGNERS = [
    ("Rosa Martínez", "Providence", "RI", "02907"),
    ("David Chen", "Oakland", "CA", "94607"),
    ("Fatima Diallo", "Columbus", "OH", "43205"),
    ("Miguel Ángel Torres", "El Paso", "TX", "79901"),
    ("Grace O'Neill", "Boston", "MA", "02130"),
    ("Samuel Okafor", "Minneapolis", "MN", "55406"),
    ("Lucía Herrera", "Tucson", "AZ", "85705"),
    ("Hannah Weiss", "Philadelphia", "PA", "19104"),
]

DEMO_ORGANISATIONS = [
    ("Neighbours United for Justice", "Carmen Ruiz", "Chicago", "IL"),
    ("First Parish Sanctuary Team", "Rev. Ellen Park", "Cambridge", "MA"),
    ("Valley Farmworkers' Alliance", "Jorge Medina", "Yakima", "WA"),
]


# The pages' words, by slug: the English page, then its Spanish translation. Dates and images are set in demo.py.
PAGES = {
    "campaigns": {
        "title": "Campaigns",
        "intro": "What we are fighting for right now, and the campaigns we have already won.",
    },
    "free-them-all": {
        "title": "#FreeThemAll",
        "summary": "Release people from immigration detention before an outbreak does what neglect already does: "
        "put lives at risk.",
        "hero_image_alt": "An abstract illustration: pale blue circles on navy above a red band",
        "status": "active",
        "fundraising_goal": 15000,
        "body": CAMPAIGN_BODY,
    },
    "suspend-enforcement": {
        "title": "Suspend immigration enforcement during the health emergency",
        "intro": "Everyone must be able to seek testing and care without fear of detention or deportation.",
        "target": "Immigration and Customs Enforcement",
        "petition_text": PETITION_TEXT,
        "signature_goal": 5000,
        "ask_postal_code": True,
        "send_confirmation": True,  # the consent text says the email confirms the signature
        "consent_text": "We hand Immigration and Customs Enforcement the number of signatures, counted by state: "
        "never your name, email or ZIP code. Only our staff see those. We use your email to confirm your signature "
        "and, if you tick the box, to send you campaign updates. We never sell or share it.",
        "thank_you_text": "<p>Thank you. Now the most powerful thing you can do is ask three people you trust to "
        "sign too.</p>",
    },
    "organisations-letter": {
        "title": "Organisations: sign the letter to suspend enforcement during the census",
        "intro": "Congregations, unions, clinics and community groups: add your organisation's name to our letter.",
        "target": "Acting Director, Immigration and Customs Enforcement",
        "petition_text": LETTER_TEXT,
        "sign_on_mode": "organisations",
        "signature_goal": 250,
        "consent_text": "Your organisation's name, city and state will appear on this page and on the delivered "
        "letter. We use the contact email only about this letter.",
    },
    "national-day-of-action": {
        "title": "#FreeThemAll national day of action",
        "intro": "One day, one message: write to your two senators and your representative and ask them to call "
        "for release.",
        "time_zone": "America/New_York",
        "send_confirmation": True,
        "online_url": "https://meet.example.org/free-them-all",
        "venue_name": "Online, and with local groups across the country",
        "body": [
            (
                "paragraph",
                "<ol><li>Join the kick-off call at noon Eastern.</li><li>Send the sample email to your members of "
                "Congress, adding a line about your own town.</li><li>Post a photo with #FreeThemAll and tag a "
                "friend to do the same.</li></ol>",
            )
        ],
    },
}
SPANISH = {
    "campaigns": {
        "title": "Campañas",
        "slug": "campanas",
        "intro": "Por lo que luchamos ahora y las campañas que ya hemos ganado.",
    },
    "free-them-all": {
        "title": "#LibérenlosATodos",
        "slug": "liberenlos-a-todos",
        "summary": "Liberar a las personas en detención migratoria antes de que un brote ponga aún más vidas en "
        "peligro.",
        "hero_image_alt": "Una ilustración abstracta: círculos celestes sobre azul marino encima de una franja roja",
        "body": CAMPAIGN_BODY_ES,
    },
    "suspend-enforcement": {
        "title": "Suspendan la aplicación de la ley migratoria durante la emergencia sanitaria",
        "slug": "suspendan-la-aplicacion",
        "intro": "Todas las personas deben poder hacerse pruebas y recibir atención sin miedo a la detención o la "
        "deportación.",
        "target": "Servicio de Inmigración y Control de Aduanas (ICE)",
        "petition_text": PETITION_TEXT_ES,
        "consent_text": "A ICE le entregamos solo el número de firmas, contado por estado: nunca su nombre, su "
        "correo ni su código postal. Solo nuestro equipo los ve. Usamos su correo para confirmar su firma y, si "
        "marca la casilla, para enviarle novedades de la campaña. Nunca lo vendemos ni lo compartimos.",
        "thank_you_text": "<p>Gracias. Ahora lo más poderoso que puede hacer es pedir a tres personas de confianza "
        "que también firmen.</p>",
    },
    "organisations-letter": {
        "title": "Organizaciones: firmen la carta para suspender la aplicación de la ley durante el censo",
        "slug": "carta-de-organizaciones",
        "intro": "Congregaciones, sindicatos, clínicas y grupos comunitarios: sumen el nombre de su organización a "
        "nuestra carta.",
        "target": "Director interino del Servicio de Inmigración y Control de Aduanas (ICE)",
        "petition_text": LETTER_TEXT_ES,
        "consent_text": "El nombre, la ciudad y el estado de su organización aparecerán en esta página y en la carta "
        "entregada. Usamos el correo de contacto solo para asuntos de esta carta.",
    },
    "national-day-of-action": {
        "title": "Día nacional de acción #LibérenlosATodos",
        "slug": "dia-nacional-de-accion",
        "intro": "Un día, un mensaje: escriba a sus dos senadores y a su representante y pídales que exijan la "
        "liberación.",
        "venue_name": "En línea y con grupos locales de todo el país",
        "body": [
            (
                "paragraph",
                "<ol><li>Conéctese a la llamada de inicio al mediodía (hora del Este).</li><li>Envíe el correo de "
                "ejemplo a sus miembros del Congreso y añada una línea sobre su propio pueblo.</li><li>Publique una "
                "foto con #LibérenlosATodos e invite a una amistad a hacer lo mismo.</li></ol>",
            )
        ],
    },
}
