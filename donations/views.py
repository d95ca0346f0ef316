"""The donor's path (form, thank-you, managing a monthly gift), the offline test checkout and the webhook."""

import logging

from django.conf import settings
from django.db import transaction
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from core.http import see_other
from core.ratelimit import rate_limit
from donations import events, stripe_gateway
from donations.checkout import OFFLINE_SESSION_PREFIX, offline_session, start_checkout
from donations.forms import DonationForm, campaign_from_param
from donations.fulfilment import cancel_monthly_gift, fulfil_checkout_session
from donations.models import Donation, MonthlyGift

logger = logging.getLogger(__name__)


def _render_form(request, page, form, status=200, provider_error=""):
    context = page.get_context(request)
    context.update(
        form=form,
        campaign=form.campaign_page.localized if form.campaign_page else None,
        provider_error=provider_error,
        offline_checkout=settings.DONATIONS_OFFLINE_CHECKOUT,
        portal_login_url=settings.STRIPE_CUSTOMER_PORTAL_LOGIN_URL,
    )
    return TemplateResponse(request, page.get_template(request), context, status=status)


@rate_limit("donations-checkout", "DONATIONS_RATE_LIMIT")
def donate(request, page):
    if request.method != "POST":
        campaign = campaign_from_param(request.GET.get("campaign"))
        return _render_form(request, page, DonationForm(page=page, campaign=campaign))
    form = DonationForm(request.POST, page=page)
    if not form.is_valid():
        return _render_form(request, page, form, status=400)
    try:
        return see_other(start_checkout(request, page, form))
    except stripe_gateway.PaymentProviderError:
        message = _(
            "We could not reach our payment processor, so nothing was charged. Please try again in a few minutes."
        )
        return _render_form(request, page, form, status=503, provider_error=message)


def _donation_for_session(session_id):
    session_id = (session_id or "").strip()
    if not session_id.startswith("cs_") or len(session_id) > 255:
        return None
    return Donation.objects.filter(stripe_checkout_session_id=session_id).select_related("campaign").first()


def thanks(request, page):
    """Says thank you with the amount. It reads the donation; only Stripe's news (webhook) marks it paid."""
    donation = _donation_for_session(request.GET.get("session_id"))
    context = page.get_context(request)
    context.update(donation=donation)
    return TemplateResponse(request, "donations/thanks.html", context)


@require_POST
def manage_monthly_gift(request):
    """Opens Stripe's customer portal for the monthly gift this thank-you page belongs to."""
    donation = _donation_for_session(request.POST.get("session_id"))
    if donation is None or not donation.is_monthly:
        raise Http404
    if donation.stripe_checkout_session_id.startswith(OFFLINE_SESSION_PREFIX):
        if not settings.DONATIONS_OFFLINE_CHECKOUT:
            raise Http404
        return see_other(reverse("donations:test_portal", args=[donation.id]))
    return_url = (
        donation.donate_page.get_full_url(request) if donation.donate_page else request.build_absolute_uri("/")
    )
    try:
        customer = donation.stripe_customer_id
        if not customer:
            session = stripe_gateway.retrieve_checkout_session(donation.stripe_checkout_session_id)
            customer = session.get("customer") or ""
        if not customer:
            raise stripe_gateway.PaymentProviderError("The checkout has no customer yet.")
        return see_other(stripe_gateway.create_portal_session(customer, return_url))
    except stripe_gateway.PaymentProviderError:
        return TemplateResponse(request, "donations/portal_unavailable.html", {"return_url": return_url}, status=503)


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
    stored = events.store_event(event)
    try:
        events.process_event(stored.pk)
    except Exception:
        # Logged by process_event; a non-2xx answer makes Stripe deliver the event again later.
        return HttpResponse("Processing failed; please retry.", status=500, content_type="text/plain")
    return HttpResponse("OK", content_type="text/plain")
