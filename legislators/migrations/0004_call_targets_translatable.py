"""Call targets become translatable (TranslatableMixin): each gets its page's locale and a translation key.

A Spanish page's targets share the key of the English page's target in the same position, so wagtail-localize
sees them as translations of each other.
"""

import uuid

import django.db.models.deletion
from django.db import migrations, models


def give_locales_and_keys(apps, schema_editor):
    CallTarget = apps.get_model("legislators", "CallTarget")
    CallScriptPage = apps.get_model("legislators", "CallScriptPage")
    pages = {page.pk: page for page in CallScriptPage.objects.all()}
    keys_by_page = {}
    for target in CallTarget.objects.order_by("page_id", "sort_order", "pk"):
        page = pages[target.page_id]
        target.locale_id = page.locale_id
        target.translation_key = uuid.uuid4()
        keys_by_page.setdefault(page.pk, []).append(target)
    for page_id, targets in keys_by_page.items():
        page = pages[page_id]
        source = next(
            (
                other
                for other in pages.values()
                if other.translation_key == page.translation_key and other.pk != page.pk and other.pk < page.pk
            ),
            None,
        )
        source_targets = keys_by_page.get(source.pk, []) if source else []
        for target, source_target in zip(targets, source_targets, strict=False):
            target.translation_key = source_target.translation_key
    for targets in keys_by_page.values():
        for target in targets:
            target.save(update_fields=["locale", "translation_key"])


class Migration(migrations.Migration):
    dependencies = [
        ("legislators", "0003_donation_ask_and_salutations"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="calltarget",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AddField(
            model_name="calltarget",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        # Elidable: a new database has no rows to convert, so the squashed migration leaves it out.
        migrations.RunPython(give_locales_and_keys, migrations.RunPython.noop, elidable=True),
        migrations.AlterField(
            model_name="calltarget",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterField(
            model_name="calltarget",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterUniqueTogether(name="calltarget", unique_together={("translation_key", "locale")}),
    ]
