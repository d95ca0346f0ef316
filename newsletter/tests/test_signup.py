import re

import pytest
from django.core import mail
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext, override_settings

from newsletter.factories import SubscriberFactory
from newsletter.models import Subscriber

GOOD = {"email": "Ana@Example.org ", "name": "Ana", "zip_code": "02130", "language": "en", "website": ""}


@pytest.mark.django_db
def test_footer_form_is_on_every_page_and_costs_no_query(client, home_page, rf):
    html = client.get("/").content.decode()
    footer = html.split('<footer class="site-footer">')[1]
    # No per-visitor token: the page can be cached and shared; the post is checked by its Origin instead.
    assert 'action="/newsletter/signup/"' in footer and 'name="csrfmiddlewaretoken"' not in footer
    assert '<label for="footer-signup-email">Email</label>' in footer
    with CaptureQueriesContext(connection) as queries:
        render_to_string("newsletter/includes/footer_signup.html", {"request": rf.get("/")})
    assert len(queries) == 0


@pytest.mark.django_db
def test_signup_stores_a_pending_subscriber_and_sends_a_confirmation(client, home_page):
    response = client.post("/newsletter/signup/", GOOD)
    assert response.status_code == 302 and response["Location"] == "/newsletter/signup/thanks/"
    subscriber = Subscriber.objects.get()
    assert (subscriber.email, subscriber.name, subscriber.zip_code, subscriber.language, subscriber.status) == (
        "ana@example.org",
        "Ana",
        "02130",
        "en",
        Subscriber.Status.PENDING,
    )
    (message,) = mail.outbox
    assert message.to == ["ana@example.org"]
    assert message.subject == "Confirm your subscription to Take Action Now"
    assert re.search(r"http://testserver/newsletter/confirm/[^/\s]+/", message.body)
    assert message.alternatives[0][1] == "text/html"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message.extra_headers["List-Unsubscribe"].startswith("<http://testserver/newsletter/unsubscribe/")
    assert "Check your email" in client.get(response["Location"]).content.decode()


@pytest.mark.django_db
def test_spanish_signup_gets_spanish_email_and_links(client, spanish_home):
    response = client.post("/es/newsletter/signup/", {**GOOD, "language": "es"})
    assert response["Location"] == "/es/newsletter/signup/thanks/"
    (message,) = mail.outbox
    assert message.subject == "Confirme su suscripción a Actúe ahora"
    assert "http://testserver/es/newsletter/confirm/" in message.body


@pytest.mark.parametrize(
    ("data", "field", "text"),
    [
        ({**GOOD, "email": "not-an-email"}, "email", "Enter an email address like name@example.org."),
        ({**GOOD, "email": ""}, "email", "Enter your email address."),
        ({**GOOD, "email": "a@b.org\x00"}, "email", "Null characters are not allowed."),
        ({**GOOD, "email": "x" * 300 + "@example.org"}, "email", "Ensure this value has at most 254 characters"),
        ({**GOOD, "zip_code": "ABCDE"}, "zip_code", "Enter a 5-digit ZIP code"),
        ({**GOOD, "language": "fr"}, "language", "Choose a language."),
        ({**GOOD, "name": "n" * 1000}, "name", "Ensure this value has at most 100 characters"),
    ],
)
@pytest.mark.django_db
def test_bad_input_is_shown_back_with_a_clear_message_and_stores_nothing(client, home_page, data, field, text):
    response = client.post("/newsletter/signup/", data)
    html = response.content.decode()
    assert response.status_code == 400
    assert text in html
    assert f'id="signup-{field}-error"' in html
    assert f'aria-describedby="signup-{field}-error"' in html
    assert Subscriber.objects.count() == 0 and mail.outbox == []


@pytest.mark.django_db
def test_ugly_requests_never_fail(client, home_page):
    assert client.post("/newsletter/signup/", {}).status_code == 400
    assert client.post("/newsletter/signup/", {"email": ["a@b.org", "c@d.org"], "language": "en"}).status_code == 302
    assert client.post("/newsletter/signup/", "garbage", content_type="application/json").status_code == 400
    assert client.put("/newsletter/signup/").status_code == 405
    assert client.get("/newsletter/signup/").status_code == 200


@pytest.mark.django_db
def test_escaped_output(client, home_page):
    html = client.post("/newsletter/signup/", {**GOOD, "email": "<script>alert(1)</script>"}).content.decode()
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html


@pytest.mark.django_db
def test_second_signup_of_a_confirmed_address_changes_nothing_and_sends_nothing(client, home_page):
    SubscriberFactory(email="ana@example.org", name="Ana", language="es", zip_code="02130")
    response = client.post("/newsletter/signup/", {**GOOD, "name": "Someone else", "language": "en"})
    assert response.status_code == 302
    subscriber = Subscriber.objects.get()
    assert (subscriber.name, subscriber.language, subscriber.status) == ("Ana", "es", Subscriber.Status.CONFIRMED)
    assert mail.outbox == []
    assert "nothing changes" in client.get(response["Location"]).content.decode()


@pytest.mark.django_db
def test_second_signup_while_pending_resends_the_confirmation_a_few_times_at_most(client, home_page):
    for _ in range(5):
        client.post("/newsletter/signup/", GOOD)
    assert Subscriber.objects.count() == 1
    assert len(mail.outbox) == 3  # then the address gets no more confirmation emails today


@pytest.mark.django_db
def test_unsubscribed_person_can_sign_up_again_and_must_confirm(client, home_page):
    SubscriberFactory(email="ana@example.org", status=Subscriber.Status.UNSUBSCRIBED)
    client.post("/newsletter/signup/", GOOD)
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_honeypot_pretends_success_and_stores_nothing(client, home_page):
    response = client.post("/newsletter/signup/", {**GOOD, "website": "http://spam.example"})
    assert response.status_code == 302
    assert Subscriber.objects.count() == 0 and mail.outbox == []


@override_settings(NEWSLETTER_SIGNUP_RATE=(3, 600))
@pytest.mark.django_db
def test_too_many_signups_from_one_address_get_429(client, home_page):
    for n in range(3):
        assert client.post("/newsletter/signup/", {**GOOD, "email": f"p{n}@example.org"}).status_code == 302
    response = client.post("/newsletter/signup/", {**GOOD, "email": "p9@example.org"})
    assert response.status_code == 429
    assert "Too many attempts" in response.content.decode()
    assert Subscriber.objects.count() == 3
    # Another address is not affected, and nothing stored the address itself.
    assert client.post("/newsletter/signup/", GOOD, REMOTE_ADDR="10.0.0.9").status_code == 302
    assert not any("127.0.0.1" in str(value) for value in Subscriber.objects.values_list())


@pytest.mark.django_db
def test_csrf_is_required(home_page):
    from django.test import Client

    assert Client(enforce_csrf_checks=True).post("/newsletter/signup/", GOOD).status_code == 403
