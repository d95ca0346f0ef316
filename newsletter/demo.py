"""Demo content: two confirmed subscribers (example.org addresses), so `send_weekly_actions` has someone to send to."""

from django.utils import timezone

from newsletter.factories import SubscriberFactory
from newsletter.models import Subscriber

DEMO_SUBSCRIBERS = [
    ("ana.demo@example.org", "Ana", "02130", "en"),
    ("luis.demo@example.org", "Luis", "02119", "es"),
]


def load(ctx):
    subscribers = []
    for email, name, zip_code, language in DEMO_SUBSCRIBERS:
        subscriber = Subscriber.objects.filter(email=email).first() or SubscriberFactory(
            email=email,
            name=name,
            zip_code=zip_code,
            language=language,
            status=Subscriber.Status.CONFIRMED,
            confirmed_at=timezone.now(),
        )
        subscribers.append(subscriber)
    ctx["demo_subscribers"] = subscribers
