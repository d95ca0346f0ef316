"""The demo's sign-on letter had "<br>" inside a paragraph, which Wagtail's rich-text editor cannot open ("Unmatched
tags: expected br, got p"): written as "<br/>" it opens. Fixes the pages and their saved revisions."""

import re

from django.db import migrations

_BARE_BR = re.compile(r"<br\s*>")


def fix(apps, schema_editor):
    PetitionPage = apps.get_model("campaigns", "PetitionPage")
    Revision = apps.get_model("wagtailcore", "Revision")
    ContentType = apps.get_model("contenttypes", "ContentType")
    for page in PetitionPage.objects.filter(petition_text__contains="<br>"):
        PetitionPage.objects.filter(pk=page.pk).update(petition_text=_BARE_BR.sub("<br/>", page.petition_text))
    content_type = ContentType.objects.filter(app_label="campaigns", model="petitionpage").first()
    if content_type is None:
        return
    for revision in Revision.objects.filter(content_type=content_type).iterator():
        text = revision.content.get("petition_text")
        if isinstance(text, str) and _BARE_BR.search(text):
            revision.content["petition_text"] = _BARE_BR.sub("<br/>", text)
            revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("campaigns", "0008_signature_counts_index"),
        ("wagtailcore", "0098_apitoken"),
    ]

    # Elidable: a new database has no rows to convert, so the squashed migration leaves it out.
    operations = [migrations.RunPython(fix, migrations.RunPython.noop, elidable=True)]
