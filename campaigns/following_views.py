"""A campaign follower's links: confirm (GET shows a button, only POST confirms, as link scanners follow GETs)
and unsubscribe (one press)."""

from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from campaigns.emails import in_language
from campaigns.following_links import CONFIRM_MAX_AGE, CONFIRM_SALT, UNSUBSCRIBE_SALT, InvalidToken, follower_for
from campaigns.models.following import CampaignFollower


def _page(request, follower, step, token, status=200):
    campaign = in_language(follower.campaign, request.LANGUAGE_CODE)
    context = {"campaign": campaign, "step": step, "token": token}
    return render(request, "campaigns/follow.html", context, status=status)


def _invalid(request):
    return render(request, "campaigns/follow.html", {"step": "invalid"}, status=400)


@never_cache  # a personal link: never kept by the page cache or a CDN
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    try:
        follower = follower_for(token, CONFIRM_SALT, CONFIRM_MAX_AGE)
    except InvalidToken:
        return _invalid(request)
    if follower.status == CampaignFollower.Status.CONFIRMED:
        return _page(request, follower, "confirmed", token)
    if request.method == "GET":
        return _page(request, follower, "confirm", token)
    CampaignFollower.objects.filter(pk=follower.pk).update(
        status=CampaignFollower.Status.CONFIRMED, confirmed_at=timezone.now()
    )
    return _page(request, follower, "confirmed", token)


@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    try:
        follower = follower_for(token, UNSUBSCRIBE_SALT)
    except InvalidToken:
        return _invalid(request)
    if request.method == "GET" and follower.status != CampaignFollower.Status.UNSUBSCRIBED:
        return _page(request, follower, "unsubscribe", token)
    CampaignFollower.objects.filter(pk=follower.pk).update(status=CampaignFollower.Status.UNSUBSCRIBED)
    return _page(request, follower, "unsubscribed", token)
