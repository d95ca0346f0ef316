import datetime

import pytest
from django.utils import timezone

from campaigns.factories import PetitionPageFactory, SignatureFactory
from campaigns.models import Signature

GOOD = {"name": "Ana Pérez", "email": "ana@example.org", "postal_code": "02130", "keep_updated": ""}


def sign(client, petition, **fields):
    data = {**GOOD, **fields}
    return client.post(petition.url, {k: v for k, v in data.items() if v is not None})


@pytest.mark.django_db
def test_first_signature_is_stored_and_thanked_with_share_links(client, petition):
    response = sign(client, petition)

    assert response.status_code == 303
    assert response["Location"] == petition.url + "thanks/"
    signature = Signature.objects.get()
    assert (signature.name, signature.email, signature.postal_code) == ("Ana Pérez", "ana@example.org", "02130")
    assert signature.kind == "individual"
    assert signature.keep_updated is False
    thanks = client.get(response["Location"]).content.decode()
    assert "Thank you for signing" in thanks
    assert "1 signature so far." in thanks
    assert "https://wa.me/?text=" in thanks


@pytest.mark.django_db
def test_thanks_step_suggests_the_campaigns_other_actions(client, petition, campaign):
    other = PetitionPageFactory(parent=campaign, title="Tell your mayor")
    html = client.get(petition.url + "thanks/").content.decode()
    assert "more actions in this campaign" in html
    assert f'href="{other.url}"' in html


@pytest.mark.django_db
def test_keep_me_updated_is_stored_only_when_ticked(client, petition):
    sign(client, petition, keep_updated="on")
    assert Signature.objects.get().keep_updated is True


@pytest.mark.django_db
def test_signing_again_with_the_same_email_counts_once(client, petition):
    first = sign(client, petition)

    again = sign(client, petition, email="  ANA@Example.ORG ", name="Ana P.")

    # No enumeration: the repeat gets the first one's answer, byte for byte, headers included.
    assert (again.status_code, again["Location"], again.content) == (
        first.status_code,
        first["Location"],
        first.content,
    )
    assert sorted(again.cookies) == sorted(first.cookies)
    assert Signature.objects.count() == 1
    assert Signature.objects.get().name == "Ana Pérez"


@pytest.mark.django_db
def test_same_email_may_sign_different_petitions(client, petition, campaign):
    other = PetitionPageFactory(parent=campaign)
    sign(client, petition)
    sign(client, other)
    assert Signature.objects.count() == 2


@pytest.mark.django_db
def test_only_the_fields_the_petition_asks_for_are_stored(client, petition):
    petition.ask_postal_code = False
    petition.save_revision().publish()

    sign(client, petition, city="Springfield", comment="Hello", state="IL")

    signature = Signature.objects.get()
    assert (signature.postal_code, signature.city, signature.state, signature.comment) == ("", "", "", "")
    assert not any("ip" in field.name.split("_") for field in Signature._meta.fields)


@pytest.mark.django_db
def test_comment_and_city_when_asked(client, petition):
    petition.ask_city = petition.ask_comment = True
    petition.save_revision().publish()
    sign(client, petition, city="Boston", state="MA", comment="For my neighbours & friends.")
    signature = Signature.objects.get()
    assert (signature.city, signature.state, signature.comment) == ("Boston", "MA", "For my neighbours & friends.")


@pytest.mark.django_db
def test_organisations_sign_a_letter_and_are_listed_separately(client, campaign):
    letter = PetitionPageFactory(parent=campaign, sign_on_mode="both", title="Sign-on letter")
    client.post(letter.url, {"name": "Luz", "email": "luz@example.org", "postal_code": "60601"})

    response = client.post(
        letter.url,
        {
            "kind": "organisation",
            "org-organisation": "Casa del Pueblo <Unidos>",
            "org-name": "María López",
            "org-email": "maria@casa.example.org",
            "org-city": "Chicago",
            "org-state": "IL",
        },
    )

    assert response.status_code == 400  # the organisation name contains markup-like text
    response = client.post(
        letter.url,
        {
            "kind": "organisation",
            "org-organisation": "Casa del Pueblo & Friends",
            "org-name": "María López",
            "org-email": "maria@casa.example.org",
            "org-city": "Chicago",
            "org-state": "IL",
        },
    )
    assert response.status_code == 303
    organisation = Signature.objects.get(kind="organisation")
    assert (organisation.organisation, organisation.name, organisation.city) == (
        "Casa del Pueblo & Friends",
        "María López",
        "Chicago",
    )
    html = client.get(letter.url).content.decode()
    assert "1 person has signed and 1 organisation." in html  # counted at once...
    assert "Casa del Pueblo" not in html  # ...but named in public only once staff approve it
    organisation.approved = True
    organisation.save()
    html = client.get(letter.url).content.decode()
    assert '<h2 id="organisations-heading">Organisations that have signed</h2>' in html
    assert "<strong>Casa del Pueblo &amp; Friends</strong> — Chicago, IL" in html
    # Individuals are counted, never listed.
    assert "Luz" not in html
    assert html.count('class="signature-form"') == 2


