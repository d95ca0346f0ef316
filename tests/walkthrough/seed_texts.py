"""What the editor types for each seed (/work/shared/seeds), in the project's own words, and its Spanish.

`SPANISH` maps each English segment, exactly as wagtail-localize's translation editor shows it, to its Spanish;
slugs are segments too. Facts (names, bill numbers, dates) carry over from the seeds."""

TEXT = {
    "frame": {
        "slot": "Main navigation",
        "menu": ["Campaigns", "Take Action Now", "Resources"],
        "tagline": "Immigrant neighbours and allies acting together.",
        "footer_text": "Gifts to the Amparo Network are tax-deductible.",
    },
    "home": {
        "title": "Home",
        "hero_heading": "Stand with our immigrant neighbours",
        "hero_intro": "Immigrant neighbours and allies acting together, every week.",
    },
    "donate": {
        "title": "Donate",
        "intro": "Just $5 or $10 from each of you keeps this work going.",
    },
    "000": {
        "title": "Take Action Now: three ways to stand with undocumented neighbours",
        "intro": (
            "Three people deported from the United States to Guatemala last week tested positive for coronavirus on "
            "arrival. Deportations put lives at risk here and abroad: this week, three ways to fight for immigrants' "
            "right to stay, and to stay healthy."
        ),
        "actions": [
            {
                "title": "Commit to stand with undocumented neighbours",
                "text": "Sign up with Movimiento Cosecha, and if you can, give to the NationalUndocuFund.",
                "kind": "Sign",
                "url": "https://www.lahuelga.com/",
                "label": "Sign up with Cosecha",
            },
            {
                "title": "Share the surveillance advisory",
                "text": "Read and share Just Futures Law's advisory on surveillance during COVID-19.",
                "kind": "Share",
                "url": "https://justfutureslaw.org/",
                "label": "Read the advisory",
            },
            {
                "title": "Back immigrant essential workers",
                "text": "Share NELP's resources on immigrant workers' rights and join a mutual aid group near you.",
                "kind": "Show up",
                "url": "https://www.nelp.org/",
                "label": "See the resources",
            },
        ],
    },
    "001": {
        "campaign": "Health and rights for migrant communities in the pandemic",
        "summary": (
            "Demand health, human and civil rights protections for migrant communities in the wake of Covid-19."
        ),
        "body": [
            "We are deeply concerned for migrant communities endangered by enforcement practices that threaten "
            "community health during this crisis.",
            "Immigrants must be able to seek testing and medical care without fear of detention and deportation.",
        ],
        "ask_heading": "Just $5 or $10 from each of you",
        "ask_text": "Your gift helps us advocate for human rights and justice.",
        "petition": "Suspend all immigration enforcement during the pandemic",
        "petition_intro": "Organisations sign the letter; individuals sign the petition.",
        "target": "Immigration and Customs Enforcement (ICE)",
        "petition_text": [
            "We call on ICE to suspend all immigration enforcement so that immigrants feel safe to seek medical care.",
            "Enforcement must also stop during the Census, so that every community is counted.",
        ],
    },
    "002": {
        "campaign": "#FreeThemAll",
        "summary": "Protect our immigrant neighbours: release people from detention and cut funds for ICE and CBP.",
        "letter": "Email your 2 Senators and 1 Representative",
        "letter_intro": "Send an email to your 2 Senators and 1 Representative: type your ZIP code to start.",
        "subject": "Free them all: a constituent from {city}",
        "paragraphs": [
            "{dear} {last_name},",
            "I am your constituent from {city}, and I urge you to fight for the health and freedom of all "
            "immigrants by calling for the release of all people in ICE custody.",
            "We should be investing in caring for our communities, not in detention, deportation and family "
            "separation.",
            "{name}",
        ],
        "event": "#FreeThemAll National Day of Action",
        "event_intro": "Join the national day of action to protect our immigrant neighbours: send the email below.",
    },
    "003": {
        "title": "An action plan for local groups",
        "summary": "Ideas for an action plan with immigrant rights groups, to adjust to your state or city.",
        "updated": "2026-12-11",
        "body": [
            "Solidarity from the entire community is key. Here are some ideas:",
            "- Work in coalition with immigrant-led groups to form Neighborhood Defense Committees.",
            "- Build Rapid Response Networks to respond to raids and stops.",
            "- Pass sanctuary ordinances at the municipal level.",
            "- Tell the immigrants you know that they are not alone.",
        ],
    },
    "004": {
        "organisations": [
            {
                "name": "MIRA Coalition",
                "description": "The largest coalition in New England promoting the rights of immigrants and refugees.",
                "services": ["Volunteer"],
                "region": "Massachusetts",
                "place": "Boston",
            },
            {
                "name": "Border Angels",
                "description": "Leaves water along migrant routes and offers immigration consultations.",
                "services": ["Donate"],
                "region": "California",
                "place": "San Diego",
            },
            {
                "name": "National Immigration Law Center",
                "description": "Wages legal battles to protect and improve immigrant rights.",
                "services": ["Legal services"],
                "region": "Nationwide",
            },
        ],
        "directory": "Take action for immigrants: where to help",
        "directory_intro": "Groups to volunteer with, give to and get legal help from, by region.",
        "campaign": "Call your legislators for refugees and immigrants",
        "summary": "Call your members of Congress and your state legislators to defend immigrant rights.",
        "federal": {
            "title": "Call Congress: the GRACE Act and the NO BAN Act",
            "intro": "Call your legislator's local office: constituents' calls there count most.",
            "script": (
                "Hello, my name is {name}. I am a constituent from {city}. I urge {the_title} {last_name} to "
                "co-sponsor the GRACE Act and the NO BAN Act."
            ),
            "bills": [
                {
                    "name": "GRACE Act",
                    "house_number": "H.R. 2146",
                    "senate_number": "S.1088",
                    "summary": "Sets a minimum of 95,000 refugee admissions each fiscal year.",
                },
                {
                    "name": "NO BAN Act",
                    "house_number": "H.R. 2214",
                    "senate_number": "S.1123",
                    "summary": "Repeals the orders that halted refugee admissions and banned travellers.",
                },
            ],
        },
        "state": {
            "title": "Call the Massachusetts legislature: the Safe Communities Act",
            "intro": "Ask your state senator and representative to support the Safe Communities Act.",
            "script": (
                "Hello, my name is {name} and I live in {city}. Please support the Safe Communities Act, "
                "S.1401 and H.3573."
            ),
            "bills": [
                {
                    "name": "Safe Communities Act",
                    "house_number": "H.3573",
                    "senate_number": "S.1401",
                    "summary": "Keeps local police and our taxes out of deportations.",
                },
            ],
            "targets": [
                {
                    "name": "Massachusetts State House",
                    "title": "State Senator / State Representative",
                    "phone": "(617) 722-2000",
                    "note": "The switchboard puts you through to your own state senator and representative.",
                },
            ],
        },
    },
}

