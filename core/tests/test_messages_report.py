"""`manage.py messages_report` (and `make messages-report`): how much of each language's interface text is done."""

import io

import pytest
from django.core.management import call_command


def report(*args):
    out = io.StringIO()
    call_command("messages_report", *args, stdout=out, stderr=io.StringIO())
    return {line.split()[0]: line for line in out.getvalue().splitlines()[1:]}


def test_each_language_says_how_complete_and_reviewed_it_is():
    lines = report("es", "ar", "pt-br")
    assert "100.0%" in lines["es"] and "reviewed by a native speaker" in lines["es"]
    assert "first draft, to be reviewed by a native speaker" in lines["ar"]
    assert "first draft" in lines["pt-br"]


def test_min_fails_when_a_language_is_below_it():
    with pytest.raises(SystemExit):
        report("ko", "--min", "50")  # no catalogue of the site's own: 0%
    report("es", "--min", "100")
