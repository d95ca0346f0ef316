"""Every log line carries the proxy's request id; LOG_FORMAT=json makes each line one JSON object."""

import json
import logging
import logging.config
import re

import pytest
from django.conf import settings
from django.http import HttpResponse
from django.test import RequestFactory

from ops.logs import logging_config
from ops.requestid import RequestIdMiddleware

logger = logging.getLogger("amparo.checkout")


@pytest.fixture
def configure_logging(capsys):
    """Applies a production-style logging config whose handler writes to the captured standard error."""

    def apply(log_format):
        config = logging_config(log_format, "INFO")
        logging.config.dictConfig(config)

    yield apply
    logging.config.dictConfig(settings.LOGGING)


def view_that_logs(request):
    logger.warning("Checkout session %s expired", "cs_test_123")
    return HttpResponse("ok")


def log_lines(capsys):
    return [line for line in capsys.readouterr().err.splitlines() if line.strip()]


def test_json_lines_carry_the_proxy_request_id(configure_logging, capsys):
    configure_logging("json")
    request = RequestFactory().get("/donate/", HTTP_X_REQUEST_ID="req-7f3a9c")

    response = RequestIdMiddleware(view_that_logs)(request)

    [line] = log_lines(capsys)
    record = json.loads(line)
    assert record["message"] == "Checkout session cs_test_123 expired"
    assert record["level"] == "WARNING"
    assert record["logger"] == "amparo.checkout"
    assert record["request_id"] == "req-7f3a9c"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d{4}", record["time"])
    assert response["X-Request-ID"] == "req-7f3a9c"


def test_plain_lines_carry_the_request_id_and_lines_outside_a_request_a_dash(configure_logging, capsys):
    configure_logging("plain")
    RequestIdMiddleware(view_that_logs)(RequestFactory().get("/", HTTP_X_REQUEST_ID="abc-123"))
    logger.warning("A line from the task worker")

    inside, outside = log_lines(capsys)
    assert "WARNING amparo.checkout [abc-123] Checkout session cs_test_123 expired" in inside
    assert "[-] A line from the task worker" in outside


def test_a_missing_or_forged_request_id_is_replaced_by_a_fresh_one(configure_logging, capsys):
    configure_logging("json")
    forged = "x\nWARNING forged line"

    first = RequestIdMiddleware(view_that_logs)(RequestFactory().get("/", HTTP_X_REQUEST_ID=forged))
    second = RequestIdMiddleware(view_that_logs)(RequestFactory().get("/"))

    ids = [json.loads(line)["request_id"] for line in log_lines(capsys)]
    assert ids == [first["X-Request-ID"], second["X-Request-ID"]]
    assert len(set(ids)) == 2 and all(len(value) == 32 for value in ids)


@pytest.mark.django_db
def test_the_site_echoes_the_request_id(client):
    response = client.get("/healthz", HTTP_X_REQUEST_ID="lb-42")
    assert response["X-Request-ID"] == "lb-42"


def test_an_unknown_log_format_is_refused_with_a_clear_message():
    with pytest.raises(ValueError, match="LOG_FORMAT must be one of plain, json"):
        logging_config("xml")
