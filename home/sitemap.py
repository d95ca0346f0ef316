"""sitemap.xml with every live public page in every language, each listing its translations (hreflang).

Wagtail's own sitemap lists only the default site's root page tree, which is the English one: the Spanish
tree (a sibling root) would never be found by search engines.
"""

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap


class MultilingualSitemap(Sitemap):
    def items(self):
        from wagtail.models import Page

        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_a_tree = Q()
        for root in roots.only("path"):
            in_a_tree |= Q(path__startswith=root.path)
        return (
            Page.objects.filter(in_a_tree)
            .live()
            .public()
            .select_related("locale")
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        by_key = {}
        for item in pages:
            url = item.get_full_url(self.request)
            if url:
                by_key.setdefault(item.translation_key, {})[item.locale.language_code] = url
        urls = []
        last_mods = set()
        for item in pages:
            translations = by_key.get(item.translation_key, {})
            alternates = [{"lang_code": code, "location": url} for code, url in sorted(translations.items())]
            if len(alternates) > 1 and settings.LANGUAGE_CODE in translations:
                alternates.append({"lang_code": "x-default", "location": translations[settings.LANGUAGE_CODE]})
            for url_info in item.get_sitemap_urls(self.request):
                if len(alternates) > 1:
                    url_info = {**url_info, "alternates": alternates}
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
