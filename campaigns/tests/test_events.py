import datetime
import re
import zoneinfo

import icalendar
import pytest
from django.utils import timezone

from campaigns.factories import EventPageFactory, EventRSVPFactory
from campaigns.models import EventPage, EventRSVP
from campaigns.models.event import EventPageForm

PACIFIC = zoneinfo.ZoneInfo("America/Los_Angeles")


@pytest.fixture
def event(campaign):
    starts = datetime.datetime(2030, 4, 1, 9, 30, tzinfo=PACIFIC)
    return EventPageFactory(
        parent=campaign,
        title="National day of action",
        slug="day-of-action",
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=3),
        time_zone="America/Los_Angeles",
        venue_name="Plaza de la Raza",
        address="3540 N Mission Rd\nLos Angeles, CA",
        body=[("paragraph", "<p>Bring a sign and a friend.</p>")],
    )


@pytest.mark.django_db
def test_event_page_shows_time_in_its_own_zone_place_and_what_to_do(client, event):
    EventRSVPFactory.create_batch(2, event=event)
    html = client.get(event.url).content.decode()
    assert "<h1>National day of action</h1>" in html
    assert "April 1, 2030, 9:30 a.m." in html and "12:30 p.m." in html and "PDT" in html
    assert "Plaza de la Raza<br>3540 N Mission Rd<br>Los Angeles, CA" in html
    assert "Bring a sign and a friend." in html
    assert "2 people are going." in html
    assert f'href="{event.url}ics/"' in html
    assert 'name="postal_code"' in html


@pytest.mark.django_db
def test_ics_file_parses_back_with_the_right_times(client, event):
    response = client.get(event.url + "ics/")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert 'filename="day-of-action.ics"' in response["Content-Disposition"]
    calendar = icalendar.Calendar.from_ical(response.content)
    (entry,) = calendar.walk("VEVENT")
    assert str(entry["SUMMARY"]) == "National day of action"
    assert entry.decoded("DTSTART") == datetime.datetime(2030, 4, 1, 9, 30, tzinfo=PACIFIC)
    assert entry.decoded("DTEND") == datetime.datetime(2030, 4, 1, 12, 30, tzinfo=PACIFIC)
    assert entry["DTSTART"].params["TZID"] == "America/Los_Angeles"
    assert "Plaza de la Raza" in str(entry["LOCATION"])
    assert str(entry["URL"]) == "http://testserver/campaigns/free-them-all/day-of-action/"
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["America/Los_Angeles"]


@pytest.mark.django_db
def test_rsvp_counts_once_per_email(client, event):
    first = client.post(event.url, {"name": "Ana", "email": "ana@example.org", "postal_code": "90031"})
    again = client.post(event.url, {"name": "Ana", "email": " ANA@example.org", "postal_code": "90031"})

    assert first.status_code == 303 and first["Location"] == event.url + "thanks/"
    # No enumeration: the repeat gets the first one's answer, byte for byte.
    assert (again.status_code, again["Location"], again.content) == (
        first.status_code,
        first["Location"],
        first.content,
    )
    assert EventRSVP.objects.count() == 1
    assert "See you there" in client.get(first["Location"]).content.decode()
    assert "1 person is going." in client.get(event.url).content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "data",
    [
        {"name": "Ana", "email": "nope", "postal_code": "90031"},
        {"name": "x" * 10_000, "email": "a@example.org", "postal_code": "90031"},
        {"name": "<script>x</script>", "email": "a@example.org", "postal_code": "90031"},
        {"name": "Ana", "email": "a@example.org", "postal_code": "!!!"},
    ],
)
def test_bad_rsvps_get_a_400(client, event, data):
    response = client.post(event.url, data)
    assert response.status_code == 400
    assert "Please correct the errors below." in response.content.decode()
    assert "<script>x</script>" not in response.content.decode()
    assert EventRSVP.objects.count() == 0


