"""Production settings: refuse to start without a secret, and pass Django's deploy checklist once configured."""

import os
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent


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


def test_production_passes_the_deploy_checklist():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY="x" * 20 + "a-long-random-production-secret-0123456789",
        ALLOWED_HOSTS="amparo.example.org",
        CSRF_TRUSTED_ORIGINS="https://amparo.example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_the_offline_checkout():
    result = run_manage("check", SECRET_KEY="s" * 60, DONATIONS_OFFLINE_CHECKOUT="true")
    assert result.returncode != 0
    assert "offline test checkout cannot run in production" in result.stderr


def run_wsgi(**env):
    """What gunicorn does first: import config.wsgi with production settings."""
    skip = {"SECRET_KEY", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    environment = {k: v for k, v in os.environ.items() if k not in skip}
    environment.update(SECRET_KEY="s" * 60, **env)
    return subprocess.run(
        [sys.executable, "-c", "import config.wsgi"], cwd=PROJECT, env=environment, capture_output=True, text=True
    )


def test_the_app_server_refuses_to_start_with_a_malformed_rate_limit():
    refused = run_wsgi(CAMPAIGNS_RATE_LIMIT="100000/1")
    assert refused.returncode != 0
    assert "core.E001" in refused.stderr and "CAMPAIGNS_RATE_LIMIT" in refused.stderr
    assert run_wsgi().returncode == 0
