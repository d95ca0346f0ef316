"""Cookie-free protection for the public forms, so pages that carry them can be cached and shared.

Django's CSRF token needs a cookie per visitor, and a page with a per-visitor token cannot be served to the
next visitor. Browsers say where a form post comes from (`Origin`, and `Sec-Fetch-Site`), so outside the
admin a post is accepted only when it comes from this site: `Origin` (or `Referer` when a browser sends no
`Origin`) is exactly the request's own origin (scheme, host and port) or one of CSRF_TRUSTED_ORIGINS (exactly,
or a `*.` subdomain of one, as in Django's own check), and `Sec-Fetch-Site` is not `cross-site`. Another port
of the same host is another origin (another program on the machine), and so is any other host in
ALLOWED_HOSTS: `http://127.0.0.1:9999` is refused on a site at `:28431`. The forms keep their honeypots and
rate limits. The admin keeps Django's token check unchanged, and no CSRF cookie is ever set outside it, so an
anonymous visitor gets no cookie at all.
"""

import logging
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.middleware.csrf import CsrfViewMiddleware
from django.template.response import TemplateResponse
from django.utils.http import is_same_domain

logger = logging.getLogger(__name__)

SAFE_METHODS = ("GET", "HEAD", "OPTIONS", "TRACE")


def uses_csrf_token(request):
    """The admin (and anything under ORIGIN_CHECK_TOKEN_PATHS) keeps Django's per-session CSRF token."""
    return request.path_info.startswith(tuple(getattr(settings, "ORIGIN_CHECK_TOKEN_PATHS", ("/admin/",))))


DEFAULT_PORTS = {"http": "80", "https": "443"}


def _netloc(scheme, netloc):
    """`host:port` in lower case, without the scheme's default port (`https://a.org:443` is `https://a.org`)."""
    netloc = netloc.lower()
    default = DEFAULT_PORTS.get(scheme)
    if default and netloc.endswith(f":{default}") and not netloc.endswith("]"):
        netloc = netloc[: -len(default) - 1]
    return netloc


def _origin_of(url):
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (raises ValueError on a port that is not a number)
    except ValueError:
        return None, None
    if parts.scheme not in ("http", "https") or not parts.netloc or "@" in parts.netloc:
        return None, None
    return parts.scheme, _netloc(parts.scheme, parts.netloc)


def origin_is_trusted(request, url):
    """True only for this request's own origin or one of CSRF_TRUSTED_ORIGINS: scheme, host and port alike."""
    scheme, netloc = _origin_of(url)
    if netloc is None:
        return False
    request_scheme = "https" if request.is_secure() else "http"
    try:
        if scheme == request_scheme and netloc == _netloc(request_scheme, request.get_host()):
            return True
    except DisallowedHost:
        pass
    for trusted in getattr(settings, "CSRF_TRUSTED_ORIGINS", []):
        trusted_scheme, _, trusted_host = trusted.lower().partition("://")
        if scheme != trusted_scheme:
            continue
        # "https://*.example.org" trusts every subdomain (on the default port), as in Django's CSRF check.
        if trusted_host.startswith("*."):
            if is_same_domain(netloc, trusted_host[1:]):
                return True
        elif netloc == _netloc(trusted_scheme, trusted_host):
            return True
    return False


def refusal_reason(request):
    """None when the post comes from this site, else why it was refused (logged, never shown verbatim)."""
    if request.headers.get("Sec-Fetch-Site", "").lower() == "cross-site":
        return "Sec-Fetch-Site is cross-site"
    origin = request.headers.get("Origin")
    if origin:
        return None if origin_is_trusted(request, origin) else f"Origin {origin[:100]!r} is not this site"
    referer = request.headers.get("Referer")
    if referer:
        return None if origin_is_trusted(request, referer) else "Referer is not this site"
    return "neither Origin nor Referer was sent"


def refused(request):
    return TemplateResponse(request, "core/origin_refused.html", status=403)


class OriginCheckMiddleware(CsrfViewMiddleware):
    """Replaces Django's CsrfViewMiddleware: the token check in the admin, the Origin check everywhere else."""

    def process_request(self, request):
        if uses_csrf_token(request):
            return super().process_request(request)
        return None

    def process_view(self, request, callback, callback_args, callback_kwargs):
        if uses_csrf_token(request):
            return super().process_view(request, callback, callback_args, callback_kwargs)
        if request.method in SAFE_METHODS or getattr(callback, "csrf_exempt", False):
            return None
        reason = refusal_reason(request)
        if reason is None:
            return None
        logger.warning("Refused a cross-site post to %s: %s", request.path, reason)
        return refused(request)

    def process_response(self, request, response):
        if uses_csrf_token(request):
            return super().process_response(request, response)
        return response
