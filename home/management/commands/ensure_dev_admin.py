import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "admin"
PASSWORD = "changeme"


class Command(BaseCommand):
    help = "Development only: makes sure an admin account exists and says how to log in."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("ensure_dev_admin only runs with DEBUG on; use createsuperuser in production.")
        User = get_user_model()
        if not User.objects.filter(username=USERNAME).exists():
            User.objects.create_superuser(USERNAME, "admin@example.org", PASSWORD)
        self.stdout.write(
            self.style.SUCCESS(
                f"Admin: http://127.0.0.1:{os.environ.get('PORT') or 8000}/admin/ "
                f"user '{USERNAME}', password '{PASSWORD}' (development only)."
            )
        )
