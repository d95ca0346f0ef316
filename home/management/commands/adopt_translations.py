from django.core.management.base import BaseCommand

from home.translations import adopt_all_translations


class Command(BaseCommand):
    help = (
        "Ties Spanish pages and snippets made before wagtail-localize to their English source, so they open in "
        "its translation editor. Their live text is not changed. Safe to run again."
    )

    def handle(self, *args, **options):
        adopted = adopt_all_translations()
        self.stdout.write(self.style.SUCCESS(f"Translations adopted into wagtail-localize: {adopted}."))
