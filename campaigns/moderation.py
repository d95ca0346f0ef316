"""Organisations that signed a petition wait for a staff member before they are named on the petition page.

The dashboard counts them (editors/panels.py, `OrganisationSignOnsPanel`); "Organisations waiting" lists them,
with their petition and what they wrote, and lists the ticked ones publicly in one go. Only staff who may see
supporters' data and change signatures may use it. (Each organisation counts in the petition's total at once.)
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.admin import messages
from wagtail.log_actions import log

from campaigns.models import Signature
from privacy.policies import can_view_supporter_data


def can_approve(user):
    return can_view_supporter_data(user) and user.has_perm("campaigns.change_signature")


def waiting_organisations():
    return Signature.objects.filter(kind=Signature.Kind.ORGANISATION, approved=False)


def organisations_waiting(request):
    if not can_approve(request.user):
        raise PermissionDenied
    if request.method == "POST":
        chosen = waiting_organisations().filter(pk__in=[v for v in request.POST.getlist("signature") if v.isdigit()])
        approved = list(chosen)
        for signature in approved:
            signature.approved = True
            signature.save(update_fields=["approved"])
            log(instance=signature, action="wagtail.edit", user=request.user)
        if approved:
            messages.success(
                request,
                ngettext(
                    "%(count)d organisation is now listed publicly on its petition.",
                    "%(count)d organisations are now listed publicly on their petitions.",
                    len(approved),
                )
                % {"count": len(approved)},
            )
        else:
            messages.warning(request, _("Tick the organisations to list publicly first."))
        return redirect("campaigns_organisations_waiting")
    signatures = waiting_organisations().select_related("petition").order_by("created_at")
    return TemplateResponse(
        request,
        "campaigns/admin/organisations_waiting.html",
        {"signatures": signatures, "page_title": _("Organisations waiting"), "header_icon": "group"},
    )
