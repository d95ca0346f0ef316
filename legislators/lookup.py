"""Who represents a ZIP code: every (state, district) it touches, with that state's senators and each
district's representative, and a plain-language note whenever the answer is not simply "2 + 1".

Runs a constant number of queries (at most four) whatever the ZIP code.
"""

from dataclasses import dataclass, field

from django.db.models import Count, Max, Q
from django.utils.translation import gettext as _

from core.normalise import normalise_zip
from legislators.models.congress import Legislator, ZipDistrict
from legislators.states import STATE_NAMES, TERRITORIES, territory_for_zip

# A ZIP missing from the ZCTA table is placed in a state only when that state holds this share of its prefix.
PREFIX_MAJORITY = 0.8
# ZIP codes are given out upwards within a 3-digit area: a PO box ZIP sits near the residential ones (Ketchikan's
# 99950 is 21 past the highest Alaskan ZCTA); one far past them is a typo or no ZIP code at all.
PREFIX_MARGIN = 30

BOTH, SENATORS, REPRESENTATIVE = "both", "senators", "representative"


@dataclass
class DistrictResult:
    state: str
    number: int
    representative: Legislator | None = None

    @property
    def label(self):
        if self.state in TERRITORIES:
            return self.state
        return f"{self.state}-{self.number}" if self.number else f"{self.state}-AL"

    @property
    def is_at_large(self):
        return self.number == 0 and self.state not in TERRITORIES

    @property
    def office_cities(self):
        """Where the representative has local offices: the only places the data ties to a district."""
        if self.representative is None:
            return []
        return sorted({office.city for office in self.representative.local_offices if office.city})


@dataclass
class StateResult:
    code: str
    senators: list = field(default_factory=list)
    districts: list = field(default_factory=list)

    @property
    def name(self):
        return STATE_NAMES.get(self.code, self.code)

    @property
    def has_senators(self):
        return self.code not in TERRITORIES


@dataclass
class LookupResult:
    EMPTY, MALFORMED, UNKNOWN, STATE_ONLY, FOUND = "empty", "malformed", "unknown", "state_only", "found"

    status: str
    zip_code: str = ""
    states: list = field(default_factory=list)
    notes: list = field(default_factory=list)

    @property
    def found(self):
        return self.status in (self.FOUND, self.STATE_ONLY)

    @property
    def is_error(self):
        return self.status in (self.MALFORMED, self.UNKNOWN)

    @property
    def senators(self):
        return [senator for state in self.states for senator in state.senators]

    @property
    def representatives(self):
        return [d.representative for state in self.states for d in state.districts if d.representative]

    def legislators(self, who=BOTH):
        """Senators first, then representatives, state by state; `who` keeps only one chamber."""
        members = []
        for state in self.states:
            if who in (BOTH, SENATORS):
                members.extend(state.senators)
            if who in (BOTH, REPRESENTATIVE):
                members.extend(d.representative for d in state.districts if d.representative)
        return members


UNSURE = "unsure"


