"""Wagtail's "Editors" group may publish pages (and their translations), not only submit them for approval.

An organisation's communications staff publish on the day of action themselves; Wagtail's default leaves them
"Submit to Moderators approval" only, and no seed could go live from their hands. Sites that want a second pair of
eyes keep Wagtail's workflows (Settings → Workflows) or remove this permission in Groups → Editors."""

from django.db import migrations


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    editors = Group.objects.filter(name="Editors").first()
    root = Page.objects.filter(depth=1).first()
    publish = Permission.objects.filter(content_type__app_label="wagtailcore", codename="publish_page").first()
    if editors is None or root is None or publish is None:  # a site that removed Wagtail's defaults
        return
    GroupPagePermission.objects.get_or_create(group=editors, page=root, permission=publish)


def revoke(apps, schema_editor):
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupPagePermission.objects.filter(
        group__name="Editors", page__depth=1, permission__codename="publish_page"
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("editors", "0001_editors_group_permissions"),
        ("wagtailcore", "0090_remove_grouppagepermission_permission_type"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
