import hashlib

from django.core.management.base import BaseCommand, CommandError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.formats import date_format

from donations import fiscal
from donations.emails import statement_message
from donations.models import Donation, YearEndStatement
from donations.money import format_amount


def year_bounds(year):
    """The fiscal year's start and end in the site's time zone: a 9 pm gift on 31 December belongs to that year."""
    return fiscal.year_bounds(year)


def kept(donation):
    return max(donation.amount - donation.amount_refunded, 0)


def gifts_by_donor(year, emails=None):
    """{email (lowercased): [paid gifts that year]}: refunded and disputed gifts left out, partial refunds net.
    A donor's gifts are grouped under the donor's address, whichever address each was given from."""
    start, end = year_bounds(year)
    donations = (
        Donation.objects.filter(status=Donation.Status.PAID, paid_at__gte=start, paid_at__lt=end)
        .exclude(donor_email="")
        .select_related("donor")
        .order_by("paid_at")
    )
    grouped = {}
    for donation in donations.iterator():
        # One statement per person: gifts from an address merged into a donor go to the donor's address.
        email = donation.donor.email if donation.donor_id else donation.donor_email.strip().lower()
        if emails is not None and email not in emails:
            continue
        if kept(donation) > 0:
            grouped.setdefault(email, []).append(donation)
    return grouped


def fingerprint(donations):
    """What a statement says, in one hash: each gift's id, kept amount and currency."""
    parts = sorted(f"{donation.pk}:{kept(donation)}:{donation.currency}" for donation in donations)
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def summary(donations):
    totals = {}
    for donation in donations:
        totals[donation.currency] = totals.get(donation.currency, 0) + kept(donation)
    return ", ".join(format_amount(total, currency) for currency, total in sorted(totals.items())) or "0"


class Command(BaseCommand):
    help = (
        "Emails each donor one statement of their paid, unrefunded gifts in a fiscal year (site time zone, "
        "DONATIONS_FISCAL_YEAR_START_MONTH), in their language. Refuses a year that has not ended unless "
        "--before-year-end. Resumable: a donor who already has that year's statement is skipped, and one address "
        "that fails is reported and skipped while the run goes on. --corrections sends a corrected statement to "
        "each donor whose gifts of that year changed after theirs went out."
    )

    def add_arguments(self, parser):
        parser.add_argument("--year", type=int, required=True)
        parser.add_argument("--dry-run", action="store_true", help="Print who would get what; send nothing.")
        parser.add_argument(
            "--before-year-end",
            action="store_true",
            help="Send although the year has not ended yet (later gifts then need --corrections).",
        )
        parser.add_argument(
            "--corrections",
            action="store_true",
            help="Also send a corrected statement to donors whose statement is out of date.",
        )

    def handle(self, *args, year, dry_run, before_year_end, corrections, **options):
        if not 2000 <= year <= fiscal.current_year():
            raise CommandError("--year must be a past or the current year, like 2026.")
        if not fiscal.has_ended(year) and not before_year_end:
            ends = date_format(timezone.localtime(year_bounds(year)[1]), "DATE_FORMAT")
            raise CommandError(
                f"{year} has not ended yet (it ends on {ends}); gifts made later would be left out. "
                "Wait, or pass --before-year-end to send now (then run --corrections after the year ends)."
            )
        self.dry_run = dry_run
        self.sent = self.skipped = self.failed = self.corrected = 0
        statements = {s.email: s for s in YearEndStatement.objects.filter(year=year)}
        for email, donations in sorted(gifts_by_donor(year).items()):
            if email in statements:
                self.skipped += 1
                continue
            self.send_first(email, year, donations)
        stale = [statement for statement in statements.values() if statement.out_of_date]
        if corrections:
            current = gifts_by_donor(year, emails={statement.email for statement in stale})
            for statement in sorted(stale, key=lambda statement: statement.email):
                self.send_correction(statement, current.get(statement.email, []))
        verb = "would be sent (dry run: nothing sent)" if dry_run else "sent"
        line = f"{year}: {self.sent} statements {verb}; {self.skipped} donors already had one."
        if corrections:
            line += f" {self.corrected} corrected statements {verb}."
        elif stale:
            line += f" {len(stale)} statements are out of date: run again with --corrections."
        self.stdout.write(self.style.SUCCESS(line))
        if self.failed:
            raise CommandError(f"{self.failed} statements could not be sent; run the command again to retry them.")

    def _send(self, email, deliver):
        """Runs one donor's record-and-send in its own transaction: a failure rolls back that donor only."""
        try:
            with transaction.atomic():
                deliver()
        except IntegrityError:
            self.skipped += 1  # another run got there first
            return False
        except Exception as error:  # noqa: BLE001 - one bad address must not stop everyone else's statement
            self.failed += 1
            self.stderr.write(f"{email}: not sent ({type(error).__name__}); it will be retried on the next run.")
            return False
        return True

    def send_first(self, email, year, donations):
        language = donations[-1].language or "en"
        if self.dry_run:
            self.sent += 1
            self.stdout.write(f"{email}: {len(donations)} gifts, {summary(donations)} ({language})")
            return

        def deliver():
            YearEndStatement.objects.create(
                email=email, year=year, language=language, gifts=len(donations), fingerprint=fingerprint(donations)
            )
            statement_message(email, year, donations, language).send()

        if self._send(email, deliver):
            self.sent += 1
            self.stdout.write(f"{email}: sent ({len(donations)} gifts, {summary(donations)})")

    def send_correction(self, statement, donations):
        if statement.fingerprint and statement.fingerprint == fingerprint(donations):
            if not self.dry_run:
                YearEndStatement.objects.filter(pk=statement.pk).update(out_of_date=False)
            return  # saved again, but what the statement says has not changed
        language = (donations[-1].language if donations else "") or statement.language or "en"
        if self.dry_run:
            self.corrected += 1
            self.stdout.write(f"{statement.email}: corrected, {len(donations)} gifts, {summary(donations)}")
            return

        def deliver():
            locked = YearEndStatement.objects.select_for_update().get(pk=statement.pk)
            if not locked.out_of_date:
                raise IntegrityError("corrected by another run")
            locked.out_of_date = False
            locked.fingerprint = fingerprint(donations)
            locked.gifts = len(donations)
            locked.language = language
            locked.corrections += 1
            locked.corrected_at = timezone.now()
            locked.save()
            replaces = statement.corrected_at or statement.sent_at
            statement_message(statement.email, statement.year, donations, language, replaces=replaces).send()

        if self._send(statement.email, deliver):
            self.corrected += 1
            self.stdout.write(f"{statement.email}: corrected statement sent ({summary(donations)})")
