"""`erase_supporter` leaves nothing of one person in any text or JSON column, and keeps counts and amounts."""

import io

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command
from django.db import models
from django.db.models.functions import Cast
from wagtail.models import ModelLogEntry

from campaigns.models import EventRSVP, Signature
from donations.models import Donation
from privacy.tests.conftest import EMAIL, NAME

pytestmark = pytest.mark.django_db

TEXT_FIELDS = (models.CharField, models.TextField, models.JSONField)


def rows_mentioning(needle):
    """Every (model, field, count) where a stored value contains `needle`, in every table Django manages."""
    found = []
    for model in apps.get_models():
        if not model._meta.managed or model._meta.proxy:
            continue
        for field in model._meta.concrete_fields:
            if not isinstance(field, TEXT_FIELDS):
                continue
            queryset = model._default_manager.all()
            if isinstance(field, models.JSONField):
                queryset = queryset.annotate(_as_text=Cast(field.name, models.TextField()))
                lookup = "_as_text__icontains"
            else:
                lookup = f"{field.name}__icontains"
            count = queryset.filter(**{lookup: needle}).count()
            if count:
                found.append((model._meta.label, field.name, count))
    return found


def test_the_scan_finds_the_supporter_before_erasing(supporter, old_log_label):
    where = {(label, field) for label, field, _count in rows_mentioning(EMAIL)}
    assert ("campaigns.Signature", "email") in where
    assert ("donations.StripeEvent", "payload") in where
    assert ("wagtailcore.ModelLogEntry", "label") in where


def test_erase_leaves_no_trace_of_the_email_or_name_and_keeps_the_counts(supporter, old_log_label):
    out = io.StringIO()
    call_command("erase_supporter", EMAIL.title(), "--yes", stdout=out)

    assert rows_mentioning(EMAIL) == []
    assert rows_mentioning(NAME) == []
    assert Signature.objects.count() == 2 and EventRSVP.objects.count() == 1  # still counted
    donation = Donation.objects.get(pk=supporter["donation"].pk)
    assert donation.amount == 1000 and donation.donor_email == "" and donation.stripe_customer_id == ""
    assert Signature.objects.get(email="else@example.org").name == "Someone Else"  # nobody else touched
    report = out.getvalue()
    assert "signatures anonymised (still counted): 1" in report
    assert "subscribers deleted: 1" in report


def test_the_erasure_is_in_the_audit_log_without_the_person(supporter):
    call_command("erase_supporter", EMAIL, "--yes", stdout=io.StringIO())
    entry = ModelLogEntry.objects.get(action="privacy.erase")
    assert entry.data["count"] >= 8
    assert EMAIL not in str(entry.data) and EMAIL not in entry.label
    assert "Erased one supporter" in entry.message


def test_without_yes_and_without_a_terminal_nothing_is_erased(supporter, monkeypatch):
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    with pytest.raises(CommandError, match="--yes"):
        call_command("erase_supporter", EMAIL, stdout=io.StringIO())
    assert Signature.objects.filter(email=EMAIL).exists()


def test_a_typo_is_refused(db):
    with pytest.raises(CommandError, match="email address"):
        call_command("erase_supporter", "not-an-email", "--yes", stdout=io.StringIO())
