"""The donor's path behind the donate page's routes: the form and the thank-you.

The page hands itself to these views; they read the records and settings, never the page models, so the
page module can import them. Stripe's side (the webhook and the offline stand-ins) is in `stripe_views`.
"""

from django.conf import settings
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _

from core.http import see_other
from core.ratelimit import client_fingerprint, fingerprint, over_limit, refused_response
from donations import stripe_gateway, tokens
from donations.checkout import start_checkout
from donations.forms import DonationForm, campaign_from_param, clean_source, initial_amount
from donations.models.records import Donation
from donations.models.settings import DonationSettings


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


def over_checkout_limits(request, key):
    """Counts a checkout attempt per client address (DONATIONS_ADDRESS_RATE_LIMIT, generous: a room of donors on
    one Wi-Fi gives together) and per browser on that address (DONATIONS_RATE_LIMIT, by the giving cookie's key:
    a browser that refuses cookies is held by the address limit alone). True when either is passed, or when the
    client's address is unknown."""
    address = client_fingerprint(request)
    if address is None:
        return True
    if over_limit("donations-checkout-address", address, settings.DONATIONS_ADDRESS_RATE_LIMIT):
        return True
    return over_limit("donations-checkout", fingerprint(f"{address}|{key}"), settings.DONATIONS_RATE_LIMIT)


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
    key = tokens.browser_key(request) or tokens.new_browser_key()
    if over_checkout_limits(request, key):
        return refused_response(request, page)
    form = DonationForm(request.POST, page=page, fee_settings=fee_settings)
    if not form.is_valid():
        return _render_form(request, page, form, status=400)
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
