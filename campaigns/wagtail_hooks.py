from django.urls import path, reverse
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.models import Page

from campaigns.models import CampaignPage, CampaignStatus, EventPage, PetitionPage
from campaigns.viewsets import CampaignResponsesGroup
from core.i18n import first_language_version_id, visitor_locale
from core.sections import HOME_PAGE_SECTIONS, Section
from privacy.policies import can_view_supporter_data


@hooks.register("register_admin_viewset")
def register_campaign_responses():
    return CampaignResponsesGroup()


@hooks.register("register_admin_urls")
def register_delivery_list():
    from campaigns.delivery import delivery_list

    return [path("petitions/<int:petition_id>/delivery/", delivery_list, name="campaigns_delivery_list")]


@hooks.register("register_admin_urls")
def register_organisations_waiting():
    from campaigns.moderation import organisations_waiting

    return [path("signatures/organisations-waiting/", organisations_waiting, name="campaigns_organisations_waiting")]


@hooks.register("register_page_header_buttons")
def signers_button(page, user, view_name, next_url=None):
    """From a petition or event in the admin, straight to its signers or RSVPs (and their export)."""
    if not can_view_supporter_data(user):
        return
    if isinstance(page.specific_deferred, PetitionPage):
        first = first_language_version_id(page)  # the filter lists each petition once, by its first version
        yield Button(
            _("Signatures"), url=reverse("signatures:index") + f"?petition={first}", icon_name="form", priority=60
        )
        yield Button(
            _("Delivery list"),
            url=reverse("campaigns_delivery_list", args=[page.pk]),
            icon_name="doc-full",
            priority=61,
        )
    elif isinstance(page.specific_deferred, EventPage):
        first = first_language_version_id(page)
        yield Button(_("RSVPs"), url=reverse("rsvps:index") + f"?event={first}", icon_name="date", priority=60)


@hooks.register(HOME_PAGE_SECTIONS)
def featured_campaign(page, request):
    """The home page's chosen campaign in the visitor's language, else the newest active one."""
    locale = visitor_locale()
    campaign = None
    if page.featured_campaign_id:
        chosen_key = Page.objects.filter(pk=page.featured_campaign_id).values("translation_key")
        campaign = (
            CampaignPage.objects.live()
            .public()
            .filter(translation_key__in=chosen_key, locale=locale)
            .select_related("hero_image")
            .first()
        )
    if campaign is None:
        campaign = (
            CampaignPage.objects.live()
            .public()
            .filter(locale=locale, status=CampaignStatus.ACTIVE)
            .select_related("hero_image")
            .order_by("-start_date", "-first_published_at", "-pk")
            .first()
        )
    if campaign is None:
        return None
    return Section(
        "campaigns/includes/home_featured_campaign.html",
        {"featured_campaign": campaign},
        stylesheet="campaigns/campaigns.css",
        order=10,
    )
