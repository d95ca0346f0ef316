"""No test leans on another: a handful of tests of each kind pass run forwards and backwards, in runs of their own.

The kinds are those that once broke each other: a test on the demo site, ordinary tests on a site of their own,
a live-server test (it commits), and a migration test (it migrates the database back and forth). Each run uses
the templates this run built and a database of its own (pytest-django suffixes it with `TOX_PARALLEL_ENV`).
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
REPRESENTATIVES = [
    "campaigns/tests/test_demo.py::test_demo_campaign_in_both_languages",
    "home/tests/test_pages.py::test_standard_page_shows_its_blocks_to_visitors",
    "tests/e2e/test_site_frame.py::test_home_page_is_accessible_and_first_party",
    "resources/tests/test_document_language.py::test_documents_made_before_keep_their_ids_tags_links_and_gain_their_language",
    "home/tests/test_pages.py::test_a_preview_of_the_home_page_shows_the_draft_and_leaves_the_public_page_alone",
]


def run(*options):
    env = {**os.environ, "TOX_PARALLEL_ENV": "isolation", "PYTEST_ADDOPTS": "", "DJANGO_ALLOW_ASYNC_UNSAFE": "true"}
    env.pop("PYTEST_XDIST_WORKER", None)
    return subprocess.run(  # noqa: S603 (our own test run)
        [sys.executable, "-m", "pytest", "-p", "no:xdist", "-q", "--reuse-db", *options, *REPRESENTATIVES],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.mark.django_db
@pytest.mark.parametrize("order", [[], ["--reverse-order"]], ids=["forwards", "backwards"])
def test_representative_tests_pass_in_either_order(order):
    result = run(*order)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert f"{len(REPRESENTATIVES)} passed" in result.stdout
