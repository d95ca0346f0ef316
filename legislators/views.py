"""What LetterPage and CallScriptPage do with a visitor's request (their `serve` methods call these)."""

import uuid

from django.db import IntegrityError, transaction
from django.template.response import TemplateResponse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from core.http import see_other
from core.ratelimit import rate_limit
from legislators.forms import CallReportForm, LetterForm
from legislators.lookup import LookupResult, find_legislators
from legislators.models.actions import CallReport, LetterWritten
from legislators.placeholders import fill_placeholders, member_values, supporter_values
from newsletter.subscriptions import request_subscription


def _render(page, request, status=200, **extra):
    context = page.get_context(request)
    context.update(extra)
    return TemplateResponse(request, page.get_template(request), context, status=status)


def _members(page, lookup):
    return lookup.legislators(page.recipients) if lookup.found else []


def _lookup_from_get(request):
    return find_legislators(request.GET.get("zip", ""))


# --- Letters -----------------------------------------------------------------


# Each client may post LEGISLATORS_RATE_LIMIT (e.g. "30/h") letter forms, and as many call reports.
@rate_limit("legislators:letter", "LEGISLATORS_RATE_LIMIT")
def serve_letter_page(page, request):
    if request.method == "POST":
        return _write_letters(page, request)
    lookup = _lookup_from_get(request)
    members = _members(page, lookup)
    form = LetterForm(initial=LetterForm.initial_for(page, lookup.zip_code)) if members else None
    return _render(page, request, status=_lookup_status(lookup), lookup=lookup, members=members, form=form)


def _write_letters(page, request):
    form = LetterForm(request.POST)
    lookup = find_legislators(request.POST.get("zip", ""))
    members = _members(page, lookup)
    if form.is_valid() and not members:
        form.add_error("zip", _("We found no member of Congress to write to for this ZIP code."))
    if not form.is_valid():
        return _render(page, request, status=400, lookup=lookup, members=members, form=form)

    data = form.cleaned_data
    supporter = supporter_values(data["name"], data["email"], data["city"], data["zip"])
    letters = [
        {
            "member": member,
            "subject": fill_placeholders(data["subject"], {**supporter, **_member_values(member)}),
            "text": fill_placeholders(data["letter"], {**supporter, **_member_values(member)}),
        }
        for member in members
    ]
    _count_letters(page, data, len(letters))
    if data["consent"]:
        # "Tell me how the campaign goes" starts the email list's double opt-in: a confirmation email first.
        request_subscription(data["email"], data["name"], data["zip"])
    return _render(
        page,
        request,
        lookup=lookup,
        members=members,
        letters=letters,
        supporter_name=data["name"],
        confirm_email=data["consent"],
    )


def _count_letters(page, data, letters):
    consent = data["consent"]
    record = LetterWritten(page=page, token=data["token"], letters=letters, consent=consent)
    if consent:
        record.name, record.email, record.city, record.zip_code = (
            data["name"],
            data["email"],
            data["city"],
            data["zip"],
        )
    try:
        with transaction.atomic():
            record.save()
    except IntegrityError:
        pass  # the same form sent again (a reload): already counted


def _member_values(member):
    return member_values(
        member.title,
        member.full_name,
        member.last_name,
        member.state_name,
        the_title=member.title_in_sentence,
        dear=member.salutation,
    )


def _lookup_status(lookup):
    """A malformed ZIP is invalid input (400); a well-formed ZIP we cannot place is an honest answer (200)."""
    return 400 if lookup.status == LookupResult.MALFORMED else 200


# --- Calls -------------------------------------------------------------------


@rate_limit("legislators:call", "LEGISLATORS_RATE_LIMIT")
def serve_call_page(page, request):
    if request.method == "POST":
        return _report_call(page, request)
    lookup = _lookup_from_get(request)
    reported = request.GET.get("reported", "")
    return _render_call_page(page, request, lookup, status=_lookup_status(lookup), reported=reported)


def _render_call_page(page, request, lookup, status=200, **extra):
    supporter = supporter_values(zip_code=lookup.zip_code)
    calls = []
    for member in _members(page, lookup):
        offices = sorted(member.local_offices, key=lambda office: _distance(office.zip_code, lookup.zip_code))
        calls.append(
            {
                "key": member.bioguide_id,
                "member": member,
                "local_offices": offices,
                "dc_offices": member.dc_offices,
                "script": fill_placeholders(page.script, {**supporter, **_member_values(member)}),
            }
        )
    targets = [
        {
            "key": target.target_key,
            "target": target,
            "script": fill_placeholders(
                target.script or page.script,
                {**supporter, **member_values(target.title, target.name)},
            ),
        }
        for target in page.targets.all()
    ]
    tally, total = page.call_tally()
    return _render(
        page,
        request,
        status=status,
        lookup=lookup,
        calls=calls,
        targets=targets,
        tally=tally,
        total_calls=total,
        token=uuid.uuid4(),
        outcomes=CallReport.OUTCOME_CHOICES,
        **extra,
    )


def _distance(office_zip, zip_code):
    """Offices nearest the supporter first: ZIP codes that share a prefix are roughly close."""
    try:
        return abs(int(str(office_zip)[:5]) - int(zip_code))
    except ValueError:
        return 10**6


def _report_call(page, request):
    form = CallReportForm(request.POST)
    lookup = find_legislators(request.POST.get("zip", ""))
    if lookup.is_error:
        lookup = LookupResult(LookupResult.EMPTY)
    names = {member.bioguide_id: member.full_name for member in _members(page, lookup)}
    names.update({target.target_key: target.name for target in page.targets.all()})
    if form.is_valid() and form.cleaned_data["target"] not in names:
        form.add_error("target", _("We could not tell whom you called. Please look up your ZIP code again."))
    if not form.is_valid():
        return _render_call_page(page, request, lookup, status=400, report_form=form)

    data = form.cleaned_data
    try:
        with transaction.atomic():
            CallReport.objects.create(
                page=page,
                token=data["token"],
                target=data["target"],
                target_name=names[data["target"]][:200],
                outcome=data["outcome"],
            )
    except IntegrityError:
        pass  # already reported from this page view
    query = {"reported": data["target"]}
    if lookup.zip_code:
        query = {"zip": lookup.zip_code, **query}
    return see_other(f"{page.get_url(request)}?{urlencode(query)}#call-{data['target']}")
