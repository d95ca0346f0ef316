"""Signing on an action day: each signature is one insert and its client's rate-limit count (one upsert), not a
row in Wagtail's reference index too."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import ReferenceIndex

from campaigns.models import Signature
from pagecache.tests.conftest import SIGNATURE


@pytest.mark.django_db
def test_a_signature_writes_the_signature_and_its_rate_limit_count_only(client, petition, monkeypatch):
    from core import ratelimit_store

    monkeypatch.setattr(ratelimit_store, "PRUNE_ONE_IN", 10**9)  # the occasional clean-up is not this post's
    client.post(petition.url, {**SIGNATURE, "email": "warm@example.org"})
    before = ReferenceIndex.objects.count()
    with CaptureQueriesContext(connection) as queries:
        response = client.post(petition.url, SIGNATURE)
    assert response.status_code == 303
    assert Signature.objects.count() == 2
    assert ReferenceIndex.objects.count() == before
    writes = [q["sql"] for q in queries.captured_queries if q["sql"].startswith(("INSERT", "UPDATE", "DELETE"))]
    assert len(writes) == 2
    assert "core_ratelimitcounter" in writes[0] and "ON CONFLICT" in writes[0]
    assert "campaigns_signature" in writes[1]
