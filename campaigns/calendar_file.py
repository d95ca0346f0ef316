"""The "add to calendar" file of an event, built with icalendar."""

from django.http import HttpResponse
from django.utils import timezone
from django.utils.text import slugify
from icalendar import Calendar, Event, vText


def build_calendar(event, url):
    calendar = Calendar()
    calendar.add("prodid", "-//Amparo//Campaign events//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    entry = Event()
    entry.add("uid", f"event-{event.translation_key}@amparo")
    entry.add("dtstamp", timezone.now())
    entry.add("dtstart", event.local_start)
    entry.add("dtend", event.local_end)
    entry.add("summary", event.title)
    description = "\n\n".join(part for part in (event.intro, event.online_url, url) if part)
    entry.add("description", description)
    location = ", ".join(part for part in (event.venue_name, " ".join(event.address.split())) if part)
    if location or event.online_url:
        entry["location"] = vText(location or event.online_url)
    entry.add("url", url)
    calendar.add_component(entry)
    calendar.add_missing_timezones()
    return calendar


def ics_response(request, event):
    url = event.get_full_url(request) or request.build_absolute_uri(event.get_url(request))
    response = HttpResponse(build_calendar(event, url).to_ical(), content_type="text/calendar; charset=utf-8")
    filename = f"{slugify(event.slug) or 'event'}.ics"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
