"""Rate limits that eviction cannot reset: counters live in the database (or a Redis that never evicts), each
window lasts exactly what the setting says, and a malformed setting stops the site at start-up."""

import threading
import uuid

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import SystemCheckError

from core import ratelimit_store
from core.ratelimit import check_rate_settings, is_rate_limited, over_limit

REDIS_URL = "redis://127.0.0.1:6379/13"  # a database of its own; each test counts under its own scope


class Clock:
    """time.time() for the counters, moved by hand."""

    def __init__(self, monkeypatch):
        self.now = 1_800_000_000.0
        monkeypatch.setattr(ratelimit_store.time, "time", lambda: self.now)

    def advance(self, seconds):
        self.now += seconds


@pytest.fixture
def clock(monkeypatch):
    return Clock(monkeypatch)


@pytest.fixture
def file_cache(settings, tmp_path):
    """The production cache without Redis: a file cache that culls a third of its files when full."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(tmp_path),
            "OPTIONS": {"MAX_ENTRIES": 50},
        }
    }


@pytest.fixture
def redis_counters(settings):
    settings.RATELIMIT_REDIS_URL = REDIS_URL
    scope = f"test-{uuid.uuid4().hex}"
    yield scope
    client = ratelimit_store._redis(REDIS_URL)
    for key in client.scan_iter(match=f"amparo:ratelimit:{scope}:*"):
        client.delete(key)


def flood_the_cache():
    """What 9,000 requests for `/robots.txt?page=…` did: every slot of the cache taken, then emptied."""
    for number in range(200):
        cache.set(f"pagecache:page:{number}", b"x" * 100, timeout=600)
    cache.clear()


@pytest.mark.django_db
def test_flooding_the_file_cache_does_not_reset_a_limit(rf, file_cache):
    post = rf.post("/", REMOTE_ADDR="203.0.113.7")
    assert [is_rate_limited(post, "sign", "3/h") for _ in range(4)] == [False, False, False, True]
    flood_the_cache()
    assert is_rate_limited(post, "sign", "3/h") is True


@pytest.mark.django_db
def test_the_window_is_the_configured_one_not_the_caches_five_minutes(rf, clock, file_cache):
    post = rf.post("/", REMOTE_ADDR="203.0.113.7")
    assert [is_rate_limited(post, "sign", "2/h") for _ in range(3)] == [False, False, True]
    clock.advance(301)
    assert is_rate_limited(post, "sign", "2/h") is True
    clock.advance(3600 - 301)
    assert is_rate_limited(post, "sign", "2/h") is False


@pytest.mark.django_db
def test_a_victims_address_gets_three_confirmation_emails_a_day_whatever_happens_to_the_cache(clock, file_cache):
    from newsletter.subscriptions import request_subscription

    for _ in range(5):
        request_subscription("victim@example.org", name="Someone")
    assert len(mail.outbox) == 3
    clock.advance(301)
    flood_the_cache()
    for _ in range(5):
        request_subscription("victim@example.org", name="Someone")
    assert len(mail.outbox) == 3


@pytest.mark.django_db
def test_expired_counters_start_again_and_are_deleted(clock, monkeypatch):
    from core.models import RateLimitCounter

    assert [over_limit("old", "a", "1/m") for _ in range(2)] == [False, True]
    clock.advance(61)
    monkeypatch.setattr(ratelimit_store, "PRUNE_ONE_IN", 1)
    assert over_limit("new", "b", "1/m") is False
    assert not RateLimitCounter.objects.filter(name="old:a").exists()
    assert over_limit("old", "a", "1/m") is False


@pytest.mark.django_db
def test_a_database_that_cannot_count_lets_the_post_through(monkeypatch):
    from django.db import OperationalError

    class DownCursor:
        def __enter__(self):
            raise OperationalError("server closed the connection")

        def __exit__(self, *args):
            return False

    monkeypatch.setattr(ratelimit_store.connection, "cursor", DownCursor)
    assert [over_limit("sign", "a", "1/h") for _ in range(3)] == [False, False, False]


def test_redis_counts_atomically_across_threads_with_the_configured_window(redis_counters, settings):
    settings.REDIS_SOCKET_TIMEOUT = 5  # 30 threads on a busy 2-core machine: no post may time out and pass
    results = []

    def post():
        results.append(over_limit(redis_counters, "client", "10/h"))

    threads = [threading.Thread(target=post) for _ in range(30)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results.count(False) == 10 and results.count(True) == 20
    ttl = ratelimit_store._redis(REDIS_URL).ttl(f"amparo:ratelimit:{redis_counters}:client")
    assert 3590 <= ttl <= 3600


def test_flushing_the_page_cache_does_not_reset_a_redis_counter(redis_counters):
    assert [over_limit(redis_counters, "client", "2/d") for _ in range(3)] == [False, False, True]
    flood_the_cache()
    assert over_limit(redis_counters, "client", "2/d") is True


def test_a_redis_that_is_down_lets_the_post_through(settings):
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.RATELIMIT_REDIS_URL = f"redis://127.0.0.1:{port}/0"
    assert [over_limit("sign", "a", "1/h") for _ in range(3)] == [False, False, False]


@pytest.mark.parametrize("value", ["100000/1", "lots", "10/x", "0/h", "5/0m", (1, 2, 3)])
def test_a_malformed_rate_setting_is_a_system_check_error(settings, value):
    settings.CAMPAIGNS_RATE_LIMIT = value
    errors = check_rate_settings()
    assert [error.id for error in errors] == ["core.E001"]
    assert "CAMPAIGNS_RATE_LIMIT" in errors[0].msg
    with pytest.raises(SystemCheckError, match="CAMPAIGNS_RATE_LIMIT"):
        call_command("check")


def test_the_shipped_rate_settings_pass_the_check():
    assert check_rate_settings() == []


@pytest.mark.django_db
def test_the_scheduled_prune_deletes_every_expired_counter_however_quiet_the_site(clock, monkeypatch):
    """The occasional clean-up inside a count may never come on a quiet site: the scheduler's job always does."""
    import io

    from core.models import RateLimitCounter
    from ops.schedule import default_jobs

    monkeypatch.setattr(ratelimit_store, "PRUNE_ONE_IN", 10**9)
    for address in ("a", "b", "c"):
        over_limit("signup", address, "5/m")
    clock.advance(61)
    over_limit("signup", "d", "5/m")  # a window still open
    out = io.StringIO()
    call_command("prune_rate_limits", stdout=out)
    assert "Expired rate-limit counters deleted: 3" in out.getvalue()
    assert list(RateLimitCounter.objects.values_list("name", flat=True)) == ["signup:d"]
    assert over_limit("signup", "a", "1/m") is False  # a pruned address starts a new window
    assert any(job.command == "prune_rate_limits" and job.every.total_seconds() == 15 * 60 for job in default_jobs())
