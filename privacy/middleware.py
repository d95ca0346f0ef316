"""Response headers that keep the browser on our side: Content-Security-Policy and Permissions-Policy.

The public site runs only its own scripts and styles (no inline code, no third parties), so its policy is
strict. The Wagtail admin gets the few allowances it needs (inline styles and scripts, image previews from
`blob:` and `data:`, its preview iframe from the same origin); nothing else differs.

A page's preview is served by Wagtail through this middleware again, with a made-up request for the page's own
public URL (`make_preview_request`, which marks it `is_preview`): it keeps the public policy the visitor will get,
but may be framed by the admin's own origin (`frame-ancestors 'self'`), so the editor's side-panel preview shows.
Wagtail's preview view sets X-Frame-Options: SAMEORIGIN on it likewise; every other response keeps DENY.
"""

from csp.middleware import CSPMiddleware
from django.conf import settings


class SiteCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, with `SITE_CSP_ADMIN_ALLOWANCES` added for pages under the admin's URL, and
    `SITE_CSP_PREVIEW_ALLOWANCES` for a page's preview rendered for the admin."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if request.path_info.startswith(settings.SITE_CSP_ADMIN_PREFIXES):
            parts.replace = {**settings.SITE_CSP_ADMIN_ALLOWANCES, **(parts.replace or {})}
        elif getattr(request, "is_preview", False) and getattr(request, "is_dummy", False):
            parts.replace = {**settings.SITE_CSP_PREVIEW_ALLOWANCES, **(parts.replace or {})}
        return parts


class PermissionsPolicyMiddleware:
    """Turns off powerful browser features nobody here needs (and FLoC's interest cohorts)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(f"{feature}=()" for feature in settings.PERMISSIONS_POLICY_DISABLED)

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.header)
        return response
