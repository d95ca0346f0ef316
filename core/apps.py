from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The kernel every app builds on: rate limits, forms, normalisers, admin policy, links, page mixins."""

    name = "core"
    verbose_name = "Core"

    def ready(self):
        from core import clusters, ratelimit  # noqa: F401 (ratelimit registers its system check)

        clusters.install()
