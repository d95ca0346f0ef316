"""Background work is queued only for data that commits, and with the database backend it costs no extra commit."""

import pytest
from django.db import transaction
from django.test import override_settings
from django_tasks import task
from django_tasks_db.models import DBTaskResult

from core.tasks import enqueue_on_commit

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
ran = []


@task()
def note(value):
    ran.append(value)


class Rollback(Exception):
    pass


@pytest.mark.django_db
@override_settings(TASKS=DATABASE_TASKS)
def test_a_task_queued_in_a_committed_transaction_is_stored_with_it():
    with transaction.atomic():
        enqueue_on_commit(note, "kept")
        assert DBTaskResult.objects.filter(task_path__endswith="note").count() == 1  # in the same transaction

    assert DBTaskResult.objects.get(task_path__endswith="note").args_kwargs == {"args": ["kept"], "kwargs": {}}


@pytest.mark.django_db
@override_settings(TASKS=DATABASE_TASKS)
def test_a_task_queued_in_a_rolled_back_transaction_is_gone_with_it():
    with pytest.raises(Rollback), transaction.atomic():
        enqueue_on_commit(note, "lost")
        raise Rollback

    assert not DBTaskResult.objects.filter(task_path__endswith="note").exists()


@pytest.mark.django_db
def test_other_backends_get_the_task_only_once_the_transaction_commits(django_capture_on_commit_callbacks):
    ran.clear()
    with django_capture_on_commit_callbacks(execute=True) as callbacks, transaction.atomic():
        enqueue_on_commit(note, "after commit")
        assert ran == []  # the immediate backend would run it now: it waits for the commit

    assert len(callbacks) == 1
    assert ran == ["after commit"]
