import factory

from newsletter.models import Subscriber


class SubscriberFactory(factory.django.DjangoModelFactory):
    email = factory.Sequence(lambda n: f"person{n}@example.org")
    name = "Ana"
    language = "en"
    status = Subscriber.Status.CONFIRMED

    class Meta:
        model = Subscriber
