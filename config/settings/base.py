"""Settings shared by every environment. Anything that differs between machines comes from the environment."""

import os
from pathlib import Path

import dj_database_url

from ops.anymail_env import anymail_settings
from ops.logs import logging_config
from ops.storage import media_storage

from .env import env_bool, env_list
from .languages import DEFAULT_SITE_LANGUAGES, bidi_languages, site_languages
from .machine_translation import machine_translator

BASE_DIR = Path(__file__).resolve().parent.parent.parent


# --- Core -------------------------------------------------------------------

SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "core",
    "home",
    "campaigns",
    "donations",
    "legislators",
    "updates",
    "newsletter",
    "resources",
    "editors",
    "ops",
    "privacy",
    "axes",
    "csp",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "pagecache",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales (wagtail-localize docs)
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "anymail",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # First, so every log line of the request (even a redirect or a 500) carries the proxy's X-Request-ID.
    "ops.requestid.RequestIdMiddleware",
    # Next: a hit for an anonymous visitor is answered here, with no query and none of the middleware below; it
    # carries the headers they gave the miss it stored (CSP, Permissions-Policy, security, X-Frame-Options).
    "pagecache.middleware.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "privacy.middleware.SiteCSPMiddleware",
    "privacy.middleware.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "pagecache.unavailable.DatabaseUnavailableMiddleware",
    # The request's Wagtail Site from the frame cache (a query on every request otherwise).
    "home.sites.CachedSiteMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Django's CSRF token in the admin; the Origin check on the public forms (no cookie, cacheable pages).
    "core.origin.OriginCheckMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "privacy.two_factor.SecondFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # A moderator's approval that may not publish the page (home/publish_paths.py) becomes a message, not a 500.
    "home.publish_paths.PublishRefusedMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, so it sees the failed-login lock-outs raised by the authentication backend below.
    "axes.middleware.AxesMiddleware",
]

# django-axes counts failed admin logins per user name and client address and locks that pair out (429).
# django-axes' lock-out check first. AxesBackend (not AxesStandaloneBackend) also has ModelBackend's get_user,
# so Django's force_login, which uses the first backend, keeps working; ModelBackend then checks the password.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = float(os.environ.get("AXES_COOLOFF_HOURS", "1"))  # hours; unlock earlier with axes_reset_*
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "privacy/locked_out.html"
AXES_CLIENT_IP_CALLABLE = "privacy.logins.client_ip"
AXES_VERBOSE = False
# Two-step sign-in (TOTP, django-otp): anyone may set it up; with this on, it is required of everyone who can see
# supporters' personal data (the "Supporter data" group and superusers).
ADMIN_REQUIRE_2FA = env_bool("ADMIN_REQUIRE_2FA", False)
OTP_TOTP_ISSUER = os.environ.get("WAGTAIL_SITE_NAME", "Amparo")

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Database ---------------------------------------------------------------
# DATABASE_URL, e.g. postgres://user:pass@host:5432/amparo. SQLite when unset.

DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL",
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# SQLite as the embedded default: readers never wait for a writer (WAL), a write transaction takes the lock
# when it starts (IMMEDIATE, so two writers queue instead of failing halfway) and waits up to
# SQLITE_BUSY_TIMEOUT seconds for it, so a room signing at once or a burst of webhooks all succeed.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": float(os.environ.get("SQLITE_BUSY_TIMEOUT", "20")),
        }
    )

# --- Cache ------------------------------------------------------------------
# REDIS_URL, e.g. redis://127.0.0.1:6379/0. Local-memory cache when unset (one process: `make run` only;
# production without Redis uses a file cache every worker on the machine shares, see production.py).
# A dead or slow Redis degrades to uncached pages and per-process rate limits, never to a 500.

REDIS_URL = os.environ.get("REDIS_URL", "")
REDIS_SOCKET_TIMEOUT = float(os.environ.get("REDIS_SOCKET_TIMEOUT", "0.25"))
LOCMEM_CACHE = "django.core.cache.backends.locmem.LocMemCache"
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "pagecache.resilient_cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "amparo",
            "OPTIONS": {"socket_timeout": REDIS_SOCKET_TIMEOUT, "socket_connect_timeout": REDIS_SOCKET_TIMEOUT},
        }
    }
else:
    CACHES = {"default": {"BACKEND": LOCMEM_CACHE}}
# Renditions per process (Wagtail writes each one it shows back to its cache); a replaced file shows within 60 s.
CACHES["renditions"] = RENDITIONS_CACHE = {"BACKEND": LOCMEM_CACHE, "LOCATION": "renditions", "TIMEOUT": 60}

