"""A CDN in front is configured from the environment and purged with the site's own cache."""

import json
import os
import subprocess
import sys

import pytest
from django.conf import settings as django_settings

from pagecache import keys, purge


def settings_with(**environment):
    script = (
        "import json, django; django.setup(); from django.conf import settings; "
        "installed = 'wagtail.contrib.frontend_cache' in settings.INSTALLED_APPS; "
        "print(json.dumps([settings.WAGTAILFRONTENDCACHE, installed]))"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.dev", **environment}
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, cwd=django_settings.BASE_DIR, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_no_cdn_configured_by_default():
    assert settings_with() == [{}, False]


def test_cloudflare_cloudfront_and_a_purge_url_come_from_the_environment():
    backends, installed = settings_with(
        FRONTEND_CACHE_CLOUDFLARE_ZONEID="zone",
        FRONTEND_CACHE_CLOUDFLARE_BEARER_TOKEN="token",
        FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID="dist",
        FRONTEND_CACHE_PURGE_URL="http://varnish:6081",
    )
    assert installed
    assert backends["cloudflare"]["ZONEID"] == "zone" and backends["cloudflare"]["BEARER_TOKEN"] == "token"
    assert backends["cloudfront"]["DISTRIBUTION_ID"] == "dist"
    assert backends["purge_url"]["LOCATION"] == "http://varnish:6081"


@pytest.mark.django_db
def test_a_publish_purges_the_cdn_too(home_page, settings, monkeypatch):
    settings.WAGTAILFRONTENDCACHE = {"varnish": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend"}}
    purged = []
    monkeypatch.setattr("wagtail.contrib.frontend_cache.utils.purge_urls_from_cache", purged.extend)
    purge._purge_now()
    assert "http://testserver/" in purged and "http://testserver/sitemap.xml" in purged


@pytest.mark.django_db
def test_a_cdn_outage_never_breaks_publishing(home_page, settings, monkeypatch):
    settings.WAGTAILFRONTENDCACHE = {"varnish": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend"}}

    def down(urls):
        raise ConnectionError("CDN unreachable")

    monkeypatch.setattr("wagtail.contrib.frontend_cache.utils.purge_urls_from_cache", down)
    before = keys.current_generation()
    purge._purge_now()  # what runs when a publish commits: no exception, the site's own cache still purged
    assert keys.current_generation() != before
