"""The list staff hand to a petition's target: who signed (names, city and state; never an email) and how many
from each state, as a printable page and as a spreadsheet.

Only staff with "Can view supporters' personal data" may open it, and each CSV download is in the audit log.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from campaigns.models import PetitionPage, Signature
from core.exports import csv_writer
from privacy import audit
from privacy.policies import can_view_supporter_data


def _signers(petition):
    return (
        Signature.objects.filter(petition=petition.signed_page)
        .only("kind", "name", "organisation", "city", "state", "created_at")
        .order_by("state", "city", "name", "pk")
    )


def _by_state(petition):
    return list(
        Signature.objects.filter(petition=petition.signed_page)
        .values("state")
        .annotate(count=Count("pk"))
        .order_by("-count", "state")
    )


def delivery_list(request, petition_id):
    if not can_view_supporter_data(request.user):
        raise PermissionDenied
    petition = get_object_or_404(PetitionPage, pk=petition_id)
    signers = _signers(petition)
    if request.GET.get("format") == "csv":
        audit.record(audit.EXPORT, request.user, what=f"delivery list: {petition.title}", format="csv")
        return _as_csv(petition, signers)
    return TemplateResponse(
        request,
        "campaigns/admin/delivery_list.html",
        {
            "petition": petition,
            "signers": signers,
            "by_state": _by_state(petition),
            "total": signers.count(),
            "today": timezone.localdate(),
        },
    )


def _as_csv(petition, signers):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    filename = f"{slugify(petition.title)[:60] or 'petition'}-delivery-{timezone.localdate().isoformat()}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    writer = csv_writer(response)
    writer.writerow([_("Name"), _("Organisation"), _("City"), _("State"), _("Date signed")])
    for signer in signers.iterator():
        signed = timezone.localtime(signer.created_at).date().isoformat()
        writer.writerow([signer.name, signer.organisation, signer.city, signer.state, signed])
    writer.writerow([])
    writer.writerow([_("State"), _("Signatures")])
    for row in _by_state(petition):
        writer.writerow([row["state"] or _("Not given"), row["count"]])
    return response
