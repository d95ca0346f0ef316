import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings

from legislators.factories import CallTargetFactory
from legislators.models import CallReport, CallScriptPage

pytestmark = pytest.mark.django_db

WARREN = "W000817"


@pytest.fixture
def call_page_with_bills(call_page):
    call_page.bills = [
        ("bill", {"name": "GRACE Act", "house_number": "H.R. 2146", "senate_number": "S.1088", "summary": "A floor."}),
        ("bill", {"name": "NO BAN Act", "house_number": "H.R. 2214", "senate_number": "S.1123", "summary": ""}),
    ]
    call_page.save_revision().publish()
    CallTargetFactory(page=call_page, name="Massachusetts State House", title="State Senator", script="Hi {title}.")
    return call_page


def report(target=WARREN, outcome=CallReport.REACHED_STAFF, zip_code="02139"):
    return {"target": target, "outcome": outcome, "zip": zip_code}


def test_local_offices_come_first_as_tel_links_then_dc(client, call_page):
    html = client.get(call_page.url, {"zip": "02139"}).content.decode()
    start = html.index(f'id="call-{WARREN}"')
    card = html[start : html.index('id="call-', start + 1)]
    local = card.index("Local offices (call these first)")
    dc = card.index("Washington, DC office")
    assert local < dc
    # Boston (02203) is nearer Cambridge than Springfield (01103), so it comes first; Washington last.
    boston, springfield = card.index('href="tel:+16175653170"'), card.index('href="tel:+14137882690"')
    assert local < boston < springfield < dc
    assert card.index('href="tel:+12022244543"') > dc


def test_script_is_personalised_per_member(client, call_page):
    html = client.get(call_page.url, {"zip": "60601"}).content.decode()
    assert "I am calling Senator Tammy Duckworth." in html
    assert "Hello, my name is [your name] and I live in 60601." in html
    assert html.count('class="card call"') == 3


def test_bills_and_custom_targets_are_shown_even_before_a_zip(client, call_page_with_bills):
    html = client.get(call_page_with_bills.url).content.decode()
    assert "GRACE Act" in html and "H.R. 2146 / S.1088" in html
    assert "NO BAN Act" in html and "H.R. 2214 / S.1123" in html
    assert "State Senator: Massachusetts State House" in html
    assert 'href="tel:+16177222000"' in html
    assert "Hi State Senator." in html


def test_dc_shows_the_delegate_only(client, call_page):
    html = client.get(call_page.url, {"zip": "20001"}).content.decode()
    assert html.count('class="card call"') == 1
    assert "Delegate Eleanor Holmes Norton" in html
    assert "has no senators" in html


def test_reporting_a_call_redirects_and_counts_it(client, call_page):
    response = client.post(call_page.url, report())
    assert response.status_code == 303
    assert response["Location"] == f"{call_page.url}?zip=02139&reported={WARREN}#call-{WARREN}"
    saved = CallReport.objects.get()
    assert (saved.target, saved.target_name, saved.outcome) == (WARREN, "Elizabeth Warren", "reached_staff")
    html = client.get(response["Location"]).content.decode()
    assert "Thank you! Your call is counted." in html
    assert "Supporters have reported 1 call." in html
    assert "Reached staff: <strong>1</strong>" in html


def test_the_same_report_sent_twice_counts_once(client, call_page):
    data = report()
    client.post(call_page.url, data)
    assert client.post(call_page.url, data).status_code == 303
    assert CallReport.objects.count() == 1
    # The same page view may report a call to each member.
    client.post(call_page.url, {**data, "target": "M000133", "outcome": CallReport.VOICEMAIL})
    assert CallReport.objects.count() == 2
    assert call_page.call_tally() == ([("Reached staff", 1), ("Left a voicemail", 1), ("Could not get through", 0)], 2)


def test_reporting_a_call_to_a_custom_target(client, call_page_with_bills):
    target = call_page_with_bills.targets.get()
    response = client.post(call_page_with_bills.url, report(target=target.target_key, zip_code=""))
    assert response.status_code == 303
    assert CallReport.objects.get().target_name == "Massachusetts State House"


@pytest.mark.parametrize(
    "data",
    [
        report(outcome="cried"),
        report(outcome=""),
        report(target="X000000"),  # not a member for this ZIP
        report(target="W000817", zip_code="60601"),  # Warren does not represent Chicago
        report(zip_code="<script>"),
        {"outcome": "voicemail"},
        {},
    ],
)
def test_invalid_reports_are_400_and_store_nothing(client, call_page, data):
    response = client.post(call_page.url, data)
    assert response.status_code == 400
    assert "We could not record your call" in response.content.decode()
    assert CallReport.objects.count() == 0