# --- Background tasks (django-tasks; the database backend from django-tasks-db) ---

TASKS = {
    "default": {
        "BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
    }
}

# --- Passwords --------------------------------------------------------------

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Internationalisation ---------------------------------------------------

# SITE_LANGUAGES: the site's languages, comma-separated, the default first ("en,es,ht,pt-br,zh-hans,vi,ar").
# `manage.py migrate` (or `manage.py sync_locales`) creates a Wagtail locale for each (core/locales.py).
LANGUAGES = site_languages(os.environ.get("SITE_LANGUAGES") or DEFAULT_SITE_LANGUAGES)
LANGUAGE_CODE = LANGUAGES[0][0]
LANGUAGES_BIDI = bidi_languages()
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = os.environ.get("TIME_ZONE", "America/New_York")
USE_I18N = True
USE_TZ = True

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Translation with wagtail-localize. No locale tree is synchronised (that would put live English aliases under
# /es/); a new translation starts as a draft even when its source is live (it holds English text until someone
# translates it). Editors download and upload a page's translation as a PO file from the translation editor.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# No machine translator unless one is switched on (then the page's text is sent to that service):
# WAGTAILLOCALIZE_MACHINE_TRANSLATOR=deepl with DEEPL_API_KEY, or =google with GOOGLE_CLOUD_PROJECT_ID and
# GOOGLE_APPLICATION_CREDENTIALS (config/settings/machine_translation.py).
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator(os.environ)

# --- Static and media files -------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))

STORAGES = {
    # An S3-compatible bucket when AWS_STORAGE_BUCKET_NAME is set (see the media storage section below).
    "default": media_storage(os.environ),
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Email ------------------------------------------------------------------

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Amparo <hello@example.org>")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

# --- Media storage (django-storages, boto3): AWS_STORAGE_BUCKET_NAME, AWS_S3_ENDPOINT_URL, AWS_ACCESS_KEY_ID,
# AWS_SECRET_ACCESS_KEY, AWS_S3_REGION_NAME, AWS_S3_CUSTOM_DOMAIN, AWS_S3_URL_PROTOCOL, AWS_LOCATION ---
# Documents are always streamed through the app (never a link to the file), so a private collection stays private
# whether the file is on this disk or in a bucket.
WAGTAILDOCS_SERVE_METHOD = "serve_view"

# --- Email through a provider (django-anymail; optional, SMTP stays the default) ---
# EMAIL_BACKEND=anymail.backends.<esp>.EmailBackend plus ANYMAIL_* variables: each ANYMAIL_<NAME> becomes
# ANYMAIL["<NAME>"] (ANYMAIL_POSTMARK_SERVER_TOKEN, ANYMAIL_WEBHOOK_SECRET, ...); *_PARAMS values are JSON.
# The tracking webhooks (/anymail/<esp>/tracking/) are mounted only when ANYMAIL_WEBHOOK_SECRET is set.
ANYMAIL = anymail_settings(os.environ)

# --- Wagtail ----------------------------------------------------------------

WAGTAIL_SITE_NAME = os.environ.get("WAGTAIL_SITE_NAME", "Amparo")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Phones upload HEIC; renditions of it are served as JPEG. Metadata is stripped on upload (privacy/images.py).
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "heic", "jpg", "jpeg", "png", "webp"]
# The upload form refuses a file whose metadata cannot be stripped (animations keep every frame).
WAGTAILIMAGES_IMAGE_FORM_BASE = "privacy.images.ImageForm"
WAGTAILDOCS_DOCUMENT_MODEL = "resources.LanguageDocument"  # with the language it is written in
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# Wagtail's admin may load its own avatar service; keep every request first-party.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# ...and never calls releases.wagtail.org from staff's browsers (the CSP would block it anyway).
WAGTAIL_ENABLE_UPDATE_CHECK = False
# The end of an approved workflow publishes the page only when home/publish_rules.py allows it.
WAGTAIL_FINISH_WORKFLOW_ACTION = "home.publish_paths.publish_workflow_state"

# --- Stripe (secrets only from the environment) -----------------------------

STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY", "")
STRIPE_WEBHOOK_SECRET = os.environ.get("STRIPE_WEBHOOK_SECRET", "")
STRIPE_API_BASE = os.environ.get("STRIPE_API_BASE", "")
# Every request names this API version, so payloads keep the shape the code was written and tested against.
STRIPE_API_VERSION = "2026-10-28.endive"
STRIPE_TIMEOUT_SECONDS = float(os.environ.get("STRIPE_TIMEOUT_SECONDS", "10"))
STRIPE_MAX_NETWORK_RETRIES = int(os.environ.get("STRIPE_MAX_NETWORK_RETRIES", "2"))
# Optional: the customer portal's login link (Stripe dashboard) for monthly donors without their thank-you page.
STRIPE_CUSTOMER_PORTAL_LOGIN_URL = os.environ.get("STRIPE_CUSTOMER_PORTAL_LOGIN_URL", "")
# Checkout attempts per browser (its giving cookie, else its address) and per client address: "<count>/<s|m|h>".
# The address limit is generous: a room of donors on one Wi-Fi gives together.
DONATIONS_RATE_LIMIT = os.environ.get("DONATIONS_RATE_LIMIT", "10/h")
DONATIONS_ADDRESS_RATE_LIMIT = os.environ.get("DONATIONS_ADDRESS_RATE_LIMIT", "200/h")
# The month (1-12) the organisation's fiscal year starts in, in TIME_ZONE; 1 = the calendar year. A fiscal year
# is named by the calendar year it starts in (with 7, "2026" runs from 1 July 2026 to 30 June 2027).
DONATIONS_FISCAL_YEAR_START_MONTH = int(os.environ.get("DONATIONS_FISCAL_YEAR_START_MONTH", "1"))
# The page types `/donate/?campaign=<id>` may attribute a gift to ("app_label.ModelName", comma-separated).
DONATIONS_CAMPAIGN_PAGE_TYPES = env_list(
    "DONATIONS_CAMPAIGN_PAGE_TYPES",
    "campaigns.CampaignPage,campaigns.PetitionPage,campaigns.EventPage,legislators.LetterPage,legislators.CallScriptPage",
)
# Who receives dispute alerts when the site setting names nobody (comma-separated); else the contact email.
DONATIONS_STAFF_EMAILS = env_list("DONATIONS_STAFF_EMAILS")
# Seconds the thank-you page's "Manage my monthly gift" works, in the browser that gave (default 3 hours).
DONATIONS_MANAGE_WINDOW = int(os.environ.get("DONATIONS_MANAGE_WINDOW", str(3 * 60 * 60)))
# Seconds an emailed "manage my monthly gift" link works (one use), and the failed-renewal email's card link.
DONATIONS_MANAGE_LINK_MAX_AGE = int(os.environ.get("DONATIONS_MANAGE_LINK_MAX_AGE", str(30 * 60)))
DONATIONS_CARD_LINK_MAX_AGE = int(os.environ.get("DONATIONS_CARD_LINK_MAX_AGE", str(3 * 24 * 60 * 60)))
# Requests for an emailed manage link per client address.
DONATIONS_MANAGE_RATE_LIMIT = os.environ.get("DONATIONS_MANAGE_RATE_LIMIT", "5/h")
# Without keys, dev settings let the local test checkout stand in for Stripe; production refuses it.
DONATIONS_OFFLINE_CHECKOUT = False

# --- Supporters' forms: rate limits ("N/s", "N/m", "N/h" or "N/d") and the newsletter -----------------

CAMPAIGNS_RATE_LIMIT = os.environ.get("CAMPAIGNS_RATE_LIMIT") or (20, 600)
LEGISLATORS_RATE_LIMIT = os.environ.get("LEGISLATORS_RATE_LIMIT") or "30/h"
NEWSLETTER_SIGNUP_RATE = os.environ.get("NEWSLETTER_SIGNUP_RATE") or (5, 600)
# Where the counters live (core/ratelimit_store.py): the database unless this names a Redis that never evicts
# (`maxmemory-policy noeviction`), which must not be the page cache's Redis (REDIS_URL evicts).
RATELIMIT_REDIS_URL = os.environ.get("RATELIMIT_REDIS_URL", "")
NEWSLETTER_FROM_EMAIL = os.environ.get("NEWSLETTER_FROM_EMAIL", "")
NEWSLETTER_BASE_URL = os.environ.get("NEWSLETTER_BASE_URL", "")
NEWSLETTER_CONFIRM_MAX_AGE = int(os.environ.get("NEWSLETTER_CONFIRM_MAX_AGE", str(7 * 24 * 60 * 60)))

# --- Supporters' data: how long it is kept (days; 0 keeps it). Applied by `manage.py purge_supporter_data`. ---

# Signers', RSVPs' and letter writers' details, counted from the day the petition closed or the event ended
# (letters: from the day they were sent). The rows stay, so counts do not change.
SUPPORTER_DATA_RETENTION_DAYS = int(os.environ.get("SUPPORTER_DATA_RETENTION_DAYS", "365"))
# Email sign-ups nobody confirmed (anyone, or any bot, can type an address in).
NEWSLETTER_UNCONFIRMED_RETENTION_DAYS = int(os.environ.get("NEWSLETTER_UNCONFIRMED_RETENTION_DAYS", "30"))
# Stripe webhook payloads are cut down to their id and type (the outcome stays on the row).
STRIPE_EVENT_RETENTION_DAYS = int(os.environ.get("STRIPE_EVENT_RETENTION_DAYS", "90"))
# --- Full-page cache, cookie-free forms, CDN (pagecache/) -------------------------------------------

# Anonymous pages are served from the cache for PAGECACHE_TIMEOUT seconds at most (a publish empties it at
# once); after a signature, RSVP, letter or gift, pages showing counts are re-rendered within
# PAGECACHE_LIVE_SECONDS. The Cache-Control a CDN in front sees: max-age, s-maxage, stale-while-revalidate.
PAGECACHE_ENABLED = env_bool("PAGECACHE_ENABLED", True)
PAGECACHE_TIMEOUT = int(os.environ.get("PAGECACHE_TIMEOUT", "600"))
PAGECACHE_LIVE_SECONDS = float(os.environ.get("PAGECACHE_LIVE_SECONDS", "5"))
PAGECACHE_BROWSER_MAX_AGE = int(os.environ.get("PAGECACHE_BROWSER_MAX_AGE", "0"))
PAGECACHE_CDN_MAX_AGE = int(os.environ.get("PAGECACHE_CDN_MAX_AGE", "10"))
PAGECACHE_STALE_WHILE_REVALIDATE = int(os.environ.get("PAGECACHE_STALE_WHILE_REVALIDATE", "30"))
# A page is keyed by the query parameters it reads (a listing's `page`, a letter page's `zip`): at most this many
# copies of one page per content version besides its own, so random values cannot fill the cache.
PAGECACHE_MAX_VARIANTS = int(os.environ.get("PAGECACHE_MAX_VARIANTS", "100"))
# Never cached: the admin, private documents, the donor's path and webhook, search, newsletter links, health
# (in every language: "/search/" also skips "/es/search/").
PAGECACHE_SKIP_PATHS = (
    "/admin/",
    "/documents/",
    "/donations/",
    "/healthz",
    "/search/",
    "/newsletter/",
    "/_util/",
)
# Only these paths use Django's CSRF token (and its cookie); every other post is checked by its Origin.
ORIGIN_CHECK_TOKEN_PATHS = ("/admin/",)
# The admin's CSRF cookie lasts as long as the browser session, not a year.
CSRF_COOKIE_AGE = None
# Django's deploy check looks for CsrfViewMiddleware by name; core.origin.OriginCheckMiddleware is a subclass
# of it (the token in the admin, the Origin check elsewhere), so that warning does not apply.
SILENCED_SYSTEM_CHECKS = ["security.W003"]

# A CDN purged with the site's own cache (wagtail.contrib.frontend_cache): Cloudflare, CloudFront or any
# proxy that takes HTTP PURGE requests (Varnish, Fastly, nginx).
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_CLOUDFLARE_ZONEID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": os.environ.get("FRONTEND_CACHE_CLOUDFLARE_BEARER_TOKEN", ""),
        "ZONEID": os.environ["FRONTEND_CACHE_CLOUDFLARE_ZONEID"],
    }
if os.environ.get("FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID"):
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": os.environ["FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID"],
    }
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["purge_url"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
    }
if WAGTAILFRONTENDCACHE:
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")

# --- Security defaults (tightened in production.py) -------------------------

# The addresses (CIDR) of the proxies in front of the app (load balancer, reverse proxy). Only a request whose
# REMOTE_ADDR is one of them has its X-Forwarded-For read, so nobody reaching the app port can forge it.
# Empty: every request is counted by its REMOTE_ADDR.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES")


# Content-Security-Policy and Permissions-Policy: config/settings/headers.py.
from .headers import *  # noqa: E402, F403

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True

# --- Logging: one line per record on standard error, plain or JSON (LOG_FORMAT=json), with the request id ---

LOGGING = logging_config(os.environ.get("LOG_FORMAT", "plain"), os.environ.get("LOG_LEVEL", "INFO"))

# --- Scheduler (manage.py run_scheduler): when the weekly actions go out, in TIME_ZONE ---

WEEKLY_ACTIONS_SEND_AT = os.environ.get("WEEKLY_ACTIONS_SEND_AT", "tuesday 08:00")
