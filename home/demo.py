"""Demo content for the site frame: home pages in English and Spanish, about and privacy pages, menus."""

from wagtail.models import Page, Site

from home.demo_tools import ensure_child, ensure_image, ensure_translation, get_locale, root_page
from home.factories import HomePageFactory, StandardPageFactory
from home.models import HomePage, NavigationLink, NavigationMenu, OrganisationSettings, SiteText

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
        "<p>La Red Amparo une a vecinos, congregaciones, sindicatos y grupos dirigidos por inmigrantes "
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


def load(ctx):
    english, spanish = get_locale("en"), get_locale("es")
    ctx["locale_en"], ctx["locale_es"] = english, spanish
    root_page()  # the page tree's and the collections' roots exist before anything is added under them
    hero = ensure_image("Neighbours marching together", seed=1)
    ctx["hero_image"] = hero

    home = _ensure_home(hero)
    about = ensure_child(
        home, StandardPageFactory, "about", title="About us", intro="Who we are and how we work.", body=ABOUT_BODY
    )
    privacy = ensure_child(
        home,
        StandardPageFactory,
        "privacy",
        title="Privacy policy",
        intro="What we collect, why, and how to have it removed.",
        body=PRIVACY_BODY,
    )

    home_es = ensure_translation(
        home,
        spanish,
        title="Inicio",
        slug="inicio",
        hero_heading="Defendamos juntos a nuestros vecinos inmigrantes",
        hero_intro="Tres acciones cada semana, peticiones, llamadas a sus legisladores y ayuda cerca de usted.",
        hero_image_alt="Personas marchando juntas con pancartas",
        hero_cta_label="Actúe ahora",
        donate_heading="Solo $5 o $10 de cada uno de ustedes hace la diferencia",
        donate_text="Su donación paga fianzas, traslados a la corte y talleres de conozca sus derechos.",
    )
    about_es = ensure_translation(
        about,
        spanish,
        title="Quiénes somos",
        slug="quienes-somos",
        intro="Quiénes somos y cómo trabajamos.",
        body=ABOUT_BODY_ES,
    )
    privacy_es = ensure_translation(
        privacy,
        spanish,
        title="Política de privacidad",
        slug="privacidad",
        intro="Qué recopilamos, por qué y cómo pedir que se borre.",
        body=PRIVACY_BODY_ES,
    )
    ctx.update(home_en=home, home_es=home_es, about=about, about_es=about_es, privacy=privacy, privacy_es=privacy_es)

    _ensure_settings(home)
    _ensure_menu(NavigationMenu.MAIN, english, [("", about)])
    _ensure_menu(NavigationMenu.MAIN, spanish, [("", about_es)])
    _ensure_menu(NavigationMenu.FOOTER, english, [("", about), ("", privacy)])
    _ensure_menu(NavigationMenu.FOOTER, spanish, [("", about_es), ("", privacy_es)])


def _ensure_home(hero):
    home = HomePage.objects.filter(locale__language_code="en", depth=2).first()
    if home is None:
        root = root_page()
        home = HomePageFactory(
            parent=root,
            title="Home",
            slug="home-en",
            hero_heading="Stand with our immigrant neighbours",
            hero_intro="Three actions every week, petitions, calls to your legislators and help near you.",
            hero_image=hero,
            hero_image_alt="People marching together with banners",
            hero_cta_label="Take action now",
            donate_heading="Just $5 or $10 from each of you goes a long way",
            donate_text="Your gift pays for bond funds, rides to court and know-your-rights trainings.",
        )
        home.save_revision().publish()
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        old_root_id = site.root_page_id
        site.hostname, site.port, site.site_name, site.root_page = "127.0.0.1", 8000, "Amparo Network", home
        site.save()
        if old_root_id and old_root_id != home.id:
            old = Page.objects.filter(id=old_root_id, depth=2).exclude(id=home.id).first()
            if old is not None and not old.get_children().exists():
                old.delete()
    return home


def _ensure_settings(home):
    site = Site.objects.get(root_page=home)
    org = OrganisationSettings.for_site(site)
    if not org.contact_email:
        org.organisation_name = "Amparo Network"
        org.contact_email = "hello@amparo.example.org"
        org.contact_phone = "(617) 555-0142"
        org.postal_address = "PO Box 1234\nBoston, MA 02130"
        org.bluesky_url = "https://bsky.app/profile/amparo.example.org"
        org.instagram_url = "https://www.instagram.com/amparo.example"
        org.donate_label = "Donate"
        org.save()
    english, spanish = home.locale, get_locale("es")
    words = SiteText.objects.filter(locale=english).first()
    if words is None:
        words = SiteText.objects.create(
            locale=english,
            tagline="Immigrant neighbours and allies acting together.",
            footer_text="Amparo Network is a fiscally sponsored project. Gifts are tax-deductible.",
        )
    ensure_translation(
        words,
        spanish,
        tagline="Vecinos inmigrantes y aliados actuando juntos.",
        footer_text="La Red Amparo es un proyecto con patrocinio fiscal. Las donaciones son deducibles de impuestos.",
    )


def _ensure_menu(slot, locale, entries):
    menu = NavigationMenu.objects.filter(slot=slot, locale=locale).first()
    if menu is not None:
        return menu
    source = NavigationMenu.objects.filter(slot=slot, locale__language_code="en").first()
    menu = NavigationMenu(slot=slot, locale=locale)
    if source is not None and source.locale != locale:
        menu.translation_key = source.translation_key
    for label, page in entries:
        menu.links.add(NavigationLink(label=label, page=page))
    menu.save()
    return menu


def add_menu_link(slot, locale, page, label=""):
    """Lets other apps' demo loaders put their section into a menu once."""
    menu = NavigationMenu.objects.filter(slot=slot, locale=locale).first()
    if menu is None or menu.links.filter(page=page).exists():
        return
    NavigationLink.objects.create(menu=menu, page=page, label=label, sort_order=menu.links.count())


def finish(ctx):
    """Runs after every app's demo: the hero's button leads to this week's actions (or the campaign)."""
    for home_key, suffix in (("home_en", ""), ("home_es", "_es")):
        home = HomePage.objects.get(pk=ctx[home_key].pk)
        target = ctx.get(f"weekly_index{suffix}") or ctx.get(f"campaign{suffix}")
        if home.hero_cta_page_id or target is None:
            continue
        home.hero_cta_page = target
        home.save_revision().publish()
