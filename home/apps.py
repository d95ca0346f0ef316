from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Site frame"

    def ready(self):
        from home import restrictions
        from home.aliases import connect_alias_guard
        from home.signals import connect_frame_cache_signals

        connect_frame_cache_signals()
        connect_alias_guard()
        restrictions.install()
