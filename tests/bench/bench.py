"""`make bench`: the site under wrk, cached and uncached, beside a static file, in one run on this machine.

Starts gunicorn with production settings on a free port (a fresh SQLite demo database, or DATABASE_URL),
installs wrk with apt-get when it is missing, and prints one table: a static file, cached pages, the same pages
with the page cache off, petition signing, and Stripe webhook deliveries (signed events) when DATABASE_URL
points at PostgreSQL; then the median in-process render time of the key pages. A benchmark, not a test: the
numbers depend on the machine and what else runs on it, so compare the rows with each other.

Last, the action-day row: wrk at 50 connections reading the petition page while signatures are posted at the
same time from many client addresses (BENCH_SIGNATURES_PER_SECOND, default 20, each from its own address
through X-Forwarded-For) and an editor publishes the petition half-way: reads/s, p99 latency, signatures/s
stored and the re-renders (responses that were not a cache hit).

Each wrk row also gets the gunicorn workers' CPU time per request (from /proc, on Linux) and its ratio to the
static file's: other work on the machine moves requests/s much more than it moves CPU per request.

Environment: BENCH_SECONDS (default 10), BENCH_CONNECTIONS (10), BENCH_WORKERS (gunicorn workers, 2),
BENCH_SIGNATURES_PER_SECOND (20).
"""

import http.client
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import render  # noqa: E402 (tests/bench/render.py, beside this script)

BASE_DIR = Path(__file__).resolve().parent.parent.parent
HERE = Path(__file__).resolve().parent
PYTHON = sys.executable
SECONDS = int(os.environ.get("BENCH_SECONDS", "10"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "10"))
WORKERS = int(os.environ.get("BENCH_WORKERS", "2"))
WEBHOOK_SECRET = "whsec_bench_only"
PETITION = "/campaigns/free-them-all/suspend-enforcement/"
PAGES = [("/", "/"), ("/es/", "/es/"), ("petition", PETITION)]
ACTION_DAY_CONNECTIONS = 50
SIGNATURES_PER_SECOND = float(os.environ.get("BENCH_SIGNATURES_PER_SECOND", "20"))
SIGNER_THREADS = 4


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def ensure_wrk():
    if shutil.which("wrk"):
        return
    print("Installing wrk (Debian package)...", flush=True)
    prefix = [] if os.geteuid() == 0 else ["sudo"]
    subprocess.run([*prefix, "apt-get", "update", "-qq"], check=True)
    subprocess.run(
        [*prefix, "apt-get", "install", "-y", "-qq", "wrk"],
        check=True,
        env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
    )


def manage(env, *args, **kwargs):
    return subprocess.run([PYTHON, "manage.py", *args], cwd=BASE_DIR, env=env, check=True, **kwargs)


def django_snippet(env, code):
    """Runs `code` with Django set up in the benchmark's environment; returns what it prints."""
    script = "import django; django.setup()\n" + code
    return subprocess.run(
        [PYTHON, "-c", script], cwd=BASE_DIR, env=env, check=True, capture_output=True, text=True
    ).stdout


