from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from home import views as home_views
from home.sitemap import MultilingualSitemap

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("healthz", home_views.healthz, name="healthz"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}, name="sitemap"),
    path("donations/", include("donations.urls")),
]


def provider_webhook_urls():
    """Anymail's tracking webhooks (/anymail/<esp>/tracking/), only with a shared secret: unauthenticated, anyone
    could mark subscribers as bounced."""
    if not getattr(settings, "ANYMAIL", {}).get("WEBHOOK_SECRET"):
        return []
    return [path("anymail/", include("anymail.urls"))]


urlpatterns += provider_webhook_urls()

# Language-prefixed app routes (forms whose messages follow the visitor's language).
localized_app_urls = [
    path("newsletter/", include("newsletter.urls")),
    path("campaign-updates/", include("campaigns.urls")),
    path("donations/manage/", include("donations.manage_urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Pages and the search view under a language prefix: English at /, Spanish at /es/.
urlpatterns += i18n_patterns(
    *localized_app_urls,
    path("search/", home_views.search, name="search"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

handler500 = "home.views.server_error"
