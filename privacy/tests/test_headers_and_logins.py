"""A strict Content-Security-Policy and Permissions-Policy on every page; admin logins are throttled."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def directives(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


def test_public_pages_get_the_strict_policy(client, home_page):
    response = client.get(home_page.url)
    policy = directives(response)
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"] and policy["style-src"] == ["'self'"]
    assert policy["form-action"][0] == "'self'"
    assert policy["base-uri"] == ["'none'"] and policy["frame-ancestors"] == ["'none'"]
    assert policy["object-src"] == ["'none'"]
    features = response["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "interest-cohort"):
        assert f"{feature}=()" in features


def test_the_admin_gets_only_its_few_allowances(admin_client):
    policy = directives(admin_client.get("/admin/"))
    assert "'unsafe-inline'" in policy["script-src"] and "'unsafe-eval'" not in policy["script-src"]
    assert policy["frame-ancestors"] == ["'self'"]  # its own preview iframe
    assert policy["base-uri"] == ["'none'"] and policy["object-src"] == ["'none'"]


def login(client, password, address="203.0.113.7"):
    return client.post("/admin/login/", {"username": "staff", "password": password}, REMOTE_ADDR=address)


@pytest.fixture
def staff_user(home_page):
    return get_user_model().objects.create_user("staff", "staff@example.org", "right-password", is_superuser=True)


def test_repeated_wrong_passwords_lock_the_account_for_that_address(client, staff_user, settings):
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        assert login(client, "wrong").status_code == 200  # the form again, with its error
    assert login(client, "wrong").status_code == 429  # the last allowed guess locks the pair out

    locked = login(client, "right-password")
    assert locked.status_code == 429
    assert "Too many attempts" in locked.content.decode()
    assert "_auth_user_id" not in client.session

    # Someone else (another address) is not locked out by the attacker's guesses.
    assert login(client, "right-password", address="198.51.100.9").status_code == 302


def test_the_documented_command_unlocks_a_user(client, staff_user, settings):
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        login(client, "wrong")
    assert login(client, "right-password").status_code == 429

    call_command("axes_reset_username", "staff", stdout=io.StringIO())

    assert login(client, "right-password").status_code == 302
