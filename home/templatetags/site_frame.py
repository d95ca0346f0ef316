"""Template tags for the frame every page shares: menus, the language switcher, meta tags."""

import hashlib

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from wagtail.models import Page

from home.frame_cache import cached_frame_part, cached_frame_part_unless_preview
from home.models import NavigationMenu, OrganisationSettings, SiteText
from home.translations import finished_translations

register = template.Library()


@register.simple_tag
def navigation_links(slot):
    """The links of a menu in the current language; none when that language has no such menu (never English
    links under Spanish labels)."""
    language = translation.get_language()
    return cached_frame_part(f"nav:{slot}:{language}", lambda: _menu_links(slot, language))


def _menu_links(slot, language):
    menu = (
        finished_translations(NavigationMenu.objects.filter(slot=slot, locale__language_code=language))
        .prefetch_related("links__page")
        .first()
    )
    if menu is None:
        return []
    return [{"text": link.text, "href": link.href} for link in menu.links.all() if link.href]


@register.simple_tag
def site_text():
    """The tagline and footer text in the current language (nothing when it has none), cached with the frame."""
    language = translation.get_language()

    def load():
        text = finished_translations(SiteText.objects.filter(locale__language_code=language)).first()
        return {"tagline": text.tagline, "footer_text": text.footer_text} if text else {}

    return cached_frame_part(f"site-text:{language}", load)


