"""The steps after an action: share it, chip in, then the campaign's next action.

A supporter who has just signed, written, called, RSVPed or given is at their most willing; a thank-you page
that ends there wastes that. Every thank-you step renders the same ladder, so each action leads to the next.
"""

from urllib.parse import urlencode

from django.utils.translation import gettext as _

from campaigns.models import CampaignPage, CampaignStatus
from campaigns.models.ask import ASK_AMOUNTS

NEXT_ACTIONS_SHOWN = 3


def campaign_of(page):
    """The campaign an action belongs to (its parent), or None for a stand-alone petition."""
    if page is None:
        return None
    if isinstance(page, CampaignPage):
        return page
    parent = page.get_parent()
    if parent is not None and parent.specific_class is CampaignPage:
        return parent.specific
    return None


def next_actions(campaign, exclude=None, locale=None):
    """The campaign's other live actions; with no campaign, the actions of the newest active campaign."""
    if campaign is not None and not isinstance(campaign, CampaignPage):
        campaign = campaign_of(campaign.specific)
    if campaign is None:
        campaigns = CampaignPage.objects.live().public().filter(status=CampaignStatus.ACTIVE)
        if locale is not None:
            campaigns = campaigns.filter(locale=locale)
        campaign = campaigns.order_by("-start_date", "-pk").first()
    if campaign is None:
        return []
    excluded = getattr(exclude, "pk", None)
    return [action for action in campaign.action_pages() if action.pk != excluded][:NEXT_ACTIONS_SHOWN]


def donation_links(donate_href, campaign, source):
    """(label, href) for the $5 and $10 buttons and "other amount": the donate page credits the campaign and
    the place the gift came from, and preselects the amount."""
    if not donate_href:
        return []
    base = {"campaign": campaign.pk} if campaign is not None else {}
    base["source"] = source
    separator = "&" if "?" in donate_href else "?"
    links = [
        (f"${amount}", f"{donate_href}{separator}{urlencode({**base, 'amount': amount})}") for amount in ASK_AMOUNTS
    ]
    links.append((_("Other amount"), f"{donate_href}{separator}{urlencode(base)}"))
    return links


def ask_text(page):
    return (getattr(page, "donation_ask_text", "") or "").strip() or _(
        "Can you chip in $5 or $10 to keep this campaign going?"
    )


def wants_ask(page):
    return bool(getattr(page, "donation_ask", True))
