"""The directory's demo organisations (seed 004), described in our own words. Editors should check the links."""

# name, description, services, [(region, place)], languages, website, donate link
ORGANISATIONS = [
    (
        "Massachusetts Immigrant and Refugee Advocacy (MIRA) Coalition",
        "New England's largest coalition for the rights and inclusion of immigrants and refugees, with offices in "
        "Massachusetts and New Hampshire. MIRA trains leaders, organises member groups, analyses policy and "
        "campaigns at the State House.",
        ["volunteer", "advocacy"],
        [("MA", "Boston"), ("NH", "")],
        ["en", "es", "pt", "ht"],
        "https://www.miracoalition.org/",
        "https://www.miracoalition.org/",
    ),
    (
        "Project Citizenship",
        "Founded by immigrant-led, community and service groups to help green card holders become citizens: "
        "free help with the application, fee waivers and the interview, and workshops on why citizenship matters.",
        ["volunteer", "legal"],
        [("MA", "Boston")],
        ["en", "es", "pt", "ht"],
        "https://www.projectcitizenship.org/",
        "",
    ),
    (
        "Boston Immigration Justice Accompaniment Network (BIJAN/Beyond)",
        "Congregations, activist groups and neighbours around Boston who go with people to court and ICE check-ins, "
        "raise bond and legal fees, write letters of support, drive families to visit detained relatives and help "
        "people released on bond find housing and transport.",
        ["volunteer", "accompaniment", "donate"],
        [("MA", "Boston area")],
        ["en", "es"],
        "",
        "",
    ),
    (
        "New York Immigration Coalition",
        "An umbrella of immigrant and refugee organisations across New York State that organises members, trains "
        "leaders and presses city and state government for fair immigration policy.",
        ["volunteer", "advocacy"],
        [("NY", "New York City")],
        ["en", "es", "zh", "ar"],
        "https://www.nyic.org/",
        "",
    ),
    (
        "Mixteca",
        "A Brooklyn community organisation for Mexican and Latin American immigrant families: health and wellness "
        "programmes, education, know-your-rights sessions and help finding services.",
        ["volunteer", "social"],
        [("NY", "New York City")],
        ["es", "en", "mix"],
        "https://www.mixteca.org/",
        "",
    ),
    (
        "Illinois Coalition for Immigrant and Refugee Rights (ICIRR)",
        "A statewide coalition based in Chicago that organises immigrant communities, runs citizenship and "
        "know-your-rights programmes and campaigns for welcoming laws in Springfield and Washington.",
        ["volunteer", "advocacy", "legal"],
        [("IL", "Chicago")],
        ["en", "es", "ar", "ko"],
        "https://www.icirr.org/",
        "",
    ),
    (
        "Mexican American Opportunity Foundation (MAOF)",
        "A long-standing Los Angeles nonprofit offering early education, job training, senior services and family "
        "support to Latino and immigrant households across Southern California.",
        ["volunteer", "social"],
        [("CA", "Los Angeles")],
        ["en", "es"],
        "https://www.maof.org/",
        "",
    ),
    (
        "Catholic Charities",
        "A nationwide network of local agencies that, among much else, offers immigrant families social services, "
        "refugee resettlement and low-cost immigration legal help.",
        ["volunteer", "social", "donate", "legal"],
        [("national", "")],
        ["en", "es", "vi", "ar"],
        "https://www.catholiccharitiesusa.org/",
        "https://www.catholiccharitiesusa.org/",
    ),
    (
        "Save the Children",
        "Has advocated for children's rights at the US border since 2018 and works on the root causes of migration "
        "in Central America and elsewhere. Give directly or sponsor a child.",
        ["donate", "advocacy"],
        [("national", "")],
        ["en", "es"],
        "https://www.savethechildren.org/",
        "https://www.savethechildren.org/",
    ),
    (
        "Mariposas Sin Fronteras",
        "Butterflies Without Borders supports LGBTQ migrants, many of whom fled discrimination and violence at home, "
        "with visits and letters during detention and help with housing after release.",
        ["donate", "accompaniment"],
        [("AZ", "Tucson")],
        ["en", "es"],
        "https://mariposassinfronteras.org/",
        "https://mariposassinfronteras.org/",
    ),
    (
        "Border Angels",
        "Based in San Diego and active along the Texas–Mexico border: volunteers leave water on desert crossing "
        "routes, and the group offers immigration consultations and community events.",
        ["donate", "volunteer", "legal", "social"],
        [("CA", "San Diego"), ("TX", "Texas–Mexico border")],
        ["en", "es"],
        "https://www.borderangels.org/",
        "https://www.borderangels.org/",
    ),
    (
        "Young Center for Immigrant Children's Rights",
        "Stands up for the best interests of unaccompanied immigrant children in immigration proceedings and "
        "argues for a separate, child-centred justice system for young immigrants.",
        ["donate", "legal", "advocacy", "volunteer"],
        [("national", "")],
        ["en", "es"],
        "https://www.theyoungcenter.org/",
        "https://www.theyoungcenter.org/",
    ),
    (
        "Coalition for Humane Immigrant Rights (CHIRLA)",
        "A Los Angeles organisation that does a bit of everything: organises protests, offers legal services and "
        "teaches undocumented neighbours their rights.",
        ["donate", "legal", "advocacy", "volunteer"],
        [("CA", "Los Angeles")],
        ["en", "es"],
        "https://www.chirla.org/",
        "https://www.chirla.org/",
    ),
    (
        "National Immigrant Justice Center (NIJC)",
        "Chicago-based legal defenders who take on the injustices undocumented people face, from abuse at work to "
        "enforcement that tears families apart, in court and in policy debates.",
        ["donate", "legal", "advocacy"],
        [("IL", "Chicago"), ("national", "")],
        ["en", "es"],
        "https://immigrantjustice.org/",
        "https://immigrantjustice.org/",
    ),
    (
        "National Immigration Law Center (NILC)",
        "Lawyers who litigate to defend and expand immigrants' rights and have won cases against workplace "
        "discrimination, for due process in detention and against racial profiling.",
        ["donate", "legal", "advocacy"],
        [("national", "")],
        ["en", "es"],
        "https://www.nilc.org/",
        "https://www.nilc.org/",
    ),
    (
        "Immigration Advocates Network",
        "Builds up nonprofit immigration legal services: a national directory of free and low-cost legal help, "
        "training for advocates and support for regional collaborations.",
        ["donate", "legal"],
        [("national", "")],
        ["en", "es", "zh", "vi", "ht"],
        "https://www.immigrationadvocates.org/",
        "",
    ),
    (
        "ACLU Immigrants' Rights Project",
        "The ACLU's immigrants' rights work, including its Immigrant Health Campaign: lawsuits and advocacy to "
        "protect immigrants' civil rights and liberties and fight discrimination against them.",
        ["donate", "legal", "advocacy"],
        [("national", "")],
        ["en", "es"],
        "https://www.aclu.org/issues/immigrants-rights",
        "https://www.aclu.org/",
    ),
]