@dataclass
class DistrictChoice:
    """For a ZIP code that several districts (or states) share: which one the supporter says is theirs.

    `value` is a district label from the candidates ("MA-7"), UNSURE, or empty (not asked yet). A supporter who is
    not sure writes only to the members who are certainly theirs; the others are listed, not written to.
    """

    lookup: LookupResult
    value: str = ""
    who: str = BOTH

    @property
    def candidates(self):
        return [district for state in self.lookup.states for district in state.districts]

    @property
    def needed(self):
        if not self.lookup.found:
            return False
        if len(self.lookup.states) > 1:
            return True
        return self.who != SENATORS and len(self.candidates) > 1

    @property
    def chosen(self):
        if not self.needed:
            return None
        return next((d for d in self.candidates if d.label == self.value), None)

    @property
    def unsure(self):
        return self.needed and self.value == UNSURE

    @property
    def pending(self):
        return self.needed and self.chosen is None and not self.unsure

    def members(self):
        """The members to write to or call: every one when the ZIP is simple or the choice is pending (to list
        them), the chosen district's when chosen, and only those certainly the supporter's when unsure."""
        if not self.needed or self.pending:
            return self.lookup.legislators(self.who)
        chosen = self.chosen
        if chosen is not None:
            state = next(state for state in self.lookup.states if state.code == chosen.state)
            members = list(state.senators) if self.who in (BOTH, SENATORS) else []
            if self.who in (BOTH, REPRESENTATIVE) and chosen.representative:
                members.append(chosen.representative)
            return members
        if len(self.lookup.states) == 1 and self.who in (BOTH, SENATORS):
            return list(self.lookup.states[0].senators)
        return []

    def uncertain(self):
        """When unsure: the members who may or may not be the supporter's."""
        if not self.unsure:
            return []
        certain = {member.pk for member in self.members()}
        return [member for member in self.lookup.legislators(self.who) if member.pk not in certain]


def find_legislators(raw):
    if raw is None or not str(raw).strip():
        return LookupResult(LookupResult.EMPTY)
    zip_code = normalise_zip(raw)
    if zip_code is None:
        return LookupResult(
            LookupResult.MALFORMED,
            notes=[
                _(
                    "Please enter a 5-digit ZIP code, for example 02139. A ZIP+4 code such as 02139-4307 works too; "
                    "keep any leading zero."
                )
            ],
        )

    pairs = sorted(set(ZipDistrict.objects.filter(zip_code=zip_code).values_list("state", "district")))
    status = LookupResult.FOUND
    if not pairs:
        territory = territory_for_zip(zip_code)
        if territory:
            pairs = [(territory, 0)]
        else:
            state = _state_for_prefix(zip_code)
            if state is None:
                return LookupResult(
                    LookupResult.UNKNOWN,
                    zip_code=zip_code,
                    notes=[
                        _(
                            "We could not find ZIP code %(zip)s. Please check it. If it is right, it may be a PO box "
                            "or business ZIP code: try the ZIP code of your home address."
                        )
                        % {"zip": zip_code}
                    ],
                )
            return _state_only(zip_code, state)

    states = {}
    for state, district in pairs:
        states.setdefault(state, StateResult(state)).districts.append(DistrictResult(state, district))
    result = LookupResult(status, zip_code=zip_code, states=list(states.values()))
    _attach_members(result, pairs)
    result.notes.extend(_explain(result))
    return result


def _state_only(zip_code, state):
    """A ZIP missing from the ZCTA table: its state is known from its prefix, its district is not."""
    result = LookupResult(LookupResult.STATE_ONLY, zip_code=zip_code, states=[StateResult(state)])
    # Asking for the at-large seat too costs nothing and settles states with a single House seat.
    _attach_members(result, [(state, 0)])
    at_large = result.states[0].districts[0]
    if at_large.representative is not None:
        result.status = LookupResult.FOUND
        result.notes.append(
            _(
                "ZIP code %(zip)s is not in the Census list of residential ZIP code areas (it may be a PO box or "
                "business ZIP code), but it is in %(state)s, which has a single seat in the House, so these are "
                "your members of Congress."
            )
            % {"zip": zip_code, "state": STATE_NAMES.get(state, state)}
        )
        result.notes.extend(_explain(result))
        return result
    result.states[0].districts = []
    result.notes.append(
        _(
            "ZIP code %(zip)s is not in the Census list of residential ZIP code areas (it may be a PO box or "
            "business ZIP code), so we cannot tell its congressional district. It is in %(state)s, so here are "
            "your senators; enter the ZIP code of your home address to find your representative too."
        )
        % {"zip": zip_code, "state": STATE_NAMES.get(state, state)}
    )
    return result


