"""Development only: points the default Wagtail Site at the address `make run` serves on.

Canonical links, share links, links in emails and Stripe's return URLs are built from the Site record, so
`PORT=8080 make run` must not leave it saying 127.0.0.1:8000.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site


class Command(BaseCommand):
    help = "Development only: sets the default site's hostname and port to where runserver listens."

    def add_arguments(self, parser):
        parser.add_argument("--hostname", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)

    def handle(self, *args, hostname, port, **options):
        if not settings.DEBUG:
            raise CommandError("set_dev_site only runs with DEBUG on; set the site's address in the admin instead.")
        if not 0 < port < 65536:
            raise CommandError(f"{port} is not a TCP port.")
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            raise CommandError("There is no default site yet: run load_demo_content first.")
        if (site.hostname, site.port) != (hostname, port):
            site.hostname, site.port = hostname, port
            site.save(update_fields=["hostname", "port"])
        self.stdout.write(f"Default site: {site.root_url}")
