"""What campaign pages need to know about money raised. Implemented by the donations work."""


def raised_by_campaign(campaign_ids):
    """{campaign page id: amount raised in minor units (cents)} from paid donations attributed to each campaign."""
    return {}
