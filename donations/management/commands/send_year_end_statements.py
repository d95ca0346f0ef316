from datetime import datetime

from django.core.management.base import BaseCommand, CommandError
from django.db import IntegrityError, transaction
from django.utils import timezone

from donations.emails import statement_message
from donations.models import Donation, YearEndStatement
from donations.money import format_amount


def year_bounds(year):
    """1 January to 1 January in the site's time zone: a 9 pm gift on 31 December belongs to that year."""
    zone = timezone.get_current_timezone()
    return datetime(year, 1, 1, tzinfo=zone), datetime(year + 1, 1, 1, tzinfo=zone)


def gifts_by_donor(year):
    """{email (lowercased): [paid gifts that year]}: refunded and disputed gifts left out, partial refunds net."""
    start, end = year_bounds(year)
    donations = (
        Donation.objects.filter(status=Donation.Status.PAID, paid_at__gte=start, paid_at__lt=end)
        .exclude(donor_email="")
        .order_by("paid_at")
    )
    grouped = {}
    for donation in donations.iterator():
        if donation.amount - donation.amount_refunded > 0:
            grouped.setdefault(donation.donor_email.strip().lower(), []).append(donation)
    return grouped


class Command(BaseCommand):
    help = (
        "Emails each donor one statement of their paid, unrefunded gifts in a year (site time zone), in their "
        "language. Resumable: a donor who already has that year's statement is skipped."
    )

    def add_arguments(self, parser):
        parser.add_argument("--year", type=int, required=True)
        parser.add_argument("--dry-run", action="store_true", help="Print who would get what; send nothing.")

    def handle(self, *args, year, dry_run, **options):
        if not 2000 <= year <= timezone.localdate().year:
            raise CommandError("--year must be a past or the current year, like 2026.")
        already = set(YearEndStatement.objects.filter(year=year).values_list("email", flat=True))
        sent = skipped = 0
        for email, donations in sorted(gifts_by_donor(year).items()):
            if email in already:
                skipped += 1
                continue
            language = donations[-1].language or "en"
            totals = {}
            for donation in donations:
                totals[donation.currency] = (
                    totals.get(donation.currency, 0) + donation.amount - donation.amount_refunded
                )
            summary = ", ".join(format_amount(total, currency) for currency, total in sorted(totals.items()))
            if dry_run:
                sent += 1
                self.stdout.write(f"{email}: {len(donations)} gifts, {summary} ({language})")
                continue
            try:
                with transaction.atomic():
                    YearEndStatement.objects.create(email=email, year=year, language=language, gifts=len(donations))
                    statement_message(email, year, donations, language).send()
            except IntegrityError:
                skipped += 1  # another run got there first
                continue
            sent += 1
            self.stdout.write(f"{email}: sent ({len(donations)} gifts, {summary})")
        verb = "would be sent (dry run: nothing sent)" if dry_run else "sent"
        self.stdout.write(self.style.SUCCESS(f"{year}: {sent} statements {verb}; {skipped} donors already had one."))
