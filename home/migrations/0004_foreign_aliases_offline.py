"""Take offline every alias of a page in another locale (simple translation's tree sync made them live).

An alias shows its source's text: a live alias under /es/ is an English page on the Spanish site. From now
on `home.aliases` keeps such aliases offline; this migration does the same for the ones already there.
"""

from django.db import migrations
from django.db.models import F


def take_foreign_aliases_offline(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Page.objects.filter(alias_of__isnull=False, live=True).exclude(alias_of__locale=F("locale")).update(
        live=False, has_unpublished_changes=True
    )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_alter_organisationsettings_donate_label"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(take_foreign_aliases_offline, migrations.RunPython.noop, elidable=True)]
