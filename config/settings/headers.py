"""The headers that keep supporters safe in the browser: Content-Security-Policy (django-csp, extended in
privacy/middleware.py) and Permissions-Policy. Read by base.py; every value from the environment."""

import os

from .env import env_list


# Content-Security-Policy (django-csp, extended in privacy/middleware.py): only our own scripts, styles and
# images; forms post only to us (and, with Stripe keys set, redirect on to Stripe Checkout); nobody frames us.
def _origin(url):
    return "/".join(url.split("/")[:3]) if url.startswith(("http://", "https://")) else ""


# Where uploaded images are served from when not from the site itself (an S3 bucket or its CDN), plus any
# origins listed in CSP_MEDIA_ORIGINS.
_custom_domain = os.environ.get("AWS_S3_CUSTOM_DOMAIN", "")
_media_candidates = [
    _origin(os.environ.get("MEDIA_URL", "")),
    _origin(os.environ.get("AWS_S3_ENDPOINT_URL", "")),
    f"{os.environ.get('AWS_S3_URL_PROTOCOL', 'https:')}//{_custom_domain}" if _custom_domain else "",
    *env_list("CSP_MEDIA_ORIGINS"),
]
SITE_CSP_MEDIA_ORIGINS = sorted({origin for origin in _media_candidates if origin})
SITE_CSP_FRAME_SOURCES = env_list(
    "CSP_FRAME_SOURCES", "https://www.youtube-nocookie.com,https://www.youtube.com,https://player.vimeo.com"
)
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *SITE_CSP_MEDIA_ORIGINS],
        "media-src": ["'self'", *SITE_CSP_MEDIA_ORIGINS],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'", *SITE_CSP_FRAME_SOURCES],
        "object-src": ["'none'"],
        "form-action": ["'self'", "https://checkout.stripe.com", "https://billing.stripe.com"],
        "base-uri": ["'none'"],
        "frame-ancestors": ["'none'"],
    }
}
# What the Wagtail admin needs on top (its inline scripts and styles, upload previews, its preview iframe).
SITE_CSP_ADMIN_PREFIXES = ("/admin/",)
SITE_CSP_ADMIN_ALLOWANCES = {
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", *SITE_CSP_MEDIA_ORIGINS],
    "frame-ancestors": ["'self'"],
}
# A page's preview (Wagtail renders it for the admin, under the page's own URL): the public policy, framed only by
# the admin's side panel on the same origin.
SITE_CSP_PREVIEW_ALLOWANCES = {"frame-ancestors": ["'self'"]}
PERMISSIONS_POLICY_DISABLED = ["camera", "microphone", "geolocation", "payment", "interest-cohort"]
