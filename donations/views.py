"""The donor's path (form, thank-you, managing a monthly gift), the offline test checkout and the webhook."""

import logging

from django.conf import settings
from django.db import transaction
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from core.http import see_other
from core.ratelimit import rate_limit
from donations import events, stripe_gateway, tokens
from donations.checkout import OFFLINE_SESSION_PREFIX, offline_session, start_checkout
from donations.forms import DonationForm, campaign_from_param, clean_source, initial_amount
from donations.fulfilment import fulfil_checkout_session
from donations.models import Donation, DonationSettings, MonthlyGift
from donations.subscriptions import cancel_monthly_gift

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


def _provider_message(error):
    """(status, message): a decline, a request Stripe refuses, or an outage, each said as what it is."""
    if isinstance(error, stripe_gateway.PaymentDeclined):
        return 402, _("Your payment was declined, so nothing was charged. Please try another card or payment method.")
    if isinstance(error, stripe_gateway.PaymentRequestInvalid):
        return 400, _(
            "Our payment processor could not accept this gift as entered, so nothing was charged. Please try "
            "another amount, or write to us and we will help."
        )
    return 503, _(
        "We could not reach our payment processor, so nothing was charged. Please try again in a few minutes."
    )


@rate_limit("donations-checkout", "DONATIONS_RATE_LIMIT")
def donate(request, page):
    fee_settings = DonationSettings.for_request(request)
    if request.method != "POST":
        campaign = campaign_from_param(request.GET.get("campaign"))
        initial = {
            "source": clean_source(request.GET.get("source") or request.GET.get("utm_source")),
            "source_campaign": clean_source(request.GET.get("utm_campaign")),
        }
        amount = initial_amount(request.GET.get("amount"), page)
        if amount:
            initial["amount"] = amount
        if request.GET.get("frequency") in {"once", "monthly"}:
            initial["frequency"] = request.GET["frequency"]
        form = DonationForm(page=page, campaign=campaign, fee_settings=fee_settings, initial_values=initial)
        response = _render_form(request, page, form)
        # Never from the shared page cache: each visitor's form carries its own one-time token (a shared one
        # would hand two donors of the same amount one checkout), and `?source=` (which the cache's key leaves
        # out as a tracking parameter) must be read for every visit.
        patch_cache_control(response, private=True)
        return response
    form = DonationForm(request.POST, page=page, fee_settings=fee_settings)
    if not form.is_valid():
        return _render_form(request, page, form, status=400)
    key = tokens.browser_key(request) or tokens.new_browser_key()
    try:
        response = see_other(start_checkout(request, page, form, tokens.hash_browser_key(key)))
    except stripe_gateway.PaymentProviderError as error:
        status, message = _provider_message(error)
        return _render_form(request, page, form, status=status, provider_error=message)
    tokens.set_browser_cookie(response, request, key)
    return response


def _donation_for_session(session_id):
    session_id = (session_id or "").strip()
    if not session_id.startswith("cs_") or len(session_id) > 255:
        return None
    return Donation.objects.filter(stripe_checkout_session_id=session_id).select_related("campaign").first()


def thanks(request, page):
    """Says what really happened to the gift. It reads the donation; only Stripe's news (webhook) marks it paid.

    The address the receipt went to, and the "Manage my monthly gift" button, show only in the browser that
    gave, for a few hours: a thank-you URL copied from history or shared opens nothing of the donor's.
    """
    donation = _donation_for_session(request.GET.get("session_id"))
    context = page.get_context(request)
    giver = donation is not None and tokens.browser_gave(request, donation)
    retry_url = page.url
    if donation is not None and donation.campaign_id:
        retry_url += f"?campaign={donation.campaign_id}"
    context.update(
        donation=donation,
        giver=giver,
        manage_token=tokens.thanks_token(donation) if giver and donation.is_monthly else "",
        retry_url=retry_url,
    )
    response = TemplateResponse(request, "donations/thanks.html", context)
    # The donor's own gift: never stored by the page cache, a CDN or a shared browser.
    patch_cache_control(response, private=True, no_store=True)
    return response


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
