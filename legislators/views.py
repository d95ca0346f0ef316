"""What LetterPage and CallScriptPage do with a visitor's request (their `serve` methods call these)."""

from django.db import IntegrityError, transaction
from django.template.response import TemplateResponse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from core.http import see_other
from core.ratelimit import rate_limit
from legislators.duplicates import call_fingerprints, letter_fingerprint
from legislators.forms import CallReportForm, LetterForm
from legislators.letters import fill, script_blocks, values_for
from legislators.lookup import DistrictChoice, LookupResult, find_legislators
from legislators.models.actions import CallReport, LetterWritten
from legislators.placeholders import fill_placeholders, member_values, supporter_values
from newsletter.subscriptions import request_subscription


def _render(page, request, status=200, **extra):
    context = page.get_context(request)
    context.update(extra)
    return TemplateResponse(request, page.get_template(request), context, status=status)


def _choice(page, lookup, params):
    value = params.get("district", "")
    return DistrictChoice(lookup, value if isinstance(value, str) else "", page.recipients)


# --- Letters -----------------------------------------------------------------


# Each client may post LEGISLATORS_RATE_LIMIT (e.g. "30/h") letter forms, and as many call reports.
@rate_limit("legislators:letter", "LEGISLATORS_RATE_LIMIT")
def serve_letter_page(page, request):
    if request.method == "POST":
        return _write_letters(page, request)
    lookup = find_legislators(request.GET.get("zip", ""))
    choice = _choice(page, lookup, request.GET)
    members = choice.members() if lookup.found else []
    form = None
    previews = []
    if members and not choice.pending:
        form = LetterForm(initial={"zip": lookup.zip_code, "district": choice.value if choice.needed else ""})
        # The letter as it will be sent, per member, with the supporter's blanks still to fill.
        supporter = supporter_values(zip_code=lookup.zip_code)
        previews = [_letter(page, member, supporter) for member in members]
    return _render(
        page,
        request,
        status=_lookup_status(lookup),
        lookup=lookup,
        choice=choice,
        members=members,
        form=form,
        previews=previews,
    )


def _letter(page, member, supporter, note=""):
    values = {**supporter, **values_for(member)}
    return {
        "member": member,
        "subject": fill_placeholders(page.subject, values),
        "paragraphs": fill(page.letter, values, note),
    }


def _write_letters(page, request):
    form = LetterForm(request.POST)
    lookup = find_legislators(request.POST.get("zip", ""))
    choice = _choice(page, lookup, request.POST)
    members = choice.members() if lookup.found else []
    if form.is_valid() and (not members or choice.pending):
        form.add_error(
            "zip",
            _("Choose your district above first.")
            if choice.pending
            else _("We found no member of Congress to write to for this ZIP code."),
        )
    if not form.is_valid():
        return _render(page, request, status=400, lookup=lookup, choice=choice, members=members, form=form)

    data = form.cleaned_data
    supporter = supporter_values(data["name"], data["email"], data["city"], data["zip"])
    letters = [_letter(page, member, supporter, data["note"]) for member in members]
    _count_letters(page, data, len(letters))
    if data["consent"]:
        # "Tell me how the campaign goes" starts the email list's double opt-in: a confirmation email first.
        request_subscription(data["email"], data["name"], data["zip"])
    return _render(
        page,
        request,
        lookup=lookup,
        choice=choice,
        members=members,
        letters=letters,
        supporter_name=data["name"],
        confirm_email=data["consent"],
    )


def _count_letters(page, data, letters):
    consent = data["consent"]
    record = LetterWritten(page=page, fingerprint=letter_fingerprint(page, data), letters=letters, consent=consent)
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
        pass  # the same supporter's form sent again today (a reload, a second click): already counted


def _lookup_status(lookup):
    """A malformed ZIP is invalid input (400); a well-formed ZIP we cannot place is an honest answer (200)."""
    return 400 if lookup.status == LookupResult.MALFORMED else 200


# --- Calls -------------------------------------------------------------------


# On a phone, the nearest local offices are shown and the rest folded away.
NEAREST_OFFICES = 2


@rate_limit("legislators:call", "LEGISLATORS_RATE_LIMIT")
def serve_call_page(page, request):
    if request.method == "POST":
        return _report_call(page, request)
    lookup = find_legislators(request.GET.get("zip", ""))
    reported = request.GET.get("reported", "")
    choice = _choice(page, lookup, request.GET)
    return _render_call_page(page, request, lookup, choice, status=_lookup_status(lookup), reported=reported)


def _render_call_page(page, request, lookup, choice, status=200, **extra):
    supporter = supporter_values(zip_code=lookup.zip_code)
    members = choice.members() if lookup.found else []
    uncertain = choice.uncertain()
    # While the district is not chosen (or not known), its possible representatives are folded away.
    folded = {m.pk for m in members if not m.is_senator} if choice.pending else set()
    calls = []
    for member in [*members, *uncertain]:
        offices = sorted(member.local_offices, key=lambda office: _distance(office.zip_code, lookup.zip_code))
        calls.append(
            {
                "key": member.bioguide_id,
                "member": member,
                "nearest_offices": offices[:NEAREST_OFFICES],
                "more_offices": offices[NEAREST_OFFICES:],
                "dc_offices": member.dc_offices,
                "folded": member.pk in folded or member in uncertain,
                "script": script_blocks(fill_placeholders(page.script, {**supporter, **values_for(member)})),
            }
        )
    targets = [
        {
            "key": target.target_key,
            "target": target,
            "script": script_blocks(
                fill_placeholders(
                    target.script or page.script, {**supporter, **member_values(target.title, target.name)}
                )
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
        choice=choice,
        calls=calls,
        targets=targets,
        tally=tally,
        total_calls=total,
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
    choice = _choice(page, lookup, request.POST)
    names = {member.bioguide_id: member.full_name for member in lookup.legislators(page.recipients)}
    names.update({target.target_key: target.name for target in page.targets.all()})
    if form.is_valid() and form.cleaned_data["target"] not in names:
        form.add_error("target", _("We could not tell whom you called. Please look up your ZIP code again."))
    if not form.is_valid():
        return _render_call_page(page, request, lookup, choice, status=400, report_form=form)

    data = form.cleaned_data
    current, previous = call_fingerprints(page, request, data["target"], data["outcome"])
    if not CallReport.objects.filter(page=page, fingerprint__in=[current, previous]).exists():
        try:
            with transaction.atomic():
                CallReport.objects.create(
                    page=page,
                    fingerprint=current,
                    target=data["target"],
                    target_name=names[data["target"]][:200],
                    outcome=data["outcome"],
                )
        except IntegrityError:
            pass  # the same report sent twice at once (a double click): counted once
    query = {"reported": data["target"]}
    if lookup.zip_code:
        query = {
            "zip": lookup.zip_code,
            **({"district": choice.value} if choice.needed and choice.value else {}),
            **query,
        }
    return see_other(f"{page.get_url(request)}?{urlencode(query)}#call-{data['target']}")
