"""Queuing background work (django-tasks) so it runs only for data that was really committed.

With the database backend the task is a row in the same database: queued inside the transaction, it commits or
rolls back with the data it is about, and costs no commit of its own (a webhook answers after one commit, not
two). Any other backend (the immediate one in development and tests, a broker) is handed the task once the
transaction has committed, so nothing runs or is sent for data that was rolled back.
"""

from django.db import transaction
from django_tasks_db.backend import DatabaseBackend


def enqueue_on_commit(task, *args, **kwargs):
    """Queues `task(*args, **kwargs)` to run only once the current transaction (if any) commits."""
    if isinstance(task.get_backend(), DatabaseBackend) and transaction.get_connection().in_atomic_block:
        task.enqueue(*args, **kwargs)
    else:
        transaction.on_commit(lambda: task.enqueue(*args, **kwargs))
