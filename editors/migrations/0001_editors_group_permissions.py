"""Wagtail's "Editors" group may edit what an editor publishes besides pages: the directory's organisations and
languages, the navigation menus, the site text and the organisation's settings. Supporters' data (signatures,
RSVPs, donations, subscribers) stays with the "Supporter data" group: nothing here touches it.

Permissions are made here if Django has not made them yet (a fresh database makes them only after migrating)."""

from django.db import migrations

GRANTS = {
    ("resources", "organisation"): ("add", "change", "delete", "view"),
    ("resources", "language"): ("add", "change", "view"),
    ("home", "navigationmenu"): ("add", "change", "delete", "view"),
    ("home", "sitetext"): ("add", "change", "delete", "view"),
    ("home", "organisationsettings"): ("change",),
}


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    editors = Group.objects.filter(name="Editors").first()
    if editors is None:  # a site that removed Wagtail's default group
        return
    for (app_label, model), actions in GRANTS.items():
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        for action in actions:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )
            editors.permissions.add(permission)


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    editors = Group.objects.filter(name="Editors").first()
    if editors is None:
        return
    for (app_label, model), actions in GRANTS.items():
        editors.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label=app_label, codename__in=[f"{action}_{model}" for action in actions]
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("wagtailcore", "0002_initial_data"),
        ("home", "0008_hero_image_decorative"),
        ("resources", "0006_document_with_language"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
