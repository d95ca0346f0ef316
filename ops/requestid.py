"""The proxy's request id (X-Request-ID) on every log line, so one request can be followed from the proxy to us.

The id lives in a context variable for the length of the request; a logging filter copies it onto each record, so
lines logged deep inside a view (or by Django itself) carry it without anyone passing it along.
"""

import contextvars
import logging
import re
import uuid

HEADER = "X-Request-ID"
# Proxies send a UUID or a similar token. Anything else (too long, spaces, newlines) could forge log lines: replaced.
VALID_ID = re.compile(r"^[A-Za-z0-9._:+/=-]{1,128}$")
NO_REQUEST = "-"

current_request_id = contextvars.ContextVar("request_id", default=NO_REQUEST)


class RequestIdMiddleware:
    """Takes the proxy's id (or makes one), exposes it to logging and echoes it in the response."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        incoming = request.headers.get(HEADER, "")
        request_id = incoming if VALID_ID.match(incoming) else uuid.uuid4().hex
        request.request_id = request_id
        token = current_request_id.set(request_id)
        try:
            response = self.get_response(request)
        finally:
            current_request_id.reset(token)
        if HEADER not in response:
            response[HEADER] = request_id
        return response


class RequestIdFilter(logging.Filter):
    """Adds `request_id` to every record ("-" outside a request: the task worker, management commands)."""

    def filter(self, record):
        record.request_id = current_request_id.get()
        return True
