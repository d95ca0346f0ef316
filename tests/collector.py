"""Python's garbage collector, tuned for a test run: every worker's objects made at start-up (Django, Wagtail and
every app, loaded before the first test) are frozen out of the collector's scans, and the youngest generation is
collected after 50,000 allocations, not 700. A test makes many short-lived objects and few cycles: the defaults
spend 7–15 % of the workers' CPU collecting (five apps' tests in one process, and paired `make test` runs:
docs/figures.md)."""

import gc


def pytest_configure(config):
    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 50, 100)