@override_settings(LEGISLATORS_RATE_LIMIT="2/m")
def test_too_many_reports_get_a_429(client, call_page):
    outcomes = [CallReport.REACHED_STAFF, CallReport.VOICEMAIL, CallReport.NO_ANSWER]
    statuses = [client.post(call_page.url, report(outcome=outcome)).status_code for outcome in outcomes]
    assert statuses == [303, 303, 429]
    assert CallReport.objects.count() == 2


def test_report_stores_no_personal_data():
    fields = {field.name for field in CallReport._meta.get_fields()}
    assert fields == {"id", "page", "fingerprint", "target", "target_name", "outcome", "created_at"}


def test_a_constant_number_of_queries_whatever_the_zip(client, call_page_with_bills):
    client.get(call_page_with_bills.url, {"zip": "60601"})
    counts = []
    for zip_code in ("60601", "02139", "30165"):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(call_page_with_bills.url, {"zip": zip_code})
        assert response.status_code == 200
        counts.append(len(queries))
    assert len(set(counts)) == 1, counts


def test_page_type_rules():
    assert CallScriptPage.parent_page_types == ["campaigns.CampaignPage"]
    assert CallScriptPage.subpage_types == []


def test_two_supporters_posting_the_same_cached_form_are_both_counted(client, call_page):
    """The page is cached and shared: nothing in its form tells supporters apart, and none is needed."""
    form_html = client.get(call_page.url, {"zip": "02139"}).content.decode()
    assert 'name="token"' not in form_html
    client.post(call_page.url, report(), REMOTE_ADDR="203.0.113.1")
    client.post(call_page.url, report(), REMOTE_ADDR="203.0.113.2")
    assert CallReport.objects.count() == 2
    client.post(call_page.url, report(), REMOTE_ADDR="203.0.113.2")  # the second supporter's double click
    assert CallReport.objects.count() == 2


def test_a_split_zip_asks_for_the_district_and_folds_the_candidates(client, call_page):
    html = client.get(call_page.url, {"zip": "10001"}).content.decode()
    assert "Which district do you live in?" in html
    assert 'value="NY-10"' in html and 'value="NY-12"' in html and 'value="unsure"' in html
    assert html.count('class="call__folded"') == 2  # both possible representatives, folded away
    chosen = client.get(call_page.url, {"zip": "10001", "district": "NY-12"}).content.decode()
    assert 'class="call__folded"' not in chosen
    assert chosen.count('class="card call"') == 3
    assert "Nadler" in chosen and "Goldman" not in chosen.split('class="calls"')[1]


def test_the_script_shows_bullets_as_a_list_and_one_thank_you(client, call_page):
    call_page.script = "Hello {title} {last_name}.\n\n- the GRACE Act;\n- the NO BAN Act.\n\nThank you."
    call_page.thank_you = "Thank you for calling!"
    call_page.save_revision().publish()
    html = client.get(call_page.url, {"zip": "02139", "reported": WARREN}).content.decode()
    assert "<ul><li>the GRACE Act;</li><li>the NO BAN Act.</li></ul>" in html
    assert "- the GRACE Act" not in html
    card = html[html.index(f'id="call-{WARREN}"') :]
    assert "Your call is counted. Thank you for calling!" in card
    assert "Thank you! Your call is counted." not in html


def test_a_script_with_an_unknown_placeholder_is_refused(call_page):
    from django.core.exceptions import ValidationError

    call_page.script = "Hi {title} {lastname}, I am [Your Name]."
    with pytest.raises(ValidationError) as refused:
        call_page.full_clean()
    messages = " ".join(refused.value.message_dict["script"])
    assert "Did you mean {last_name}?" in messages and "Did you mean {name}?" in messages


def test_the_duplicate_checks_hashes_are_blanked_by_the_purge(client, call_page, letter_page):
    import datetime

    from django.utils import timezone

    from legislators.models import LetterWritten
    from legislators.personal_data import purge

    client.post(call_page.url, report())
    client.post(letter_page.url, {"name": "Ana", "city": "Cambridge", "zip": "60601"})
    assert CallReport.objects.get().fingerprint and LetterWritten.objects.get().fingerprint
    purge(timezone.now())  # a day old: still needed
    assert CallReport.objects.get().fingerprint
    purge(timezone.now() + datetime.timedelta(days=3))
    assert CallReport.objects.get().fingerprint == "" and LetterWritten.objects.get().fingerprint == ""
    assert LetterWritten.objects.get().letters == 3  # still counted


def test_the_call_page_is_the_same_for_every_visitor(client, call_page):
    first = client.get(call_page.url, {"zip": "02139", "district": "MA-7"}).content.decode()
    second = client.get(call_page.url, {"zip": "02139", "district": "MA-7"}).content.decode()
    assert first == second
