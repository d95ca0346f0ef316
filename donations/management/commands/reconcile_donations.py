import re
import time

from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q

from donations import events, stripe_gateway
from donations.fulfilment import fulfil_checkout_session
from donations.models import Donation
from donations.stripe_data import parse_uuid
from donations.verify import verify as verify_with_stripe

UNITS = {"m": 60, "h": 3600, "d": 86400}

# What a missed webhook can leave wrong besides a checkout: renewals, refunds, disputes, failed payments and
# subscription changes. Stripe lists events for 30 days; each goes through the webhook's own code.
REPAIRED_EVENT_TYPES = [name for name in events.HANDLED_TYPES if not name.startswith("checkout.session.")]


def parse_since(value):
    """ "3d", "12h", "30m" -> seconds."""
    match = re.fullmatch(r"([0-9]{1,4})([mhd])", (value or "").strip())
    if not match:
        raise CommandError("--since takes a number and a unit, like 3d, 12h or 30m.")
    return int(match.group(1)) * UNITS[match.group(2)]


class Command(BaseCommand):
    help = (
        "Asks Stripe for recent Checkout Sessions and events (renewals, refunds, disputes, failed payments, "
        "subscription changes) and records what a missed or failed webhook left undone, through the same code "
        "the webhook uses. Safe to run any number of times (e.g. hourly from cron)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--since", default="3d", help="How far back to look: 3d, 12h, 30m (default 3d).")
        parser.add_argument(
            "--verify",
            action="store_true",
            help="Also compare every gift's paid, refunded and disputed amounts with Stripe's charges since then, "
            "repairing what Stripe's objects can repair and reporting the rest.",
        )

    def handle(self, *args, since, verify, **options):
        created_since = time.time() - parse_since(since)
        try:
            checked, fixed = self.reconcile_sessions(created_since)
            seen, processed, failed = self.reconcile_events(created_since)
            verified = verify_with_stripe(created_since) if verify else None
        except stripe_gateway.PaymentProviderError as error:
            raise CommandError(f"Stripe could not be asked: {error}") from error
        if verified is not None:
            for line in verified.repaired:
                self.stdout.write(f"{line}")
            for line in verified.reported:
                self.stderr.write(f"{line}")
            self.stdout.write(
                self.style.SUCCESS(
                    f"Verified {verified.checked} Stripe charges: {len(verified.repaired)} repaired, "
                    f"{len(verified.reported)} reported."
                )
            )
        self.stdout.write(self.style.SUCCESS(f"Checked {checked} Checkout Sessions; updated {fixed} donations."))
        summary = f"Checked {seen} events; processed {processed} that were missed or had failed"
        self.stdout.write(self.style.SUCCESS(summary + (f"; {failed} still failing." if failed else ".")))
        if failed:
            raise CommandError(f"{failed} events could not be processed; see the admin's failed webhooks.")

    def reconcile_sessions(self, created_since):
        checked = fixed = 0
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
        return checked, fixed

    def reconcile_events(self, created_since):
        """Stores events the webhook never received and processes every unprocessed one, oldest first."""
        listed = list(stripe_gateway.recent_events(created_since, REPAIRED_EVENT_TYPES))
        processed = failed = 0
        for event in reversed(listed):  # Stripe lists newest first; the news makes most sense in order
            if not isinstance(event.get("id"), str) or not isinstance(event.get("data", {}).get("object"), dict):
                continue
            stored = events.store_event(event)
            if stored.processed_at is not None:
                continue
            try:
                if events.process_event(stored.pk):
                    processed += 1
                    self.stdout.write(f"{event['id']}: {event['type']} processed")
            except Exception as error:  # noqa: BLE001 - recorded on the event, listed in the admin
                failed += 1
                self.stderr.write(f"{event['id']}: {event['type']} failed: {error}")
        return len(listed), processed, failed
