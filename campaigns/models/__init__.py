from .campaign import CampaignIndexPage, CampaignPage, CampaignStatus
from .event import EventPage
from .following import CampaignFollower
from .petition import PetitionPage, SignOnMode
from .rsvp import EventRSVP
from .signature import Signature

__all__ = [
    "CampaignFollower",
    "CampaignIndexPage",
    "CampaignPage",
    "CampaignStatus",
    "EventPage",
    "EventRSVP",
    "PetitionPage",
    "Signature",
    "SignOnMode",
]
