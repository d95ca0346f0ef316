"""Erase one person everywhere they left data, on their request (GDPR/CCPA-style "forget me")."""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from privacy import audit
from privacy.registry import erasers


class Command(BaseCommand):
    help = "Remove or anonymise everything stored about one email address (counts and amounts are kept)."

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("--yes", action="store_true", help="Do not ask for confirmation.")

    def handle(self, email, yes=False, **options):
        email = email.strip()
        if "@" not in email:
            raise CommandError("Give the supporter's email address, e.g. erase_supporter ana@example.org")
        if not yes:
            if not options.get("interactive", True) or not self.stdin_is_tty():
                raise CommandError("Add --yes to erase without being asked.")
            answer = input(f"Erase everything stored about {email}? This cannot be undone. Type 'yes': ")
            if answer.strip().lower() != "yes":
                raise CommandError("Nothing erased.")
        total = 0
        with transaction.atomic():
            for label, erase in erasers().items():
                for what, count in erase(email).items():
                    self.stdout.write(f"{label}: {what}: {count}")
                    total += count
            audit.record(audit.ERASE, None, count=total)
        self.stdout.write(self.style.SUCCESS(f"Done: {total} records changed. The audit log notes the erasure."))

    @staticmethod
    def stdin_is_tty():
        import sys

        return sys.stdin.isatty()