# name -> description in Spanish, for the organisations translated in the demo.
SPANISH_DESCRIPTIONS = {
    "Massachusetts Immigrant and Refugee Advocacy (MIRA) Coalition": (
        "La mayor coalición de Nueva Inglaterra por los derechos e inclusión de inmigrantes y refugiados, con "
        "oficinas en Massachusetts y New Hampshire. Forma líderes, organiza grupos miembros, analiza políticas y "
        "hace campaña ante la legislatura estatal."
    ),
    "Boston Immigration Justice Accompaniment Network (BIJAN/Beyond)": (
        "Congregaciones, grupos activistas y vecinos del área de Boston que acompañan a personas a la corte y a sus "
        "citas con ICE, recaudan fondos para fianzas y abogados, escriben cartas de apoyo y ayudan a quienes salen "
        "bajo fianza a encontrar vivienda y transporte."
    ),
    "Mixteca": (
        "Organización comunitaria de Brooklyn para familias inmigrantes mexicanas y latinoamericanas: programas de "
        "salud y bienestar, educación, talleres de conozca sus derechos y orientación sobre servicios."
    ),
    "Border Angels": (
        "Con sede en San Diego y activa en la frontera entre Texas y México: sus voluntarios dejan agua en las rutas "
        "del desierto, y el grupo ofrece consultas migratorias y eventos comunitarios."
    ),
    "Coalition for Humane Immigrant Rights (CHIRLA)": (
        "Organización de Los Ángeles que hace de todo: organiza protestas, ofrece servicios legales y enseña a los "
        "vecinos indocumentados sus derechos."
    ),
    "Project Citizenship": (
        "Fundada por grupos dirigidos por inmigrantes, comunitarios y de servicios para ayudar a residentes "
        "permanentes a hacerse ciudadanos: ayuda gratuita con la solicitud, exenciones de pago y la entrevista, y "
        "talleres sobre por qué importa la ciudadanía."
    ),
    "New York Immigration Coalition": (
        "Red de organizaciones de inmigrantes y refugiados de todo el estado de Nueva York que organiza a sus "
        "miembros, forma líderes y presiona a los gobiernos de la ciudad y del estado por políticas migratorias "
        "justas."
    ),
    "Illinois Coalition for Immigrant and Refugee Rights (ICIRR)": (
        "Coalición estatal con sede en Chicago que organiza a comunidades inmigrantes, ofrece programas de "
        "ciudadanía y de conozca sus derechos, y lucha por leyes acogedoras en Springfield y en Washington."
    ),
    "Mexican American Opportunity Foundation (MAOF)": (
        "Organización sin fines de lucro de Los Ángeles con muchos años de trayectoria: educación temprana, "
        "formación laboral, servicios para personas mayores y apoyo a familias latinas e inmigrantes en todo el "
        "sur de California."
    ),
    "Catholic Charities": (
        "Red nacional de agencias locales que, entre muchas otras cosas, ofrece a familias inmigrantes servicios "
        "sociales, reasentamiento de refugiados y ayuda legal migratoria a bajo costo."
    ),
    "Save the Children": (
        "Defiende los derechos de niñas y niños en la frontera de Estados Unidos desde 2018 y trabaja sobre las "
        "causas de la migración en Centroamérica y otros lugares. Puede donar directamente o apadrinar a un niño."
    ),
    "Mariposas Sin Fronteras": (
        "Apoya a migrantes LGBTQ, muchos de ellos huyendo de la discriminación y la violencia en sus países, con "
        "visitas y cartas durante la detención y ayuda con la vivienda después de su liberación."
    ),
    "Young Center for Immigrant Children's Rights": (
        "Defiende el interés superior de niñas y niños inmigrantes no acompañados en los procesos migratorios y "
        "pide un sistema de justicia aparte, centrado en la infancia, para los jóvenes inmigrantes."
    ),
    "National Immigrant Justice Center (NIJC)": (
        "Defensores legales con sede en Chicago que enfrentan las injusticias que viven las personas "
        "indocumentadas, desde el abuso en el trabajo hasta las redadas que separan familias, en la corte y en "
        "los debates de políticas."
    ),
    "National Immigration Law Center (NILC)": (
        "Abogados que litigan para defender y ampliar los derechos de los inmigrantes y han ganado casos contra la "
        "discriminación laboral, por el debido proceso en la detención y contra el perfil racial."
    ),
    "Immigration Advocates Network": (
        "Fortalece los servicios legales migratorios sin fines de lucro: un directorio nacional de ayuda legal "
        "gratuita o de bajo costo, formación para defensores y apoyo a colaboraciones regionales."
    ),
    "ACLU Immigrants' Rights Project": (
        "El trabajo de la ACLU por los derechos de los inmigrantes, incluida su campaña por la salud de los "
        "inmigrantes: demandas e incidencia para proteger sus derechos y libertades civiles y combatir la "
        "discriminación."
    ),
}

# The places the organisations work in, in Spanish where they are words rather than a town's name.
SPANISH_PLACES = {
    "Boston area": "Área de Boston",
    "New York City": "Ciudad de Nueva York",
    "Texas–Mexico border": "Frontera entre Texas y México",
}
