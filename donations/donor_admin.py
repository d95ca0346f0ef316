"""Donors in the admin: each person's giving history and totals, their statement details, and merging two
records when a donor's email changed (the history keeps who merged what)."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.views.generic import InspectView
from wagtail.admin.widgets.button import Button
from wagtail.log_actions import LogFormatter, log

import core.admin
from donations import fiscal
from donations.admin_actions import _require, can_act
from donations.models import Donation, Donor, DonorEmail, MonthlyGift, YearEndStatement

EDIT = "donations.donor_details"
MERGE = "donations.donor_merge"


class DonorInspectView(InspectView):
    template_name = "donations/admin/donor_inspect.html"

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if can_act(self.request.user):
            buttons.append(
                Button(_("Edit statement details"), url=reverse("donations_donor_details", args=[self.object.pk]))
            )
            buttons.append(
                Button(_("Merge into another donor"), url=reverse("donations_donor_merge", args=[self.object.pk]))
            )
        return buttons

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        donor = self.object
        year = fiscal.current_year()
        context.update(
            lifetime=donor.lifetime_total,
            this_year=donor.year_total(year),
            last_year=donor.year_total(year - 1),
            year=year,
            gifts=donor.donations.select_related("campaign").order_by("-paid_at")[:200],
            aliases=donor.aliases.all(),
        )
        return context


class DonorViewSet(core.admin.ReadOnlyViewSet):
    model = Donor
    name = "donations_donor"
    url_prefix = "donors"
    icon = "user"
    menu_label = gettext_lazy("Donors")
    add_to_admin_menu = False
    add_to_reference_index = False
    exclude_form_fields = []
    list_display = ["email", "name", "anonymous", "created_at"]
    list_filter = ["anonymous"]
    search_fields = ["email", "name"]
    search_backend_name = None
    inspect_view_class = DonorInspectView
    inspect_view_fields = ["email", "name", "language", "postal_address", "anonymous", "created_at"]


class DetailsForm(forms.ModelForm):
    class Meta:
        model = Donor
        fields = ["name", "language", "postal_address", "anonymous"]
        widgets = {"language": forms.Select(choices=[("", "---------"), *settings.LANGUAGES])}


def details(request, pk):
    _require(request)
    donor = get_object_or_404(Donor, pk=pk)
    form = DetailsForm(request.POST or None, instance=donor)
    if request.method == "POST" and form.is_valid():
        form.save()
        log(instance=donor, action=EDIT, user=request.user, data={"fields": form.changed_data})
        messages.success(request, _("The donor's details are saved."))
        return redirect("donations_donor:inspect", donor.pk)
    context = {
        "page_title": _("Statement details for %(donor)s") % {"donor": donor},
        "header_icon": "user",
        "form": form,
        "submit_label": _("Save"),
    }
    return TemplateResponse(request, "donations/admin/action_form.html", context, status=400 if form.errors else 200)


class MergeForm(forms.Form):
    into = forms.EmailField(
        label=gettext_lazy("Merge into the donor with this email"),
        help_text=gettext_lazy("The donor's new address. Their gifts, monthly gifts and statements move there."),
    )

    def __init__(self, *args, donor, **kwargs):
        self.donor = donor
        super().__init__(*args, **kwargs)

    def clean_into(self):
        email = self.cleaned_data["into"].strip().lower()
        target = Donor.objects.filter(email=email).exclude(pk=self.donor.pk).first()
        if target is None:
            raise forms.ValidationError(_("No other donor has this email."))
        return target


def merge_donors(source, target):
    """Moves everything of `source` to `target` and keeps source's addresses as target's earlier ones."""
    with transaction.atomic():
        Donation.objects.filter(donor=source).update(donor=target)
        MonthlyGift.objects.filter(donor=source).update(donor=target)
        for alias in list(source.aliases.all()):
            alias.donor = target
            alias.save(update_fields=["donor"])
        YearEndStatement.objects.filter(email=source.email).update(out_of_date=True)
        target.postal_address = target.postal_address or source.postal_address
        target.anonymous = target.anonymous or source.anonymous
        target.save()
        old_email = source.email
        source.delete()
        DonorEmail.objects.create(donor=target, email=old_email)
    return target


def merge(request, pk):
    _require(request)
    donor = get_object_or_404(Donor, pk=pk)
    form = MergeForm(request.POST or None, donor=donor)
    if request.method == "POST" and form.is_valid():
        target = form.cleaned_data["into"]
        old_email, old_pk = donor.email, donor.pk
        merge_donors(donor, target)
        log(instance=target, action=MERGE, user=request.user, data={"merged": old_email, "merged_id": old_pk})
        messages.success(request, _("%(old)s is merged into %(new)s.") % {"old": old_email, "new": target.email})
        return redirect("donations_donor:inspect", target.pk)
    context = {
        "page_title": _("Merge %(donor)s") % {"donor": donor.email},
        "header_icon": "user",
        "form": form,
        "question": _("Use this when a donor's email changed: both records become one, and the old address is kept."),
        "submit_label": _("Merge"),
    }
    return TemplateResponse(request, "donations/admin/action_form.html", context, status=400 if form.errors else 200)


class DetailsFormatter(LogFormatter):
    label = gettext_lazy("Edit a donor's details")

    def format_message(self, log_entry):
        return _("Changed the donor's %(fields)s") % {"fields": ", ".join((log_entry.data or {}).get("fields", []))}


class MergeFormatter(LogFormatter):
    label = gettext_lazy("Merge donors")

    def format_message(self, log_entry):
        return _("Merged %(email)s into this donor") % {"email": (log_entry.data or {}).get("merged", "")}


FORMATTERS = {EDIT: DetailsFormatter, MERGE: MergeFormatter}
