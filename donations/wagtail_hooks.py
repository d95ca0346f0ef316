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
    """Lets a group (say, the treasurer's) see failed webhooks and process them again, and refund, cancel and
    resend from the admin ("Can change donation")."""
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(
        content_type__app_label="donations", codename__in=["change_stripeevent", "change_donation"]
    )


@hooks.register("register_admin_urls")
def register_donation_actions():
    from django.urls import path

    from donations import admin_actions, donor_admin, offline_gifts

    return [
        path("donations/actions/donor/<int:pk>/details/", donor_admin.details, name="donations_donor_details"),
        path("donations/actions/donor/<int:pk>/merge/", donor_admin.merge, name="donations_donor_merge"),
        path("donations/actions/offline/", offline_gifts.record, name="donations_offline_gift"),
        path("donations/actions/<uuid:pk>/refund/", admin_actions.refund, name="donations_refund"),
        path(
            "donations/actions/<uuid:pk>/resend-receipt/",
            admin_actions.resend_receipt,
            name="donations_resend_receipt",
        ),
        path(
            "donations/actions/<uuid:pk>/resend-statement/",
            admin_actions.resend_statement,
            name="donations_resend_statement",
        ),
        path("donations/actions/monthly/<int:pk>/cancel/", admin_actions.cancel, name="donations_cancel_monthly"),
    ]


@hooks.register("register_log_actions")
def register_donation_log_actions(actions):
    from donations.admin_actions import FORMATTERS
    from donations.donor_admin import FORMATTERS as DONOR_FORMATTERS
    from donations.offline_gifts import RECORD, OfflineGiftFormatter

    for action, formatter in {**FORMATTERS, **DONOR_FORMATTERS, RECORD: OfflineGiftFormatter}.items():
        actions.register_action(action)(formatter)
