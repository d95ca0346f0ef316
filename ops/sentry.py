"""Optional error reporting with sentry-sdk, off unless SENTRY_DSN is set, and never with supporters' addresses.

`send_default_pii=False` keeps cookies, IP addresses and user details out; request bodies (form posts carry names,
ZIP codes, letters) and local variables are not sent at all; what is left (exception messages, URLs, log
breadcrumbs) still may hold an email address, so every event and breadcrumb passes through `scrub()`.
"""

import re

# Also matches a URL-encoded "@" (%40), as in a query string.
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+(?:@|%40)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
REDACTED = "[email removed]"


def scrub(value):
    """The value with every email address replaced, through nested dicts, lists and tuples."""
    if isinstance(value, str):
        return EMAIL.sub(REDACTED, value)
    if isinstance(value, dict):
        return {scrub(key): scrub(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(scrub(item) for item in value)
    return value


def before_send(event, hint):
    return scrub(event)


def before_breadcrumb(crumb, hint):
    return scrub(crumb)


def init_sentry(dsn, environment="production", traces_sample_rate=0.0):
    """Starts sentry-sdk with the Django integration; `dsn` empty means no reporting at all."""
    if not dsn:
        return False
    import sentry_sdk
    from sentry_sdk.integrations.django import DjangoIntegration

    sentry_sdk.init(
        dsn=dsn,
        environment=environment,
        integrations=[DjangoIntegration()],
        send_default_pii=False,
        max_request_body_size="never",
        include_local_variables=False,
        traces_sample_rate=traces_sample_rate,
        before_send=before_send,
        before_send_transaction=before_send,
        before_breadcrumb=before_breadcrumb,
    )
    return True
