"""A new signature, RSVP, letter or paid gift shows in its page's count within seconds, without emptying the
whole cache on every signature."""

import pytest

from campaigns.factories import EventPageFactory, EventRSVPFactory, SignatureFactory
from donations.factories import DonationFactory
from pagecache import keys
from pagecache.tests.conftest import SIGNATURE


class Clock:
    def __init__(self, now):
        self.now = now

    def time(self):
        return self.now


@pytest.fixture
def clock(monkeypatch):
    import time

    clock = Clock(time.time())
    monkeypatch.setattr("pagecache.middleware.time", clock)
    monkeypatch.setattr("pagecache.keys.time", clock)
    return clock


@pytest.mark.django_db
def test_a_new_signature_shows_in_the_count_within_ten_seconds(client, petition, clock):
    assert "0 people have signed." in client.get(petition.url).content.decode()
    clock.now += 1
    assert client.post(petition.url, SIGNATURE).status_code == 303
    clock.now += 1
    # A moment later the copy may still be served (a burst of signatures does not re-render every request) ...
    assert client.get(petition.url)["X-Page-Cache"] == "hit"
    clock.now += 5
    # ... but never for longer than PAGECACHE_LIVE_SECONDS (5 s).
    response = client.get(petition.url)
    assert response["X-Page-Cache"] == "miss"
    assert "1 person has signed." in response.content.decode()
    clock.now += 1
    assert client.get(petition.url)["X-Page-Cache"] == "hit"


@pytest.mark.django_db
def test_pages_cached_after_the_last_action_stay_cached(client, petition, clock):
    client.post(petition.url, SIGNATURE)
    clock.now += 10
    client.get(petition.url)
    clock.now += 60
    assert client.get(petition.url)["X-Page-Cache"] == "hit"


@pytest.mark.django_db
@pytest.mark.parametrize("action", ["signature", "rsvp", "gift"])
def test_supporters_actions_mark_counts_stale_without_a_purge(petition, action):
    event = EventPageFactory(parent=petition.get_parent())
    generation = keys.current_generation()
    assert keys.generation_and_activity()[1] == 0
    if action == "signature":
        SignatureFactory(petition=petition)
    elif action == "rsvp":
        EventRSVPFactory(event=event)
    else:
        DonationFactory(status="paid")
    assert keys.generation_and_activity()[1] > 0
    assert keys.current_generation() == generation


@pytest.mark.django_db
def test_letters_and_call_reports_count_as_actions():
    from pagecache.purge import ACTIVITY_MODELS

    assert {"legislators.letterwritten", "legislators.callreport"} <= {name.lower() for name in ACTIVITY_MODELS}
    from django.apps import apps

    for name in ACTIVITY_MODELS:
        apps.get_model(name)  # every name is a real model
