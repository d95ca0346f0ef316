"""The demo's two Take Action Now issues, in English with their Spanish versions: text only (updates/demo.py builds
the pages). Each action names the page it leads to when the app that makes it is loaded ("petition", "donate",
"call", "guide"), and the outside link it falls back to."""

WEEKLY_ISSUES = [
    {
        "slug": "no-one-should-face-detention-alone",
        "weeks_ago": 1,
        "title": "No one should face detention alone",
        "intro": (
            "Detention centres are filling up again, and families often learn where a loved one is held only days "
            "later. This week's Take Action Now gives you three ways to support people in detention and the "
            "neighbours who stand by them."
        ),
        "actions": [
            {
                "kind": "sign",
                "page": "petition",
                "url": "https://www.detentionwatchnetwork.org/take-action",
                "en": (
                    "Demand phone calls and visits for people in detention",
                    "People held far from home lose touch with lawyers and family. Add your name to ask our "
                    "congressional delegation to press for free phone calls and open visiting hours.",
                ),
                "es": (
                    "Exija llamadas y visitas para las personas detenidas",
                    "Las personas detenidas lejos de casa pierden el contacto con sus abogados y su familia. Sume su "
                    "nombre para pedir a nuestra delegación en el Congreso llamadas gratuitas y horarios de visita "
                    "abiertos.",
                ),
            },
            {
                "kind": "donate",
                "page": "donate",
                "url": "https://www.communityjusticeexchange.org/en/nbfn-directory",
                "en": (
                    "Chip in for the community bond fund",
                    "Bond can cost thousands of dollars. Every gift helps a neighbour wait for their hearing at home, "
                    "with their children, instead of behind bars.",
                ),
                "es": (
                    "Aporte al fondo comunitario de fianzas",
                    "Una fianza puede costar miles de dólares. Cada donación ayuda a que un vecino espere su "
                    "audiencia en casa, con sus hijos, y no tras las rejas.",
                ),
            },
            {
                "kind": "learn",
                "page": None,
                "url": "https://www.ilrc.org/community-resources",
                "en": (
                    "Learn how court accompaniment works",
                    "A friendly face in the courtroom makes a difference. Read how accompaniment works and see "
                    "whether you can join a morning shift this month.",
                ),
                "es": (
                    "Conozca cómo funciona el acompañamiento en la corte",
                    "Una cara amiga en la sala de la corte hace la diferencia. Lea cómo funciona el acompañamiento y "
                    "vea si puede sumarse a un turno de mañana este mes.",
                ),
            },
        ],
        "spanish": {
            "title": "Nadie debería enfrentar solo la detención",
            "slug": "nadie-deberia-enfrentar-solo-la-detencion",
            "intro": (
                "Los centros de detención vuelven a llenarse, y muchas familias se enteran de dónde está su ser "
                "querido días después. Esta semana, Actúe ahora le propone tres maneras de apoyar a las personas "
                "detenidas y a los vecinos que las acompañan."
            ),
        },
    },
    {
        "slug": "stand-with-immigrant-workers",
        "weeks_ago": 0,
        "title": "Stand with immigrant workers",
        "intro": (
            "Immigrant workers keep our farms, kitchens and care homes running, often with the fewest protections "
            "of anyone. This week's Take Action Now gives you three ways to back them: call, show up and share."
        ),
        "actions": [
            {
                "kind": "call",
                "page": "call",
                "url": "https://www.senate.gov/senators/senators-contact.htm",
                "en": (
                    "Call your senators about protections for workers",
                    "Ask them to protect every worker who reports unsafe conditions from retaliation, whatever their "
                    "immigration status. The call takes two minutes and the script is ready.",
                    "Get the call script",
                ),
                "es": (
                    "Llame a sus senadores para proteger a los trabajadores",
                    "Pídales que protejan de represalias a todo trabajador que denuncie condiciones peligrosas, sea "
                    "cual sea su estatus migratorio. La llamada dura dos minutos y el guion está listo.",
                    "Ver el guion de la llamada",
                ),
            },
            {
                "kind": "show_up",
                "page": None,
                "url": "https://www.mutualaidhub.org/",
                "en": (
                    "Show up for a mutual aid group near you",
                    "Mutual aid networks bring groceries, rides and rent help to families who cannot turn to public "
                    "benefits. Find one near you, or start one with a few neighbours.",
                ),
                "es": (
                    "Únase a un grupo de ayuda mutua cerca de usted",
                    "Las redes de ayuda mutua llevan comida, transporte y ayuda con la renta a familias que no pueden "
                    "acudir a los beneficios públicos. Busque una cerca, o empiece una con sus vecinos.",
                ),
            },
            {
                "kind": "share",
                "page": "guide",
                "url": "https://www.nelp.org/",
                "en": (
                    "Share the know-your-rights guide",
                    "Everyone has rights, with or without papers. Share the guide to what to do if immigration agents "
                    "come to the door with co-workers, friends and your congregation: it comes in seven languages.",
                ),
                "es": (
                    "Comparta la guía Conozca sus derechos",
                    "Todas las personas tienen derechos, con o sin papeles. Comparta la guía sobre qué hacer si los "
                    "agentes de inmigración llegan a la puerta con sus compañeros, amistades y su congregación: está "
                    "en siete idiomas.",
                ),
            },
        ],
        "body": [
            (
                "newsletter_signup",
                {"heading": "Get these actions in your inbox", "text": "Three actions every Tuesday. It's free."},
            )
        ],
        "spanish": {
            "title": "Apoyemos a los trabajadores inmigrantes",
            "slug": "apoyemos-a-los-trabajadores-inmigrantes",
            "intro": (
                "Los trabajadores inmigrantes sostienen nuestros campos, cocinas y residencias de mayores, muchas "
                "veces con menos protecciones que nadie. Esta semana, Actúe ahora le propone tres maneras de "
                "apoyarlos: llamar, presentarse y compartir."
            ),
            "body": [
                (
                    "newsletter_signup",
                    {"heading": "Reciba estas acciones por correo", "text": "Tres acciones cada martes. Es gratis."},
                )
            ],
        },
    },
]
