"""Sends the weekly "Take Action Now" issue to newsletter subscribers.

It lives in `updates`, which owns the issues, and hands them to `newsletter.sending.queue_issue`, which owns
subscribers and deliveries: the newsletter app never needs to know what an issue is.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from newsletter.sending import queue_issue
from updates.models import WeeklyActionsPage


def latest_issue():
    """The newest live weekly issue in the default language (subscribers get their language's translation)."""
    return (
        WeeklyActionsPage.objects.live()
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .order_by("-issue_date", "-pk")
        .first()
    )


def source_issue(page):
    """The issue in the default language, which deliveries point at, so each issue counts once across languages."""
    original = page.get_translations(inclusive=True).filter(locale__language_code=settings.LANGUAGE_CODE).first()
    return (original or page).specific


class Command(BaseCommand):
    help = (
        "Queues the latest weekly actions issue for every confirmed subscriber, in their language. "
        "Each subscriber gets an issue at most once; run it again to resume after an interruption. "
        "Emails are sent by the task worker (manage.py db_worker) or inline with the immediate backend."
    )

    def add_arguments(self, parser):
        parser.add_argument("--issue", type=int, help="The page id of the issue to send (default: the latest).")

    def handle(self, *args, **options):
        if options["issue"]:
            issue = WeeklyActionsPage.objects.live().filter(pk=options["issue"]).first()
            if issue is None:
                raise CommandError(f"No live weekly actions page with id {options['issue']}.")
            issue = source_issue(issue)
        else:
            issue = latest_issue()
            if issue is None:
                raise CommandError("There is no published weekly actions issue to send.")
        created, queued, sent = queue_issue(issue)
        self.stdout.write(
            self.style.SUCCESS(
                f"“{issue.title}” (page {issue.pk}): {created} new deliveries, {queued} handed to the task queue, "
                f"{sent} sent so far."
            )
        )
