"""The test databases: two templates built once per run, and a copy of each for every pytest-xdist worker.

- `migrated`: what the migrations make (the page tree's root, locales, groups) and the public congress data
  (`import_legislators`), nothing else; the tests that build their own site (most of them) run on a copy of it;
- `site`: `migrated` plus a small site of the tests' own (an English home page as the default site's root,
  `tests/site_fixtures.build_site`); the tests that ask for `home_page` (most of them) run on a copy, so the
  page they build on is not saved (and Wagtail's welcome page deleted) again for each of them;
- `bilingual`: `site` plus the home page's Spanish translation, for the tests that ask for `spanish_home`;
- `demo`: `migrated` plus the demo site (`load_demo_content`); the tests that ask for `demo_site` run on a copy.

The templates are built once for a whole run (under a file lock, so only the first worker builds them) and kept for
the next run while the migrations and the demo's code are unchanged (`--create-db` builds them again). The demo is
loaded again on a later day: its dates count from the day it was loaded (the day of action is two weeks ahead). A test
that commits (live server, concurrency, a migration test) gets a fresh copy after it. On SQLite a copy is SQLite's
backup of the file; on PostgreSQL it is `CREATE DATABASE … TEMPLATE`, which copies files: both take well under a
second.
"""

import datetime
import fcntl
import hashlib
import io
import os
import shutil
import sqlite3
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.db import connection, connections

ROOT = Path(__file__).resolve().parent.parent
# What the templates are made of: when one of these files changes, `--reuse-db` builds them again.
SOURCES = [
    "*/migrations/*.py",
    "*/demo.py",
    "*/demo_*.py",
    "*/factories.py",
    "*/management/commands/*.py",
    "legislators/data/*",
    "tests/site_fixtures.py",
    "tests/databases.py",
]

KINDS = ("migrated", "site", "bilingual", "demo")
BUILT_ON = {"site": "migrated", "bilingual": "site", "demo": "migrated"}  # each template starts as a copy of another


def fingerprint():
    digest = hashlib.sha256()
    for pattern in SOURCES:
        for path in sorted(ROOT.glob(pattern)):
            if ".venv" not in path.parts:
                digest.update(str(path.relative_to(ROOT)).encode() + path.read_bytes())
    return digest.hexdigest()[:16]


def _sqlite():
    return connection.vendor == "sqlite"


class Names:
    """This run's database names, read once before any of them is in use (Django points NAME at the database in
    use). pytest-django gives each process's test database a suffix: `_gw0`, `_gw1`… for pytest-xdist's workers,
    and `TOX_PARALLEL_ENV`'s value (tests/test_isolation.py uses it for the runs it starts)."""

    def __init__(self):
        self.worker = base = connection.creation._get_test_db_name()
        for variable in ("PYTEST_XDIST_WORKER", "TOX_PARALLEL_ENV"):
            if os.environ.get(variable):
                base = base.removesuffix(f"_{os.environ[variable]}")
        stem, dot, extension = base.rpartition(".")
        # The templates, by kind, and this worker's copy of each.
        self.copies = {"migrated": self.worker}
        for kind in KINDS:
            setattr(self, kind, f"{stem}-{kind}.{extension}" if _sqlite() and dot else f"{base}_template_{kind}")
            self.copies.setdefault(kind, f"{self.worker}_with_{kind}")
        self.made = set()  # the copies this worker has made


