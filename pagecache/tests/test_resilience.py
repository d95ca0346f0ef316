"""Redis down or slow, the database down, SQLite under concurrent writes: the site keeps answering."""

import logging
import os
import socket
import subprocess
import sys
import threading
import time

import pytest
from django.db import OperationalError, connection
from django.test import Client

from core.ratelimit import over_limit


def redis_settings(port):
    return {
        "default": {
            "BACKEND": "pagecache.resilient_cache.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "OPTIONS": {"socket_timeout": 0.2, "socket_connect_timeout": 0.2},
        }
    }


@pytest.fixture
def dead_redis(settings):
    """A port nothing listens on: every connection is refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.CACHES = redis_settings(port)
    return port


@pytest.fixture
def silent_redis(settings):
    """A Redis that accepts connections and never answers: a slow or wedged server. Yields the connections
    it accepted, so a test can tell how often the site went to it."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(50)
    accepted = []

    def accept():
        while True:
            try:
                accepted.append(server.accept()[0])
            except OSError:
                return

    threading.Thread(target=accept, daemon=True).start()
    settings.CACHES = redis_settings(server.getsockname()[1])
    yield accepted
    server.close()
    for connection_ in accepted:
        connection_.close()


@pytest.mark.django_db
def test_with_redis_down_pages_are_served_uncached_and_health_says_so(client, home_page, dead_redis, caplog):
    caplog.set_level(logging.WARNING, logger="pagecache.resilient_cache")
    for _ in range(5):
        response = client.get("/")
        assert response.status_code == 200
    health = client.get("/healthz")
    assert health.status_code == 200
    assert health.json() == {"status": "ok", "database": "ok", "cache": "down"}
    warnings = [record for record in caplog.records if "Redis cache unreachable" in record.message]
    assert len(warnings) == 1  # once a minute, not once a request


@pytest.mark.django_db
def test_with_redis_slow_a_request_waits_one_short_timeout_at_most(client, home_page, silent_redis, monkeypatch):
    from pagecache import resilient_cache

    monkeypatch.setattr(resilient_cache, "RETRY_SECONDS", 60)  # however slowly this machine renders the pages
    started = time.monotonic()
    assert client.get("/").status_code == 200
    assert time.monotonic() - started < 5  # short socket timeouts, not the client's default wait
    tried = len(silent_redis)
    assert tried >= 1
    # Then Redis is left alone instead of being waited on at every call.
    for _ in range(4):
        assert client.get("/").status_code == 200
    assert len(silent_redis) == tried
    assert client.get("/healthz").json()["cache"] == "down"


@pytest.mark.django_db
def test_with_redis_down_rate_limits_keep_counting_in_the_database(dead_redis):
    results = [over_limit("test", "client", (3, 60)) for _ in range(5)]
    assert results == [False, False, False, True, True]


@pytest.mark.django_db
def test_forms_still_work_with_redis_down(client, petition, dead_redis):
    from campaigns.models import Signature
    from pagecache.tests.conftest import SIGNATURE

    assert client.post(petition.url, SIGNATURE).status_code == 303
    assert Signature.objects.count() == 1


@pytest.mark.django_db
def test_with_the_database_down_visitors_get_the_static_503_page(home_page, monkeypatch):
    def refuse(*args, **kwargs):
        raise OperationalError("could not connect to server: Connection refused")

    monkeypatch.setattr("wagtail.views.serve", refuse)
    monkeypatch.setattr("django.db.backends.base.base.BaseDatabaseWrapper.cursor", refuse)
    browser = Client(raise_request_exception=False)
    response = browser.get("/anything/")
    assert response.status_code == 503
    assert "We’ll be back shortly" in response.content.decode()
    assert response["Retry-After"] == "30"
    health = browser.get("/healthz")
    assert health.status_code == 503 and health.json()["database"] == "unavailable"


@pytest.mark.django_db
def test_a_database_failure_in_a_middleware_is_a_503_too(home_page, monkeypatch):
    def refuse(self, request):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr("django.contrib.sessions.middleware.SessionMiddleware.process_request", refuse)
    response = Client(raise_request_exception=False).get("/")
    assert response.status_code == 503
    assert "Volvemos pronto" in response.content.decode()


@pytest.mark.django_db
def test_cached_pages_are_served_while_the_database_is_down(client, home_page, monkeypatch):
    client.get("/")
    assert client.get("/")["X-Page-Cache"] == "hit"

    def refuse(*args, **kwargs):
        raise OperationalError("down")

    monkeypatch.setattr("django.db.backends.base.base.BaseDatabaseWrapper.cursor", refuse)
    assert client.get("/").status_code == 200


def run_at_once(count, work):
    barrier = threading.Barrier(count)
    statuses, errors = [], []

    def one(number):
        try:
            barrier.wait()
            statuses.append(work(number))
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=one, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return statuses, errors


@pytest.mark.django_db(transaction=True)
def test_sqlite_takes_twenty_simultaneous_webhook_deliveries(home_page):
    from donations.factories import DonationFactory
    from donations.models import Donation
    from donations.tests.conftest import completed_session, deliver, make_event

    events = []
    for number in range(20):
        donation = DonationFactory(status="pending", paid_at=None, stripe_checkout_session_id=f"cs_test_{number}")
        session = completed_session(donation, id=f"cs_test_{number}")
        events.append(make_event("checkout.session.completed", session, f"evt_{number}"))

    statuses, errors = run_at_once(20, lambda number: deliver(Client(), events[number]).status_code)
    assert errors == []
    assert statuses == [200] * 20
    assert Donation.objects.filter(status="paid").count() == 20


@pytest.mark.django_db(transaction=True)
def test_sqlite_takes_a_room_signing_at_once(petition, settings):
    from campaigns.models import Signature
    from pagecache.tests.conftest import SIGNATURE

    settings.CAMPAIGNS_RATE_LIMIT = (100, 60)

    def sign(number):
        data = {**SIGNATURE, "email": f"person{number}@example.org"}
        return Client().post(petition.url, data, HTTP_ORIGIN="http://testserver").status_code

    statuses, errors = run_at_once(20, sign)
    assert errors == []
    assert statuses == [303] * 20
    assert Signature.objects.count() == 20


def test_sqlite_runs_in_wal_mode_with_immediate_transactions(tmp_path):
    from django.conf import settings

    script = "from django.conf import settings; import django; django.setup(); from django.db import connection; "
    script += "cursor = connection.cursor(); cursor.execute('PRAGMA journal_mode'); print(cursor.fetchone()[0]); "
    script += "options = settings.DATABASES['default']['OPTIONS']; "
    script += "print(options['transaction_mode'], options['timeout'])"
    environment = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
    }
    result = subprocess.run(
        [sys.executable, "-c", script], env=environment, cwd=settings.BASE_DIR, capture_output=True, text=True
    )
    assert result.stdout.split() == ["wal", "IMMEDIATE", "20.0"], result.stderr
