"""iCalendar export of events, built with the ``icalendar`` package (RFC 5545 escaping,
line folding and time zones are easy to get subtly wrong by hand)."""

from datetime import timedelta

import icalendar
from django.utils import timezone

from core.absolute_urls import page_full_url


def event_to_ical(event, request):
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Civil Society Coalition//Events//EN")
    calendar.add("version", "2.0")

    vevent = icalendar.Event()
    vevent.add("uid", f"event-{event.translation_key}-{event.locale.language_code}@{request.get_host()}")
    vevent.add("dtstamp", timezone.now())
    vevent.add("dtstart", event.start)
    # RFC 5545: without DTEND an event lasts no time; assume two hours when unknown.
    vevent.add("dtend", event.end or event.start + timedelta(hours=2))
    vevent.add("summary", event.title)
    if event.lead:
        vevent.add("description", event.lead)
    location = ", ".join(
        part
        for part in [event.venue, event.address, " ".join(place.name for place in event.localized_municipalities())]
        if part
    )
    if location:
        vevent.add("location", location)
    vevent.add("url", page_full_url(event, request))
    if event.contact_email:
        organizer = icalendar.vCalAddress(f"mailto:{event.contact_email}")
        organizer.params["cn"] = icalendar.vText(event.organiser_name)
        vevent.add("organizer", organizer)
    calendar.add_component(vevent)
    return calendar.to_ical()