SPANISH = {
    # Site frame
    "Home": "Inicio",
    "home": "inicio",
    "Stand with our immigrant neighbours": "Apoyemos a nuestros vecinos inmigrantes",
    "Immigrant neighbours and allies acting together, every week.": (
        "Vecinos inmigrantes y aliados actuando juntos, cada semana."
    ),
    "Donate": "Donar",
    "donate": "donar",
    "Just $5 or $10 from each of you keeps this work going.": (
        "Solo 5 o 10 dólares de cada una y cada uno de ustedes mantienen este trabajo."
    ),
    "Immigrant neighbours and allies acting together.": "Vecinos inmigrantes y aliados actuando juntos.",
    "Gifts to the Amparo Network are tax-deductible.": "Las donaciones a Amparo Network son deducibles de impuestos.",
    # 000
    "Take Action Now": "Actúa ya",
    "take-action-now": "actua-ya",
    "Take Action Now: three ways to stand with undocumented neighbours": (
        "Actúa ya: tres maneras de apoyar a nuestros vecinos indocumentados"
    ),
    "take-action-now-three-ways-to-stand-with-undocumented-neighbours": "actua-ya-tres-maneras",
    TEXT["000"]["intro"]: (
        "Tres personas deportadas de Estados Unidos a Guatemala la semana pasada dieron positivo de coronavirus al "
        "llegar. Las deportaciones ponen vidas en peligro aquí y allá: esta semana, tres maneras de luchar por el "
        "derecho de las personas inmigrantes a quedarse, y a mantenerse sanas."
    ),
    "Commit to stand with undocumented neighbours": "Comprométete a apoyar a tus vecinos indocumentados",
    "Sign up with Movimiento Cosecha, and if you can, give to the NationalUndocuFund.": (
        "Inscríbete con Movimiento Cosecha y, si puedes, dona al NationalUndocuFund."
    ),
    "Sign up with Cosecha": "Inscríbete con Cosecha",
    "Share the surveillance advisory": "Comparte la guía sobre vigilancia",
    "Read and share Just Futures Law's advisory on surveillance during COVID-19.": (
        "Lee y comparte la guía de Just Futures Law sobre la vigilancia durante la COVID-19."
    ),
    "Read the advisory": "Lee la guía",
    "Back immigrant essential workers": "Apoya a los trabajadores esenciales inmigrantes",
    "Share NELP's resources on immigrant workers' rights and join a mutual aid group near you.": (
        "Comparte los recursos de NELP sobre los derechos laborales de las personas inmigrantes y únete a un "
        "grupo de ayuda mutua cerca de ti."
    ),
    "See the resources": "Ve los recursos",
    # 001
    "Campaigns": "Campañas",
    "campaigns": "campanas",
    TEXT["001"]["campaign"]: "Salud y derechos para las comunidades migrantes en la pandemia",
    "health-and-rights-for-migrant-communities-in-the-pandemic": "salud-y-derechos-migrantes-pandemia",
    TEXT["001"]["summary"]: (
        "Exige protecciones de salud, derechos humanos y civiles para las comunidades migrantes ante la Covid-19."
    ),
    TEXT["001"]["body"][0]: (
        "Nos preocupan profundamente las comunidades migrantes puestas en peligro por prácticas de control "
        "migratorio que amenazan la salud comunitaria durante esta crisis."
    ),
    TEXT["001"]["body"][1]: (
        "Las personas inmigrantes deben poder hacerse pruebas y recibir atención médica sin miedo a la detención "
        "ni a la deportación."
    ),
    "Just $5 or $10 from each of you": "Solo 5 o 10 dólares de cada persona",
    "Your gift helps us advocate for human rights and justice.": (
        "Tu donación nos ayuda a defender los derechos humanos y la justicia."
    ),
    "Donate to this campaign": "Dona a esta campaña",
    TEXT["001"]["petition"]: "Suspendan todo control migratorio durante la pandemia",
    "suspend-all-immigration-enforcement-during-the-pandemic": "suspendan-el-control-migratorio",
    "Organisations sign the letter; individuals sign the petition.": (
        "Las organizaciones firman la carta; las personas firman la petición."
    ),
    "Immigration and Customs Enforcement (ICE)": "Servicio de Inmigración y Control de Aduanas (ICE)",
    TEXT["001"]["petition_text"][0]: (
        "Pedimos al ICE que suspenda todo control migratorio para que las personas inmigrantes se sientan seguras "
        "al buscar atención médica."
    ),
    TEXT["001"]["petition_text"][1]: (
        "El control migratorio también debe detenerse durante el Censo, para que se cuente a toda comunidad."
    ),
    # 002
    "#FreeThemAll": "#FreeThemAll",
    "freethemall": "liberenlos-a-todos",
    TEXT["002"]["summary"]: (
        "Protejamos a nuestros vecinos inmigrantes: que liberen a las personas detenidas y recorten los fondos de "
        "ICE y CBP."
    ),
    TEXT["002"]["letter"]: "Escribe a tus 2 senadores y a tu representante",
    "email-your-2-senators-and-1-representative": "escribe-a-tus-senadores-y-representante",
    TEXT["002"]["letter_intro"]: (
        "Envía un correo a tus 2 senadores y a tu representante: escribe tu código postal para empezar."
    ),
    TEXT["002"]["subject"]: "Libérenlos a todos: un elector de {city}",
    "{dear} {last_name},": "{dear} {last_name}:",
    TEXT["002"]["paragraphs"][1]: (
        "Soy su elector de {city} y le pido que luche por la salud y la libertad de todas las personas "
        "inmigrantes pidiendo la liberación de todas las personas bajo custodia del ICE."
    ),
    TEXT["002"]["paragraphs"][2]: (
        "Deberíamos invertir en cuidar de nuestras comunidades, no en detenciones, deportaciones y separación de "
        "familias."
    ),
    "{name}": "{name}",
    TEXT["002"]["event"]: "Día Nacional de Acción #FreeThemAll",
    "freethemall-national-day-of-action": "dia-nacional-de-accion-freethemall",
    TEXT["002"]["event_intro"]: (
        "Súmate al día nacional de acción para proteger a nuestros vecinos inmigrantes: envía el correo de abajo."
    ),
    # 003
    "Resources": "Recursos",
    "resources": "recursos",
    TEXT["003"]["title"]: "Un plan de acción para grupos locales",
    "an-action-plan-for-local-groups": "un-plan-de-accion-para-grupos-locales",
    TEXT["003"]["summary"]: (
        "Ideas para un plan de acción con grupos pro derechos de inmigrantes, para adaptar a tu estado o ciudad."
    ),
    "Solidarity from the entire community is key. Here are some ideas:": (
        "La solidaridad de toda la comunidad es clave. Aquí van algunas ideas:"
    ),
    "Work in coalition with immigrant-led groups to form Neighborhood Defense Committees.": (
        "Trabajar en coalición con grupos dirigidos por inmigrantes para formar Comités de Defensa del Barrio."
    ),
    "Build Rapid Response Networks to respond to raids and stops.": (
        "Crear Redes de Respuesta Rápida para responder a redadas y detenciones."
    ),
    "Pass sanctuary ordinances at the municipal level.": "Aprobar ordenanzas santuario a nivel municipal.",
    "Tell the immigrants you know that they are not alone.": (
        "Decirles a las personas inmigrantes que conoces que no están solas."
    ),
    # 004
    "MIRA Coalition": "MIRA Coalition",
    TEXT["004"]["organisations"][0]["description"]: (
        "La mayor coalición de Nueva Inglaterra que defiende los derechos de inmigrantes y refugiados."
    ),
    "Border Angels": "Border Angels",
    TEXT["004"]["organisations"][1]["description"]: (
        "Deja agua en las rutas migratorias y ofrece consultas de inmigración."
    ),
    "National Immigration Law Center": "National Immigration Law Center",
    TEXT["004"]["organisations"][2]["description"]: (
        "Libra batallas legales para proteger y mejorar los derechos de las personas inmigrantes."
    ),
    TEXT["004"]["directory"]: "Actúa por las personas inmigrantes: dónde ayudar",
    "take-action-for-immigrants-where-to-help": "actua-por-las-personas-inmigrantes",
    TEXT["004"]["directory_intro"]: (
        "Grupos con los que hacer voluntariado, a los que donar y donde recibir ayuda legal, por región."
    ),
    TEXT["004"]["campaign"]: "Llama a tus legisladores por las personas refugiadas e inmigrantes",
    "call-your-legislators-for-refugees-and-immigrants": "llama-a-tus-legisladores",
    TEXT["004"]["summary"]: (
        "Llama a tus miembros del Congreso y a tus legisladores estatales para defender los derechos de las "
        "personas inmigrantes."
    ),
    TEXT["004"]["federal"]["title"]: "Llama al Congreso: la Ley GRACE y la Ley NO BAN",
    "call-congress-the-grace-act-and-the-no-ban-act": "llama-al-congreso-ley-grace-y-no-ban",
    TEXT["004"]["federal"]["intro"]: (
        "Llama a la oficina local de tu legislador: allí es donde más cuentan las llamadas de sus electores."
    ),
    TEXT["004"]["federal"]["script"]: (
        "Hola, me llamo {name}. Soy elector de {city}. Pido a {the_title} {last_name} que copatrocine la Ley GRACE "
        "y la Ley NO BAN."
    ),
    # Bill numbers are segments too (wagtail-localize offers every text field): they stay as they are.
    **{number: number for number in ("H.R. 2146", "S.1088", "H.R. 2214", "S.1123", "H.3573", "S.1401")},
    "GRACE Act": "Ley GRACE",
    "Sets a minimum of 95,000 refugee admissions each fiscal year.": (
        "Fija un mínimo de 95.000 admisiones de refugiados cada año fiscal."
    ),
    "NO BAN Act": "Ley NO BAN",
    "Repeals the orders that halted refugee admissions and banned travellers.": (
        "Deroga las órdenes que detuvieron las admisiones de refugiados y prohibieron la entrada de viajeros."
    ),
    TEXT["004"]["state"]["title"]: "Llama a la legislatura de Massachusetts: la Ley de Comunidades Seguras",
    "call-the-massachusetts-legislature-the-safe-communities-act": "llama-a-la-legislatura-de-massachusetts",
    TEXT["004"]["state"]["intro"]: (
        "Pide a tu senador y a tu representante estatales que apoyen la Ley de Comunidades Seguras."
    ),
    TEXT["004"]["state"]["script"]: (
        "Hola, me llamo {name} y vivo en {city}. Por favor, apoye la Ley de Comunidades Seguras, S.1401 y H.3573."
    ),
    "Safe Communities Act": "Ley de Comunidades Seguras",
    "Massachusetts State House": "Cámara Estatal de Massachusetts",
    "State Senator / State Representative": "Senador o representante estatal",
    "(617) 722-2000": "(617) 722-2000",
    "The switchboard puts you through to your own state senator and representative.": (
        "La centralita te comunica con tu propio senador y representante estatales."
    ),
    "Keeps local police and our taxes out of deportations.": (
        "Mantiene a la policía local y nuestros impuestos fuera de las deportaciones."
    ),
}
