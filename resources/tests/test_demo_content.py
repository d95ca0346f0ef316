import pytest
from wagtail.documents import get_document_model
from wagtail.models import Page

from core.models import Topic
from home.models import NavigationMenu
from resources.demo_organisations import ORGANISATIONS
from resources.models import Organisation, ResourcePage

pytestmark = pytest.mark.django_db
HOST = {"HTTP_HOST": "127.0.0.1:8000"}


def counts():
    return (
        Page.objects.count(),
        Organisation.objects.count(),
        Topic.objects.count(),
        get_document_model().objects.count(),
        sum(menu.links.count() for menu in NavigationMenu.objects.all()),
    )


def test_demo_content_renders_organisations_and_resources(client, demo_site):
    english = Organisation.objects.filter(locale__language_code="en")
    assert sorted(english.values_list("name", flat=True)) == sorted(entry[0] for entry in ORGANISATIONS)
    assert Organisation.objects.filter(locale__language_code="es").count() >= 3
    assert ResourcePage.objects.filter(locale__language_code="en").count() == 4

    index = client.get("/resources/", **HOST).content.decode()
    assert "4 resources" in index
    assert "An action plan for local groups" in index
    plan = client.get("/resources/action-plan-for-local-groups/", **HOST).content.decode()
    assert 'Updated <time datetime="2024-12-11">Dec. 11, 2024</time>' in plan
    plan_es = client.get("/es/recursos/plan-de-accion-para-grupos-locales/", **HOST).content.decode()
    assert "Un plan de acción para grupos locales" in plan_es
    assert "Actualizado el" in plan_es
    guide = client.get("/resources/know-your-rights-at-home/", **HOST).content.decode()
    assert "(PDF, " in guide

    directory = client.get("/directory/", **HOST).content.decode()
    assert f"{len(ORGANISATIONS)} organisations" in directory
    for region in ["Massachusetts", "New York", "Illinois", "California", "Texas", "Nationwide"]:
        assert f">{region}</h2>" in directory
    directory_es = client.get("/es/directorio/", **HOST).content.decode()
    assert "Con sede en San Diego" in directory_es
    assert 'href="/resources/"' in directory and 'href="/directory/"' in directory
