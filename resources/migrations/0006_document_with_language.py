"""Documents get a language: the library moves from wagtaildocs.Document to resources.LanguageDocument.

Every document is copied with its id, so the ids stored in StreamField chooser blocks and rich-text links, and
the resource pages' links (re-pointed at the new table below), find the same file. Its tags, collection,
uploader and dates come along; the groups that could add, change, delete or choose documents in a collection
get the same permissions on the new model; Wagtail's reference index ("Used in") and search entries are moved
to it. A document's language starts as the one every resource page linking to it already gave it.

The old rows are left in wagtaildocs_document (nothing reads them), so going back is possible: the reverse
removes the copies and the new permissions, and re-points the links.
"""

import django.db.models.deletion
import modelsearch.index
import taggit.managers
import wagtail.models.media
from django.conf import settings
from django.core.management.color import no_style
from django.db import migrations, models

ACTIONS = ("add", "change", "delete", "choose", "view")


def content_types(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    old, _created = ContentType.objects.get_or_create(app_label="wagtaildocs", model="document")
    new, _created = ContentType.objects.get_or_create(app_label="resources", model="languagedocument")
    return old, new


def copy_documents(apps, schema_editor):
    Old = apps.get_model("wagtaildocs", "Document")
    New = apps.get_model("resources", "LanguageDocument")
    fields = ["id", "title", "file", "created_at", "uploaded_by_user_id", "collection_id", "file_size", "file_hash"]
    rows = list(Old.objects.order_by("pk").values(*fields))
    copies = New.objects.bulk_create([New(**row) for row in rows], batch_size=500)
    for copy, row in zip(copies, rows, strict=True):
        copy.created_at = row["created_at"]  # bulk_create stamped "now" (auto_now_add); keep the upload date
    New.objects.bulk_update(copies, ["created_at"], batch_size=500)
    if rows:  # PostgreSQL: the next upload gets an id after the copied ones
        for sql in schema_editor.connection.ops.sequence_reset_sql(no_style(), [New]):
            schema_editor.execute(sql)

    old_type, new_type = content_types(apps)
    TaggedItem = apps.get_model("taggit", "TaggedItem")
    TaggedItem.objects.bulk_create(
        [
            TaggedItem(tag_id=item.tag_id, content_type=new_type, object_id=item.object_id)
            for item in TaggedItem.objects.filter(content_type=old_type)
        ]
    )
    ReferenceIndex = apps.get_model("wagtailcore", "ReferenceIndex")
    ReferenceIndex.objects.filter(to_content_type=old_type).update(to_content_type=new_type)
    IndexEntry = apps.get_model("wagtailsearch", "IndexEntry")
    IndexEntry.objects.filter(content_type=old_type).update(content_type=new_type)
    copy_permissions(apps, old_type, new_type)

    # A document's language: the one every resource page linking to it gave it, when they agree.
    ResourceDocument = apps.get_model("resources", "ResourceDocument")
    given = {}
    for document_id, language_id in ResourceDocument.objects.exclude(language=None).values_list(
        "document_id", "language_id"
    ):
        given.setdefault(document_id, set()).add(language_id)
    for document_id, languages in given.items():
        if len(languages) == 1:
            New.objects.filter(pk=document_id).update(language_id=languages.pop())


def copy_permissions(apps, old_type, new_type):
    """Whoever could add, change, delete or choose documents (in a collection, or site-wide) still can."""
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    for action in ACTIONS:
        old = Permission.objects.filter(content_type=old_type, codename=f"{action}_document").first()
        new, _created = Permission.objects.get_or_create(
            content_type=new_type,
            codename=f"{action}_languagedocument",
            defaults={"name": f"Can {action} document"},
        )
        if old is None:
            continue
        for row in GroupCollectionPermission.objects.filter(permission=old):
            GroupCollectionPermission.objects.get_or_create(
                group_id=row.group_id, collection_id=row.collection_id, permission=new
            )
        for group in Group.objects.filter(permissions=old):
            group.permissions.add(new)


def remove_copies(apps, schema_editor):
    old_type, new_type = content_types(apps)
    apps.get_model("taggit", "TaggedItem").objects.filter(content_type=new_type).delete()
    apps.get_model("wagtailcore", "ReferenceIndex").objects.filter(to_content_type=new_type).update(
        to_content_type=old_type
    )
    apps.get_model("wagtailsearch", "IndexEntry").objects.filter(content_type=new_type).update(
        content_type=old_type
    )
    apps.get_model("auth", "Permission").objects.filter(content_type=new_type).delete()
    apps.get_model("resources", "LanguageDocument").objects.all().delete()


class Migration(migrations.Migration):

    dependencies = [
        ('resources', '0005_editor_help_and_blocks'),
        ('taggit', '0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx'),
        ('wagtailcore', '0098_apitoken'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ('wagtaildocs', '0014_alter_document_file_size'),
        ('wagtailsearch', '0010_add_text_fields'),
        ('auth', '0012_alter_user_first_name_max_length'),
        ('contenttypes', '0002_remove_content_type_name'),
    ]

    operations = [
        migrations.AlterField(
            model_name='resourcedocument',
            name='language',
            field=models.ForeignKey(blank=True, help_text="Leave empty to show the document's own language (set in Documents). Choose one only to show another here, e.g. “Español”.", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='resources.language', verbose_name='file language'),
        ),
        migrations.CreateModel(
            name='LanguageDocument',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('title', models.CharField(max_length=255, verbose_name='title')),
                ('file', models.FileField(upload_to='documents', verbose_name='file')),
                ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='created at')),
                ('file_size', models.PositiveBigIntegerField(editable=False, null=True)),
                ('file_hash', models.CharField(blank=True, editable=False, max_length=40)),
                ('collection', models.ForeignKey(default=wagtail.models.media.get_root_collection_id, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='wagtailcore.collection', verbose_name='collection')),
                ('language', models.ForeignKey(blank=True, help_text='The language the file is written in, e.g. “Español”; shown beside its link on resource pages. Leave empty when it has no text.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='resources.language', verbose_name='language')),
                ('tags', taggit.managers.TaggableManager(blank=True, help_text=None, through='taggit.TaggedItem', to='taggit.Tag', verbose_name='tags')),
                ('uploaded_by_user', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, to=settings.AUTH_USER_MODEL, verbose_name='uploaded by user')),
            ],
            options={
                'verbose_name': 'document',
                'verbose_name_plural': 'documents',
                'permissions': [('choose_languagedocument', 'Can choose document')],
                'abstract': False,
            },
            bases=(modelsearch.index.Indexed, models.Model),
        ),
        migrations.RunPython(copy_documents, remove_copies),
        migrations.AlterField(
            model_name='resourcedocument',
            name='document',
            field=models.ForeignKey(help_text='A file from the document library, e.g. a PDF; its title becomes the link text.', on_delete=django.db.models.deletion.CASCADE, related_name='+', to='resources.languagedocument'),
        ),
    ]
