import time

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from ops.schedule import Scheduler, default_jobs


class Command(BaseCommand):
    help = (
        "Runs the periodic jobs (publish_scheduled, prune_rate_limits, reconcile_donations, send_weekly_actions, "
        "purge_supporter_data) "
        "on their schedule, forever. Run exactly one per site (the compose file's `scheduler` service)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--list", action="store_true", help="Print each job and when it is next due, then exit.")

    def handle(self, *args, **options):
        scheduler = Scheduler(default_jobs(settings.WEEKLY_ACTIONS_SEND_AT, bool(settings.STRIPE_SECRET_KEY)))
        if options["list"]:
            for job, due in sorted(scheduler.due.items(), key=lambda item: item[1]):
                self.stdout.write(f"{job}: next at {timezone.localtime(due).isoformat(timespec='minutes')}")
            return
        while True:
            scheduler.run_pending()
            time.sleep(scheduler.seconds_until_next())
