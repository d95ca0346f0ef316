"""Signing a petition and RSVPing to an event: the views behind the pages' routes.

Every post is rate-limited per address, bots that fill the honeypot are thanked and forgotten, bad input
comes back as the form with its errors and a 400, and a second signature with the same email counts once
and is answered exactly as the first was (so the form cannot tell anyone who signed).
"""

from django.conf import settings
from django.db import IntegrityError, transaction
from django.http import HttpResponseNotAllowed
from django.utils.translation import gettext as _

from campaigns.following import campaign_of, follow
from campaigns.forms import RSVPForm, SignatureForm
from campaigns.models.rsvp import EventRSVP
from campaigns.models.signature import Signature
from campaigns.tasks import send_rsvp_confirmation, send_signature_confirmation
from core.http import see_other
from core.normalise import normalise_email
from core.ratelimit import rate_limit
from core.tasks import enqueue_on_commit

SAFE_METHODS = ("GET", "HEAD")

# Posts allowed per address and window (seconds). Generous: a room of people on one Wi-Fi signs together.
DEFAULT_RATE_LIMIT = (20, 600)


def campaign_rate():
    return getattr(settings, "CAMPAIGNS_RATE_LIMIT", DEFAULT_RATE_LIMIT)


def _signature_forms(petition, data=None, posted_kind=None):
    """The page's forms, bound to the data only for the kind that was posted."""
    forms = {}
    for kind, accepted in (
        (Signature.Kind.INDIVIDUAL, petition.accepts_individuals),
        (Signature.Kind.ORGANISATION, petition.accepts_organisations),
    ):
        if accepted:
            bound = data if kind == posted_kind else None
            forms[kind] = SignatureForm(bound, petition=petition, kind=kind)
    return forms


def _render_petition(request, petition, forms, status=200, error=""):
    response = petition.render(
        request,
        context_overrides={
            "individual_form": forms.get(Signature.Kind.INDIVIDUAL),
            "organisation_form": forms.get(Signature.Kind.ORGANISATION),
            "form_error": error,
        },
    )
    response.status_code = status
    return response


@rate_limit("campaigns-sign", campaign_rate)
def petition_sign(request, petition):
    if request.method in SAFE_METHODS:
        return _render_petition(request, petition, _signature_forms(petition))
    if request.method != "POST":
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])

    kind = request.POST.get("kind", Signature.Kind.INDIVIDUAL)
    forms = _signature_forms(petition, request.POST, kind)
    if kind not in forms:
        return _render_petition(
            request, petition, forms, 400, _("This petition does not take that kind of signature.")
        )
    if petition.is_closed:
        return _render_petition(request, petition, forms, 400, _("This petition is closed to new signatures."))
    form = forms[kind]
    if form.is_bot():
        return see_other(petition.url + petition.reverse_subpage("thanks"))
    if not form.is_valid():
        return _render_petition(request, petition, forms, 400, _("Please correct the errors below."))

    signature = form.build_signature()
    signature.language = petition.locale.language_code  # the version signed; stored on the first one made
    signature.petition_id = petition.signed_page_id
    wants_updates = _follow_campaign(petition, form.cleaned_data.get("keep_updated"), signature.email, signature.name)
    # A repeat signature gets exactly the answer a first one gets (and counts once), so nobody can use the form
    # to learn whether an email address signed. The unique constraint (petition, email) is the check: one
    # INSERT for a new signer, no look-up first.
    signature.email = normalise_email(signature.email)
    try:
        with transaction.atomic():
            signature.save()
    except IntegrityError:  # signed before, or twice at once: no second confirmation either
        pass
    else:
        if petition.send_confirmation:
            enqueue_on_commit(send_signature_confirmation, signature.pk)
    return see_other(_thanks_url(petition, wants_updates))


def _follow_campaign(page, asked, email, name):
    """ "Keep me updated about this campaign": starts following the page's campaign (its own double opt-in,
    nothing but the confirmation is sent until they click it). Returns whether a confirmation was asked for."""
    campaign = campaign_of(page) if asked else None
    if campaign is None:
        return False  # a page outside any campaign: the tick is kept on the signature for the export only
    follow(campaign, email, name, page.locale.language_code)
    return True


def _thanks_url(page, confirm_email):
    """The thank-you step; `?updates=1` tells the supporter to look for the confirmation email."""
    return page.url + page.reverse_subpage("thanks") + ("?updates=1" if confirm_email else "")


def petition_thanks(request, petition):
    if request.method not in SAFE_METHODS:
        return HttpResponseNotAllowed(["GET", "HEAD"])
    return petition.render(
        request,
        template="campaigns/petition_thanks.html",
        context_overrides={"confirm_email": request.GET.get("updates") == "1"},
    )


def _render_event(request, event, form, status=200, error=""):
    response = event.render(request, context_overrides={"form": form, "form_error": error})
    response.status_code = status
    return response


@rate_limit("campaigns-rsvp", campaign_rate)
def event_rsvp(request, event):
    if request.method in SAFE_METHODS:
        return _render_event(request, event, RSVPForm(event=event) if event.rsvp_enabled else None)
    if request.method != "POST":
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    form = RSVPForm(request.POST, event=event)
    if not event.rsvp_enabled or event.is_past:
        return _render_event(request, event, None, 400, _("This event no longer takes RSVPs."))
    if form.is_bot():
        return see_other(event.url + event.reverse_subpage("thanks"))
    if not form.is_valid():
        return _render_event(request, event, form, 400, _("Please correct the errors below."))
    data = form.submitted_data
    email = normalise_email(data.pop("email"))
    wants_updates = _follow_campaign(event, data.pop("keep_updated", False), email, data.get("name", ""))
    try:  # a repeat RSVP is answered as a first one is (no "already on the list"), and counts once
        with transaction.atomic():
            rsvp, created = EventRSVP.objects.get_or_create(
                event=event.rsvp_page, email=email, defaults={**data, "language": event.locale.language_code}
            )
    except IntegrityError:
        created = False
    if created and event.send_confirmation:
        enqueue_on_commit(send_rsvp_confirmation, rsvp.pk)
    return see_other(_thanks_url(event, wants_updates))


def event_thanks(request, event):
    if request.method not in SAFE_METHODS:
        return HttpResponseNotAllowed(["GET", "HEAD"])
    return event.render(
        request,
        template="campaigns/event_thanks.html",
        context_overrides={"confirm_email": request.GET.get("updates") == "1"},
    )
