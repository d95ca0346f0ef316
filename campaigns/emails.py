"""The emails a supporter gets after acting: a signature's or an RSVP's confirmation (an RSVP's with its calendar
file) and a campaign follower's confirmation link. Each in the supporter's language, plain text."""

from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext
from wagtail.models import Locale

from campaigns.calendar_file import build_calendar
from campaigns.following_links import confirm_token, unsubscribe_token
from newsletter.emails import from_email, site_base_url


def in_language(page, language):
    """The page's version in `language` (live), else the page itself."""
    locale = Locale.objects.filter(language_code=language).first()
    translated = page.get_translation_or_none(locale) if locale else None
    return (translated if translated is not None and translated.live else page).specific


def _page_url(page, base_url):
    return page.get_full_url() or base_url + (page.get_url() or "/")


def _message(subject, template, context, to, language):
    with translation.override(language):
        body = render_to_string(template, context)
    return EmailMessage(
        subject=" ".join(str(subject).split()),
        body=body,
        from_email=from_email(),
        to=[to],
        headers={"Auto-Submitted": "auto-generated"},
    )


def signature_confirmation(signature):
    language = signature.language or translation.get_language()
    petition = in_language(signature.petition, language)
    with translation.override(language):
        subject = gettext("Your signature counts: %(title)s") % {"title": petition.title}
        context = {"signature": signature, "petition": petition, "url": _page_url(petition, site_base_url())}
    return _message(subject, "campaigns/email/signature_confirmation.txt", context, signature.email, language)


def rsvp_confirmation(rsvp):
    language = rsvp.language or translation.get_language()
    event = in_language(rsvp.event, language)
    url = _page_url(event, site_base_url())
    with translation.override(language):
        subject = gettext("You are going: %(title)s") % {"title": event.title}
        message = _message(
            subject,
            "campaigns/email/rsvp_confirmation.txt",
            {"rsvp": rsvp, "event": event, "url": url},
            rsvp.email,
            language,
        )
    message.attach(f"{slugify(event.slug) or 'event'}.ics", build_calendar(event, url).to_ical(), "text/calendar")
    return message


def follow_confirmation(follower):
    language = follower.language
    campaign = in_language(follower.campaign, language)
    base_url = site_base_url()
    with translation.override(language):
        context = {
            "campaign": campaign,
            "confirm_url": base_url + reverse("campaign_updates:confirm", kwargs={"token": confirm_token(follower)}),
            "unsubscribe_url": base_url
            + reverse("campaign_updates:unsubscribe", kwargs={"token": unsubscribe_token(follower)}),
        }
        subject = gettext("Confirm: updates about %(title)s") % {"title": campaign.title}
    return _message(subject, "campaigns/email/follow_confirmation.txt", context, follower.email, language)
