"""Production: every secret from the environment, HTTPS everywhere, no offline checkout."""

from django.core.exceptions import ImproperlyConfigured

from ops.sentry import init_sentry

from .base import *  # noqa: F403
from .base import BASE_DIR, REDIS_URL, SILENCED_SYSTEM_CHECKS, env_bool, os

DEBUG = False

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in production.")

# Behind a proxy that terminates TLS, set SECURE_SSL_REDIRECT=false and let the proxy redirect.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Load balancers and the container's HEALTHCHECK probe over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

DONATIONS_OFFLINE_CHECKOUT = False
if env_bool("DONATIONS_OFFLINE_CHECKOUT", False):
    raise ImproperlyConfigured("The offline test checkout cannot run in production; set STRIPE_SECRET_KEY.")

# With SECURE_SSL_REDIRECT off, Django's deploy check still wants to know it was on purpose.
if not SECURE_SSL_REDIRECT:
    SILENCED_SYSTEM_CHECKS = [*SILENCED_SYSTEM_CHECKS, "security.W008"]

# --- Error reporting (sentry-sdk): off unless SENTRY_DSN is set; no personal data, emails scrubbed ---

init_sentry(
    os.environ.get("SENTRY_DSN", ""),
    environment=os.environ.get("SENTRY_ENVIRONMENT", "production"),
    traces_sample_rate=float(os.environ.get("SENTRY_TRACES_SAMPLE_RATE", "0")),
)

# --- Page cache without Redis ------------------------------------------------
# Every gunicorn worker must see the same cached pages and the same purge: without REDIS_URL, a file cache
# on this machine's disk (one app server only; several servers need Redis). Not /tmp: the cache holds pickles,
# so its folder must be writable by the app's user alone.
if not REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "pagecache.file_cache.FileCache",  # Django's, with repeated reads cheap
            "LOCATION": os.environ.get("FILE_CACHE_DIR", str(BASE_DIR / "var" / "cache")),
            # The most files kept (pages and frame parts; a third are culled when full): bounds the disk used.
            "OPTIONS": {"MAX_ENTRIES": int(os.environ.get("FILE_CACHE_MAX_ENTRIES", "5000"))},
        }
    }
    CACHES["renditions"] = RENDITIONS_CACHE  # noqa: F405 (base.py)
