import pytest
from django.core.cache import cache

from home.ratelimit import client_address, client_fingerprint, is_rate_limited, parse_rate


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def test_client_address_behind_trusted_proxies(rf, settings):
    request = rf.post("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="198.51.100.7, 203.0.113.9")
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_address(request) == "10.0.0.2"
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_address(request) == "203.0.113.9"
    settings.TRUSTED_PROXY_COUNT = 2
    assert client_address(request) == "198.51.100.7"
    # A forged, too-short header falls back to the connection's address rather than trusting the client.
    settings.TRUSTED_PROXY_COUNT = 3
    assert client_address(request) == "10.0.0.2"


def test_counters_never_hold_the_address(rf):
    request = rf.post("/", REMOTE_ADDR="203.0.113.7")
    assert "203.0.113.7" not in client_fingerprint(request)
    assert len(client_fingerprint(request)) == 32


def test_limit_applies_per_client_and_scope(rf):
    first = rf.post("/", REMOTE_ADDR="203.0.113.7")
    second = rf.post("/", REMOTE_ADDR="203.0.113.8")
    assert [is_rate_limited(first, "sign", "2/m") for _ in range(3)] == [False, False, True]
    assert is_rate_limited(second, "sign", "2/m") is False
    assert is_rate_limited(first, "donate", "2/m") is False


def test_rates_parse_and_bad_settings_fall_back():
    assert parse_rate("10/h") == (10, 3600)
    assert parse_rate((5, 600)) == (5, 600)
    assert parse_rate("lots", default="3/m") == (3, 60)
