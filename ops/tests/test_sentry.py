"""Error reports (sentry-sdk) leave supporters' email addresses and personal data behind."""

import logging

import pytest
import sentry_sdk
from sentry_sdk.transport import Transport

from ops.sentry import REDACTED, init_sentry, scrub


class CapturingTransport(Transport):
    """Keeps the events the SDK would send, instead of sending them."""

    def __init__(self, options=None):
        super().__init__(options)
        self.events = []

    def capture_envelope(self, envelope):
        self.events += [item.payload.json for item in envelope.items if item.type == "event"]


@pytest.fixture
def sentry():
    assert init_sentry("http://public@127.0.0.1:9/1", environment="test")
    client = sentry_sdk.get_client()
    client.transport = CapturingTransport(client.options)
    yield client
    client.close()
    sentry_sdk.get_global_scope().set_client(None)  # reporting off again, as before the test


def test_no_dsn_means_no_reporting():
    assert init_sentry("") is False
    assert not sentry_sdk.get_client().is_active()


def test_reported_errors_have_no_email_addresses(sentry):
    logging.getLogger("newsletter.tasks").warning("Weekly actions email to ana.lopez@example.org failed")
    try:
        raise ValueError("No subscriber with email ANA.Lopez+news@Example.org")
    except ValueError:
        sentry_sdk.capture_exception()
    sentry_sdk.flush()

    [event] = sentry.transport.events
    text = repr(event)
    assert "@example" not in text.lower()
    assert event["exception"]["values"][0]["value"] == f"No subscriber with email {REDACTED}"
    crumb = event["breadcrumbs"]["values"][-1]
    assert crumb["message"] == f"Weekly actions email to {REDACTED} failed"
    assert sentry.options["send_default_pii"] is False
    assert sentry.options["max_request_body_size"] == "never"


def test_scrub_reaches_every_nested_value():
    event = {
        "request": {"url": "https://amparo.example.org/newsletter/?email=ana%40example.org", "data": None},
        "extra": {"recipients": ["a@example.org", ("b@example.org", 2)], "count": 2},
        "message": "Bounce from <jane@mail.example.co.uk>",
    }

    assert scrub(event) == {
        "request": {"url": f"https://amparo.example.org/newsletter/?email={REDACTED}", "data": None},
        "extra": {"recipients": [REDACTED, (REDACTED, 2)], "count": 2},
        "message": f"Bounce from <{REDACTED}>",
    }
