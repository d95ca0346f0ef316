"""Demo content: the Take Action Now archive with two weekly issues, and three news updates, in English and Spanish."""

import datetime

from django.utils import timezone

from core.models import Topic
from home.demo import add_menu_link
from home.demo_tools import ensure_child, ensure_image, ensure_translation
from updates.models import UpdatePage, UpdatesIndexPage, WeeklyActionsIndexPage, WeeklyActionsPage

TOPICS = [
    ("detention", "Detention", "detencion", "Detención"),
    ("workers", "Workers' rights", "derechos-laborales", "Derechos laborales"),
    ("know-your-rights", "Know your rights", "conozca-sus-derechos", "Conozca sus derechos"),
]


def _link(page, url):
    """A page of this site when the app that makes it is loaded, else an outside link."""
    return {"page": page, "link_url": ""} if page is not None else {"page": None, "link_url": url}


def _action(title, text, kind, page, url, label=""):
    return ("action", {"title": title, "text": text, "kind": kind, "link_label": label, **_link(page, url)})


def _last_tuesday(today):
    return today - datetime.timedelta(days=(today.weekday() - 1) % 7)


def load(ctx):
    home, spanish = ctx["home_en"], ctx["locale_es"]
    petition, donate_page, campaign = ctx.get("petition"), ctx.get("donate_page"), ctx.get("campaign")

    weekly_index = ensure_child(
        home,
        WeeklyActionsIndexPage,
        "take-action-now",
        title="Take Action Now",
        intro="Three concrete actions every week, whatever your schedule. The newest issue comes first.",
    )
    weekly_index_es = ensure_translation(
        weekly_index,
        spanish,
        title="Actúe ahora",
        slug="actue-ahora",
        intro="Tres acciones concretas cada semana, tenga el tiempo que tenga. El número más reciente va primero.",
    )
    updates_index = ensure_child(
        home,
        UpdatesIndexPage,
        "updates",
        title="Updates",
        intro="News from the network: what changed, what it means for our neighbours, and what we do next.",
    )
    updates_index_es = ensure_translation(
        updates_index,
        spanish,
        title="Noticias",
        slug="noticias",
        intro="Noticias de la red: qué cambió, qué significa para nuestros vecinos y qué hacemos ahora.",
    )
    ctx.update(
        weekly_index=weekly_index,
        weekly_index_es=weekly_index_es,
        updates_index=updates_index,
        updates_index_es=updates_index_es,
    )

    latest_tuesday = _last_tuesday(timezone.localdate())
    _load_weekly_issues(ctx, weekly_index, latest_tuesday, petition, donate_page, campaign)
    topics = _ensure_topics(ctx["locale_en"], spanish)
    _load_updates(ctx, updates_index, topics, latest_tuesday)

    add_menu_link("main", ctx["locale_en"], weekly_index)
    add_menu_link("main", spanish, weekly_index_es)
    add_menu_link("main", ctx["locale_en"], updates_index)
    add_menu_link("main", spanish, updates_index_es)


