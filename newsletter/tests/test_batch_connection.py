"""Sending reuses one email connection per batch of 100 (a provider or SMTP server sees 3 logins for 250 emails)."""

from io import StringIO

import pytest
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import call_command
from django.test import override_settings

from newsletter.models import Subscriber
from updates.factories import WeeklyActionsIndexPageFactory, WeeklyActionsPageFactory


class CountingBackend(EmailBackend):
    made = 0

    def __init__(self, *args, **kwargs):
        CountingBackend.made += 1
        super().__init__(*args, **kwargs)


@pytest.mark.django_db
@override_settings(EMAIL_BACKEND="newsletter.tests.test_batch_connection.CountingBackend")
def test_one_connection_per_batch(home_page):
    WeeklyActionsPageFactory(parent=WeeklyActionsIndexPageFactory(parent=home_page))
    Subscriber.objects.bulk_create(
        Subscriber(email=f"reader{n}@example.org", status=Subscriber.Status.CONFIRMED) for n in range(250)
    )
    CountingBackend.made = 0

    call_command("send_weekly_actions", stdout=StringIO())

    assert len(mail.outbox) == 250
    assert CountingBackend.made == 3