class Server:
    def __init__(self, env, cache_on):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        server_env = {**env, "PAGECACHE_ENABLED": "true" if cache_on else "false"}
        self.process = subprocess.Popen(
            [
                PYTHON,
                "-m",
                "gunicorn",
                "config.wsgi",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(WORKERS),
                "--log-level",
                "warning",
            ],
            cwd=BASE_DIR,
            env=server_env,
            start_new_session=True,
        )

    def __enter__(self):
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(self.base + "/healthz", timeout=2) as response:
                    if response.status == 200:
                        return self
            except OSError:
                time.sleep(0.3)
        raise SystemExit("gunicorn did not answer /healthz within 60 s")

    def __exit__(self, *exc):
        os.killpg(self.process.pid, signal.SIGTERM)
        self.process.wait(timeout=30)

    def get(self, path):
        with urllib.request.urlopen(self.base + path, timeout=10) as response:
            return response.read().decode()

    def worker_cpu(self):
        """CPU seconds the gunicorn workers have used so far (Linux /proc; None elsewhere). Per request, it moves
        far less than requests/s when other work shares the machine."""
        try:
            pid = self.process.pid
            total = 0
            for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split():
                fields = Path(f"/proc/{child}/stat").read_text().rsplit(")", 1)[1].split()
                total += int(fields[11]) + int(fields[12])  # utime, stime
        except (OSError, IndexError, ValueError):
            return None
        return total / os.sysconf("SC_CLK_TCK")

    def wrk(self, path, script=None, args=(), connections=None):
        """`wrk` on `path`, with the workers' CPU time per request."""
        before = self.worker_cpu()
        result = wrk(self.base + path, script, args, connections)
        after = self.worker_cpu()
        if before is not None and after is not None and result["requests"]:
            result["cpu_us"] = (after - before) / result["requests"] * 1e6
        return result


def wrk(url, script=None, args=(), connections=None):
    command = ["wrk", "-t2", f"-c{connections or CONNECTIONS}", f"-d{SECONDS}s", "--latency"]
    if script:
        command += ["-s", str(script)]
    command.append(url)
    if args:
        command += ["--", *args]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    median = re.search(r"50%\s+([\d.]+\w+)", output)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    extra = dict(re.findall(r"(ACCEPTED|OTHER|REDELIVERED|HITS|MISSES|P99US) (\d+)", output))
    return {
        "rate": rate,
        "requests": requests,
        "median": median.group(1) if median else "",
        "non2xx": int(errors.group(1)) if errors else 0,
        **extra,
    }


def sign_steadily(base, run, stop, counts, thread_number):
    """One signer: a signature every SIGNER_THREADS / SIGNATURES_PER_SECOND seconds, each from a new address."""
    port = int(base.rsplit(":", 1)[1])
    interval = SIGNER_THREADS / SIGNATURES_PER_SECOND
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    n = 0
    next_at = time.monotonic()
    while not stop.is_set():
        n += 1
        address = f"10.{thread_number}.{n // 250 % 250}.{n % 250 + 1}"
        body = f"name=Bench+Signer&email=bench-{run}-{thread_number}-{n}%40example.org&postal_code=02130&website="
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Origin": base,
            "X-Forwarded-For": address,
        }
        try:
            connection.request("POST", PETITION, body, headers)
            response = connection.getresponse()
            response.read()
            counts["accepted" if response.status == 303 else "other"] += 1
        except OSError:
            counts["other"] += 1
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        next_at += interval
        stop.wait(max(0, next_at - time.monotonic()))


