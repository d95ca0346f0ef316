"""What editors meet in the admin: readable upload titles, the dashboard's to-do panels, the editors' guide."""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks


@hooks.register("insert_global_admin_js")
def readable_upload_titles():
    return format_html('<script src="{}"></script>', static("editors/upload_titles.js"))


@hooks.register("construct_homepage_panels")
def attention_panels(request, panels):
    """What needs doing this week, each panel only for people who can act on it."""
    from editors import panels as attention

    user = request.user
    if user.has_perm("wagtailadmin.access_admin"):
        panels.append(attention.ScheduledPagesPanel())
        panels.append(attention.OutdatedTranslationsPanel())
        panels.append(attention.WeeklyIssueReminderPanel())  # shown to those who may add pages to the archive
    if user.has_perm("donations.view_donation"):
        panels.append(attention.FailedStripeEventsPanel())
    if user.has_perm("campaigns.change_signature"):
        panels.append(attention.OrganisationSignOnsPanel())


@hooks.register("register_admin_urls")
def editors_guide_url():
    from django.urls import path

    from editors.views import EditorsGuideView

    return [path("editors-guide/", EditorsGuideView.as_view(), name="editors_guide")]


@hooks.register("register_admin_menu_item")
def editors_guide_menu_item():
    from django.urls import reverse
    from django.utils.translation import gettext_lazy as _
    from wagtail.admin.menu import MenuItem

    return MenuItem(_("Editors' guide"), reverse("editors_guide"), icon_name="help", order=10000, name="editors-guide")
