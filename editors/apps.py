from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorsConfig(AppConfig):
    """The admin as editors meet it: dashboard panels on what needs attention, the editors' guide, upload titles."""

    name = "editors"
    verbose_name = _("Editors' admin")
