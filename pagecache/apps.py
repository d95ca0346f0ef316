from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    name = "pagecache"
    verbose_name = "Page cache"

    def ready(self):
        from pagecache import locales
        from pagecache.purge import connect_purge_signals

        connect_purge_signals()
        locales.install()
