"""`make bench-render`: the median in-process render time of the key pages, uncached, warm.

Renders each page through the whole middleware stack with Django's test client (no network, no page cache)
under production settings, against a fresh SQLite demo database (or DATABASE_URL when it is set), and prints
the median milliseconds and the queries of each. A benchmark, not a test: CI does not run it; the figures
depend on the machine and what else runs on it.

Environment: RENDER_SAMPLES (default 40).
"""

import os
import shutil
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PYTHON = sys.executable
PAGES = [
    ("home", "/"),
    ("campaign", "/campaigns/free-them-all/"),
    ("petition", "/campaigns/free-them-all/suspend-enforcement/"),
]

MEASURE = """
import statistics, sys, time
import django
django.setup()
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
client = Client(HTTP_HOST="127.0.0.1")
for name, path in PAGES:
    for _ in range(5):
        assert client.get(path).status_code == 200, path
    samples = []
    for _ in range(SAMPLES):
        started = time.perf_counter()
        client.get(path)
        samples.append((time.perf_counter() - started) * 1000)
    with CaptureQueriesContext(connection) as queries:
        client.get(path)
    print(f"{name:10} {path:50} {statistics.median(samples):6.1f} ms median {len(queries):3} queries", flush=True)
"""


def environment(database_url, workdir):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": os.environ.get("SECRET_KEY") or uuid.uuid4().hex * 2,
        "DATABASE_URL": database_url,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "FILE_CACHE_DIR": str(workdir / "cache"),
        "PAGECACHE_ENABLED": "false",
        "LOG_LEVEL": "WARNING",
    }


def measure(env, samples=None):
    """Prints one line per key page: its median render time and its query count."""
    samples = samples or int(os.environ.get("RENDER_SAMPLES", "40"))
    code = f"PAGES = {PAGES!r}\nSAMPLES = {samples}\n" + MEASURE
    subprocess.run([PYTHON, "-c", code], cwd=BASE_DIR, env={**env, "PAGECACHE_ENABLED": "false"}, check=True)


def main():
    workdir = Path(tempfile.mkdtemp(prefix="amparo-render-"))
    database_url = os.environ.get("DATABASE_URL") or f"sqlite:///{workdir / 'render.sqlite3'}"
    env = environment(database_url, workdir)
    try:
        print("Preparing the demo database...", flush=True)
        for command in (
            ["migrate", "--no-input", "-v0"],
            ["load_demo_content"],
            ["collectstatic", "--no-input", "-v0"],
        ):
            subprocess.run(
                [PYTHON, "manage.py", *command], cwd=BASE_DIR, env=env, check=True, stdout=subprocess.DEVNULL
            )
        measure(env)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
