from .pages import DonatePage
from .records import Donation, MonthlyGift, SpentLink, StripeEvent, YearEndStatement
from .settings import DonationSettings

__all__ = ["DonatePage", "DonationSettings", "Donation", "MonthlyGift", "SpentLink", "StripeEvent", "YearEndStatement"]
