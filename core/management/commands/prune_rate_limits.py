"""Deletes the rate-limit counters whose window has passed: the scheduler runs it every 15 minutes (ops/schedule.py),
so the table holds only live windows however the posts came in."""

from django.core.management.base import BaseCommand

from core.ratelimit_store import prune_expired


class Command(BaseCommand):
    help = "Delete the rate-limit counters whose window has passed (the database store; Redis expires its own)."

    def handle(self, **options):
        self.stdout.write(f"Expired rate-limit counters deleted: {prune_expired()}")
