"""Debian's Chromium as every browser run here starts it (Playwright cannot download its own here)."""

import os

EXECUTABLE = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    # V8 without its optimising compiler: a test's page lives a second or two, too short for optimised code to pay
    # for compiling it (the browser tests alone, `-m browser -n 2`: 69 and 72 s against 71 and 76 s, alternating).
    "--js-flags=--no-opt",
]
