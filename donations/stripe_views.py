"""Stripe's side of a gift: the webhook, and with no Stripe keys the local stand-ins for Checkout and the
customer portal, which run the same fulfilment and cancellation code as the webhook."""

import logging

from django.conf import settings
from django.db import transaction
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import translation
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from core.http import see_other
from donations import events, stripe_gateway
from donations.checkout import OFFLINE_SESSION_PREFIX, offline_session
from donations.fulfilment import fulfil_checkout_session
from donations.models import Donation, MonthlyGift
from donations.subscriptions import cancel_monthly_gift

logger = logging.getLogger(__name__)


def _offline_donation(donation_id):
    if not settings.DONATIONS_OFFLINE_CHECKOUT:
        raise Http404
    donation = get_object_or_404(Donation.objects.select_related("campaign", "donate_page"), pk=donation_id)
    if not (donation.stripe_checkout_session_id or "").startswith(OFFLINE_SESSION_PREFIX):
        raise Http404
    return donation


def test_checkout(request, donation_id):
    """Stands in for Stripe Checkout when there are no keys: "Pay" runs the same fulfilment as the webhook."""
    donation = _offline_donation(donation_id)
    with translation.override(donation.language or settings.LANGUAGE_CODE):
        if request.method == "POST":
            fulfil_checkout_session(offline_session(donation))
            page = donation.donate_page.specific if donation.donate_page else None
            thanks_url = page.url + page.reverse_subpage("thanks") if page else "/"
            return see_other(f"{thanks_url}?session_id={donation.stripe_checkout_session_id}")
        cancel_url = donation.donate_page.url if donation.donate_page else "/"
        context = {"donation": donation, "cancel_url": cancel_url}
        return TemplateResponse(request, "donations/test_checkout.html", context).render()


def test_portal(request, donation_id):
    """Stands in for Stripe's customer portal when there are no keys: cancelling runs the webhook's code."""
    donation = _offline_donation(donation_id)
    gift = get_object_or_404(MonthlyGift, pk=donation.monthly_gift_id or 0)
    with translation.override(donation.language or settings.LANGUAGE_CODE):
        if request.method == "POST":
            cancel_monthly_gift({"id": gift.stripe_subscription_id})
            gift.refresh_from_db()
        context = {"donation": donation, "gift": gift}
        return TemplateResponse(request, "donations/test_portal.html", context).render()


@csrf_exempt
@require_POST
@transaction.non_atomic_requests
def stripe_webhook(request):
    """Checks Stripe's signature before anything is written, stores the event once, then processes it."""
    try:
        event = stripe_gateway.parse_webhook(request.body, request.headers.get("Stripe-Signature"))
    except stripe_gateway.InvalidWebhook as error:
        logger.warning("Rejected a Stripe webhook: %s", error)
        return HttpResponseBadRequest("Invalid signature or payload.", content_type="text/plain")
    try:
        events.receive_event(event)
    except Exception:
        # Logged by process_event; a non-2xx answer makes Stripe deliver the event again later.
        return HttpResponse("Processing failed; please retry.", status=500, content_type="text/plain")
    return HttpResponse("OK", content_type="text/plain")
