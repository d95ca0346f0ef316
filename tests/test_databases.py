"""A reused test database never holds a demo whose day of action has passed (`make test` reuses the templates)."""

import datetime
from types import SimpleNamespace

import pytest

from tests import databases

TODAY = datetime.date(2026, 12, 31)


@pytest.fixture
def names(monkeypatch):
    stamps = {}
    monkeypatch.setattr(databases, "_read_stamp", lambda name: stamps.get(name, ""))
    monkeypatch.setattr(databases, "_today", lambda: TODAY)
    return SimpleNamespace(
        stamp="fingerprint", rebuild=False, demo="demo-template", site="site-template", stamps=stamps
    )


@pytest.mark.parametrize(
    ("days_ago", "current"),
    [(0, True), (1, True), (2, False), (14, False), (-1, False)],  # -1: a clock set back after a run
)
def test_a_demo_is_loaded_again_on_a_later_day(names, days_ago, current):
    names.stamps["demo-template"] = f"fingerprint@{TODAY - datetime.timedelta(days=days_ago)}"
    assert databases._current(names, "demo") is current


def test_a_demo_made_before_demos_were_dated_is_loaded_again(names):
    names.stamps["demo-template"] = "fingerprint"
    assert databases._current(names, "demo") is False


def test_a_small_site_is_kept_while_its_sources_are_unchanged(names):
    names.stamps["site-template"] = f"fingerprint@{TODAY - datetime.timedelta(days=30)}"
    assert databases._current(names, "site") is True
    names.stamps["site-template"] = f"changed@{TODAY}"
    assert databases._current(names, "site") is False
