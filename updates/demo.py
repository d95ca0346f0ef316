"""Demo content: the Take Action Now archive with two weekly issues, and three news updates, in English and Spanish."""

import datetime

from django.utils import timezone

from core.models import Topic
from home.demo import add_menu_link
from home.demo_tools import ensure_child, ensure_image, ensure_translation
from updates.demo_updates import UPDATES
from updates.factories import (
    UpdatePageFactory,
    UpdatesIndexPageFactory,
    WeeklyActionsIndexPageFactory,
    WeeklyActionsPageFactory,
)

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
        WeeklyActionsIndexPageFactory,
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
        UpdatesIndexPageFactory,
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
        WeeklyActionsPageFactory,
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
    ensure_translation(
        earlier,
        ctx["locale_es"],
        title="Nadie debería enfrentar solo la detención",
        slug="nadie-deberia-enfrentar-solo-la-detencion",
        intro=(
            "Los centros de detención vuelven a llenarse, y muchas familias se enteran de dónde está su ser "
            "querido días después. Esta semana, Actúe ahora le propone tres maneras de apoyar a las personas "
            "detenidas y a los vecinos que las acompañan."
        ),
        actions=[
            _action(
                "Exija llamadas y visitas para las personas detenidas",
                "Las personas detenidas lejos de casa pierden el contacto con sus abogados y su familia. Sume su "
                "nombre para pedir a nuestra delegación en el Congreso llamadas gratuitas y horarios de visita "
                "abiertos.",
                "sign",
                petition,
                "https://www.detentionwatchnetwork.org/take-action",
            ),
            _action(
                "Aporte al fondo comunitario de fianzas",
                "Una fianza puede costar miles de dólares. Cada donación ayuda a que un vecino espere su audiencia "
                "en casa, con sus hijos, y no tras las rejas.",
                "donate",
                donate_page,
                "https://www.communityjusticeexchange.org/en/nbfn-directory",
            ),
            _action(
                "Conozca cómo funciona el acompañamiento en la corte",
                "Una cara amiga en la sala de la corte hace la diferencia. Lea cómo funciona el acompañamiento y "
                "vea si puede sumarse a un turno de mañana este mes.",
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
        WeeklyActionsPageFactory,
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


def _load_updates(ctx, index, topics, latest_tuesday):
    spanish = ctx["locale_es"]
    for data in UPDATES:
        title, seed = data["image"]
        page = ensure_child(
            index,
            UpdatePageFactory,
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
