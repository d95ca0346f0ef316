"""Local development: DEBUG on, console email, the offline checkout when no Stripe key is set."""

from .base import *  # noqa: F403
from .base import STRIPE_SECRET_KEY, env_bool, os

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = os.environ.get("SECRET_KEY") or "dev-only-insecure-key-do-not-use-in-production"
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DONATIONS_OFFLINE_CHECKOUT = not STRIPE_SECRET_KEY
# Admin emails and links point at the port `make run` serves on (PORT), unless set outright.
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL") or f"http://127.0.0.1:{os.environ.get('PORT') or 8000}"
# Tasks run inline in dev unless a worker backend is asked for, so `make run` needs no worker.
TASKS = {"default": {"BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend")}}

# Serve static files straight from the app folders; no collectstatic needed.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
