"""`make bench-layers`: what each derived cache layer saves, as the CPU time of a render with it and without it.

Renders the key pages in-process under production settings (page cache off, as `make bench-render`) with every
layer on, then with one layer turned off at a time, then with all of them off: the frame parts
(home/frame_cache.py: the site, menus, settings, translations, crumbs...), the `{% framecache %}` fragments
(meta tags, header, footer, share links, action cards), the cached routes (a URL's route and the page it names)
and the empty forms' HTML (core/forms.py). Prints the median CPU milliseconds and queries of each page in each
case. CPU time, not wall time, so other work on the machine moves the figures little. Also prints the first
render after a new content version (every layer empty: what each worker pays once per publish).

Environment: RENDER_SAMPLES (default 40), DATABASE_URL (default: a fresh SQLite demo database).
"""

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import render  # noqa: E402 (tests/bench/render.py, beside this script)

MEASURE = """
import statistics, time
import django
django.setup()
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

import core.forms
import home.frame_cache as frame_cache
from core.content_version import new_version

LAYERS = {
    "frame parts": lambda name: not name.startswith(("fragment:", "route:", "page:")),
    "framecache fragments": lambda name: name.startswith("fragment:"),
    "cached routes": lambda name: name.startswith(("route:", "page:")),
}
cached = frame_cache.cached_frame_part
kept_forms = core.forms._unbound_html
off = set()


class KeepNoForm(dict):
    def __setitem__(self, key, value):
        if key == "version":
            super().__setitem__(key, value)


def selective(name, build, *args, **kwargs):
    if any(LAYERS[layer](name) for layer in off if layer in LAYERS):
        return build()
    return cached(name, build, *args, **kwargs)


for module in list(__import__("sys").modules.values()):
    if getattr(module, "cached_frame_part", None) is cached:
        module.cached_frame_part = selective

client = Client(HTTP_HOST="127.0.0.1")


def sample(path, cold=False):
    if cold:
        new_version()
    started = time.process_time()
    client.get(path)
    return (time.process_time() - started) * 1000


for case in ["all on", *LAYERS, "empty forms' HTML", "all off", "first render after a new version"]:
    off = set(LAYERS) | {"empty forms' HTML"} if case == "all off" else {case}
    core.forms._unbound_html = KeepNoForm() if "empty forms' HTML" in off else kept_forms
    cold = case.startswith("first render")
    row = []
    for name, path in PAGES:
        for _ in range(3):
            assert client.get(path).status_code == 200, path
        samples = [sample(path, cold) for _ in range(SAMPLES)]
        if cold:
            new_version()
        with CaptureQueriesContext(connection) as queries:
            client.get(path)
        row.append(f"{statistics.median(samples):6.1f} ms {len(queries):3} q")
    print(f"| {case} | " + " | ".join(row) + " |", flush=True)
"""


def main():
    workdir = Path(tempfile.mkdtemp(prefix="amparo-layers-"))
    database_url = os.environ.get("DATABASE_URL") or f"sqlite:///{workdir / 'layers.sqlite3'}"
    env = {**render.environment(database_url, workdir), "PAGECACHE_ENABLED": "false"}
    samples = int(os.environ.get("RENDER_SAMPLES", "40"))
    try:
        if not os.environ.get("DATABASE_URL"):
            print("Preparing the demo database...", flush=True)
            for command in (["migrate", "--no-input", "-v0"], ["load_demo_content"]):
                subprocess.run(
                    [render.PYTHON, "manage.py", *command],
                    cwd=render.BASE_DIR,
                    env=env,
                    check=True,
                    stdout=subprocess.DEVNULL,
                )
        print("\nMedian CPU time of one render (ms) and its queries, page cache off:\n")
        print("| layers | " + " | ".join(name for name, _path in render.PAGES) + " |")
        print("|---" * (len(render.PAGES) + 1) + "|")
        code = f"PAGES = {render.PAGES!r}\nSAMPLES = {samples}\n" + MEASURE
        subprocess.run([render.PYTHON, "-c", code], cwd=render.BASE_DIR, env=env, check=True)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