class Publisher:
    """An editor's publish of the petition, from its own process (set up before the run, so Django's start-up
    is not measured): `publish()` sends the word, and the page cache is purged in every worker."""

    CODE = (
        "import sys, django; django.setup()\n"
        "from campaigns.models import PetitionPage\n"
        "print('ready', flush=True); sys.stdin.readline()\n"
        "page = PetitionPage.objects.get(slug='suspend-enforcement')\n"
        "page.save_revision().publish(); print('published', flush=True)\n"
    )

    def __init__(self, env):
        self.process = subprocess.Popen(
            [PYTHON, "-c", self.CODE], cwd=BASE_DIR, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert self.process.stdout.readline().strip() == "ready"

    def publish(self):
        self.process.stdin.write("go\n")
        self.process.stdin.flush()
        assert self.process.stdout.readline().strip() == "published"
        self.process.wait(timeout=30)


def action_day(env, server):
    """wrk at 50 connections on the petition page, signatures streaming in, a publish half-way."""
    server.get(PETITION)
    run = uuid.uuid4().hex[:8]
    publisher = Publisher(env)
    stop = threading.Event()
    counts = {"accepted": 0, "other": 0}
    signers = [
        threading.Thread(target=sign_steadily, args=(server.base, run, stop, counts, number), daemon=True)
        for number in range(SIGNER_THREADS)
    ]
    timer = threading.Timer(SECONDS / 2, publisher.publish)
    for signer in signers:
        signer.start()
    timer.start()
    result = wrk(server.base + PETITION, HERE / "read_count.lua", connections=ACTION_DAY_CONNECTIONS)
    stop.set()
    timer.join()
    for signer in signers:
        signer.join(timeout=15)
    stored = int(
        django_snippet(
            env,
            "from campaigns.models import Signature\n"
            f"print(Signature.objects.filter(email__startswith='bench-{run}-').count())",
        ).strip()
    )
    p99 = int(result.get("P99US", 0)) / 1000
    result["note"] = (
        f"p99 {p99:.0f} ms; {stored / SECONDS:.1f} signatures/s stored ({counts['accepted']} accepted, "
        f"{counts['other']} refused or failed) from {counts['accepted'] + counts['other']} addresses; "
        f"{result.get('MISSES', 0)} re-renders of {int(result.get('HITS', 0)) + int(result.get('MISSES', 0))} "
        f"reads; a publish at {SECONDS / 2:.0f} s"
    )
    return result


def make_events(env, count, path):
    """`count` pending donations and, for each, a signed checkout.session.completed event, written to `path`."""
    code = f"""
import hashlib, hmac, json, time, uuid
from donations.models import Donation
run = uuid.uuid4().hex[:8]
donations = Donation.objects.bulk_create(
    Donation(amount=1000, currency="usd", status="pending", stripe_checkout_session_id=f"cs_bench_{{run}}_{{n}}")
    for n in range({count})
)
with open({str(path)!r}, "w") as out:
    for donation in donations:
        session = {{"id": donation.stripe_checkout_session_id, "object": "checkout.session",
            "client_reference_id": str(donation.id), "status": "complete", "payment_status": "paid",
            "mode": "payment", "amount_total": 1000, "currency": "usd", "customer": None,
            "customer_details": {{"name": "Bench", "email": "bench@example.org"}},
            "payment_intent": f"pi_{{donation.id}}",
            "subscription": None, "invoice": None, "metadata": {{"donation_id": str(donation.id)}}}}
        event = {{"id": f"evt_bench_{{run}}_{{donation.id}}", "object": "event", "api_version": "2026-10-28.endive",
            "created": int(time.time()), "livemode": False, "type": "checkout.session.completed",
            "data": {{"object": session}}}}
        payload = json.dumps(event)
        stamp = int(time.time())
        digest = hmac.new({WEBHOOK_SECRET!r}.encode(), f"{{stamp}}.{{payload}}".encode(), hashlib.sha256).hexdigest()
        out.write(f"t={{stamp}},v1={{digest}}\\t{{payload}}\\n")
print(run)
"""
    return django_snippet(env, code).strip()


def main():
    ensure_wrk()
    workdir = Path(tempfile.mkdtemp(prefix="amparo-bench-"))
    database_url = os.environ.get("DATABASE_URL") or f"sqlite:///{workdir / 'bench.sqlite3'}"
    postgres = database_url.startswith(("postgres://", "postgresql://"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": os.environ.get("SECRET_KEY") or uuid.uuid4().hex * 2,
        "DATABASE_URL": database_url,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "FILE_CACHE_DIR": str(workdir / "cache"),
        "STRIPE_WEBHOOK_SECRET": WEBHOOK_SECRET,
        "CAMPAIGNS_RATE_LIMIT": "1000000/s",
        # The action day's signers each come from their own address, through X-Forwarded-For from loopback.
        "TRUSTED_PROXIES": "127.0.0.1/32",
        "LOG_LEVEL": "WARNING",
    }
    print(f"Preparing {'PostgreSQL' if postgres else 'SQLite'} demo database and static files...", flush=True)
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "load_demo_content", stdout=subprocess.DEVNULL)
    manage(env, "collectstatic", "--no-input", "-v0")

    rows = []
    with Server(env, cache_on=True) as server:
        css = re.search(r'href="(/static/css/site\.[0-9a-f]+\.css)"', server.get("/")).group(1)
        rows.append(("static file (WhiteNoise)", server.wrk(css)))
        for name, path in PAGES:
            server.get(path)
            rows.append((f"cached {name}", server.wrk(path)))
        run = uuid.uuid4().hex[:8]
        result = server.wrk(PETITION, HERE / "sign.lua", [PETITION, server.base, run])
        stored, distinct = django_snippet(
            env,
            "from campaigns.models import Signature\n"
            f"rows = Signature.objects.filter(email__startswith='bench-{run}-')\n"
            "print(rows.count(), rows.values('email').distinct().count())",
        ).split()
        accepted = int(result.get("ACCEPTED", 0))
        # Posts still in flight when wrk stops are stored but not counted as accepted: stored >= accepted.
        result["note"] = (
            f"{accepted} accepted, {stored} stored: {max(0, accepted - int(stored))} lost, "
            f"{int(stored) - int(distinct)} duplicated"
        )
        rows.append(("petition signing (POST)", result))
        if postgres:
            events_file = workdir / "events.tsv"
            count = max(3000, 600 * SECONDS)
            run = make_events(env, count, events_file)
            result = wrk(
                server.base + "/donations/stripe/webhook/",
                HERE / "webhook.lua",
                ["/donations/stripe/webhook/", str(events_file), "2"],
            )
            check = django_snippet(
                env,
                f"""
from donations.models import Donation, StripeEvent
print(StripeEvent.objects.filter(stripe_id__startswith='evt_bench_{run}_').count(),
      Donation.objects.filter(stripe_checkout_session_id__startswith='cs_bench_{run}_', status='paid').count())
""",
            ).split()
            events, paid = int(check[0]), int(check[1])
            unique = int(result.get("ACCEPTED", 0)) - int(result.get("REDELIVERED", 0))
            result["note"] = (
                f"{unique} new events acknowledged, {events} stored, {paid} gifts paid: "
                f"{max(0, unique - paid)} lost, {max(0, paid - events)} duplicated"
            )
            rows.append(("Stripe webhook (signed events)", result))
        rows.append((f"action day: petition at {ACTION_DAY_CONNECTIONS} connections", action_day(env, server)))
    with Server(env, cache_on=False) as server:
        for name, path in PAGES:
            rows.append((f"uncached {name}", server.wrk(path)))

    static_rate = rows[0][1]["rate"]
    static_cpu = rows[0][1].get("cpu_us")
    print(
        f"\n{WORKERS} gunicorn workers, wrk -t2 -c{CONNECTIONS} -d{SECONDS}s, "
        f"{'PostgreSQL' if postgres else 'SQLite'}\n"
    )
    # "CPU vs static": the static file's worker CPU per request over this row's, the rate the row would reach
    # beside the static file if the workers' CPU were all that limited both (steadier on a busy machine).
    print(
        "| target | requests/s | vs static | median latency | worker CPU/request | CPU vs static "
        "| non-2xx/3xx | notes |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    for name, result in rows:
        share = f"{100 * result['rate'] / static_rate:.0f}%"
        cpu = result.get("cpu_us")
        cpu_share = f"{100 * static_cpu / cpu:.0f}%" if cpu and static_cpu else ""
        print(
            f"| {name} | {result['rate']:,.0f} | {share} | {result['median']} | "
            f"{f'{cpu:,.0f} µs' if cpu else ''} | {cpu_share} | {result['non2xx']} | {result.get('note', '')} |"
        )
    print("\nIn-process render, uncached (tests/bench/render.py):", flush=True)
    render.measure(env)
    shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
