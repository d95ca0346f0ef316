"""The letter and call demo's words, in English and Spanish: text only (legislators/demo.py builds the pages)."""

from legislators.letters import as_stream

LETTER_SUBJECT = "A constituent from {city} asks you to release people from immigration detention"
LETTER = (
    "{dear} {last_name},\n"
    "\n"
    "I am your constituent from {city}, and I am writing because the people held in immigration "
    "detention are in danger. Crowded cells, shared air and a record of poor medical care make every "
    "detention centre a place where illness spreads fast, to the people held there, to the staff, and to "
    "the communities they go home to.\n"
    "\n"
    "I ask you to call for the release of people in ICE custody, to support alternatives that keep "
    "families together while their cases go on, and to vote against any new money for detention and "
    "deportation. Our community is safer when we look after one another, our immigrant neighbours "
    "included.\n"
    "\n"
    "Please tell me what you will do.\n"
    "\n"
    "Sincerely,\n"
    "{name}\n"
    "{city}, {zip}\n"
)

LETTER_SUBJECT_ES = "Una persona de {city} le pide liberar a quienes están en detención migratoria"
LETTER_ES = (
    "{dear} {last_name}:\n"
    "\n"
    "Soy residente de {city} y le escribo porque las personas en detención migratoria están en peligro. "
    "Las celdas llenas, el aire compartido y la mala atención médica hacen que las enfermedades se "
    "propaguen rápido, entre las personas detenidas, el personal y las comunidades a las que regresan.\n"
    "\n"
    "Le pido que pida la liberación de las personas bajo custodia de ICE, que apoye alternativas que "
    "mantengan unidas a las familias mientras siguen sus casos, y que vote en contra de más fondos para "
    "detención y deportación. Nuestra comunidad está más segura cuando nos cuidamos unos a otros, "
    "incluidos nuestros vecinos inmigrantes.\n"
    "\n"
    "Por favor, dígame qué hará.\n"
    "\n"
    "Atentamente,\n"
    "{name}\n"
    "{city}, {zip}\n"
)

CALL_SCRIPT = (
    "Hello. May I speak with the staff member who handles refugee and immigration issues?\n"
    "\n"
    "My name is {name} and I live in {state}. I am calling to ask {title} {last_name} to "
    "co-sponsor two bills that would restore our country's promise to refugees:\n"
    "\n"
    "- the GRACE Act (H.R. 2146 / S.1088), which would guarantee at least 95,000 refugee admissions "
    "every year;\n"
    "- the NO BAN Act (H.R. 2214 / S.1123), which would end the bans that shut out people because of "
    "their religion or nationality.\n"
    "\n"
    "Is {title} {last_name} a co-sponsor of either bill? Can I count on their support?\n"
    "\n"
    "Thank you for your time."
)

CALL_SCRIPT_ES = (
    "Hola. ¿Puedo hablar con la persona del equipo que se ocupa de refugiados e inmigración?\n"
    "\n"
    "Me llamo {name} y vivo en {state}. Llamo para pedir que {the_title} {last_name} "
    "copatrocine dos proyectos de ley que devolverían a nuestro país su promesa con las personas "
    "refugiadas:\n"
    "\n"
    "- la Ley GRACE (H.R. 2146 / S.1088), que garantizaría al menos 95,000 admisiones de personas "
    "refugiadas al año;\n"
    "- la Ley NO BAN (H.R. 2214 / S.1123), que acabaría con las prohibiciones que excluyen a personas "
    "por su religión o nacionalidad.\n"
    "\n"
    "¿Copatrocina {the_title} {last_name} alguno de los dos proyectos? ¿Puedo contar con su apoyo?\n"
    "\n"
    "Gracias por su tiempo."
)

STATE_HOUSE_SCRIPT = (
    "Hello. My name is {name} and I live in {city}. Please connect me with my state senator and my state "
    "representative.\n"
    "\n"
    "I am calling to ask them to support the Safe Communities Act (S.1401 / H.3573), which would keep "
    "our local police and our tax dollars out of federal deportations and protect due process for "
    "everyone in Massachusetts.\n"
    "\n"
    "Can I count on their support? Thank you."
)

