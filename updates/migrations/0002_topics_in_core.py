"""Moves this app's topics into the one shared `core.Topic`, merging rows that share a language and a slug,
and re-points the pages (and their saved revisions, so a draft published later keeps its topics)."""

import modelcluster.fields
from django.db import migrations


def move_topics(apps, schema_editor):
    Old = apps.get_model("updates", "Topic")
    New = apps.get_model("core", "Topic")
    PageModel = apps.get_model("updates", "UpdatePage")
    id_map = {}
    for group_key in Old.objects.values_list("translation_key", flat=True).distinct():
        members = list(Old.objects.filter(translation_key=group_key).order_by("pk"))
        same = [New.objects.filter(locale_id=m.locale_id, slug=m.slug).first() for m in members]
        key = next((topic.translation_key for topic in same if topic is not None), group_key)
        for member, existing in zip(members, same):
            topic = existing or New.objects.filter(translation_key=key, locale_id=member.locale_id).first()
            if topic is None:
                topic = New.objects.create(translation_key=key, locale_id=member.locale_id, name=member.name, slug=member.slug)
            id_map[member.pk] = topic.pk
    OldLinks = PageModel.topics.through
    NewLinks = PageModel.core_topics.through
    NewLinks.objects.bulk_create(
        [NewLinks(updatepage_id=link.updatepage_id, topic_id=id_map[link.topic_id]) for link in OldLinks.objects.all()],
        ignore_conflicts=True,
    )
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    content_type = ContentType.objects.filter(app_label="updates", model="updatepage").first()
    if content_type is None:
        return
    for revision in Revision.objects.filter(content_type_id=content_type.pk).iterator():
        topics = revision.content.get("topics")
        if topics:
            revision.content["topics"] = [id_map.get(pk, pk) for pk in topics]
            revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("updates", "0001_initial"),
        ("core", "0001_topic"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="updatepage",
            name="core_topics",
            field=modelcluster.fields.ParentalManyToManyField(blank=True, related_name="+", to="core.topic"),
        ),
        # Elidable: a new database has no rows to convert, so the squashed migration leaves it out.
        migrations.RunPython(move_topics, migrations.RunPython.noop, elidable=True),
        migrations.RemoveField(model_name="updatepage", name="topics"),
        migrations.RenameField(model_name="updatepage", old_name="core_topics", new_name="topics"),
        migrations.AlterField(
            model_name="updatepage",
            name="topics",
            field=modelcluster.fields.ParentalManyToManyField(blank=True, related_name="updates", to="core.topic"),
        ),
        migrations.DeleteModel(name="Topic"),
    ]
