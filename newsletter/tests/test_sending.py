from io import StringIO

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.test.utils import override_settings

from newsletter.factories import SubscriberFactory
from newsletter.models import Delivery, Subscriber
from newsletter.tasks import send_issue_deliveries
from updates.factories import UpdatesIndexPageFactory, WeeklyActionsIndexPageFactory, WeeklyActionsPageFactory, action


@pytest.fixture
def issue(home_page, spanish_home, locales):
    index = WeeklyActionsIndexPageFactory(parent=home_page)
    WeeklyActionsPageFactory(parent=index, title="An older issue", issue_date="2026-11-10")
    issue = WeeklyActionsPageFactory(
        parent=index,
        title="Stand with workers",
        slug="workers",
        issue_date="2026-11-17",
        intro="Workers need us & <you>.",
        actions=[
            action("Sign the pledge", "sign", page=UpdatesIndexPageFactory(parent=home_page)),
            action("Call your senator", "call", link_url="https://example.org/call"),
            action("Give", "donate", link_url="https://example.org/give"),
        ],
    )
    index_es = index.copy_for_translation(locales[1])
    index_es.slug = "actue-ahora"
    index_es.save_revision().publish()
    spanish = issue.copy_for_translation(locales[1])
    spanish.title, spanish.slug = "Apoyemos a los trabajadores", "trabajadores"
    spanish.save_revision().publish()
    return issue


def by_recipient():
    return {message.to[0]: message for message in mail.outbox}


@pytest.mark.django_db
def test_sends_the_latest_issue_to_confirmed_subscribers_in_their_language(issue):
    SubscriberFactory(email="en@example.org", language="en")
    SubscriberFactory(email="es@example.org", language="es")
    SubscriberFactory(email="pending@example.org", status=Subscriber.Status.PENDING)
    SubscriberFactory(email="gone@example.org", status=Subscriber.Status.UNSUBSCRIBED)

    call_command("send_weekly_actions", stdout=StringIO())

    messages = by_recipient()
    assert set(messages) == {"en@example.org", "es@example.org"}
    english, spanish = messages["en@example.org"], messages["es@example.org"]
    assert english.subject == "Stand with workers"
    assert "Workers need us & <you>." in english.body  # plain text is not HTML-escaped
    assert "1. Sign the pledge (Sign)" in english.body and "http://testserver/updates/" in english.body
    html, mimetype = english.alternatives[0]
    assert mimetype == "text/html" and "Workers need us &amp; &lt;you&gt;." in html
    assert 'href="https://example.org/call"' in html
    assert english.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert english.extra_headers["List-Unsubscribe"].startswith("<http://testserver/newsletter/unsubscribe/")
    assert "http://testserver/newsletter/unsubscribe/" in english.body

    assert spanish.subject == "Apoyemos a los trabajadores"
    assert "Firmar" in spanish.body and "Léalo en la web" in spanish.body
    assert "http://testserver/es/actue-ahora/trabajadores/" in spanish.body
    assert spanish.extra_headers["List-Unsubscribe"].startswith("<http://testserver/es/newsletter/unsubscribe/")

    assert set(Delivery.objects.values_list("status", flat=True)) == {Delivery.Status.SENT}
    assert set(Delivery.objects.values_list("language", flat=True)) == {"en", "es"}


@pytest.mark.django_db
def test_running_twice_sends_each_issue_once(issue):
    SubscriberFactory.create_batch(3)
    call_command("send_weekly_actions", stdout=StringIO())
    call_command("send_weekly_actions", stdout=StringIO())
    assert len(mail.outbox) == 3 and Delivery.objects.count() == 3
    # A subscriber who confirms later gets the same issue on the next run, and only they do.
    SubscriberFactory(email="late@example.org")
    call_command("send_weekly_actions", stdout=StringIO())
    assert [m.to[0] for m in mail.outbox[3:]] == ["late@example.org"]


@pytest.mark.django_db
def test_duplicate_tasks_never_send_twice(issue):
    SubscriberFactory.create_batch(2)
    with override_settings(TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}):
        call_command("send_weekly_actions", stdout=StringIO())
        assert mail.outbox == []  # queued for the worker, nothing sent by the command itself
    ids = list(Delivery.objects.values_list("pk", flat=True))
    assert send_issue_deliveries.call(ids) == 2
    assert send_issue_deliveries.call(ids) == 0
    assert len(mail.outbox) == 2


