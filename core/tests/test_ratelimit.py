"""Rate limits that hold: trusted proxies only, IPv6 by /64, unknown clients refused, one page for all."""

import pytest
from django.http import HttpResponse
from django.test import RequestFactory

from core.ratelimit import client_address, client_fingerprint, client_key, is_rate_limited, parse_rate, rate_limit


def address(request):
    found = client_address(request)
    return str(found) if found is not None else None


def test_forwarded_for_is_read_only_from_a_trusted_proxy(rf, settings):
    request = rf.post("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="198.51.100.7, 203.0.113.9")
    settings.TRUSTED_PROXIES = []
    assert address(request) == "10.0.0.2"
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    assert address(request) == "203.0.113.9"
    # A chain of trusted proxies is walked from the right to the first address that is not one of them.
    settings.TRUSTED_PROXIES = ["10.0.0.0/8", "203.0.113.0/24"]
    assert address(request) == "198.51.100.7"


@pytest.mark.django_db
def test_a_forged_header_from_an_untrusted_address_is_ignored(rf, settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    # The app port reached directly: the header is the attacker's own invention.
    forged = rf.post("/", REMOTE_ADDR="198.51.100.66", HTTP_X_FORWARDED_FOR="192.0.2.1")
    assert address(forged) == "198.51.100.66"
    assert [is_rate_limited(forged, "scope", "2/m") for _ in range(3)] == [False, False, True]
    # Rotating the forged header does not get round the limit.
    rotated = rf.post("/", REMOTE_ADDR="198.51.100.66", HTTP_X_FORWARDED_FOR="192.0.2.99")
    assert is_rate_limited(rotated, "scope", "2/m") is True


@pytest.mark.django_db
def test_ipv6_clients_count_by_their_64(rf):
    hits = [is_rate_limited(rf.post("/", REMOTE_ADDR=f"2001:db8:1:2::{n:x}"), "sign", "30/h") for n in range(1, 32)]
    assert hits.count(True) == 1 and hits[-1] is True
    # The next /64 over is another household.
    assert is_rate_limited(rf.post("/", REMOTE_ADDR="2001:db8:1:3::1"), "sign", "30/h") is False
    assert client_key(client_address(rf.post("/", REMOTE_ADDR="2001:db8:1:2:aaaa::1"))) == "2001:db8:1:2::/64"
    # An IPv4 client seen through an IPv6 socket is counted as itself.
    assert address(rf.post("/", REMOTE_ADDR="::ffff:203.0.113.7")) == "203.0.113.7"


@pytest.mark.parametrize("remote", ["", "unknown", "not-an-ip"])
def test_an_unknown_client_is_refused_not_pooled(rf, remote):
    request = rf.post("/", REMOTE_ADDR=remote)
    assert client_fingerprint(request) is None
    assert is_rate_limited(request, "sign", "1000/h") is True


def test_unparsable_forwarded_for_from_a_trusted_proxy_is_unknown(rf, settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    assert client_address(rf.post("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="garbage")) is None


def test_counters_never_hold_the_address(rf):
    request = rf.post("/", REMOTE_ADDR="203.0.113.7")
    assert "203.0.113.7" not in client_fingerprint(request)
    assert len(client_fingerprint(request)) == 32


@pytest.mark.django_db
def test_limit_applies_per_client_and_scope(rf):
    first = rf.post("/", REMOTE_ADDR="203.0.113.7")
    second = rf.post("/", REMOTE_ADDR="203.0.113.8")
    assert [is_rate_limited(first, "sign", "2/m") for _ in range(3)] == [False, False, True]
    assert is_rate_limited(second, "sign", "2/m") is False
    assert is_rate_limited(first, "donate", "2/m") is False


def test_rates_parse_and_bad_settings_fall_back():
    assert parse_rate("10/h") == (10, 3600)
    assert parse_rate("20/10m") == (20, 600)
    assert parse_rate((5, 600)) == (5, 600)
    assert parse_rate("lots", default="3/m") == (3, 60)
    assert parse_rate("100000/1", default="3/m") == (3, 60)


@rate_limit("decorated", "TEST_RATE")
def decorated_view(request):
    return HttpResponse("ok")


@pytest.mark.django_db
def test_the_decorator_counts_posts_only_and_answers_with_the_one_page(settings, home_page):
    settings.TEST_RATE = "1/m"
    rf = RequestFactory()
    assert decorated_view(rf.get("/")).status_code == 200
    assert decorated_view(rf.get("/")).status_code == 200
    assert decorated_view(rf.post("/")).status_code == 200
    refused = decorated_view(rf.post("/"))
    assert refused.status_code == 429
    assert "Too many attempts" in refused.render().content.decode()

    unknown = decorated_view(rf.post("/", REMOTE_ADDR=""))
    assert unknown.status_code == 400
    html = unknown.render().content.decode()
    assert "We could not accept this" in html and "nothing was saved" in html
