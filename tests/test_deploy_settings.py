"""Production settings: refuse to start without a secret, and pass Django's deploy checklist once configured."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
# A configured production: every setting the deploy checklist asks for.
CONFIGURED = {
    "SECRET_KEY": "x" * 20 + "a-long-random-production-secret-0123456789",
    "ALLOWED_HOSTS": "amparo.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://amparo.example.org",
}
CHECKLIST = "--- manage.py check --deploy ---"


def run_manage(*args, **env):
    # The test run allows async-unsafe calls for the browser tests; a deployment never does.
    skip = {"SECRET_KEY", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    environment = {k: v for k, v in os.environ.items() if k not in skip}
    environment.update(DJANGO_SETTINGS_MODULE="config.settings.production", **env)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=PROJECT, env=environment, capture_output=True, text=True, timeout=120
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage("check")
    assert result.returncode != 0
    assert "SECRET_KEY must be set in production" in result.stderr


def run_wsgi(then="", **env):
    """What gunicorn does first: import config.wsgi (which chooses the production settings), then `then`."""
    skip = {"SECRET_KEY", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    environment = {k: v for k, v in os.environ.items() if k not in skip}
    environment.update(CONFIGURED, **env)
    return subprocess.run(
        [sys.executable, "-c", f"import config.wsgi\n{then}"],
        cwd=PROJECT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(scope="module")
def started():
    """One start of the app server (a Django start-up costs seconds) for two tests: config.wsgi imports, then
    the deploy checklist runs in the same process, exactly as `manage.py check --deploy --fail-level WARNING`."""
    return run_wsgi(
        f"print({CHECKLIST!r}, flush=True)\n"
        "from django.core.management import execute_from_command_line\n"
        "execute_from_command_line(['manage.py', 'check', '--deploy', '--fail-level', 'WARNING'])"
    )


def test_production_passes_the_deploy_checklist(started):
    assert started.returncode == 0, started.stdout + started.stderr
    assert CHECKLIST in started.stdout
    assert "no issues" in started.stdout.split(CHECKLIST)[1]


def test_the_app_server_refuses_to_start_with_a_malformed_rate_limit(started):
    refused = run_wsgi(CAMPAIGNS_RATE_LIMIT="100000/1")
    assert refused.returncode != 0
    assert "core.E001" in refused.stderr and "CAMPAIGNS_RATE_LIMIT" in refused.stderr
    # The same start without the malformed limit: the app server starts.
    assert started.returncode == 0, started.stdout + started.stderr
    assert CHECKLIST in started.stdout


def test_production_refuses_the_offline_checkout():
    result = run_manage("check", SECRET_KEY="s" * 60, DONATIONS_OFFLINE_CHECKOUT="true")
    assert result.returncode != 0
    assert "offline test checkout cannot run in production" in result.stderr