@pytest.mark.django_db
def test_organisation_only_letter_refuses_individual_signatures(client, campaign):
    letter = PetitionPageFactory(parent=campaign, sign_on_mode="organisations")
    response = client.post(letter.url, {"kind": "individual", **GOOD})
    assert response.status_code == 400
    assert "does not take that kind of signature" in response.content.decode()
    assert Signature.objects.count() == 0


@pytest.mark.django_db
def test_closed_petition_shows_no_form_and_refuses_signatures(client, petition):
    petition.closing_date = timezone.localdate() - datetime.timedelta(days=1)
    petition.save_revision().publish()

    page = client.get(petition.url).content.decode()
    response = sign(client, petition)

    assert "This petition is closed" in page
    assert 'class="signature-form"' not in page
    assert response.status_code == 400
    assert "closed to new signatures" in response.content.decode()
    assert Signature.objects.count() == 0


@pytest.mark.django_db
def test_petition_closing_today_still_takes_signatures(client, petition):
    petition.closing_date = timezone.localdate()
    petition.save_revision().publish()
    assert sign(client, petition).status_code == 303


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("fields", "field_in_error", "message"),
    [
        ({"email": None}, "email", "This field is required."),
        ({"email": ""}, "email", "This field is required."),
        ({"email": "not-an-email"}, "email", "Enter a valid email address."),
        ({"email": "a@b@example.org"}, "email", "Enter a valid email address."),
        ({"email": "x" * 300 + "@example.org"}, "email", "at most 254 characters"),
        ({"name": "A" * 10_000}, "name", "at most 200 characters"),
        ({"name": ""}, "name", "This field is required."),
        ({"name": "<script>alert(1)</script>"}, "name", "without HTML tags"),
        ({"name": "<img src=x onerror=alert(1)>"}, "name", "without HTML tags"),
        ({"name": "Ana\x00Pérez"}, "name", "Null characters are not allowed."),
        ({"postal_code": "<b>02130</b>"}, "postal_code", "without HTML tags"),
        ({"postal_code": "!!!"}, "postal_code", "Enter a ZIP or postal code"),
    ],
)
def test_bad_input_gets_the_form_back_with_a_message_and_a_400(client, petition, fields, field_in_error, message):
    response = sign(client, petition, **fields)

    html = response.content.decode()
    assert response.status_code == 400
    assert "Please correct the errors below." in html
    assert message in html
    assert f'id="id_{field_in_error}-error"' in html
    assert f'aria-describedby="id_{field_in_error}-error"' in html
    assert "<script>alert(1)</script>" not in html
    assert "<img src=x" not in html
    assert Signature.objects.count() == 0


@pytest.mark.django_db
def test_markup_in_the_comment_is_refused_and_escaped_when_shown_back(client, petition):
    petition.ask_comment = True
    petition.save_revision().publish()
    response = sign(client, petition, comment='<script>alert("x")</script>')
    html = response.content.decode()
    assert response.status_code == 400
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert '<script>alert("x")</script>' not in html


@pytest.mark.django_db
def test_text_that_only_looks_odd_is_stored_as_text_and_escaped(client, petition, admin_client):
    assert sign(client, petition, name='Tom & Jerry <3 "quoted"').status_code == 303
    signature = Signature.objects.get()
    assert signature.name == 'Tom & Jerry <3 "quoted"'
    listing = admin_client.get("/admin/signatures/").content.decode()
    assert "Tom &amp; Jerry &lt;3 &quot;quoted&quot;" in listing


@pytest.mark.django_db
def test_ugly_requests_never_500(client, petition):
    assert client.post(petition.url, {"kind": "nonsense"}).status_code == 400
    assert client.post(petition.url, {}).status_code == 400
    assert client.post(petition.url, {"name": ["a", "b"], "email": ["x@y.org", "z"]}).status_code in (303, 400)
    assert client.post(petition.url, "garbage", content_type="application/json").status_code == 400
    assert client.put(petition.url).status_code == 405
    assert client.post(petition.url + "thanks/").status_code == 405
    assert client.get(petition.url + "nope/").status_code == 404


@pytest.mark.django_db
def test_honeypot_filled_by_a_bot_is_thanked_but_not_stored(client, petition):
    response = sign(client, petition, website="http://spam.example")
    assert response.status_code == 303
    assert Signature.objects.count() == 0


