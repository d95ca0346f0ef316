import factory
import wagtail_factories
from django.utils import timezone

from donations.models import DonatePage, Donation, MonthlyGift


class DonatePageFactory(wagtail_factories.PageFactory):
    title = "Donate"
    slug = "donate"
    intro = "Just $5 or $10 from each of you keeps families together."
    thank_you_text = "<p>Your gift pays for rides to court.</p>"

    class Meta:
        model = DonatePage


class DonationFactory(factory.django.DjangoModelFactory):
    amount = 1000
    currency = "usd"
    frequency = "once"
    status = Donation.Status.PAID
    donor_email = factory.Sequence(lambda n: f"donor{n}@example.org")
    stripe_checkout_session_id = factory.Sequence(lambda n: f"cs_test_factory_{n}")
    paid_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Donation


class MonthlyGiftFactory(factory.django.DjangoModelFactory):
    stripe_subscription_id = factory.Sequence(lambda n: f"sub_test_{n}")
    amount = 1000

    class Meta:
        model = MonthlyGift
