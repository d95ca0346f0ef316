import re
import time

from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q

from donations import stripe_gateway
from donations.fulfilment import fulfil_checkout_session, parse_uuid
from donations.models import Donation

UNITS = {"m": 60, "h": 3600, "d": 86400}


def parse_since(value):
    """ "3d", "12h", "30m" -> seconds."""
    match = re.fullmatch(r"([0-9]{1,4})([mhd])", (value or "").strip())
    if not match:
        raise CommandError("--since takes a number and a unit, like 3d, 12h or 30m.")
    return int(match.group(1)) * UNITS[match.group(2)]


class Command(BaseCommand):
    help = (
        "Asks Stripe for recent Checkout Sessions and records the ones a missed webhook left pending, through the "
        "same fulfilment code the webhook uses. Safe to run any number of times (e.g. hourly from cron)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--since", default="3d", help="How far back to look: 3d, 12h, 30m (default 3d).")

    def handle(self, *args, since, **options):
        created_since = time.time() - parse_since(since)
        checked = fixed = 0
        try:
            for session in stripe_gateway.recent_checkout_sessions(created_since):
                checked += 1
                if session.get("status") not in {"complete", "expired"}:
                    continue
                ours = Q(stripe_checkout_session_id=session.get("id"))
                reference = parse_uuid(session.get("client_reference_id"))
                if reference:
                    ours |= Q(pk=reference)
                if not Donation.objects.filter(ours, status=Donation.Status.PENDING).exists():
                    continue
                updated = fulfil_checkout_session(session)
                if updated is not None and updated.status != Donation.Status.PENDING:
                    fixed += 1
                    self.stdout.write(f"{session['id']}: {updated.get_status_display().lower()}")
        except stripe_gateway.PaymentProviderError as error:
            raise CommandError(f"Stripe could not be asked: {error}") from error
        self.stdout.write(self.style.SUCCESS(f"Checked {checked} Checkout Sessions; updated {fixed} donations."))
