"""A CDN in front is configured from the environment and purged with the site's own cache."""

import importlib
import os
import sys

import pytest

import config
from pagecache import keys, purge


def settings_with(monkeypatch, **environment):
    """The dev settings as they would be read in a process started with `environment` (read afresh here, then
    the running settings modules are put back)."""
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    running = {name: module for name, module in sys.modules.items() if name.startswith("config.settings")}
    for name in running:
        del sys.modules[name]
    try:
        dev = importlib.import_module("config.settings.dev")
        return [dev.WAGTAILFRONTENDCACHE, "wagtail.contrib.frontend_cache" in dev.INSTALLED_APPS]
    finally:
        for name in [name for name in sys.modules if name.startswith("config.settings")]:
            del sys.modules[name]
        sys.modules.update(running)
        config.settings = running["config.settings"]


def test_no_cdn_configured_by_default(monkeypatch):
    for name in [name for name in os.environ if name.startswith("FRONTEND_CACHE_")]:
        monkeypatch.delenv(name)
    assert settings_with(monkeypatch) == [{}, False]


def test_cloudflare_cloudfront_and_a_purge_url_come_from_the_environment(monkeypatch):
    backends, installed = settings_with(
        monkeypatch,
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
