"""The permission that gates supporters' personal data, on a model with no table of its own."""

from django.db import models
from django.utils.translation import gettext_lazy as _

VIEW_SUPPORTER_DATA = "privacy.view_supporter_data"
GROUP_NAME = "Supporter data"


class SupporterData(models.Model):
    """Holds the "Can view supporters' personal data" permission and names audit-log entries about it.

    Not a table: Django still makes its content type and permission, which is all a group needs.
    """

    class Meta:
        managed = False
        default_permissions = ()
        permissions = [("view_supporter_data", _("Can view supporters' personal data"))]
        verbose_name = _("supporters' personal data")
        verbose_name_plural = _("supporters' personal data")

    def __str__(self):
        return str(_("Supporters' personal data"))
