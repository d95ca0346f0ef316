"""How fast the weekly actions go out: deliveries queued per second, and emails sent per second over real SMTP.

    .venv/bin/python -m tests.bench.email_rate [--subscribers 1000]     (or: make bench-email)

It builds a weekly issue and N confirmed subscribers in the test database inside a transaction that is rolled
back at the end (nothing is left behind), queues the issue as `send_weekly_actions` does, then runs each batch's
task in this process against a small SMTP sink on a free loopback port. The sink counts SMTP connections, so the
run also shows that each batch of 100 reuses one connection. Uses DATABASE_URL when set (PostgreSQL), else the
test settings' SQLite file.
"""

import argparse
import os
import socketserver
import threading
import time


class SMTPSink(socketserver.StreamRequestHandler):
    """Just enough SMTP for Django's backend: accepts every message and counts connections and messages."""

    connections = 0
    messages = 0
    lock = threading.Lock()

    def reply(self, line):
        self.wfile.write(line.encode() + b"\r\n")

    def handle(self):
        with self.lock:
            SMTPSink.connections += 1
        self.reply("220 sink ready")
        while line := self.rfile.readline():
            verb = line[:4].upper()
            if verb == b"EHLO":
                self.reply("250-sink\r\n250 8BITMIME")
            elif verb == b"DATA":
                self.reply("354 end with <CRLF>.<CRLF>")
                while (data := self.rfile.readline()) and data != b".\r\n":
                    pass
                with self.lock:
                    SMTPSink.messages += 1
                self.reply("250 queued")
            elif verb == b"QUIT":
                self.reply("221 bye")
                return
            else:  # HELO, MAIL, RCPT, RSET, NOOP
                self.reply("250 ok")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscribers", type=int, default=1000)
    options = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    import django

    django.setup()
    from django.db import connection, transaction
    from django.test.utils import override_settings
    from wagtail.models import Page

    from newsletter.models import Delivery, Subscriber
    from newsletter.sending import BATCH_SIZE, queue_issue
    from newsletter.tasks import send_issue_deliveries
    from updates.factories import WeeklyActionsIndexPageFactory, WeeklyActionsPageFactory

    connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=True)
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), SMTPSink)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    smtp = {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": server.server_address[1],
        "EMAIL_USE_TLS": False,
        "EMAIL_USE_SSL": False,
    }
    queue_only = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}

    with transaction.atomic():
        root = Page.get_first_root_node()
        index = WeeklyActionsIndexPageFactory(parent=root, slug="bench-take-action-now")
        issue = WeeklyActionsPageFactory(parent=index)
        Subscriber.objects.bulk_create(
            Subscriber(email=f"bench{n}@example.org", status=Subscriber.Status.CONFIRMED)
            for n in range(options.subscribers)
        )

        with override_settings(TASKS=queue_only):
            started = time.perf_counter()
            created, queued, _ = queue_issue(issue)
            queue_seconds = time.perf_counter() - started

        ids = list(Delivery.objects.filter(issue=issue).order_by("pk").values_list("pk", flat=True))
        batches = [ids[start : start + BATCH_SIZE] for start in range(0, len(ids), BATCH_SIZE)]
        with override_settings(**smtp):
            started = time.perf_counter()
            sent = sum(send_issue_deliveries.call(batch) for batch in batches)
            send_seconds = time.perf_counter() - started
        transaction.set_rollback(True)  # leave the database as it was

    server.shutdown()
    print(f"database: {connection.vendor}; subscribers: {options.subscribers}; batch size: {BATCH_SIZE}")
    print(f"queued:  {queued} deliveries in {queue_seconds:.2f}s = {queued / queue_seconds:,.0f} per second")
    print(f"sent:    {sent} emails in {send_seconds:.2f}s = {sent / send_seconds:,.1f} per second (SMTP on loopback)")
    print(f"smtp:    {SMTPSink.connections} connections for {len(batches)} batches, {SMTPSink.messages} messages")
    if SMTPSink.connections != len(batches) or SMTPSink.messages != sent or created != options.subscribers:
        raise SystemExit("Unexpected: each batch should reuse one connection and send every email once.")


if __name__ == "__main__":
    main()
