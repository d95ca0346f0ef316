from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Site frame"

    def ready(self):
        from home import first_home, restrictions, translated_text
        from home.aliases import connect_alias_guard

        # The frame's copies follow the one content version; what bumps it is listed in pagecache/purge.py.
        connect_alias_guard()
        restrictions.install()
        # A page type's checks on its text (a letter's placeholders) also hold for each translated passage.
        translated_text.connect()
        first_home.connect()  # a blank install's first published home page becomes the site's root
