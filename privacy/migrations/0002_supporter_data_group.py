"""The "Supporter data" group: admin access plus "Can view supporters' personal data"."""

from django.db import migrations


def create_group(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    content_type, _ = ContentType.objects.get_or_create(app_label="privacy", model="supporterdata")
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename="view_supporter_data",
        defaults={"name": "Can view supporters' personal data"},
    )
    group, _ = Group.objects.get_or_create(name="Supporter data")
    group.permissions.add(permission)
    admin_access = Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin").first()
    if admin_access is not None:
        group.permissions.add(admin_access)


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Supporter data").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("privacy", "0001_supporter_data_permission"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