@contextmanager
def _lock(kind):
    with open(ROOT / f".test-db-{kind}.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _stamp_path(name):
    return Path(f"{name}.stamp")


def _read_stamp(name):
    if _sqlite():
        path = _stamp_path(name)
        return path.read_text() if path.exists() and Path(name).exists() else ""
    with connection._nodb_cursor() as cursor:
        cursor.execute("SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = %s", [name])
        row = cursor.fetchone()
    return (row and row[0]) or ""


def _write_stamp(name, stamp):
    if _sqlite():
        _stamp_path(name).write_text(stamp)
        return
    with connection._nodb_cursor() as cursor:
        cursor.execute(f"COMMENT ON DATABASE {connection.ops.quote_name(name)} IS %s", [stamp])


def _use(name):
    """Points every connection to the database `name` (Django's own test run does the same)."""
    for conn in connections.all():
        conn.close()
    settings.DATABASES["default"]["NAME"] = name
    connection.settings_dict["NAME"] = name


def _copy(source, target):
    for conn in connections.all():
        conn.close()
    if _sqlite():  # into the same file, so a connection another thread kept open sees the copy
        source_db, target_db = sqlite3.connect(source), sqlite3.connect(target)
        try:
            source_db.backup(target_db)
        finally:
            source_db.close()
            target_db.close()
        return
    quote = connection.ops.quote_name
    with connection._nodb_cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {quote(target)} WITH (FORCE)")
        cursor.execute(f"CREATE DATABASE {quote(target)} TEMPLATE {quote(source)} STRATEGY FILE_COPY")


def build_templates(names, rebuild, run_id):
    """Makes sure `migrated` is current (the others are built later, by the first worker that needs each one:
    the other worker runs tests meanwhile). `rebuild` (--create-db) builds each template once in this run: the
    first worker builds, the others find the run's id in the stamp."""
    names.stamp = f"{fingerprint()} {run_id}" if rebuild else fingerprint()
    names.rebuild = rebuild
    build(names, "migrated")


def _today():
    return datetime.date.today()


def _current(names, kind):
    """A template is current when its stamp names these sources (and, with --create-db, this run), and a demo
    when it was loaded today or yesterday (so two workers starting either side of midnight keep the same one)."""
    written, _, day = _read_stamp(getattr(names, kind)).partition("@")
    today = _today()
    if kind == "demo" and day not in {str(today), str(today - datetime.timedelta(days=1))}:
        return False
    return written == names.stamp or (not names.rebuild and written.split(" ")[0] == names.stamp)


def build(names, kind):
    template = getattr(names, kind)
    with _lock(kind):
        # The demo's images are files: a demo template without its folder of files is made again.
        if _current(names, kind) and (kind == "migrated" or Path(settings.MEDIA_ROOT).is_dir()):
            return
        if kind == "migrated":  # a new run: the files earlier runs uploaded go
            shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)
            Path(settings.MEDIA_ROOT).mkdir(parents=True)
            test_settings = connection.settings_dict.setdefault("TEST", {})
            test_name = test_settings.get("NAME")
            test_settings["NAME"] = names.migrated
            try:
                connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False, keepdb=False)
            finally:
                test_settings["NAME"] = test_name
            call_command("import_legislators", stdout=io.StringIO())
        else:
            below = BUILT_ON[kind]
            build(names, below)
            _copy(getattr(names, below), template)
            _use(template)
            if kind == "demo":
                call_command("load_demo_content", verbosity=0)
                _show_every_page()
            else:
                from tests import site_fixtures

                site_fixtures.build_site() if kind == "site" else site_fixtures.build_spanish_home()
        if _sqlite():
            with connection.cursor() as cursor:
                cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        _use(names.worker)
        _write_stamp(template, f"{names.stamp}@{_today()}")


def _show_every_page():
    """Asks for every live demo page once, as a visitor's first look after `make run` does: the pictures'
    renditions are made now, once, and every test on a copy of the demo finds them (instead of resizing every
    picture again in each test that shows one)."""
    from django.test import Client
    from wagtail.models import Page

    client = Client()
    for page in Page.objects.live().filter(depth__gt=1):
        url = page.get_url()
        if url:
            client.get(url)


def use_copy(names, kind, fresh=False):
    """Points the connections at this worker's copy of the `kind` (one of `KINDS`) template; `fresh` copies the
    template again first. The first use of a copy makes it (and the template, the first time any worker needs
    it)."""
    name = names.copies[kind]
    if kind not in names.made:
        build(names, kind)
        fresh = True
        names.made.add(kind)
    if fresh:
        _copy(getattr(names, kind), name)
    if connection.settings_dict["NAME"] != name:
        _use(name)


def drop_copies(names):
    for conn in connections.all():
        conn.close()
    for name in names.copies.values():
        if _sqlite():
            for suffix in ("", "-wal", "-shm"):
                Path(name + suffix).unlink(missing_ok=True)
            continue
        with connection._nodb_cursor() as cursor:
            cursor.execute(f"DROP DATABASE IF EXISTS {connection.ops.quote_name(name)} WITH (FORCE)")