STATE_HOUSE_SCRIPT_ES = (
    "Hola. Me llamo {name} y vivo en {city}. Por favor, comuníqueme con mi senador/a y mi representante "
    "estatal.\n"
    "\n"
    "Llamo para pedirles que apoyen la Ley de Comunidades Seguras (S.1401 / H.3573), que mantendría a "
    "nuestra policía local y nuestros impuestos fuera de las deportaciones federales y protegería el "
    "debido proceso de todas las personas en Massachusetts.\n"
    "\n"
    "¿Puedo contar con su apoyo? Gracias."
)

BILLS = [
    (
        "bill",
        {
            "name": "GRACE Act",
            "house_number": "H.R. 2146",
            "senate_number": "S.1088",
            "summary": "Sets a floor of 95,000 refugee admissions each fiscal year.",
            "link": "",
        },
    ),
    (
        "bill",
        {
            "name": "NO BAN Act",
            "house_number": "H.R. 2214",
            "senate_number": "S.1123",
            "summary": "Repeals the orders that halted refugee admissions and barred people from several "
            "Muslim-majority countries, and limits future bans based on religion or nationality.",
            "link": "",
        },
    ),
]

BILLS_ES = [
    (
        "bill",
        {**BILLS[0][1], "name": "Ley GRACE", "summary": "Fija un mínimo de 95,000 admisiones de refugiados al año."},
    ),
    (
        "bill",
        {
            **BILLS[1][1],
            "name": "Ley NO BAN",
            "summary": "Deroga las órdenes que frenaron la admisión de refugiados y vetaron a personas de varios "
            "países de mayoría musulmana, y limita nuevas prohibiciones por religión o nacionalidad.",
        },
    ),
]

STATE_HOUSE = {
    "name": "Massachusetts State House",
    "title": "State Senator / State Representative",
    "phone": "(617) 722-2000",
    "note": "The State House switchboard puts you through to your own state senator and representative. "
    "Not sure who they are? Look them up on malegislature.gov.",
    "script": STATE_HOUSE_SCRIPT,
}

STATE_HOUSE_ES = {
    "name": "Cámara Estatal de Massachusetts",
    "title": "Senador/a o representante estatal",
    "phone": "(617) 722-2000",
    "note": "La centralita de la Cámara Estatal le comunica con su senador/a y su representante estatal. "
    "¿No sabe quiénes son? Búsquelos en malegislature.gov.",
    "script": STATE_HOUSE_SCRIPT_ES,
}


# The pages' words, by slug: the English page, then its Spanish translation.
PAGES = {
    "write-to-congress": {
        "title": "Write to your 2 senators and 1 representative",
        "intro": "Ask your members of Congress to release people from immigration detention. "
        "It takes five minutes: we fill in a letter for each of them, you send it through their contact form.",
        "recipients": "both",
        "subject": LETTER_SUBJECT,
        "letter": as_stream(LETTER),
        "thank_you": "Now forward this page to three friends so their members hear from them too.",
    },
    "call-congress": {
        "title": "Call your members of Congress for refugees",
        "intro": "Two bills would reopen our doors to refugees. A short call to your members' local offices "
        "tells them their constituents care.",
        "recipients": "both",
        "script": CALL_SCRIPT,
        "bills": BILLS,
        "thank_you": "Thank you for calling! Every call is logged by the office.",
    },
}
SPANISH = {
    "write-to-congress": {
        "title": "Escriba a sus 2 senadores y su representante",
        "slug": "escriba-al-congreso",
        "intro": "Pida a sus miembros del Congreso que liberen a las personas en detención migratoria. Toma cinco "
        "minutos: preparamos una carta para cada uno y usted la envía por su formulario de contacto.",
        "subject": LETTER_SUBJECT_ES,
        "letter": as_stream(LETTER_ES),
        "thank_you": "Ahora comparta esta página con tres amistades para que sus legisladores también les escuchen.",
    },
    "call-congress": {
        "title": "Llame a sus miembros del Congreso por las personas refugiadas",
        "slug": "llame-al-congreso",
        "intro": "Dos proyectos de ley reabrirían nuestras puertas a las personas refugiadas. Una llamada breve a "
        "las oficinas locales de sus legisladores les muestra que a sus electores les importa.",
        "script": CALL_SCRIPT_ES,
        "bills": BILLS_ES,
        "thank_you": "¡Gracias por llamar! Cada oficina registra cada llamada.",
    },
}