@pytest.mark.django_db
def test_rate_limit_per_address_answers_429(client, petition, settings):
    settings.CAMPAIGNS_RATE_LIMIT = (3, 60)
    for n in range(3):
        assert sign(client, petition, email=f"p{n}@example.org").status_code == 303
    blocked = sign(client, petition, email="p4@example.org")
    assert blocked.status_code == 429
    assert "Too many attempts" in blocked.content.decode()
    # Another address is not affected.
    other = client.post(petition.url, {**GOOD, "email": "p5@example.org"}, REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 303
    assert Signature.objects.count() == 4


@pytest.mark.django_db
def test_rate_limit_key_does_not_contain_the_address(rf, settings):
    from core.ratelimit import client_fingerprint

    request = rf.post("/", REMOTE_ADDR="203.0.113.7")
    assert "203.0.113.7" not in client_fingerprint(request)


@pytest.mark.django_db
def test_duplicate_signature_race_is_caught_by_the_constraint(petition):
    from django.db import IntegrityError, transaction

    SignatureFactory(petition=petition, email="dup@example.org")
    with pytest.raises(IntegrityError), transaction.atomic():
        SignatureFactory(petition=petition, email=" DUP@example.org")


@pytest.mark.django_db
def test_both_languages_of_a_petition_share_one_count_and_one_signature_per_email(client, petition, spanish_home):
    from home.demo_tools import ensure_translation

    spanish = petition.locale.__class__.objects.get(language_code="es")
    index_es = ensure_translation(petition.get_parent().get_parent().specific, spanish, slug="campanas")
    campaign_es = ensure_translation(petition.get_parent().specific, spanish, slug="liberenlos")
    petition_es = ensure_translation(petition, spanish, slug="suspendan", title="Suspendan")
    assert index_es.live and campaign_es.live

    sign(client, petition)
    again = client.post(petition_es.url, {**GOOD, "email": "Ana@example.org"})
    sign(client, petition_es, email="luis@example.org", name="Luis")

    assert again.status_code == 303 and again["Location"] == petition_es.url + "thanks/"
    assert Signature.objects.filter(petition=petition).count() == 2
    assert Signature.objects.filter(petition=petition_es).count() == 0
    # Each signature keeps the language of the version signed (the first answer stays as it was).
    languages = dict(Signature.objects.values_list("email", "language"))
    assert languages == {"ana@example.org": "en", "luis@example.org": "es"}
    html = client.get(petition_es.url).content.decode()
    assert "2 personas han firmado." in html
    assert 'lang="es"' in html and "Firme la petición" in html


@pytest.mark.django_db
def test_the_public_list_of_organisations_is_paginated(client, campaign):
    from campaigns.factories import SignatureFactory
    from campaigns.models.petition import ORGANISATIONS_PER_PAGE

    letter = PetitionPageFactory(parent=campaign, sign_on_mode="organisations", title="Letter")
    for number in range(ORGANISATIONS_PER_PAGE + 1):
        SignatureFactory(petition=letter, kind="organisation", organisation=f"Group {number:03d}", approved=True)
    SignatureFactory(petition=letter, kind="organisation", organisation="Visit evil.example now")

    first = client.get(letter.url).content.decode()
    second = client.get(letter.url, {"page": 2}).content.decode()
    assert first.count("<strong>Group ") == ORGANISATIONS_PER_PAGE and 'rel="next"' in first
    assert second.count("<strong>Group ") == 1 and "Group 050" in second
    assert "evil.example" not in first + second
    assert f"{ORGANISATIONS_PER_PAGE + 2} organisations have signed." in first  # the unapproved one counts


@pytest.mark.django_db
def test_the_empty_form_follows_the_petitions_questions_and_the_language(client, petition, spanish_home, locales):
    """The empty form's HTML is kept per process (core.forms): what it shows must still follow the petition."""
    from home.demo_tools import ensure_translation

    before = client.get(petition.url).content.decode()
    assert 'name="postal_code"' in before and 'name="comment"' not in before

    petition.ask_comment = True
    petition.save_revision().publish()
    after = client.get(petition.url).content.decode()
    assert 'name="comment"' in after

    ensure_translation(petition.get_parent().get_parent().specific, locales[1], title="Campañas", slug="campanas")
    ensure_translation(petition.get_parent().specific, locales[1], title="#LibérenlosATodos", slug="liberenlos")
    petition_es = ensure_translation(petition, locales[1], title="Suspendan las deportaciones")
    spanish = client.get(petition_es.url).content.decode()
    assert "Nombre completo" in spanish and "Full name" not in spanish
