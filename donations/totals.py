"""What campaign pages and the dashboard need to know about money raised."""

from django.db.models import Count, F, Sum, Value
from django.db.models.functions import Greatest
from wagtail.models import Page

from donations.models import Donation, MonthlyGift
from home.frame_cache import cached_frame_part


def _paid():
    return Donation.objects.filter(status=Donation.Status.PAID)


def _net_amount():
    return Sum(F("amount") - F("amount_refunded"))


def _raised_amount():
    """What a gift brought the cause: the card fees a donor chose to cover go to Stripe, not to the campaign."""
    return Sum(Greatest(F("amount") - F("fee_amount") - F("amount_refunded"), Value(0)))


def site_currency():
    """The currency campaign goals are in: the donate page's (the first live one), else US dollars. Kept with the
    frame (publishing a donate page starts a new version), so a campaign page's total filters on a plain value."""
    from donations.models import DonatePage

    def load():
        return DonatePage.objects.live().order_by("pk").values_list("currency", flat=True).first() or "usd"

    return cached_frame_part("site-currency", load)


def raised_by_campaign(campaign_ids, currency=None):
    """{campaign page id: amount raised in minor units (cents)} from paid donations attributed to each campaign.

    Card fees donors chose to cover are left out: they pay Stripe, not the campaign's goal.
    Only gifts in one currency count (the site's, unless named): dollars and pesos are never added together.
    Gifts made from any translation of a campaign count towards every translation of it. Refunded and disputed
    donations count nothing; partly refunded ones count what was kept. Two queries, whatever the number of
    campaigns: their language versions, then the gifts to those pages, found by the campaign index (so a page
    costs what its own gifts cost, however many gifts the site has).
    """
    ids = {int(pk) for pk in campaign_ids if str(pk).isdigit()}
    if not ids:
        return {}
    keys = Page.objects.filter(pk__in=ids).values("translation_key")
    versions = dict(Page.objects.filter(translation_key__in=keys).values_list("pk", "translation_key"))
    sums = (
        _paid()
        .filter(currency=currency or site_currency(), campaign_id__in=list(versions))
        .order_by()
        .values("campaign_id")
        .annotate(total=_raised_amount())
        .values_list("campaign_id", "total")
    )
    by_key = {}
    for campaign_id, total in sums:
        by_key[versions[campaign_id]] = by_key.get(versions[campaign_id], 0) + (total or 0)
    return {pk: by_key.get(versions.get(pk), 0) for pk in ids}


def raised_by_source(since=None):
    """[(source, currency, gifts, net minor units)]: where paid gifts came from, one row per source and currency."""
    rows = _paid()
    if since is not None:
        rows = rows.filter(paid_at__gte=since)
    return list(
        rows.values("source", "currency")
        .order_by()
        .annotate(gifts=Count("pk"), total=_net_amount())
        .order_by("-total", "source")
        .values_list("source", "currency", "gifts", "total")
    )


def dashboard_figures(month_start):
    """Raised this month and all time ({currency: minor units}) and the number of active monthly donors."""
    all_time = dict(
        _paid().values("currency").order_by("currency").annotate(total=_net_amount()).values_list("currency", "total")
    )
    this_month = dict(
        _paid()
        .filter(paid_at__gte=month_start)
        .values("currency")
        .order_by("currency")
        .annotate(total=_net_amount())
        .values_list("currency", "total")
    )
    active_monthly = MonthlyGift.objects.filter(status=MonthlyGift.Status.ACTIVE).count()
    return {"all_time": all_time, "this_month": this_month, "active_monthly": active_monthly}
