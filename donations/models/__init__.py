from .donors import Donor, DonorEmail
from .pages import DonatePage
from .records import Donation, MonthlyGift, SpentLink, StripeEvent, YearEndStatement
from .settings import DonationSettings

__all__ = [
    "Donor",
    "DonorEmail",
    "DonatePage",
    "DonationSettings",
    "Donation",
    "MonthlyGift",
    "SpentLink",
    "StripeEvent",
    "YearEndStatement",
]
