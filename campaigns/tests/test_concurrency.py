import threading

import pytest
from django.db import connection
from django.test import Client

from campaigns.models import Signature

ORIGIN = "http://testserver"  # the petition's own site: the Origin check (core/origin.py) lets the post in


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_simultaneous_signatures_with_one_email_count_once(petition):
    barrier = threading.Barrier(6)
    statuses = []

    def sign(n):
        try:
            barrier.wait()
            response = Client().post(
                petition.url,
                {"name": f"Ana {n}", "email": "ana@example.org", "postal_code": "02130"},
                REMOTE_ADDR=f"10.0.0.{n}",
                HTTP_ORIGIN=ORIGIN,
            )
            statuses.append(response.status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=sign, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    # Every signer gets the same answer (a repeat is not told apart: no enumeration), and one signature counts.
    assert statuses == [303] * 6
    assert Signature.objects.filter(petition=petition).count() == 1
