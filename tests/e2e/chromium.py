"""Debian's Chromium as every browser run here starts it (Playwright cannot download its own here).

Its headless shell (Debian's `chromium-headless-shell`), as Playwright itself runs headless Chromium: the same Blink
and V8 as the full browser, without the desktop browser's own processes around them. The browser tests alone
(`pytest -n 2 -m browser`) took 53 s with it, Chromium's processes using 53 CPU-seconds, against 83 s and 106
CPU-seconds with the full browser (`CHROMIUM_PATH=/usr/bin/chromium` runs them there)."""

import os

EXECUTABLE = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium-headless-shell")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
