"""Fast, deterministic settings for the test suite. DATABASE_URL still applies (CI uses PostgreSQL)."""

from .base import *  # noqa: F403
from .languages import DEFAULT_SITE_LANGUAGES, site_languages

DEBUG = False
# English and Spanish whatever the shell's SITE_LANGUAGES says; tests of more languages override these.
LANGUAGES = site_languages(DEFAULT_SITE_LANGUAGES)
LANGUAGE_CODE = "en"
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Never a machine translator in tests, whatever the environment says.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
SECRET_KEY = "test-only-secret-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Uploaded files on disk, beside the test databases: the demo template's images are made by one process and
# shown by every worker (tests/databases.py empties the folder when it builds the templates again).
MEDIA_ROOT = str(BASE_DIR / ".test-media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
STRIPE_SECRET_KEY = ""
STRIPE_WEBHOOK_SECRET = "whsec_test_secret"
DONATIONS_OFFLINE_CHECKOUT = True
WAGTAILADMIN_BASE_URL = "http://testserver"
# Pages render on every request, as each app's tests expect; pagecache's own tests turn the cache on.
PAGECACHE_ENABLED = False
# Locales are looked up afresh: tests create and roll back their own (pagecache/locales.py).
LOCALE_CACHE_SECONDS = 0
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}

# Serve static files straight from the app folders; no collectstatic needed.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True

# SQLite: keep the test database in a file so `--reuse-db` really reuses it between runs (an in-memory
# database is rebuilt from every migration each time). CI passes --create-db and uses PostgreSQL.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / ".test-db.sqlite3")}

# Provider webhooks: a fixed secret and Mailgun signing key, whatever the environment says.
ANYMAIL = {"WEBHOOK_SECRET": "amparo:webhook-test-secret", "MAILGUN_WEBHOOK_SIGNING_KEY": "mailgun-test-signing-key"}
DATABASES["default"]["CONN_MAX_AGE"] = 0  # a copy of the test database is swapped in between tests
