"""A blank install's welcome page gives up the slug "home", so an editor's first home page can be called "Home".

Wagtail's own migrations make a "Welcome to your new Wagtail site!" page with the slug "home" as the default site's
root. An editor adding the site's home page under the tree's root and titling it "Home" was refused ("The slug
'home' is already in use within the parent page") over a page that is replaced as soon as the new home page is
published (home/first_home.py). Only that untouched welcome page (the bare page type, nothing under it) is renamed."""

from django.db import migrations

WELCOME_SLUG = "wagtail-welcome"


def rename(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    ContentType = apps.get_model("contenttypes", "ContentType")
    bare = ContentType.objects.filter(app_label="wagtailcore", model="page").first()
    if bare is None:
        return
    Page.objects.filter(depth=2, slug="home", content_type=bare, numchild=0).update(
        slug=WELCOME_SLUG, url_path=f"/{WELCOME_SLUG}/"
    )


def restore(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Page.objects.filter(depth=2, slug=WELCOME_SLUG, numchild=0).update(slug="home", url_path="/home/")


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0008_hero_image_decorative"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(rename, restore)]
