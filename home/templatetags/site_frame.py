"""Template tags for the frame every page shares: menus, the language switcher, meta tags."""

from django import template
from django.conf import settings
from django.utils import translation
from wagtail.models import Page

from home.models import NavigationMenu

register = template.Library()


@register.simple_tag(takes_context=True)
def navigation_links(context, slot):
    """The links of a menu in the current language (falls back to the default language's menu)."""
    request = context.get("request")
    cache = getattr(request, "_amparo_menus", None) if request else None
    if cache is None:
        cache = {}
        menus = (
            NavigationMenu.objects.filter(
                locale__language_code__in={translation.get_language(), settings.LANGUAGE_CODE}
            )
            .select_related("locale")
            .prefetch_related("links__page")
        )
        for menu in menus:
            cache.setdefault(menu.slot, {})[menu.locale.language_code] = list(menu.links.all())
        if request is not None:
            request._amparo_menus = cache
    by_language = cache.get(slot, {})
    return by_language.get(translation.get_language()) or by_language.get(settings.LANGUAGE_CODE) or []


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to this page in each language; to that language's home page when there is no translation."""
    page = context.get("page")
    current = translation.get_language()
    translations = {}
    if isinstance(page, Page) and page.pk:
        for other in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[other.locale.language_code] = other
    links = []
    for code, _name in settings.LANGUAGES:
        if code == current:
            continue
        target = translations.get(code)
        url = target.url if target else None
        if url is None:
            url = _home_url(code)
        label = translation.get_language_info(code)["name_local"].capitalize()
        links.append({"code": code, "label": label, "url": url, "has_translation": target is not None})
    return {"language_links": links}


def _home_url(code):
    """The home page of a language, for pages that have no translation in it."""
    home = Page.objects.filter(depth=2, locale__language_code=code).live().first()
    if home is not None and home.url:
        return home.url
    return "/" if code == settings.LANGUAGE_CODE else f"/{code}/"