@register.simple_tag(takes_context=True)
def donate_link(context):
    """The header's donate button target in the current language, cached with the rest of the frame."""
    request = context.get("request")
    if request is None:
        return ""
    return OrganisationSettings.for_request(request).donate_href() or ""  # both kept with the frame


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to this page in each language. Where it has no live translation, the link leads to the nearest
    ancestor that has one (or that language's home page), with a short note saying so in that language; a
    language with no live home page yet is left out."""
    page = context.get("page")
    current = translation.get_language()
    translations = page_translations(page)
    if not (isinstance(page, Page) and page.pk):
        # A view that is not a page (search, the newsletter's steps): the same view in the other language, with
        # its query string; a view whose address is the same in every language offers no switch.
        views = view_translations(context.get("request"))
        if not views:
            return {"language_links": []}
        translations = {code: {"url": url} for code, url in views.items()}
    links = []
    for code, _name in settings.LANGUAGES:
        if code == current:
            continue
        target = translations.get(code)
        url = target["url"] if target else None
        note = ""
        if url is None:
            if code not in languages_with_a_home():
                continue  # nothing is published in that language yet: no link to a page that is not there
            ancestor = _nearest_translated_ancestor(page, code) if isinstance(page, Page) and page.pk else None
            url = ancestor["url"] if ancestor else None
            if url is None:
                url = _home_url(code)
            with translation.override(code):
                title = ancestor["title"] if ancestor else gettext("the home page")
                note = gettext("Not translated yet: this link leads to “%(title)s”.") % {"title": title}
        label = translation.get_language_info(code)["name_local"].capitalize()
        links.append({"code": code, "label": label, "url": url, "has_translation": target is not None, "note": note})
    return {"language_links": links}


def _nearest_translated_ancestor(page, code):
    """{"url", "title"} of the deepest ancestor of `page` live in `code`, or None. One query, only for pages
    without a translation, kept with the frame (its version changes whenever a page is published or moved)."""
    if page.depth <= 2:
        return None  # a home page: its language's home page is the answer

    def build():
        keys = page.get_ancestors().filter(depth__gte=2).values("translation_key")
        found = Page.objects.live().filter(translation_key__in=keys, locale__language_code=code)
        ancestor = found.order_by("-depth").first()
        return {"url": ancestor.url, "title": ancestor.title} if ancestor else {}

    return cached_frame_part(f"nearest:{page.pk}:{code}", build) or None


def page_translations(page):
    """{language code: {"url", "full_url"}} of the page's live versions, itself included. Every page shows them
    twice (switcher, hreflang links), at three or four queries each time; kept with the frame, whose version
    changes whenever a page is published, unpublished, moved or deleted."""
    if not (isinstance(page, Page) and page.pk):
        return {}

    def build():
        return {
            other.locale.language_code: {"pk": other.pk, "url": other.url, "full_url": other.full_url}
            for other in page.get_translations(inclusive=True).live().select_related("locale")
        }

    return cached_frame_part(f"translations:{page.pk}", build)


@register.simple_tag(takes_context=True)
def breadcrumb_ancestors(context, page):
    """[{"url", "title"}] of the page's ancestors below the home page, kept with the frame."""
    if not (isinstance(page, Page) and page.pk):
        return []
    request = context.get("request")

    def build():
        return [{"url": ancestor.get_url(request), "title": ancestor.title} for ancestor in page.get_ancestors()[2:]]

    return cached_frame_part(f"crumbs:{page.pk}", build)


def view_translations(request):
    """{language code: path} of a language-prefixed view (not a page) in every language, the query string kept;
    {} for a view whose address is the same in every language (or no view at all)."""
    if request is None or getattr(request, "resolver_match", None) is None:
        return {}
    full_path = request.get_full_path()
    try:
        urls = {code: translate_url(full_path, code) for code, _name in settings.LANGUAGES}
    except Exception:  # an address that no longer resolves in another language
        return {}
    return urls if len(set(urls.values())) == len(urls) else {}


@register.simple_tag(takes_context=True)
def alternate_languages(context, page):
    """<link rel="alternate" hreflang> for every live language of the page, itself included, and x-default (the
    site's default language): [(code, absolute URL)]. Views that are not pages list their language versions."""
    if isinstance(page, Page) and page.pk:
        urls = {code: found["full_url"] for code, found in page_translations(page).items() if found["full_url"]}
    else:
        request = context.get("request")
        urls = {code: request.build_absolute_uri(path) for code, path in view_translations(request).items()}
    if len(urls) < 2:
        return []
    alternates = sorted(urls.items())
    if settings.LANGUAGE_CODE in urls:
        alternates.append(("x-default", urls[settings.LANGUAGE_CODE]))
    return alternates


@register.simple_tag
def language_home_url(code=None):
    """The URL of a language's home page ("/" for the default language, "/ar/" for Arabic), with no query."""
    code = code or translation.get_language() or settings.LANGUAGE_CODE
    if code == settings.LANGUAGE_CODE or code not in languages_with_a_home():
        return "/"  # a language with no live home page yet: its /ar/ would be a 404
    return f"/{code}/"


def languages_with_a_home():
    """The language codes that have a live home page, kept with the frame."""

    def build():
        return sorted(set(Page.objects.live().filter(depth=2).values_list("locale__language_code", flat=True)))

    return cached_frame_part("languages-with-a-home", build)


# Open Graph wants language_TERRITORY; where the code names no territory, the one most of its readers use.
OG_TERRITORIES = {"en": "US", "es": "US", "ar": "AR", "ht": "HT", "vi": "VN", "zh-hans": "CN", "zh-hant": "TW"}


@register.filter
def og_locale(code):
    """ "es" → "es_US", "pt-br" → "pt_BR", "zh-hans" → "zh_CN": the og:locale of a language code."""
    code = (code or settings.LANGUAGE_CODE).lower()
    if code in OG_TERRITORIES:
        return f"{code.split('-')[0]}_{OG_TERRITORIES[code]}"
    language, _dash, territory = code.partition("-")
    return f"{language}_{territory.upper() if len(territory) == 2 else language.upper()}"


def _home_url(code):
    """The home page of a language, for pages that have no translated ancestor in it."""
    home = Page.objects.filter(depth=2, locale__language_code=code).live().first()
    if home is not None and home.url:
        return home.url
    return "/" if code == settings.LANGUAGE_CODE else f"/{code}/"


@register.filter
def has_block(page, block_type):
    """`{% if page|has_block:"newsletter_signup" %}`: lets the frame's automatic call step aside for the editor's."""
    from home.blocks import page_has_block

    return page_has_block(page, block_type)


@register.tag
def framecache(parser, token):
    """`{% framecache "name" page.pk request.path … %}…{% endframecache %}`: the block's HTML, kept with the
    frame (until the next publish, move, delete or settings save) for each combination of the values named.

    For parts of the frame built from published content, settings and the URL only (meta tags, header, footer,
    share links): name every value the block reads that can differ between two requests, the page first. Nothing
    is kept for a preview (a draft's words) or when the first value is missing (a view that is not a page), and
    never for counts or anything about the visitor.
    """
    bits = token.split_contents()[1:]
    if not bits:
        raise template.TemplateSyntaxError("framecache needs a name, then the values the block varies by")
    nodelist = parser.parse(("endframecache",))
    parser.delete_first_token()
    return FrameCacheNode(nodelist, [parser.compile_filter(bit) for bit in bits])


class FrameCacheNode(template.Node):
    def __init__(self, nodelist, vary_on):
        self.nodelist = nodelist
        self.vary_on = vary_on

    def render(self, context):
        request = context.get("request")
        values = [value.resolve(context) for value in self.vary_on]
        if request is None or len(values) < 2 or values[1] in (None, ""):
            return self.nodelist.render(context)
        digest = hashlib.sha256("\x1f".join(str(value) for value in values).encode()).hexdigest()[:32]
        html = cached_frame_part_unless_preview(
            request, f"fragment:{digest}", lambda: str(self.nodelist.render(context))
        )
        return mark_safe(html)  # noqa: S308 (the block's own template escaped what it shows)
