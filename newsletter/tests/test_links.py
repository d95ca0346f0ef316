import re

import pytest
from django.core import mail, signing
from django.test import Client
from django.test.utils import override_settings

from newsletter.factories import SubscriberFactory
from newsletter.models import Subscriber
from newsletter.tokens import make_confirm_token, make_unsubscribe_token


@pytest.fixture
def pending(db):
    return SubscriberFactory(email="ana@example.org", status=Subscriber.Status.PENDING)


@pytest.mark.django_db
def test_the_emailed_link_shows_a_button_and_only_post_confirms(client, home_page):
    client.post("/newsletter/signup/", {"email": "ana@example.org", "language": "en"})
    url = re.search(r"http://testserver(/newsletter/confirm/[^/\s]+/)", mail.outbox[0].body).group(1)
    page = client.get(url)
    assert page.status_code == 200
    assert '<button class="button button--large" type="submit">Confirm</button>' in page.content.decode()
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING  # a link scanner confirms nobody
    client.head(url)
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING
    done = client.post(url)
    assert done.status_code == 200 and "You are subscribed" in done.content.decode()
    subscriber = Subscriber.objects.get()
    assert subscriber.status == Subscriber.Status.CONFIRMED and subscriber.confirmed_at
    again = client.post(url)
    assert "already confirmed" in again.content.decode()


@pytest.mark.django_db
def test_confirm_post_needs_csrf(home_page, pending):
    response = Client(enforce_csrf_checks=True).post(f"/newsletter/confirm/{make_confirm_token(pending)}/")
    assert response.status_code == 403
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING


@override_settings(NEWSLETTER_CONFIRM_MAX_AGE=-1)
@pytest.mark.django_db
def test_expired_confirmation_link_says_so_and_changes_nothing(client, home_page, pending):
    response = client.post(f"/newsletter/confirm/{make_confirm_token(pending)}/")
    assert response.status_code == 400
    assert "expired" in response.content.decode()
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING


@pytest.mark.parametrize(
    "token",
    [
        "forged",
        "0" * 32 + ":1xUsv8:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "%00",
        "a" * 3000,
        "<script>",
    ],
)
@pytest.mark.django_db
def test_forged_confirmation_links_are_refused(client, home_page, pending, token):
    for method in (client.get, client.post):
        response = method(f"/newsletter/confirm/{token}/")
        assert response.status_code in (400, 404)
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING


@pytest.mark.django_db
def test_tokens_cannot_be_swapped_or_point_at_someone_else(client, home_page, pending):
    # An unsubscribe token is not a confirmation token (different salt).
    assert client.post(f"/newsletter/confirm/{make_unsubscribe_token(pending)}/").status_code == 400
    # A correctly signed key of nobody.
    nobody = signing.TimestampSigner(salt="newsletter.confirm").sign("f" * 32)
    assert client.post(f"/newsletter/confirm/{nobody}/").status_code == 400
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING


@pytest.mark.django_db
def test_unsubscribe_page_has_a_button_and_one_click_post_works_without_csrf(home_page):
    subscriber = SubscriberFactory()
    url = f"/newsletter/unsubscribe/{make_unsubscribe_token(subscriber)}/"
    client = Client(enforce_csrf_checks=True)
    page = client.get(url)
    assert page.status_code == 200 and 'type="submit">Unsubscribe</button>' in page.content.decode()
    assert Subscriber.objects.get().status == Subscriber.Status.CONFIRMED
    # RFC 8058: the mail provider POSTs this body, with no cookie and no CSRF token.
    response = client.post(url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200 and "You are unsubscribed" in response.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED and subscriber.unsubscribed_at
    assert client.post(url).status_code == 200  # twice is fine
    assert "already unsubscribed" in client.get(url).content.decode()


@pytest.mark.django_db
def test_unsubscribe_link_from_spanish_email_speaks_spanish(client, spanish_home):
    subscriber = SubscriberFactory(language="es")
    html = client.get(f"/es/newsletter/unsubscribe/{make_unsubscribe_token(subscriber)}/").content.decode()
    assert "Darse de baja" in html


@pytest.mark.django_db
def test_bad_unsubscribe_links_are_refused(client, home_page):
    subscriber = SubscriberFactory()
    for token in ["nope", make_confirm_token(subscriber), make_unsubscribe_token(subscriber)[:-2] + "xx"]:
        assert client.post(f"/newsletter/unsubscribe/{token}/").status_code == 400
    assert Subscriber.objects.get().status == Subscriber.Status.CONFIRMED
