"""The demo resources' bodies in English and Spanish (seed 003's action plan among them): text only;
resources/demo.py builds the pages."""

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
    (
        "faq",
        {
            "title": "Preguntas frecuentes",
            "items": [
                {
                    "question": "¿Tengo que responder preguntas sobre dónde nací?",
                    "answer": "<p>No. Puede decir que desea guardar silencio y que quiere hablar con un abogado.</p>",
                },
                {
                    "question": "¿Debo llevar documentos?",
                    "answer": "<p>Lleve una tarjeta de conozca sus derechos y el número de un abogado. Nunca lleve "
                    "documentos falsos.</p>",
                },
            ],
        },
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

RAPID_RESPONSE_BODY_ES = [
    (
        "paragraph",
        "<p>Una red de respuesta rápida es una línea de ayuda y un equipo de voluntarios capacitados que verifican "
        "los reportes de operativos migratorios, documentan lo que pasa y conectan a las familias con abogados y "
        "apoyo.</p>",
    ),
    ("heading", {"text": "Qué incluye este kit", "level": "h2"}),
    (
        "paragraph",
        "<ol><li>Cómo crear y atender una línea de ayuda.</li><li>Plan de capacitación para verificadores y "
        "observadores legales.</li><li>Una lista para que cada familia se prepare.</li><li>Cómo pasar los casos a "
        "abogados y equipos de acompañamiento.</li></ol>",
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

FACTSHEET_BODY_ES = [
    (
        "paragraph",
        "<p>Los inmigrantes trabajan, pagan impuestos, abren negocios y cuidan de nuestras familias. Esta hoja "
        "resume lo que dicen las investigaciones sobre su lugar en la economía, con fuentes que puede citar en "
        "cartas a los periódicos y en reuniones con legisladores.</p>",
    ),
    ("heading", {"text": "Argumentos clave", "level": "h2"}),
    (
        "paragraph",
        "<ul><li>Los inmigrantes indocumentados pagan impuestos federales, estatales y locales, incluso para "
        "programas que no pueden usar.</li><li>Los inmigrantes abren negocios a un ritmo alto y crean empleos para "
        "personas nacidas aquí.</li><li>Industrias enteras, desde el campo hasta el cuidado en el hogar, dependen "
        "de trabajadores inmigrantes.</li></ul>",
    ),
]
