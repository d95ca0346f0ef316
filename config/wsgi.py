"""WSGI entry point for gunicorn: `gunicorn config.wsgi`.

The system checks run before the first request, as `manage.py runserver` and `migrate` run them: a setting that
cannot work (a malformed rate limit, core.E001) stops the app server at start-up with its message, instead of
being discovered on a supporter's post."""

import os

from django.core.management import call_command
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

application = get_wsgi_application()
call_command("check", fail_level="ERROR")
