from wagtail import hooks

from donations.admin_views import DonationsSummaryPanel, DonationsViewSetGroup
from privacy.policies import can_view_supporter_data

# Donations and monthly gifts are read-only and gated by the supporter-data permission: see personal_data.py.


@hooks.register("register_admin_viewset")
def register_donation_views():
    return DonationsViewSetGroup()


@hooks.register("construct_homepage_panels")
def add_donations_panel(request, panels):
    if request.user.has_perm("donations.view_donation") or can_view_supporter_data(request.user):
        panels.insert(0, DonationsSummaryPanel())


@hooks.register("register_permissions")
def register_reprocess_permission():
    """Lets a group (say, the treasurer's) see failed webhooks and process them again."""
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(content_type__app_label="donations", codename="change_stripeevent")
