"""What a treasurer does to a gift from the admin: refund it (in full or in part), cancel a monthly gift, resend
a receipt or a statement. Each goes through Stripe (stripe_gateway) with an idempotency key, so a double-click
or a retry never refunds or cancels twice, and each is written to Wagtail's history with who did it. The
webhook that follows reads Stripe's objects again and changes nothing a second time.
"""

import uuid
from decimal import Decimal, InvalidOperation

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.log_actions import LogFormatter, log

from donations import charges, emails, fiscal, stripe_gateway
from donations.models import Donation, MonthlyGift, YearEndStatement
from donations.money import format_amount, to_minor_units
from donations.subscriptions import cancel_monthly_gift

ACT_PERMISSION = "donations.change_donation"

REFUND = "donations.refund"
CANCEL = "donations.cancel_monthly"
RESEND_RECEIPT = "donations.resend_receipt"
RESEND_STATEMENT = "donations.resend_statement"


def can_act(user):
    return user.is_active and user.has_perm(ACT_PERMISSION)


def _require(request):
    if not can_act(request.user):
        raise PermissionDenied


class RefundForm(forms.Form):
    REASONS = [
        ("requested_by_customer", gettext_lazy("The donor asked for it")),
        ("duplicate", gettext_lazy("Given twice by mistake")),
        ("fraudulent", gettext_lazy("Fraudulent")),
    ]
    amount = forms.CharField(
        label=gettext_lazy("Amount to refund"),
        max_length=20,
        help_text=gettext_lazy("In the gift's currency, e.g. 10.00. What is left to refund is filled in."),
    )
    reason = forms.ChoiceField(label=gettext_lazy("Reason"), choices=REASONS)
    note = forms.CharField(label=gettext_lazy("Note for the books"), max_length=200, required=False)
    token = forms.UUIDField(widget=forms.HiddenInput)

    def __init__(self, *args, donation, **kwargs):
        self.donation = donation
        super().__init__(*args, **kwargs)

    def clean_amount(self):
        try:
            amount = Decimal(self.cleaned_data["amount"].strip().lstrip("$").replace(",", ""))
        except InvalidOperation:
            raise forms.ValidationError(_("Enter an amount like 10.00.")) from None
        minor = to_minor_units(amount)
        left = self.donation.amount - self.donation.amount_refunded
        if minor <= 0 or amount.as_tuple().exponent < -2:
            raise forms.ValidationError(_("Enter an amount like 10.00."))
        if minor > left:
            raise forms.ValidationError(
                _("At most %(left)s is left to refund.") % {"left": format_amount(left, self.donation.currency)}
            )
        return minor


def _refundable(donation):
    return (
        donation.status == Donation.Status.PAID
        and donation.stripe_payment_intent_id
        and donation.amount_refunded < donation.amount
        and not donation.stripe_payment_intent_id.startswith("pi_offline_")
    )


def _inspect(donation):
    return redirect("donations_donation:inspect", donation.pk)


def refund(request, pk):
    _require(request)
    donation = get_object_or_404(Donation, pk=pk)
    if not _refundable(donation):
        messages.error(request, _("This gift cannot be refunded through Stripe."))
        return _inspect(donation)
    left = donation.amount - donation.amount_refunded
    if request.method == "POST":
        form = RefundForm(request.POST, donation=donation)
        if form.is_valid():
            amount, reason = form.cleaned_data["amount"], form.cleaned_data["reason"]
            key = f"donation-refund-{donation.pk}-{form.cleaned_data['token']}"
            try:
                made = stripe_gateway.create_refund(
                    donation.stripe_payment_intent_id,
                    amount,
                    reason,
                    idempotency_key=key,
                    metadata={"donation_id": str(donation.pk), "refunded_by": "admin"},
                )
            except stripe_gateway.PaymentProviderError as error:
                messages.error(request, _("Stripe did not refund the gift: %(error)s") % {"error": error})
            else:
                charges.refresh_refunds(donation.pk)
                log(
                    instance=donation,
                    action=REFUND,
                    user=request.user,
                    data={
                        "amount": format_amount(amount, donation.currency),
                        "reason": reason,
                        "note": form.cleaned_data["note"],
                        "refund": made.get("id", ""),
                    },
                )
                messages.success(
                    request,
                    _("Refunded %(amount)s. Stripe sends the money back to the donor's card.")
                    % {"amount": format_amount(amount, donation.currency)},
                )
                return _inspect(donation)
    else:
        form = RefundForm(
            donation=donation,
            initial={"amount": f"{Decimal(left) / 100:.2f}", "token": uuid.uuid4(), "reason": "requested_by_customer"},
        )
    context = {
        "page_title": _("Refund %(gift)s") % {"gift": donation.display_amount},
        "header_icon": "undo",
        "form": form,
        "donation": donation,
        "submit_label": _("Refund through Stripe"),
    }
    return TemplateResponse(request, "donations/admin/action_form.html", context)


