import pytest

from newsletter.factories import SubscriberFactory
from updates.factories import TopicFactory, UpdatePageFactory


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_editors_can_open_the_forms_and_see_only_topics_of_the_pages_language(
    editor_client, updates_index, weekly_index, locales
):
    TopicFactory(name="Detention", locale=locales[0])
    TopicFactory(name="Detención", locale=locales[1])
    add = editor_client.get(f"/admin/pages/add/updates/updatepage/{updates_index.pk}/")
    assert add.status_code == 200
    html = add.content.decode()
    assert "Detention" in html and "Detención" not in html
    update = UpdatePageFactory(parent=updates_index)
    assert editor_client.get(f"/admin/pages/{update.pk}/edit/").status_code == 200
    assert editor_client.get(f"/admin/pages/add/updates/weeklyactionspage/{weekly_index.pk}/").status_code == 200


@pytest.mark.django_db
def test_subscribers_and_deliveries_are_listed_in_the_admin(editor_client):
    SubscriberFactory(email="ana@example.org")
    listing = editor_client.get("/admin/snippets/newsletter/subscriber/")
    assert listing.status_code == 200 and "ana@example.org" in listing.content.decode()
    assert editor_client.get("/admin/snippets/newsletter/delivery/").status_code == 200
    assert editor_client.get("/admin/snippets/core/topic/").status_code == 200
