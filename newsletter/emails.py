"""Building the emails: plain text with an HTML alternative, and the one-click unsubscribe headers on every one."""

import re

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext, gettext_noop
from wagtail.models import Site

from core.locales import email_language
from newsletter.tokens import make_confirm_token, make_unsubscribe_token


def site_base_url():
    """Where links in emails point: NEWSLETTER_BASE_URL, else the default site, else the admin base URL."""
    configured = getattr(settings, "NEWSLETTER_BASE_URL", "")
    if configured:
        return configured.rstrip("/")
    site = Site.objects.filter(is_default_site=True).first()
    if site is not None:
        return site.root_url.rstrip("/")
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def from_email():
    return getattr(settings, "NEWSLETTER_FROM_EMAIL", "") or settings.DEFAULT_FROM_EMAIL


def absolute_url(view_name, language, base_url, **kwargs):
    """A link in the subscriber's language (/newsletter/... or /es/newsletter/...)."""
    with translation.override(language):
        return base_url + reverse(view_name, kwargs=kwargs)


def unsubscribe_url(subscriber, base_url):
    return absolute_url(
        "newsletter:unsubscribe", subscriber.language, base_url, token=make_unsubscribe_token(subscriber)
    )


def build_message(subscriber, subject, template_prefix, context, base_url=None, language=None, note=""):
    """An email to one subscriber, in their language (or `language`, with `note` on top saying why, in theirs),
    with RFC 8058 one-click unsubscribe headers."""
    base_url = base_url or site_base_url()
    with translation.override(language or subscriber.language):
        unsubscribe = unsubscribe_url(subscriber, base_url)
        context = {**context, "subscriber": subscriber, "unsubscribe_url": unsubscribe, "base_url": base_url}
        text = render_to_string(f"{template_prefix}.txt", context)
        html = render_to_string(f"{template_prefix}.html", context)
        if language and language != subscriber.language:
            html = html.replace(f'<html lang="{subscriber.language}">', f'<html lang="{language}">', 1)
        if note:
            text = f"{note}\n\n{text}"
            paragraph = f'<p lang="{subscriber.language}" dir="{direction(subscriber.language)}">{escape(note)}</p>'
            html = re.sub(r"(<body[^>]*>)", lambda found: found.group(1) + paragraph, html, count=1)
        message = EmailMultiAlternatives(
            subject=" ".join(str(subject).split()),
            body=text,
            from_email=from_email(),
            to=[subscriber.email],
            headers={
                "List-Unsubscribe": f"<{unsubscribe}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
                "Auto-Submitted": "auto-generated",
            },
        )
        message.attach_alternative(html, "text/html")
    return message


CONFIRM_SUBJECT = gettext_noop("Confirm your subscription to Take Action Now")


def direction(language):
    return "rtl" if translation.get_language_info(language)["bidi"] else "ltr"


def confirmation_message(subscriber, base_url=None):
    base_url = base_url or site_base_url()
    # In the subscriber's language when this email is translated into it, else the default one, saying so.
    language, note = email_language(subscriber.language, CONFIRM_SUBJECT)
    with translation.override(language):
        confirm = absolute_url(
            "newsletter:confirm", subscriber.language, base_url, token=make_confirm_token(subscriber)
        )
        subject = gettext(CONFIRM_SUBJECT)
    return build_message(
        subscriber, subject, "newsletter/email/confirm", {"confirm_url": confirm}, base_url, language, note
    )


def issue_message(subscriber, issue, base_url=None):
    """The weekly issue (already in the subscriber's language) as an email."""
    base_url = base_url or site_base_url()
    with translation.override(subscriber.language):
        actions = [
            {
                "title": child.value["title"],
                "text": child.value["text"],
                "kind": child.value.kind_label(),
                "label": child.value.button_label(),
                "url": _absolute(child.value.full_url(), base_url),
            }
            for child in issue.actions
            if child.block_type == "action"
        ]
        context = {"issue": issue, "actions": actions, "issue_url": _absolute(issue.full_url or "", base_url)}
        return build_message(subscriber, issue.title, "newsletter/email/weekly_actions", context, base_url)


def _absolute(url, base_url):
    if url.startswith("/"):
        return base_url + url
    return url
