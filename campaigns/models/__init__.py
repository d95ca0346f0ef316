from .campaign import CampaignIndexPage, CampaignPage, CampaignStatus
from .event import EventPage
from .petition import PetitionPage, SignOnMode
from .rsvp import EventRSVP
from .signature import Signature, normalise_email

__all__ = [
    "CampaignIndexPage",
    "CampaignPage",
    "CampaignStatus",
    "EventPage",
    "EventRSVP",
    "PetitionPage",
    "Signature",
    "SignOnMode",
    "normalise_email",
]
