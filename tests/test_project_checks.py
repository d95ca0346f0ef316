"""The checks `make test` used to run as two commands of their own, in the test run: Django's system checks on the
test settings, and no model change without its migration. In-process, they cost a second instead of two Django
start-ups."""

import io

import pytest
from django.core.management import call_command


def test_the_system_checks_pass():
    out = io.StringIO()
    call_command("check", stdout=out, stderr=out)  # raises SystemCheckError, with every problem, on an error
    assert "System check identified no issues" in out.getvalue(), out.getvalue()


@pytest.mark.django_db  # makemigrations also checks the applied migrations' history in the database
def test_every_model_change_has_its_migration():
    out = io.StringIO()
    try:
        call_command("makemigrations", check=True, dry_run=True, stdout=out, stderr=out)
    except SystemExit as missing:  # makemigrations --check exits 1 and lists the migrations it would write
        raise AssertionError(
            f"Migrations are missing (run `manage.py makemigrations`):\n{out.getvalue()}"
        ) from missing
    assert "No changes detected" in out.getvalue()
