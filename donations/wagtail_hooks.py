from wagtail import hooks
from wagtail.permissions import register_permission_policy

from donations.admin_views import DonationsSummaryPanel, DonationsViewSetGroup, ReadOnlyPermissionPolicy
from donations.models import Donation, MonthlyGift

register_permission_policy(Donation, ReadOnlyPermissionPolicy(Donation))
register_permission_policy(MonthlyGift, ReadOnlyPermissionPolicy(MonthlyGift))


@hooks.register("register_admin_viewset")
def register_donation_views():
    return DonationsViewSetGroup()


@hooks.register("construct_homepage_panels")
def add_donations_panel(request, panels):
    if request.user.has_perm("donations.view_donation"):
        panels.insert(0, DonationsSummaryPanel())


@hooks.register("register_permissions")
def register_reprocess_permission():
    """Lets a group (say, the treasurer's) see failed webhooks and process them again."""
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(content_type__app_label="donations", codename="change_stripeevent")
