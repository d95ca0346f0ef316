"""Demo content for the site frame: home pages in English and Spanish, about and privacy pages, menus."""

from wagtail.models import Page, Site

from home.demo_texts import PAGES, SPANISH
from home.demo_tools import ensure_child, ensure_image, ensure_translation, get_locale, root_page
from home.factories import HomePageFactory, StandardPageFactory
from home.models import HomePage, NavigationLink, NavigationMenu, OrganisationSettings, SiteText


def load(ctx):
    english, spanish = get_locale("en"), get_locale("es")
    ctx["locale_en"], ctx["locale_es"] = english, spanish
    root_page()  # the page tree's and the collections' roots exist before anything is added under them
    hero = ensure_image("Neighbours marching together", seed=1)
    ctx["hero_image"] = hero

    home = _ensure_home(hero)
    about = ensure_child(home, StandardPageFactory, "about", **PAGES["about"])
    privacy = ensure_child(home, StandardPageFactory, "privacy", **PAGES["privacy"])
    home_es, about_es, privacy_es = [
        ensure_translation(page, spanish, **SPANISH[key])
        for page, key in ((home, "home-en"), (about, "about"), (privacy, "privacy"))
    ]
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
        home = HomePageFactory(parent=root, slug="home-en", hero_image=hero, **PAGES["home-en"])
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
    # The organisation's name is a name: the same in the Spanish footer as in the header.
    ensure_translation(
        words,
        spanish,
        tagline="Vecinos inmigrantes y aliados actuando juntos.",
        footer_text="Amparo Network es un proyecto con patrocinio fiscal. Las donaciones son deducibles de impuestos.",
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
    """Runs after every app's demo: the hero's button leads to this week's actions (or the campaign).

    The English home is published again, so its Spanish translation is synced with it at once (a fresh install
    must not list "Inicio – not synced yet" on the dashboard), then the Spanish button is pointed at the Spanish
    page and published, after the sync."""
    from home.translations import resync_translations

    for home_key, suffix in (("home_en", ""), ("home_es", "_es")):
        home = HomePage.objects.get(pk=ctx[home_key].pk)
        target = ctx.get(f"weekly_index{suffix}") or ctx.get(f"campaign{suffix}")
        if target is None or (home.hero_cta_page_id and home.hero_cta_page.locale_id == home.locale_id):
            continue
        home.hero_cta_page = target
        home.save_revision().publish()
        if home.locale.language_code == "en":
            resync_translations(home)  # copies the English button's page; the Spanish one is set next