def _state_for_prefix(zip_code):
    """The state that holds most of the ZIP's 3-digit area, unless the ZIP lies past the area's highest residential
    ZIP code by more than PREFIX_MARGIN (99999 is no Alaskan PO box: it is no ZIP code at all)."""
    counts = list(
        ZipDistrict.objects.filter(zip_code__startswith=zip_code[:3])
        .values("state")
        .annotate(rows=Count("id"), highest=Max("zip_code"))
        .order_by("-rows", "state")
    )
    total = sum(row["rows"] for row in counts)
    if not counts or counts[0]["rows"] < PREFIX_MAJORITY * total:
        return None
    if int(zip_code) > int(max(row["highest"] for row in counts)) + PREFIX_MARGIN:
        return None
    return counts[0]["state"]


def _attach_members(result, pairs):
    """One query for every member (plus one for their offices), whatever the number of candidates."""
    codes = [state.code for state in result.states]
    for state_code, number in pairs:
        state = next(state for state in result.states if state.code == state_code)
        if not any(district.number == number for district in state.districts):
            state.districts.append(DistrictResult(state_code, number))
    condition = Q(chamber=Legislator.SENATE, state__in=codes)
    for state, district in pairs:
        condition |= Q(chamber=Legislator.HOUSE, state=state, district=district)
    members = Legislator.objects.filter(condition).prefetch_related("offices")
    senators, representatives = {}, {}
    for member in members:
        if member.is_senator:
            senators.setdefault(member.state, []).append(member)
        else:
            representatives[(member.state, member.district)] = member
    for state in result.states:
        # Senior senator first, as the Senate lists them.
        state.senators = sorted(senators.get(state.code, []), key=lambda s: (s.state_rank != "senior", s.last_name))
        for district in state.districts:
            district.representative = representatives.get((state.code, district.number))


def _explain(result):
    notes = []
    zip_code = result.zip_code
    if len(result.states) > 1:
        notes.append(
            _(
                "ZIP code %(zip)s crosses a state line: it covers parts of %(states)s. Your senators and "
                "representative depend on the state you live in, so we list the members for each; write to or "
                "call the ones for your address."
            )
            % {"zip": zip_code, "states": _join([state.name for state in result.states])}
        )
    for state in result.states:
        if len(state.districts) > 1:
            notes.append(
                _(
                    "In %(state)s, ZIP code %(zip)s is split between %(count)s congressional districts "
                    "(%(districts)s). We list every representative who may be yours; the House's “Find your "
                    "representative” tool on house.gov can tell from your full address."
                )
                % {
                    "state": state.name,
                    "zip": zip_code,
                    "count": len(state.districts),
                    "districts": _join([d.label for d in state.districts]),
                }
            )
        if state.code == "PR":
            notes.append(
                _(
                    "Puerto Rico has no senators. Its voters elect a resident commissioner to the House of "
                    "Representatives, who serves on committees but cannot vote on the final passage of bills."
                )
            )
        elif state.code in TERRITORIES:
            notes.append(
                _(
                    "%(place)s has no senators. Its voters elect a delegate to the House of Representatives, who "
                    "serves on committees but cannot vote on the final passage of bills."
                )
                % {"place": _capitalise(state.name)}
            )
        elif any(d.is_at_large for d in state.districts):
            notes.append(
                _("%(state)s has a single, at-large seat in the House: one representative serves the whole state.")
                % {"state": state.name}
            )
        if state.has_senators and len(state.senators) < 2:
            notes.append(
                _("One of %(state)s's seats in the Senate is vacant at the moment.") % {"state": state.name}
                if state.senators
                else _("%(state)s's seats in the Senate are vacant at the moment.") % {"state": state.name}
            )
        for district in state.districts:
            if district.representative is None:
                notes.append(
                    _("The House seat for %(seat)s is vacant at the moment; there is no representative to contact.")
                    % {"seat": district.label}
                )
    return notes


def _join(items):
    items = [str(item) for item in items]
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} {_('and')} {items[-1]}"


def _capitalise(text):
    text = str(text)
    return text[:1].upper() + text[1:]
