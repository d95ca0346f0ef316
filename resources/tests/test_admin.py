import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from resources.models import Language, Organisation, Service

pytestmark = pytest.mark.django_db

LISTING = "/admin/snippets/resources/organisation/"


def listed_names(response):
    content = response.content.decode()
    return sorted(name for name in ["BIJAN", "CHIRLA", "MIRA Coalition", "Border Angels"] if name in content)


def test_editors_filter_and_search_organisations(admin_client, organisations):
    assert admin_client.get(LISTING).status_code == 200
    accompaniment = Service.objects.get(code="accompaniment")
    assert listed_names(admin_client.get(LISTING, {"services": accompaniment.pk})) == ["BIJAN"]
    portuguese = Language.objects.get(code="pt")
    assert listed_names(admin_client.get(LISTING, {"languages": portuguese.pk})) == ["MIRA Coalition"]
    assert listed_names(admin_client.get(LISTING, {"areas__region": "CA"})) == ["Border Angels", "CHIRLA"]
    assert listed_names(admin_client.get(LISTING, {"q": "chirla"})) == ["CHIRLA"]


def test_editors_add_an_organisation_with_its_areas(admin_client, lookups, locales):
    data = nested_form_data(
        {
            "name": "Rapid Response Network",
            "description": "Volunteers who answer the hotline.",
            "areas": inline_formset([{"region": "MA", "place": "Worcester"}], min=1),
            "website": "https://example.org",
            "phone": "",
            "email": "",
            "donate_url": "",
        }
    )
    # Ticked checkboxes: one form value per choice (nested_form_data would number them).
    data["services"] = [Service.objects.get(code="volunteer").pk]
    data["languages"] = [Language.objects.get(code="es").pk]
    response = admin_client.post(LISTING + "add/", data)
    assert response.status_code == 302
    organisation = Organisation.objects.get(name="Rapid Response Network")
    assert [str(area) for area in organisation.areas.all()] == ["Worcester, Massachusetts"]
    assert [service.code for service in organisation.services.all()] == ["volunteer"]
    assert [language.code for language in organisation.languages.all()] == ["es"]


def test_an_organisation_needs_somewhere_it_works(admin_client, lookups, locales):
    response = admin_client.post(
        LISTING + "add/",
        nested_form_data(
            {"name": "Nowhere", "description": "No area.", "areas": inline_formset([], min=1)},
        ),
    )
    assert response.status_code == 200
    assert not Organisation.objects.filter(name="Nowhere").exists()


@pytest.mark.parametrize("model", ["core/topic", "resources/language"])
def test_lookup_listings_open(admin_client, topics, lookups, model):
    response = admin_client.get(f"/admin/snippets/{model}/", {"q": "know"})
    assert response.status_code == 200
