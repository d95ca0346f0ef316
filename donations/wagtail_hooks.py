from wagtail import hooks

from core.admin import register_read_only
from donations.admin_views import DonationsSummaryPanel, DonationsViewSetGroup
from donations.models import Donation, MonthlyGift

register_read_only(Donation, MonthlyGift)


@hooks.register("register_admin_viewset")
def register_donation_views():
    return DonationsViewSetGroup()


@hooks.register("construct_homepage_panels")
def add_donations_panel(request, panels):
    if request.user.has_perm("donations.view_donation"):
        panels.insert(0, DonationsSummaryPanel())
