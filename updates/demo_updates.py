"""The demo's news updates, in English with their Spanish versions: text only (updates/demo.py builds the pages)."""

UPDATES = [
    {
        "slug": "bond-fund-brought-eleven-neighbours-home",
        "title": "Our bond fund brought eleven neighbours home this spring",
        "days_ago": 20,
        "topics": ["detention"],
        "image": ("Families reunited outside a courthouse", 11),
        "image_alt": "An abstract illustration in blue and red",
        "summary": "Gifts from more than four hundred supporters paid bond for eleven people, who now wait for "
        "their hearings at home.",
        "body": [
            (
                "paragraph",
                "<p>Between March and May our community bond fund paid bond for eleven neighbours held in "
                "detention. Most of them are parents; two had been detained for more than six months.</p>",
            ),
            ("heading", {"text": "What comes next", "level": "h2"}),
            (
                "paragraph",
                "<p>Paying bond is only the start. Volunteers drive people to check-ins, help find lawyers and "
                "sit beside them in court. If you can give a morning a month, we would love to hear from you.</p>",
            ),
        ],
        "spanish": {
            "title": "Nuestro fondo de fianzas trajo a casa a once vecinos esta primavera",
            "slug": "fondo-de-fianzas-once-vecinos",
            "summary": "Las donaciones de más de cuatrocientas personas pagaron la fianza de once personas, que "
            "ahora esperan sus audiencias en casa.",
            "image_alt": "Una ilustración abstracta en azul y rojo",
            "body": [
                (
                    "paragraph",
                    "<p>Entre marzo y mayo, nuestro fondo comunitario de fianzas pagó la fianza de once vecinos "
                    "detenidos. La mayoría son madres y padres; dos llevaban más de seis meses en detención.</p>",
                ),
                ("heading", {"text": "Lo que sigue", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Pagar la fianza es solo el comienzo. Hay voluntarios que llevan a las personas a sus citas, "
                    "ayudan a encontrar abogados y se sientan a su lado en la corte. Si puede dar una mañana al "
                    "mes, nos encantaría saber de usted.</p>",
                ),
            ],
        },
    },
    {
        "slug": "know-your-rights-trainings",
        "title": "New know-your-rights trainings in English and Spanish",
        "days_ago": 9,
        "topics": ["know-your-rights"],
        "image": ("People at a community training", 12),
        "image_alt": "An abstract illustration in blue and red",
        "summary": "Free evening trainings at libraries and congregations: what to say, and not say, if "
        "immigration agents knock on your door.",
        "body": [
            (
                "paragraph",
                "<p>This month we start a new round of know-your-rights trainings with local legal aid groups. "
                "Each session lasts ninety minutes, and every participant leaves with printed rights cards.</p>",
            ),
            (
                "quote",
                {
                    "quote": "Knowing I do not have to open the door changed how safe my family feels.",
                    "attribution": "A participant in last year's trainings",
                },
            ),
        ],
        "spanish": {
            "title": "Nuevos talleres de conozca sus derechos en inglés y español",
            "slug": "talleres-conozca-sus-derechos",
            "summary": "Talleres gratuitos por la tarde en bibliotecas e iglesias: qué decir, y qué no, si "
            "agentes de inmigración tocan a su puerta.",
            "body": [
                (
                    "paragraph",
                    "<p>Este mes empezamos una nueva serie de talleres de conozca sus derechos con grupos de "
                    "ayuda legal de la zona. Cada sesión dura noventa minutos y cada participante se lleva "
                    "tarjetas impresas con sus derechos.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Saber que no tengo que abrir la puerta cambió lo segura que se siente mi familia.",
                        "attribution": "Una participante de los talleres del año pasado",
                    },
                ),
            ],
            "image_alt": "Una ilustración abstracta en azul y rojo",
        },
    },
    {
        "slug": "essential-and-still-unprotected",
        "title": "Essential, and still unprotected: what we heard from farmworkers",
        "days_ago": 2,
        "topics": ["workers", "know-your-rights"],
        "image": ("Fields at sunrise", 13),
        "image_alt": "An abstract illustration in green and red",
        "summary": "At three listening sessions, farmworkers told us about heat, unpaid wages and fear of "
        "reporting either. Here is what they asked us to do.",
        "body": [
            (
                "paragraph",
                "<p>More than sixty farmworkers came to our listening sessions this summer. The same three "
                "problems came up again and again: long shifts in dangerous heat, wages paid late or not at "
                "all, and fear that a complaint would end with a call to immigration.</p>",
            ),
            ("heading", {"text": "What they asked for", "level": "h2"}),
            (
                "paragraph",
                "<ul><li>Protection from retaliation for anyone who reports abuse.</li><li>Water, shade and "
                "rest breaks written into state law.</li><li>Information on their rights in Spanish and "
                "Indigenous languages.</li></ul>",
            ),
        ],
        "spanish": {
            "title": "Esenciales, y aún sin protección: lo que escuchamos de los trabajadores agrícolas",
            "slug": "esenciales-y-aun-sin-proteccion",
            "summary": "En tres encuentros, los trabajadores agrícolas nos hablaron del calor, de salarios sin "
            "pagar y del miedo a denunciar. Esto es lo que nos pidieron.",
            "body": [
                (
                    "paragraph",
                    "<p>Más de sesenta trabajadores agrícolas vinieron a nuestros encuentros este verano. Los "
                    "mismos tres problemas salieron una y otra vez: jornadas largas con un calor peligroso, "
                    "salarios pagados tarde o nunca, y miedo a que una queja acabe en una llamada a "
                    "inmigración.</p>",
                ),
                ("heading", {"text": "Lo que pidieron", "level": "h2"}),
                (
                    "paragraph",
                    "<ul><li>Protección contra represalias para quien denuncie abusos.</li><li>Agua, sombra y "
                    "descansos garantizados por la ley estatal.</li><li>Información sobre sus derechos en español "
                    "y en lenguas indígenas.</li></ul>",
                ),
            ],
            "image_alt": "Una ilustración abstracta en verde y rojo",
        },
    },
]
