from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The kernel every app builds on: rate limits, forms, normalisers, admin policy, links, page mixins."""

    name = "core"
    verbose_name = "Core"

    def ready(self):
        from django.db.models.signals import post_migrate

        from core import clusters, ratelimit  # noqa: F401 (ratelimit registers its system check)
        from core.locales import create_locales_after_migrate

        clusters.install()
        # After every app's migrations (Wagtail's included): `sender` is this app, which runs once per migrate.
        post_migrate.connect(create_locales_after_migrate, sender=self, dispatch_uid="core-create-locales")
