import re

import pytest
from django.test.utils import override_settings

from legislators.letters import as_stream
from legislators.models import LetterPage, LetterWritten

pytestmark = pytest.mark.django_db


def letter_post(**overrides):
    data = {"name": "Ana Pérez", "email": "", "city": "Cambridge", "zip": "02139", "district": "unsure", "note": ""}
    data.update(overrides)
    return data


@pytest.fixture(autouse=True)
def sample_letter(letter_page):
    letter_page.subject = "From {city}: please act, {title} {last_name}"
    letter_page.letter = as_stream("Dear {title} {legislator},\nI am {name} from {city} ({zip}).\nSincerely,\n{name}")
    letter_page.save_revision().publish()


def test_without_a_zip_the_page_asks_for_one(client, letter_page):
    response = client.get(letter_page.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'name="zip"' in html
    assert "Your letter" not in html


def test_a_zip_lists_the_members_and_offers_the_letter(client, letter_page):
    response = client.get(letter_page.url, {"zip": "60601"})
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('class="member__name"') == 3
    assert "Senator Tammy Duckworth" in html
    assert "House, IL-7" in html
    assert 'class="letter-form"' in html
    # The letter as it will be sent, per member, in words: no placeholder anywhere on the page.
    assert "<p>Dear Senator Tammy Duckworth,</p>" in html
    assert html.count('class="letter-preview card"') == 3
    assert "I am [your name] from [your city or town] (60601)." in html
    assert not re.search(r"\{[a-z_]+\}", html)
    assert "0 letters written so far." in html


def test_cambridge_shows_both_representatives_and_why(client, letter_page):
    html = client.get(letter_page.url, {"zip": "02139-4307"}).content.decode()
    assert "Katherine M. Clark" in html and "Ayanna Pressley" in html
    assert "split between 2 congressional districts (MA-5 and MA-7)" in html


def test_malformed_zip_is_a_400_with_the_message_tied_to_the_field(client, letter_page):
    response = client.get(letter_page.url, {"zip": "0213"})
    html = response.content.decode()
    assert response.status_code == 400
    assert 'aria-describedby="zip-lookup-help zip-lookup-error"' in html
    assert 'id="zip-lookup-error"' in html and "5-digit ZIP code" in html


def test_unknown_zip_says_so(client, letter_page):
    response = client.get(letter_page.url, {"zip": "00000"})
    assert response.status_code == 200
    assert "We could not find ZIP code 00000" in response.content.decode()
    assert 'class="letter-form"' not in response.content.decode()


@pytest.mark.parametrize(
    "params",
    [
        {"zip": "<script>alert(1)</script>"},
        {"zip": "x" * 10_000},
        {"zip": "\x00"},
        {"zip": ["1", "2"]},
        {"zip": "{0}"},
    ],
)
def test_ugly_zip_input_never_fails(client, letter_page, params):
    response = client.get(letter_page.url, params)
    assert response.status_code in (200, 400)
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_posting_shows_one_personalised_letter_per_member(client, letter_page):
    response = client.post(letter_page.url, letter_post())
    html = response.content.decode()
    assert response.status_code == 200
    # Not sure of the district: the two senators only, and the possible representatives named, not written to.
    assert html.count('class="card letter"') == 2
    # Paragraphs, not hard line breaks, so the letter wraps on a phone; the signature is not glued on.
    assert "<p>Dear Senator Elizabeth Warren,</p>\n<p>I am Ana Pérez from Cambridge (02139).</p>" in html
    assert "<p>Sincerely,</p>\n<p>Ana Pérez</p>" in html
    assert "Dear Representative Ayanna Pressley," not in html
    assert "we do not write to these members for you" in html and "Ayanna Pressley (MA-7)" in html
    assert "From Cambridge: please act, Senator Warren" in html
    assert "copy-letter.js" in html and "data-copy-target=" in html
    record = LetterWritten.objects.get()
    assert (record.letters, record.consent, record.name, record.email, record.city, record.zip_code) == (
        2,
        False,
        "",
        "",
        "",
        "",
    )
    assert record.page_id == letter_page.pk


def test_members_without_a_contact_form_link_to_their_website(client, letter_page):
    html = client.post(letter_page.url, letter_post(district="MA-7")).content.decode()
    assert 'href="https://www.warren.senate.gov/?p=email_senator"' in html
    assert "Open Elizabeth Warren's contact form" in html
    # House members publish no contact-form address in the data: their website, where "Contact" is.
    assert 'href="https://pressley.house.gov"' in html
    assert "Go to Ayanna Pressley's website" in html


def test_what_the_supporter_typed_is_escaped(client, letter_page):
    data = letter_post(
        name="<script>alert('x')</script>",
        city="<b>Somerville</b>",
        note="{name} & {city} <img src=x onerror=alert(1)>",
    )
    html = client.post(letter_page.url, data).content.decode()
    assert "<script>alert(" not in html
    assert "<img src=x" not in html
    assert "I am &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; from &lt;b&gt;Somerville&lt;/b&gt;" in html
    # The supporter's own words are kept as typed: never filled in, never HTML.
    assert "<p>{name} &amp; {city} &lt;img src=x onerror=alert(1)&gt;</p>" in html


def test_consent_keeps_only_what_the_form_asked(client, letter_page):
    data = letter_post(consent="on", email="ana@example.org")
    assert client.post(letter_page.url, data).status_code == 200
    record = LetterWritten.objects.get()
    assert (record.consent, record.name, record.email, record.city, record.zip_code) == (
        True,
        "Ana Pérez",
        "ana@example.org",
        "Cambridge",
        "02139",
    )


def test_consent_without_email_is_a_400_tied_to_the_email_field(client, letter_page):
    response = client.post(letter_page.url, letter_post(consent="on"))
    html = response.content.decode()
    assert response.status_code == 400
    assert 'id="letter-email-error"' in html
    assert 'aria-describedby="letter-email-help letter-email-error"' in html
    assert LetterWritten.objects.count() == 0


def test_the_same_form_sent_twice_counts_once(client, letter_page):
    data = letter_post()
    client.post(letter_page.url, data)
    response = client.post(letter_page.url, data)
    assert response.status_code == 200
    assert response.content.decode().count('class="card letter"') == 2
    assert LetterWritten.objects.count() == 1
    assert letter_page.letters_written() == 2


def test_two_supporters_posting_the_same_cached_page_are_both_stored(client, letter_page):
    """Issue 26: the page is cached and shared, so its form carries nothing per visitor."""
    first = client.get(letter_page.url, {"zip": "60601"}).content.decode()
    second = client.get(letter_page.url, {"zip": "60601"}).content.decode()
    assert first == second and 'name="token"' not in first
    client.post(
        letter_page.url, letter_post(zip="60601", district="", name="Ana", consent="on", email="a@example.org")
    )
    client.post(letter_page.url, letter_post(zip="60601", district="", name="Bo", consent="on", email="b@example.org"))
    assert sorted(LetterWritten.objects.values_list("name", flat=True)) == ["Ana", "Bo"]
    # Ana reloading her results (the form sent again) is not counted twice.
    client.post(
        letter_page.url, letter_post(zip="60601", district="", name="Ana", consent="on", email="a@example.org")
    )
    assert LetterWritten.objects.count() == 2
    assert letter_page.letters_written() == 6


@pytest.mark.parametrize(
    "overrides, field",
    [
        ({"name": ""}, "name"),
        ({"city": ""}, "city"),
        ({"email": "not-an-email"}, "email"),
        ({"note": "x" * 2_001}, "note"),
        ({"name": "a\x00b"}, "name"),
    ],
)
def test_invalid_posts_are_400_with_the_field_marked(client, letter_page, overrides, field):
    response = client.post(letter_page.url, letter_post(**overrides))
    assert response.status_code == 400
    assert f'id="letter-{field}-error"' in response.content.decode()
    assert LetterWritten.objects.count() == 0


@pytest.mark.parametrize(
    "overrides, message",
    [
        ({"zip": "abc"}, "Enter a 5-digit ZIP code"),
        ({"zip": "00000"}, "We found no member of Congress"),
        ({"district": ""}, "Choose your district above first."),
    ],
)
def test_a_bad_zip_or_a_missing_district_is_a_400_with_a_message(client, letter_page, overrides, message):
    response = client.post(letter_page.url, letter_post(**overrides))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert LetterWritten.objects.count() == 0


def test_a_post_needs_the_csrf_token(letter_page):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post(letter_page.url, letter_post())
    assert response.status_code == 403


@override_settings(LEGISLATORS_RATE_LIMIT="3/h")
def test_too_many_posts_get_a_429(client, letter_page):
    statuses = [client.post(letter_page.url, letter_post()).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    assert "Too many attempts" in client.post(letter_page.url, letter_post()).content.decode()


def test_recipients_setting_limits_the_letters(client, letter_page):
    letter_page.recipients = "senators"
    letter_page.save()
    html = client.post(letter_page.url, letter_post()).content.decode()
    assert html.count('class="card letter"') == 2
    assert "Ayanna Pressley" not in html


def test_a_constant_number_of_queries_whatever_the_zip(client, letter_page, django_assert_max_num_queries):
    client.get(letter_page.url, {"zip": "60601"})  # warm caches (site root paths)
    counts = []
    for zip_code in ("60601", "02139&district=MA-7", "30165&district=GA-14"):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            client.get(f"{letter_page.url}?zip={zip_code}")
        counts.append(len(queries))
    assert len(set(counts)) == 1, counts
    assert counts[0] <= 25


def test_spanish_titles_follow_the_members_gender(client, letter_page, spanish_home):
    page_es = letter_page.copy_for_translation(spanish_home.locale, copy_parents=True)
    page_es.save_revision().publish()
    html = client.get(page_es.url, {"zip": "02139"}).content.decode()
    assert "Senadora Elizabeth Warren" in html
    assert "Senador Edward J. Markey" in html
    assert "Su código postal" in html
    assert "Demócrata · Senado, Massachusetts" in html and "Democrat" not in html


def test_page_type_rules():
    assert LetterPage.parent_page_types == ["campaigns.CampaignPage"]
    assert LetterPage.subpage_types == []
    assert re.search(r"\{name\}.*\{legislator\}", str(LetterPage._meta.get_field("letter").help_text))


def test_spanish_split_zip_asks_in_spanish_and_names_no_english_tool(client, letter_page, spanish_home):
    page_es = letter_page.copy_for_translation(spanish_home.locale, copy_parents=True)
    page_es.save_revision().publish()
    html = client.get(page_es.url, {"zip": "10001"}).content.decode()
    assert "¿En qué distrito vive?" in html and "No estoy seguro/a" in html
    assert "Find your representative" not in html
    assert "búsqueda de representantes de house.gov (en inglés)" in html
    unknown = client.get(page_es.url, {"zip": "99999"}).content.decode()
    assert "No encontramos el código postal 99999" in unknown and "Alaska" not in unknown
    assert 'class="letter-form"' not in unknown


def test_a_split_zip_needs_a_district_before_the_letter(client, letter_page):
    html = client.get(letter_page.url, {"zip": "02139"}).content.decode()
    assert "Which district do you live in?" in html
    assert "MA-7</strong>: Representative Ayanna Pressley" in html and "local offices in" in html
    assert 'class="letter-form"' not in html
    chosen = client.get(letter_page.url, {"zip": "02139", "district": "MA-7"}).content.decode()
    assert 'class="letter-form"' in chosen and chosen.count('class="letter-preview card"') == 3
    assert "Katherine M. Clark" not in chosen.split('id="write-heading"')[1]


def test_a_chosen_district_writes_as_a_constituent_and_not_sure_does_not(client, letter_page):
    letter_page.letter = as_stream("{dear} {last_name},\nI am your constituent from {city}.\nSincerely,\n{name}")
    letter_page.save_revision().publish()
    chosen = client.post(letter_page.url, letter_post(district="MA-7")).content.decode()
    assert chosen.count("I am your constituent from Cambridge.") == 3
    unsure = client.post(letter_page.url, letter_post(district="unsure", name="Bo")).content.decode()
    letters = unsure[unsure.index('id="letters-heading"') : unsure.index("we do not write to these members")]
    assert "Dear Representative" not in letters  # only the senators, whom every address in 02139 shares
    assert letters.count('class="card letter"') == 2


def test_the_supporters_own_words_come_before_the_closing(client, letter_page):
    html = client.post(letter_page.url, letter_post(note="My son was detained in Burlington.")).content.decode()
    assert (
        "<p>I am Ana Pérez from Cambridge (02139).</p>\n<p>My son was detained in Burlington.</p>\n<p>Sincerely,</p>"
        in html
    )


def test_the_zip_form_leaves_its_messages_to_the_page_not_the_browser(client, letter_page, spanish_home):
    """An English browser on /es/ would say "Please fill out this field": the page's own Spanish message instead."""
    page_es = letter_page.copy_for_translation(spanish_home.locale, copy_parents=True)
    page_es.save_revision().publish()
    html = client.get(page_es.url, {"zip": "0213"}).content.decode()
    assert 'class="zip-form" method="get"' in html and "novalidate" in html.split('class="zip-form"')[1][:120]
    assert "código postal de 5 dígitos" in html
