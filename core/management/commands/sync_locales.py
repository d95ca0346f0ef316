from django.core.management.base import BaseCommand

from core.locales import ensure_locales


class Command(BaseCommand):
    help = "Creates a Wagtail locale for each language in SITE_LANGUAGES that has none (migrate does this too)."

    def handle(self, *args, **options):
        created = ensure_locales()
        self.stdout.write(f"Created locales: {', '.join(created)}" if created else "Every site language has a locale.")
