"""Wagtail's `publish_scheduled`, after the revisions due to go live that break a publishing rule are held back
(home/publish_paths.py): a translation with untranslated text, or a page under a section offline in its language."""

from wagtail.management.commands.publish_scheduled import Command as WagtailCommand

from home.publish_paths import hold_scheduled_revisions


class Command(WagtailCommand):
    help = (
        "Publishes the pages and snippets whose time has come and unpublishes the expired ones. A page that may not "
        "go live (untranslated text, or its section not live in its language) stays unpublished, its schedule is "
        "cancelled and its history says why."
    )

    def handle(self, *args, **options):
        for page, message in hold_scheduled_revisions(dry_run=options["dryrun"]):
            self.stdout.write(f"Not published: {page.title} (page {page.pk}): {message}")
        return super().handle(*args, **options)
