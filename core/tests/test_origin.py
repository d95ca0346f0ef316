"""Public forms accept posts from this site's own pages only, with no cookie; the admin keeps its CSRF token."""

import pytest
from django.test import Client

from campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory, PetitionPageFactory
from campaigns.models import Signature

REFUSED = "This form was sent from another site"
SIGNATURE = {"name": "Ana Pérez", "email": "ana@example.org", "postal_code": "02130", "keep_updated": ""}


@pytest.fixture
def petition(home_page):
    campaign = CampaignPageFactory(parent=CampaignIndexPageFactory(parent=home_page), slug="free-them-all")
    return PetitionPageFactory(parent=campaign, slug="suspend-enforcement")


def post(petition, email="ana@example.org", **headers):
    # A plain client sends no Origin of its own: each test says what the "browser" sent.
    return Client().post(petition.url, {**SIGNATURE, "email": email}, **headers)


@pytest.mark.django_db
def test_same_origin_post_is_accepted(petition):
    assert post(petition, HTTP_ORIGIN="http://testserver", HTTP_SEC_FETCH_SITE="same-origin").status_code == 303
    assert Signature.objects.count() == 1


@pytest.mark.django_db
def test_cross_site_origin_is_refused_with_a_clear_page(petition):
    response = post(petition, HTTP_ORIGIN="https://evil.example")
    assert response.status_code == 403
    assert REFUSED in response.content.decode()
    assert Signature.objects.count() == 0


@pytest.mark.django_db
def test_sec_fetch_site_cross_site_is_refused_whatever_the_origin_says(petition):
    response = post(petition, HTTP_ORIGIN="http://testserver", HTTP_SEC_FETCH_SITE="cross-site")
    assert response.status_code == 403
    assert Signature.objects.count() == 0


@pytest.mark.django_db
def test_without_origin_a_same_site_referer_is_enough(petition):
    assert post(petition, HTTP_REFERER=f"http://testserver{petition.url}").status_code == 303
    assert post(petition, HTTP_REFERER="https://evil.example/form").status_code == 403
    assert Signature.objects.count() == 1


@pytest.mark.django_db
def test_with_neither_origin_nor_referer_the_post_is_refused(petition):
    assert post(petition).status_code == 403
    assert post(petition, HTTP_ORIGIN="null").status_code == 403


@pytest.mark.django_db
def test_trusted_origins_are_this_site_and_other_allowed_hosts_are_not(petition, settings):
    settings.ALLOWED_HOSTS = ["testserver", "amparo.example.org"]
    settings.CSRF_TRUSTED_ORIGINS = ["https://*.amparo.example.org", "https://forms.example.net:8443"]
    subdomain = "https://www.amparo.example.org"
    other = post(petition, "bea@example.org", HTTP_ORIGIN=subdomain, HTTP_SEC_FETCH_SITE="same-site")
    assert other.status_code == 303
    trusted = post(petition, "cai@example.org", HTTP_ORIGIN="https://forms.example.net:8443")
    assert trusted.status_code == 303
    # Another host the site answers to is another origin unless CSRF_TRUSTED_ORIGINS names it (as in Django).
    assert post(petition, "dan@example.org", HTTP_ORIGIN="http://amparo.example.org").status_code == 403
    assert post(petition, "eve@example.org", HTTP_ORIGIN="https://forms.example.net").status_code == 403
    assert post(petition, "fay@example.org", HTTP_ORIGIN="http://forms.example.net:8443").status_code == 403
    settings.ALLOWED_HOSTS = ["*"]
    assert post(petition, HTTP_ORIGIN="http://evil.example").status_code == 403
    assert Signature.objects.count() == 2


@pytest.mark.django_db
def test_another_port_of_the_sites_own_host_is_refused(petition):
    """The issue's case: a site at 127.0.0.1:28431, a post from whatever listens on 127.0.0.1:9999."""
    site = {"HTTP_HOST": "127.0.0.1:28431"}
    refused = post(petition, HTTP_ORIGIN="http://127.0.0.1:9999", HTTP_SEC_FETCH_SITE="same-site", **site)
    assert refused.status_code == 403 and REFUSED in refused.content.decode()
    assert post(petition, HTTP_ORIGIN="http://127.0.0.1", **site).status_code == 403
    assert post(petition, HTTP_REFERER="http://127.0.0.1:9999/form", **site).status_code == 403
    assert Signature.objects.count() == 0
    accepted = post(petition, HTTP_ORIGIN="http://127.0.0.1:28431", HTTP_SEC_FETCH_SITE="same-origin", **site)
    assert accepted.status_code == 303 and Signature.objects.count() == 1


@pytest.mark.django_db
def test_the_default_port_written_out_is_the_same_origin(petition, settings):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    https = {"HTTP_HOST": "amparo.example.org", "HTTP_X_FORWARDED_PROTO": "https"}
    assert post(petition, HTTP_ORIGIN="https://amparo.example.org:443", **https).status_code == 303
    assert post(petition, "bea@example.org", HTTP_ORIGIN="https://amparo.example.org:80", **https).status_code == 403


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    ["/newsletter/signup/", "/donate/"],
)
def test_every_public_form_is_checked(path, petition, home_page):
    from donations.factories import DonatePageFactory

    DonatePageFactory(parent=home_page, slug="donate")
    response = Client().post(path, {"email": "ana@example.org", "amount": "10"}, HTTP_ORIGIN="https://evil.example")
    assert response.status_code == 403


@pytest.mark.django_db
def test_letters_and_calls_are_checked(home_page):
    from legislators.factories import CallScriptPageFactory, LetterPageFactory

    for page in (LetterPageFactory(parent=home_page), CallScriptPageFactory(parent=home_page)):
        response = Client().post(page.url, {"zip_code": "02139"}, HTTP_ORIGIN="https://evil.example")
        assert response.status_code == 403, page.url


@pytest.mark.django_db
def test_the_stripe_webhook_is_exempt_and_checks_its_signature_instead(home_page):
    response = Client().post("/donations/stripe/webhook/", "{}", content_type="application/json")
    assert response.status_code == 400  # refused for its missing signature, not for a missing Origin


@pytest.mark.django_db
def test_the_admin_keeps_djangos_csrf_token(admin_user):
    browser = Client(enforce_csrf_checks=True)
    login = {"username": admin_user.username, "password": "password"}
    # Same origin but no token: Django's CSRF check still refuses it.
    assert browser.post("/admin/login/", login, HTTP_ORIGIN="http://testserver").status_code == 403
    page = browser.get("/admin/login/")
    assert "csrftoken" in page.cookies
    assert page.cookies["csrftoken"]["max-age"] == "" and page.cookies["csrftoken"]["expires"] == ""  # session only
    token = page.cookies["csrftoken"].value
    response = browser.post("/admin/login/", {**login, "csrfmiddlewaretoken": token}, HTTP_ORIGIN="http://testserver")
    assert response.status_code == 302


@pytest.mark.django_db
def test_posting_a_form_sets_no_cookie(petition):
    response = post(petition, HTTP_ORIGIN="http://testserver")
    assert response.status_code == 303 and not response.cookies


@pytest.mark.django_db
def test_the_refusal_speaks_the_visitors_language(spanish_home, settings):
    from django.utils import translation

    self_cleaning = translation.override(settings.LANGUAGE_CODE)  # the request leaves Spanish active otherwise
    with self_cleaning:
        response = Client().post(
            "/es/newsletter/signup/", {"email": "ana@example.org"}, HTTP_ORIGIN="https://evil.example"
        )
    assert response.status_code == 403
    assert "Este formulario se envió desde otro sitio" in response.content.decode()