def _load_weekly_issues(ctx, index, latest_tuesday, petition, donate_page, campaign):
    # Each action's button leads where its words say: the call script, the guide itself.
    call_page, guide = ctx.get("call_page"), ctx.get("know_your_rights")
    earlier = ensure_child(
        index,
        WeeklyActionsPage,
        "no-one-should-face-detention-alone",
        title="No one should face detention alone",
        issue_date=latest_tuesday - datetime.timedelta(days=7),
        intro=(
            "Detention centres are filling up again, and families often learn where a loved one is held only days "
            "later. This week's Take Action Now gives you three ways to support people in detention and the "
            "neighbours who stand by them."
        ),
        actions=[
            _action(
                "Demand phone calls and visits for people in detention",
                "People held far from home lose touch with lawyers and family. Add your name to ask our "
                "congressional delegation to press for free phone calls and open visiting hours.",
                "sign",
                petition,
                "https://www.detentionwatchnetwork.org/take-action",
            ),
            _action(
                "Chip in for the community bond fund",
                "Bond can cost thousands of dollars. Every gift helps a neighbour wait for their hearing at home, "
                "with their children, instead of behind bars.",
                "donate",
                donate_page,
                "https://www.communityjusticeexchange.org/en/nbfn-directory",
            ),
            _action(
                "Learn how court accompaniment works",
                "A friendly face in the courtroom makes a difference. Read how accompaniment works and see "
                "whether you can join a morning shift this month.",
                "learn",
                None,
                "https://www.ilrc.org/community-resources",
            ),
        ],
    )
    latest_actions = [
        _action(
            "Call your senators about protections for workers",
            "Ask them to protect every worker who reports unsafe conditions from retaliation, whatever their "
            "immigration status. The call takes two minutes and the script is ready.",
            "call",
            call_page or campaign,
            "https://www.senate.gov/senators/senators-contact.htm",
            label="Get the call script",
        ),
        _action(
            "Show up for a mutual aid group near you",
            "Mutual aid networks bring groceries, rides and rent help to families who cannot turn to public "
            "benefits. Find one near you, or start one with a few neighbours.",
            "show_up",
            None,
            "https://www.mutualaidhub.org/",
        ),
        _action(
            "Share the know-your-rights guide",
            "Everyone has rights, with or without papers. Share the guide to what to do if immigration agents "
            "come to the door with co-workers, friends and your congregation: it comes in seven languages.",
            "share",
            guide,
            "https://www.nelp.org/",
        ),
    ]
    latest = ensure_child(
        index,
        WeeklyActionsPage,
        "stand-with-immigrant-workers",
        title="Stand with immigrant workers",
        issue_date=latest_tuesday,
        intro=(
            "Immigrant workers keep our farms, kitchens and care homes running, often with the fewest protections "
            "of anyone. This week's Take Action Now gives you three ways to back them: call, show up and share."
        ),
        actions=latest_actions,
        body=[
            (
                "newsletter_signup",
                {"heading": "Get these actions in your inbox", "text": "Three actions every Tuesday. It's free."},
            )
        ],
    )
    ensure_translation(
        latest,
        ctx["locale_es"],
        title="Apoyemos a los trabajadores inmigrantes",
        slug="apoyemos-a-los-trabajadores-inmigrantes",
        intro=(
            "Los trabajadores inmigrantes sostienen nuestros campos, cocinas y residencias de mayores, muchas "
            "veces con menos protecciones que nadie. Esta semana, Actúe ahora le propone tres maneras de "
            "apoyarlos: llamar, presentarse y compartir."
        ),
        actions=[
            _action(
                "Llame a sus senadores para proteger a los trabajadores",
                "Pídales que protejan de represalias a todo trabajador que denuncie condiciones peligrosas, sea "
                "cual sea su estatus migratorio. La llamada dura dos minutos y el guion está listo.",
                "call",
                call_page or campaign,
                "https://www.senate.gov/senators/senators-contact.htm",
                label="Ver el guion de la llamada",
            ),
            _action(
                "Únase a un grupo de ayuda mutua cerca de usted",
                "Las redes de ayuda mutua llevan comida, transporte y ayuda con la renta a familias que no pueden "
                "acudir a los beneficios públicos. Busque una cerca, o empiece una con sus vecinos.",
                "show_up",
                None,
                "https://www.mutualaidhub.org/",
            ),
            _action(
                "Comparta la guía Conozca sus derechos",
                "Todas las personas tienen derechos, con o sin papeles. Comparta la guía sobre qué hacer si los "
                "agentes de inmigración llegan a la puerta con sus compañeros, amistades y su congregación: está "
                "en siete idiomas.",
                "share",
                guide,
                "https://www.nelp.org/",
            ),
        ],
        body=[
            (
                "newsletter_signup",
                {"heading": "Reciba estas acciones por correo", "text": "Tres acciones cada martes. Es gratis."},
            )
        ],
    )
    ctx["weekly_issues"] = [earlier, latest]


def _ensure_topics(english, spanish):
    return {
        slug: Topic.ensure(english, slug, name, [(spanish, slug_es, name_es)])
        for slug, name, slug_es, name_es in TOPICS
    }


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
        "spanish": None,
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
            ],
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
            ],
        },
    },
]


def _load_updates(ctx, index, topics, latest_tuesday):
    spanish = ctx["locale_es"]
    for data in UPDATES:
        title, seed = data["image"]
        page = ensure_child(
            index,
            UpdatePage,
            data["slug"],
            title=data["title"],
            date=latest_tuesday - datetime.timedelta(days=data["days_ago"]),
            summary=data["summary"],
            image=ensure_image(title, seed=seed),
            image_alt=data["image_alt"],
            body=data["body"],
        )
        if not page.topics.exists():
            page.topics.set([topics[slug] for slug in data["topics"]])
            page.save_revision().publish()
        if data["spanish"]:
            spanish_page = ensure_translation(page, spanish, **data["spanish"])
            wanted = list(
                Topic.objects.filter(
                    locale=spanish, translation_key__in=[topics[slug].translation_key for slug in data["topics"]]
                )
            )
            if set(spanish_page.topics.all()) != set(wanted):
                spanish_page.topics.set(wanted)
                spanish_page.save_revision().publish()