def cancel(request, pk):
    _require(request)
    gift = get_object_or_404(MonthlyGift, pk=pk)
    if gift.status == MonthlyGift.Status.CANCELLED:
        messages.info(request, _("This monthly gift is already cancelled."))
        return redirect("donations_monthlygift:inspect", gift.pk)
    if request.method == "POST":
        try:
            if gift.stripe_subscription_id.startswith("sub_offline_"):
                ended = {"id": gift.stripe_subscription_id, "canceled_at": int(timezone.now().timestamp())}
            else:
                ended = stripe_gateway.cancel_subscription(
                    gift.stripe_subscription_id, idempotency_key=f"monthly-cancel-{gift.pk}"
                )
        except stripe_gateway.PaymentProviderError as error:
            messages.error(request, _("Stripe did not cancel the gift: %(error)s") % {"error": error})
        else:
            cancel_monthly_gift(ended)
            log(instance=gift, action=CANCEL, user=request.user, data={"amount": gift.display_amount})
            messages.success(request, _("The monthly gift is cancelled; months already paid stay paid."))
        return redirect("donations_monthlygift:inspect", gift.pk)
    context = {
        "page_title": _("Cancel %(gift)s") % {"gift": gift},
        "header_icon": "repeat",
        "form": None,
        "question": _("Stop this monthly gift now? Stripe charges the donor no more; months already paid stay paid."),
        "submit_label": _("Cancel the monthly gift"),
    }
    return TemplateResponse(request, "donations/admin/action_form.html", context)


@require_POST
def resend_receipt(request, pk):
    _require(request)
    donation = get_object_or_404(Donation, pk=pk)
    if donation.status != Donation.Status.PAID or not donation.donor_email:
        messages.error(request, _("Only a paid gift with an email address has a receipt."))
        return _inspect(donation)
    emails.receipt_message(donation).send()
    Donation.objects.filter(pk=donation.pk).update(receipt_sent_at=timezone.now())
    log(instance=donation, action=RESEND_RECEIPT, user=request.user, data={"amount": donation.display_amount})
    messages.success(request, _("The receipt was sent again."))
    return _inspect(donation)


@require_POST
def resend_statement(request, pk):
    """Sends the donor the statement of the gift's fiscal year again, as it stands now."""
    from donations.management.commands.send_year_end_statements import gifts_by_donor

    _require(request)
    donation = get_object_or_404(Donation, pk=pk)
    email = donation.donor_email.strip().lower()
    year = fiscal.year_of(donation.paid_at) if donation.paid_at else None
    statement = YearEndStatement.objects.filter(email=email, year=year).first() if email and year else None
    if statement is None:
        messages.error(request, _("No statement was sent for this gift's year yet."))
        return _inspect(donation)
    gifts = gifts_by_donor(year, emails={email}).get(email, [])
    emails.statement_message(email, year, gifts, statement.language).send()
    log(instance=donation, action=RESEND_STATEMENT, user=request.user, data={"year": year})
    messages.success(request, _("The %(year)s statement was sent again.") % {"year": year})
    return _inspect(donation)


class ActionFormatter(LogFormatter):
    def format_message(self, log_entry):
        data = log_entry.data or {}
        return self.message % {key: data.get(key, "") for key in ("amount", "reason", "note", "refund", "year")}


class RefundFormatter(ActionFormatter):
    label = gettext_lazy("Refund through Stripe")
    message = gettext_lazy("Refunded %(amount)s through Stripe (%(reason)s) %(refund)s %(note)s")


class CancelFormatter(ActionFormatter):
    label = gettext_lazy("Cancel a monthly gift")
    message = gettext_lazy("Cancelled the monthly gift of %(amount)s through Stripe")


class ResendReceiptFormatter(ActionFormatter):
    label = gettext_lazy("Resend a receipt")
    message = gettext_lazy("Sent the receipt for %(amount)s again")


class ResendStatementFormatter(ActionFormatter):
    label = gettext_lazy("Resend a statement")
    message = gettext_lazy("Sent the %(year)s statement again")


FORMATTERS = {
    REFUND: RefundFormatter,
    CANCEL: CancelFormatter,
    RESEND_RECEIPT: ResendReceiptFormatter,
    RESEND_STATEMENT: ResendStatementFormatter,
}
