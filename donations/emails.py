"""The emails donors and staff get: receipts, statements, failed renewals, manage links, dispute alerts.

Each is plain text, rendered in the donor's language (the language they gave in), with dates in the site's time
zone and the organisation's tax identity from its settings.
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext, gettext_noop
from wagtail.models import Site

from core.locales import email_language, site_language
from donations.models import DonationSettings, Donor
from donations.tokens import make_link_token


def _site():
    return Site.objects.filter(is_default_site=True).first() or Site.objects.first()


def base_url():
    site = _site()
    return (site.root_url if site else settings.WAGTAILADMIN_BASE_URL).rstrip("/")


def language_of(code):
    """One of the site's languages: "es-MX" is "es", "pt_BR" is "pt-br"; any other is the default language."""
    return site_language(code)


# The supporter's language when the email is translated into it, else the default one with a note saying so.
RECEIPT_SUBJECT = gettext_noop("Your receipt for your gift of %(amount)s")
STATEMENT_SUBJECT = gettext_noop("Your %(year)s giving statement")
PAYMENT_FAILED_SUBJECT = gettext_noop("Your monthly gift could not be renewed")
MANAGE_LINK_SUBJECT = gettext_noop("Your link to manage your monthly gift")


def organisation():
    """What every receipt names: the organisation, its EIN or fiscal sponsor, and its tax text."""
    from home.models import OrganisationSettings

    site = _site()
    org = OrganisationSettings.for_site(site) if site else None
    donation_settings = DonationSettings.for_site(site) if site else DonationSettings()
    name = donation_settings.legal_name or (org.organisation_name if org else settings.WAGTAIL_SITE_NAME)
    return {
        "name": name,
        "ein": donation_settings.ein,
        "fiscal_sponsor": donation_settings.fiscal_sponsor,
        "tax_text": donation_settings.receipt_tax_text,
        "contact_email": org.contact_email if org else "",
        "postal_address": org.postal_address if org else "",
        "staff_email": donation_settings.staff_email,
    }


def local_date(value):
    return date_format(timezone.localtime(value), "DATE_FORMAT") if value else ""


def _message(template, subject, to, context, language, note=""):
    with translation.override(language):
        context = {**context, "organisation": context.get("organisation") or organisation(), "base_url": base_url()}
        body = render_to_string(f"donations/email/{template}.txt", context)
        if note:
            body = f"{note}\n\n{body}"  # in the donor's own language, above the default language's text
        subject = " ".join(str(subject).split())
    return EmailMessage(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[to],
        headers={"Auto-Submitted": "auto-generated"},
    )


def receipt_message(donation):
    language, note = email_language(donation.language, RECEIPT_SUBJECT)
    with translation.override(language):
        subject = gettext(RECEIPT_SUBJECT) % {"amount": donation.display_amount}
        context = {"donation": donation, "date": local_date(donation.paid_at)}
        return _message("receipt", subject, donation.donor_email, context, language, note)


def statement_message(email, year, donations, language, replaces=None):
    """The year's statement; with `replaces` (when the earlier one was sent), a corrected statement."""
    language, note = email_language(language, STATEMENT_SUBJECT)
    from donations.money import format_amount

    totals = {}
    for donation in donations:
        totals[donation.currency] = totals.get(donation.currency, 0) + donation.amount - donation.amount_refunded
    with translation.override(language):
        if replaces:
            subject = gettext("Your corrected %(year)s giving statement") % {"year": year}
        else:
            subject = gettext(STATEMENT_SUBJECT) % {"year": year}
        lines = [
            {"date": local_date(d.paid_at), "amount": format_amount(d.amount - d.amount_refunded, d.currency)}
            for d in donations
        ]
        context = {
            "year": year,
            "lines": lines,
            "totals": [format_amount(total, currency) for currency, total in sorted(totals.items())]
            or [format_amount(0)],
            "replaces": local_date(replaces) if replaces else "",
            "donor": Donor.objects.filter(email=email.strip().lower()).first(),
        }
        return _message("statement", subject, email, context, language, note)


def _link(view_name, language, token):
    with translation.override(language):
        return base_url() + reverse(view_name, args=[token])


def payment_failed_message(gift):
    language, note = email_language(gift.language, PAYMENT_FAILED_SUBJECT)
    link = _link("donations_manage:card", language, make_link_token("card", gift.pk))
    hours = settings.DONATIONS_CARD_LINK_MAX_AGE // 3600
    with translation.override(language):
        subject = gettext(PAYMENT_FAILED_SUBJECT)
        context = {"gift": gift, "link": link, "hours": hours}
        return _message("payment_failed", subject, gift.donor_email, context, language, note)


def manage_link_message(email, language, gift_ids):
    """The one-time link names the donor's gifts by id, never their address (links land in access logs)."""
    language, note = email_language(language, MANAGE_LINK_SUBJECT)
    link = _link("donations_manage:open", language, make_link_token("email", sorted(gift_ids)))
    minutes = settings.DONATIONS_MANAGE_LINK_MAX_AGE // 60
    with translation.override(language):
        subject = gettext(MANAGE_LINK_SUBJECT)
        return _message("manage_link", subject, email, {"link": link, "minutes": minutes}, language, note)


def dispute_alert_message(donation, dispute_id, to, evidence_due_by=None):
    """Staff read this in the site's default language; it names the gift, never the donor, and the deadline
    for answering the dispute (Stripe's `evidence_details.due_by`) in the site's time zone."""
    from donations.stripe_data import when

    with translation.override(settings.LANGUAGE_CODE):
        subject = gettext("A donor disputed a gift of %(amount)s") % {"amount": donation.display_amount}
        admin_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
            "donations_donation:inspect", args=[donation.pk]
        )
        due = when(evidence_due_by)
        due_text = date_format(timezone.localtime(due), "DATETIME_FORMAT") if due else ""
        context = {"donation": donation, "dispute_id": dispute_id, "admin_url": admin_url, "due": due_text}
        return _message("dispute_alert", subject, to, context, settings.LANGUAGE_CODE)
