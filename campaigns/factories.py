import datetime

import factory
import wagtail_factories
from django.utils import timezone

from campaigns.models import CampaignIndexPage, CampaignPage, EventPage, EventRSVP, PetitionPage, Signature


class CampaignIndexPageFactory(wagtail_factories.PageFactory):
    title = "Campaigns"
    slug = "campaigns"
    intro = "What we are fighting for, and how you can help."

    class Meta:
        model = CampaignIndexPage


class CampaignPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Campaign {n}")
    summary = "Release everyone held in immigration detention."
    status = "active"
    start_date = factory.LazyFunction(timezone.localdate)

    class Meta:
        model = CampaignPage


class PetitionPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Petition {n}")
    intro = "Ask ICE to stop enforcement while the pandemic lasts."
    target = "Immigration and Customs Enforcement"
    petition_text = "<p>We call on ICE to suspend all enforcement.</p>"
    consent_text = "ICE receives the number of signatures by state, never your name or email."
    signature_goal = 1000

    class Meta:
        model = PetitionPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Day of action {n}")
    intro = "Email your two senators and one representative."
    starts_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
    ends_at = factory.LazyAttribute(lambda event: event.starts_at + datetime.timedelta(hours=2))
    time_zone = "America/New_York"
    online_url = "https://meet.example.org/day-of-action"

    class Meta:
        model = EventPage


class SignatureFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Signer {n}")
    email = factory.Sequence(lambda n: f"signer{n}@example.org")
    postal_code = "02130"
    city = "Boston"
    state = "MA"
    language = "en"

    class Meta:
        model = Signature


class EventRSVPFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Neighbour {n}")
    email = factory.Sequence(lambda n: f"rsvp{n}@example.org")
    language = "en"

    class Meta:
        model = EventRSVP
