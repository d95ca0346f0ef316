from django.apps import AppConfig


class OpsConfig(AppConfig):
    """Running the site in production: request ids in logs, error reporting, media storage, the job scheduler."""

    name = "ops"
    verbose_name = "Operations"
