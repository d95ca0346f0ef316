"""The scheduler service's timetable: the README's periodic jobs, and when each is next due.

One small process (`manage.py run_scheduler`, the compose file's `scheduler` service) runs them, so an operator
needs no cron inside a container. Every job is safe to run twice (each resumes or skips what is done), so a
restart that runs one early costs nothing; only one scheduler should run per site.
"""

import datetime
import logging
import re
from dataclasses import dataclass

from django.core.management import CommandError, call_command, get_commands
from django.db import close_old_connections
from django.utils import timezone

logger = logging.getLogger(__name__)

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKLY_AT = re.compile(r"^\s*(?P<day>[a-z]+)\s+(?P<hour>\d{1,2}):(?P<minute>\d{2})\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Job:
    """A management command run every `every`, or at `at` (local time) on `weekday` (None: every day)."""

    command: str
    args: tuple = ()
    every: datetime.timedelta | None = None
    at: datetime.time | None = None
    weekday: int | None = None

    def __str__(self):
        return " ".join((self.command, *self.args))

    def first_run(self, now):
        """Interval jobs run at start (they catch up on what waited); timed jobs wait for their time."""
        return now if self.every else self.next_run(now)

    def next_run(self, after):
        if self.every:
            return after + self.every
        local = timezone.localtime(after)
        candidate = local.replace(hour=self.at.hour, minute=self.at.minute, second=0, microsecond=0)
        if self.weekday is not None:
            candidate += datetime.timedelta(days=(self.weekday - candidate.weekday()) % 7)
        step = datetime.timedelta(days=1 if self.weekday is None else 7)
        while candidate <= local:
            candidate += step
        # Rebuild from the wall-clock time so a daylight-saving change keeps the job at its local hour.
        naive = candidate.replace(tzinfo=None)
        return timezone.make_aware(naive, timezone.get_current_timezone())


def parse_weekly(value):
    """ "tuesday 08:00" -> (weekday number, time). Raises ValueError with a readable message."""
    match = WEEKLY_AT.match(value or "")
    day = match and match["day"].lower()
    if not match or day not in WEEKDAYS or int(match["hour"]) > 23 or int(match["minute"]) > 59:
        raise ValueError(f"Expected a weekday and a time such as 'tuesday 08:00', not {value!r}.")
    return WEEKDAYS.index(day), datetime.time(int(match["hour"]), int(match["minute"]))


def default_jobs(weekly_actions_at="tuesday 08:00", stripe_configured=True):
    """The README's jobs. Without a Stripe key there is nothing to reconcile, so that job is left out."""
    weekday, at = parse_weekly(weekly_actions_at)
    jobs = [
        Job("publish_scheduled", every=datetime.timedelta(minutes=5)),
        Job("prune_rate_limits", every=datetime.timedelta(minutes=15)),
        Job("reconcile_donations", ("--since", "3d"), every=datetime.timedelta(hours=1)),
        Job("send_weekly_actions", weekday=weekday, at=at),
        Job("purge_supporter_data", at=datetime.time(3, 30)),
    ]
    if not stripe_configured:
        logger.info("Not scheduling reconcile_donations: STRIPE_SECRET_KEY is not set.")
        jobs = [job for job in jobs if job.command != "reconcile_donations"]
    return jobs


def run_job(job):
    """Runs one job; a failure is logged (and reported, with SENTRY_DSN) and never stops the scheduler."""
    close_old_connections()
    try:
        logger.info("Running %s", job)
        call_command(job.command, *job.args)
    except CommandError as error:  # an expected refusal ("no published issue"): one line, no traceback
        logger.error("Scheduled job %s: %s", job, error)
    except Exception:
        logger.exception("Scheduled job %s failed", job)
    finally:
        close_old_connections()


class Scheduler:
    """Keeps each job's next due time; `run_pending()` runs what is due. The clock and runner are injectable."""

    def __init__(self, jobs, now=timezone.now, run=run_job):
        self.now, self.run = now, run
        available = get_commands()
        missing = [job for job in jobs if job.command not in available]
        for job in missing:
            logger.warning("Not scheduling %s: this site has no such command.", job)
        start = now()
        self.due = {job: job.first_run(start) for job in jobs if job not in missing}

    def run_pending(self):
        ran = []
        for job, due in list(self.due.items()):
            if due <= self.now():
                self.run(job)
                ran.append(job)
                self.due[job] = job.next_run(self.now())
        return ran

    def seconds_until_next(self, cap=60.0):
        if not self.due:
            return cap
        wait = (min(self.due.values()) - self.now()).total_seconds()
        return max(0.0, min(cap, wait))