@pytest.mark.django_db
def test_past_events_take_no_rsvps_and_honeypot_and_rate_limit_apply(client, event, settings):
    assert client.post(event.url, {"name": "Bot", "email": "b@example.org", "website": "x"}).status_code == 303
    assert EventRSVP.objects.count() == 0
    settings.CAMPAIGNS_RATE_LIMIT = (1, 60)
    assert client.post(event.url, {"name": "Ana", "email": "c@example.org", "postal_code": "1"}).status_code == 429

    past = EventPageFactory(
        parent=event.get_parent(),
        starts_at=timezone.now() - datetime.timedelta(days=2),
        ends_at=timezone.now() - datetime.timedelta(days=2, hours=-1),
    )
    settings.CAMPAIGNS_RATE_LIMIT = (100, 60)
    assert "This event has ended" in client.get(past.url).content.decode()
    response = client.post(past.url, {"name": "Ana", "email": "ana@example.org", "postal_code": "90031"})
    assert response.status_code == 400


@pytest.mark.django_db
def test_admin_form_reads_clock_times_in_the_events_zone(event):
    form_class = EventPage.get_edit_handler().get_form_class()
    form = form_class(instance=event, for_user=None)
    assert form.initial["starts_at"] == datetime.datetime(2030, 4, 1, 9, 30)

    form = form_class(
        data={
            "title": "Vigil",
            "slug": "vigil",
            "intro": "Candles at dusk.",
            "time_zone": "America/Chicago",
            "starts_at": "2030-05-01 19:00",
            "ends_at": "2030-05-01 18:00",
            "body-count": "0",
        },
        instance=event,
        for_user=None,
    )
    assert not form.is_valid()
    assert "The event must end after it starts." in str(form.errors["ends_at"])
    cleaned = form.cleaned_data["starts_at"]
    assert cleaned == datetime.datetime(2030, 5, 1, 19, 0, tzinfo=zoneinfo.ZoneInfo("America/Chicago"))
    assert EventPageForm._zone("Not/AZone").key == "America/New_York"


@pytest.mark.django_db
def test_both_languages_of_an_event_share_one_rsvp_count_and_one_answer_per_email(client, event, spanish_home):
    from django.contrib.auth import get_user_model

    from home.demo_tools import ensure_translation

    spanish = event.locale.__class__.objects.get(language_code="es")
    ensure_translation(event.get_parent().get_parent().specific, spanish, slug="campanas")
    ensure_translation(event.get_parent().specific, spanish, slug="liberenlos")
    event_es = ensure_translation(event, spanish, slug="dia-de-accion", title="Día de acción")

    client.post(event.url, {"name": "Ana", "email": "ana@example.org", "postal_code": "90031"})
    again = client.post(event_es.url, {"name": "Ana", "email": "ANA@example.org", "postal_code": "90031"})
    client.post(event_es.url, {"name": "Luis", "email": "luis@example.org", "postal_code": "90031"})

    assert again.status_code == 303 and again["Location"] == event_es.url + "thanks/"
    assert EventRSVP.objects.count() == 2
    assert "2 people are going." in client.get(event.url).content.decode()
    assert "Día de acción" in client.get(event_es.url).content.decode()
    # Staff following the Spanish page's RSVPs button see every answer to this event, and only this event's.
    other = EventPageFactory(parent=event.get_parent(), title="Vigil", slug="vigil", starts_at=event.starts_at)
    EventRSVPFactory(event=other, email="someone.else@example.org")
    admin = get_user_model().objects.create_superuser("staff", "staff@example.org", "pw")
    client.force_login(admin)
    header = client.get(f"/admin/pages/{event_es.pk}/").content.decode()  # the explorer's header has the button
    [button] = re.findall(r'href="(/admin/rsvps/\?event=\d+)"', header)
    listing = client.get(button).content.decode()
    assert "ana@example.org" in listing and "luis@example.org" in listing
    assert "someone.else@example.org" not in listing
    # Each answer keeps the language it was given in: a column, and a filter.
    assert dict(EventRSVP.objects.filter(event=event).values_list("email", "language")) == {
        "ana@example.org": "en",
        "luis@example.org": "es",
    }
    assert "Spanish" in listing.split('id="listing-results"', 1)[1]
    spanish_only = client.get("/admin/rsvps/", {"event": event.pk, "language": "es"}).content.decode()
    assert "luis@example.org" in spanish_only and "ana@example.org" not in spanish_only
