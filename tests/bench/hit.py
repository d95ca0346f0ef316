"""The CPU time of one page-cache hit beside one static file, in-process: no network, no gunicorn, no wrk.

Calls Django's WSGI handler directly under production settings (the file cache, unless REDIS_URL is set) for the
site's CSS file (WhiteNoise) and for cached `/`, `/es/` and the petition, and prints the best of 5 batches of CPU
time per request. CPU time, so other work on the machine moves it little; `make bench` gives the same comparison
through gunicorn and wrk. Set PROFILE=1 for a cProfile of the petition's hits.

Environment: HIT_REQUESTS (default 2000), DATABASE_URL (default: a fresh SQLite demo database).
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
import cProfile, io, os, pstats, re, sys, time
from django.core.wsgi import get_wsgi_application

app = get_wsgi_application()


def call(path):
    environ = {
        "REQUEST_METHOD": "GET", "PATH_INFO": path, "QUERY_STRING": "", "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "80", "HTTP_HOST": "127.0.0.1", "wsgi.url_scheme": "http", "wsgi.input": io.BytesIO(),
        "wsgi.errors": sys.stderr, "SERVER_PROTOCOL": "HTTP/1.1", "REMOTE_ADDR": "127.0.0.1",
    }
    headers = []
    body = app(environ, lambda status, response_headers, exc_info=None: headers.append(dict(response_headers)))
    content = b"".join(body)
    body.close()
    return headers[0], content


css = re.search(rb'href="(/static/css/site\\.[0-9a-f]+\\.css)"', call("/")[1]).group(1).decode()
pages = [("static file", css), ("cached /", "/"), ("cached /es/", "/es/"), ("cached petition", PETITION)]
for _name, path in pages:
    call(path)
    assert call(path)[0].get("X-Page-Cache") in (None, "hit"), path
batch = REQUESTS // 5
for name, path in pages:
    best = min(
        (lambda started: [call(path) for _ in range(batch)] and (time.process_time() - started) / batch)(
            time.process_time()
        )
        for _ in range(5)
    )
    print(f"{name:16} {best * 1e6:6.0f} µs CPU per request (best of 5 batches of {batch})", flush=True)
if os.environ.get("PROFILE"):
    profile = cProfile.Profile()
    profile.enable()
    for _ in range(REQUESTS):
        call(PETITION)
    profile.disable()
    pstats.Stats(profile).sort_stats("cumulative").print_stats(40)
"""


def main():
    workdir = Path(tempfile.mkdtemp(prefix="amparo-hit-"))
    database_url = os.environ.get("DATABASE_URL") or f"sqlite:///{workdir / 'hit.sqlite3'}"
    env = {**render.environment(database_url, workdir), "PAGECACHE_ENABLED": "true"}
    commands = [["collectstatic", "--no-input", "-v0"]]
    if not os.environ.get("DATABASE_URL"):
        commands[:0] = [["migrate", "--no-input", "-v0"], ["load_demo_content"]]
    try:
        print("Preparing the demo database and static files...", flush=True)
        for command in commands:
            subprocess.run(
                [render.PYTHON, "manage.py", *command],
                cwd=render.BASE_DIR,
                env=env,
                check=True,
                stdout=subprocess.DEVNULL,
            )
        requests = int(os.environ.get("HIT_REQUESTS", "2000"))
        code = f"PETITION = {render.PAGES[2][1]!r}\nREQUESTS = {requests}\nimport django\ndjango.setup()\n" + MEASURE
        subprocess.run([render.PYTHON, "-c", code], cwd=render.BASE_DIR, env=env, check=True)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
