import threading

import pytest
from django.db import connection
from django.test import Client

from campaigns.models import Signature


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
            )
            statuses.append(response.status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=sign, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(statuses).count(303) == 1
    assert set(statuses) <= {200, 303}
    assert Signature.objects.filter(petition=petition).count() == 1
