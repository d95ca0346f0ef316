"""No test leans on another: a test of each kind passes run forwards then backwards, in one run of its own.

The kinds are those that once broke each other: a test on the demo site, ordinary tests on a site of their own,
a live-server test (it commits), and a migration test (it migrates the database back and forth). pytest-django
would run the committing ones last; `--as-given` keeps the order named here. The run uses the templates this run
built (`django_db_setup`) and a database of its own (pytest-django suffixes it with `TOX_PARALLEL_ENV`).
"""

import os
import subprocess
import sys
from pathlib import Path

from tests import databases

ROOT = Path(__file__).resolve().parent.parent
REPRESENTATIVES = [
    "campaigns/tests/test_demo.py::test_demo_campaign_in_both_languages",
    "home/tests/test_pages.py::test_standard_page_shows_its_blocks_to_visitors",
    "tests/e2e/test_site_frame.py::test_home_page_is_accessible_and_first_party",
    "home/tests/test_pages.py::test_a_preview_of_the_home_page_shows_the_draft_and_leaves_the_public_page_alone",
    # Last, so it runs once, in the middle of the run: after every other test and before every other test.
    "resources/tests/test_document_language.py::test_documents_made_before_keep_their_ids_tags_links_and_gain_their_language",
]


def test_a_test_of_each_kind_passes_forwards_then_backwards(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        databases.build(django_db_setup, "demo")  # the run it starts uses this run's templates, built once
    both_ways = REPRESENTATIVES + REPRESENTATIVES[-2::-1]  # A B C D E D C B A: a test never follows itself
    env = {**os.environ, "TOX_PARALLEL_ENV": "isolation", "PYTEST_ADDOPTS": "", "DJANGO_ALLOW_ASYNC_UNSAFE": "true"}
    env.pop("PYTEST_XDIST_WORKER", None)
    result = subprocess.run(  # noqa: S603 (our own test run)
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:xdist",
            "-v",
            "--reuse-db",
            "--keep-duplicates",
            "--as-given",
            *both_ways,
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert f"{len(both_ways)} passed" in result.stdout
    ran = [line.split(" ")[0] for line in result.stdout.splitlines() if line.endswith("%]") and " PASSED " in line]
    assert [nodeid.removesuffix("[chromium]") for nodeid in ran] == both_ways
