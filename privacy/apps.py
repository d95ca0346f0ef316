from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrivacyConfig(AppConfig):
    """Who may see supporters' personal data, and how it is erased and expired.

    Each app that stores personal data says so in its own `personal_data.py` (autodiscovered here), so this app
    names no other app's models: it gates, erases and purges whatever was registered.
    """

    name = "privacy"
    verbose_name = _("Supporters' privacy")

    def ready(self):
        from django.utils.module_loading import autodiscover_modules

        from privacy import images, registry

        autodiscover_modules("personal_data")
        registry.install_permission_policies()
        images.connect()