@pytest.mark.django_db
def test_resumes_after_a_failure_halfway_without_resending(issue, monkeypatch):
    SubscriberFactory.create_batch(4)
    from django.core.mail import EmailMultiAlternatives

    real_send = EmailMultiAlternatives.send
    calls = {"n": 0}

    def flaky_send(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] >= 3:
            raise ConnectionError("SMTP server went away")
        return real_send(self, *args, **kwargs)

    monkeypatch.setattr(EmailMultiAlternatives, "send", flaky_send)
    call_command("send_weekly_actions", stdout=StringIO())
    assert len(mail.outbox) == 2
    assert Delivery.objects.filter(status=Delivery.Status.FAILED).count() == 2
    assert "SMTP server went away" in Delivery.objects.filter(status=Delivery.Status.FAILED).first().error

    monkeypatch.setattr(EmailMultiAlternatives, "send", real_send)
    call_command("send_weekly_actions", stdout=StringIO())
    recipients = [m.to[0] for m in mail.outbox]
    assert len(recipients) == 4 and len(set(recipients)) == 4
    assert Delivery.objects.filter(status=Delivery.Status.SENT).count() == 4


@pytest.mark.django_db
def test_someone_who_unsubscribes_after_queueing_is_skipped(issue):
    subscriber = SubscriberFactory()
    with override_settings(TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}):
        call_command("send_weekly_actions", stdout=StringIO())
    subscriber.unsubscribe()
    send_issue_deliveries.call(list(Delivery.objects.values_list("pk", flat=True)))
    assert mail.outbox == []
    assert Delivery.objects.get().status == Delivery.Status.SKIPPED


@pytest.mark.django_db
def test_spanish_subscribers_wait_for_the_spanish_issue_then_get_it_once(home_page, spanish_home, locales):
    index = WeeklyActionsIndexPageFactory(parent=home_page)
    issue = WeeklyActionsPageFactory(parent=index, title="Only in English so far", slug="week")
    SubscriberFactory(email="en@example.org", language="en")
    SubscriberFactory(email="es@example.org", language="es")

    out = StringIO()
    call_command("send_weekly_actions", stdout=out)
    assert set(by_recipient()) == {"en@example.org"}  # never the English issue under Spanish buttons
    assert "1 subscriber(s) in Spanish waiting" in out.getvalue()
    # Even a task handed the Spanish reader's row directly gives it back instead of sending English.
    send_issue_deliveries.call(list(Delivery.objects.values_list("pk", flat=True)))
    assert set(by_recipient()) == {"en@example.org"}
    assert Delivery.objects.get(subscriber__email="es@example.org").status == Delivery.Status.PENDING

    index_es = index.copy_for_translation(locales[1])
    index_es.save_revision().publish()
    draft = issue.copy_for_translation(locales[1])
    draft.title = "Solo en español"
    draft.save_revision()  # a draft translation is not enough
    call_command("send_weekly_actions", stdout=StringIO())
    assert len(mail.outbox) == 1

    draft.get_latest_revision().publish()
    out = StringIO()
    call_command("send_weekly_actions", stdout=out)
    call_command("send_weekly_actions", stdout=StringIO())
    assert [m.to[0] for m in mail.outbox] == ["en@example.org", "es@example.org"]  # once each
    assert mail.outbox[1].subject == "Solo en español"
    assert "waiting" not in out.getvalue()


@pytest.mark.django_db
def test_a_named_issue_and_a_missing_issue(issue, home_page):
    SubscriberFactory()
    spanish = issue.get_translation(issue.get_translations().first().locale)
    call_command("send_weekly_actions", "--issue", str(spanish.pk), stdout=StringIO())
    assert Delivery.objects.get().issue_id == issue.pk  # counted against the original
    with pytest.raises(CommandError):
        call_command("send_weekly_actions", "--issue", "999999")


@pytest.mark.django_db
def test_nothing_to_send(home_page):
    with pytest.raises(CommandError, match="no published weekly actions"):
        call_command("send_weekly_actions")


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_workers_racing_over_the_same_deliveries_send_each_once(home_page):
    import threading

    from django.db import connection

    index = WeeklyActionsIndexPageFactory(parent=home_page)
    WeeklyActionsPageFactory(parent=index)
    SubscriberFactory.create_batch(20)
    with override_settings(TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}):
        call_command("send_weekly_actions", stdout=StringIO())
    ids = list(Delivery.objects.values_list("pk", flat=True))
    barrier = threading.Barrier(3)

    def worker(order):
        barrier.wait()
        try:
            send_issue_deliveries.call(order)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(list(o),)) for o in (ids, ids[::-1], ids[5:] + ids[:5])]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    recipients = [message.to[0] for message in mail.outbox]
    assert len(recipients) == 20 and len(set(recipients)) == 20
    assert Delivery.objects.filter(status=Delivery.Status.SENT).count() == 20
