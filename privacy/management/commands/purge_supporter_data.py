"""Apply the retention settings: run daily (cron) so nothing about a supporter is kept longer than promised."""

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from privacy import audit
from privacy.registry import purgers


class Command(BaseCommand):
    help = "Expire supporters' details past the retention periods set in the environment (counts are kept)."

    def handle(self, **options):
        now = timezone.now()
        total = 0
        with transaction.atomic():
            for label, purge in purgers().items():
                for what, count in purge(now).items():
                    self.stdout.write(f"{label}: {what}: {count}")
                    total += count
            if total:
                audit.record(audit.PURGE, None, count=total)
        self.stdout.write(self.style.SUCCESS(f"Done: {total} records changed."))
