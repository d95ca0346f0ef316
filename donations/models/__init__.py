from .pages import DonatePage
from .records import Donation, MonthlyGift, StripeEvent

__all__ = ["DonatePage", "Donation", "MonthlyGift", "StripeEvent"]
