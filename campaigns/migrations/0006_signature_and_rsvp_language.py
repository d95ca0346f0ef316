"""Each signature and RSVP records its language. Rows made before this are given their page's language: the
page they are stored on, which is the first language version of the petition or event (usually English), since
which version a supporter used was not kept."""

from django.db import migrations, models


def language_from_page(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    for model_name, page_field in (("Signature", "petition"), ("EventRSVP", "event")):
        model = apps.get_model("campaigns", model_name)
        for code in Locale.objects.values_list("language_code", flat=True):
            rows = model.objects.filter(language="", **{f"{page_field}__locale__language_code": code})
            model.objects.filter(pk__in=rows.values("pk")).update(language=code[:10])


class Migration(migrations.Migration):

    dependencies = [
        ('campaigns', '0005_editor_help_and_blocks'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.AddField(
            model_name='eventrsvp',
            name='language',
            field=models.CharField(blank=True, choices=[('en', 'English'), ('es', 'Spanish')], help_text='The language of the event page they answered on, e.g. to write back to them in it.', max_length=10, verbose_name='language'),
        ),
        migrations.AddField(
            model_name='signature',
            name='language',
            field=models.CharField(blank=True, choices=[('en', 'English'), ('es', 'Spanish')], help_text='The language of the page they signed on, e.g. to write back to them in it.', max_length=10, verbose_name='language'),
        ),
        # Elidable: a new database has no rows to convert, so the squashed migration leaves it out.
        migrations.RunPython(language_from_page, migrations.RunPython.noop, elidable=True),
    ]
