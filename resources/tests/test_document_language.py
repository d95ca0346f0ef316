"""Documents carry their language: the library moved from Wagtail's document model to resources.LanguageDocument.

The migration test builds documents the old way (wagtaildocs.Document, with tags, a collection permission and a
resource page's link), runs the migration, and finds each one with its id, its tags, its link and a language.
"""

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.documents import get_document_model
from wagtail.models import Collection, GroupCollectionPermission

from resources.documents import document_from_bytes, simple_pdf
from resources.factories import ResourcePageFactory
from resources.models import Language, LanguageDocument, ResourceDocument

# The state 0006 starts from: 0005_editor_help_and_blocks, which the squashed migration replaces (a database built
# from the squashed migrations knows only its name; one that applied 0001-0005 one by one is mapped to it too).
BEFORE = [("resources", "0001_squashed_0005_editor_help_and_blocks")]
AFTER = [("resources", "0006_document_with_language")]


def test_the_document_library_is_the_one_with_a_language():
    assert get_document_model() is LanguageDocument
    assert "language" in LanguageDocument.admin_form_fields


def test_documents_made_before_keep_their_ids_tags_links_and_gain_their_language(
    transactional_db, client, resource_index
):
    """Transactional (SQLite cannot change a schema inside a transaction): the root conftest gives the next test
    a fresh copy of the database the migrations made."""
    spanish = Language.objects.get(code="es")
    page = ResourcePageFactory(parent=resource_index, slug="door", title="If agents come to your door")
    editors = Group.objects.create(name="Document editors")
    root = Collection.get_first_root_node()

    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    OldDocument = old.get_model("wagtaildocs", "Document")
    card = OldDocument.objects.create(
        id=41, title="Know your rights card", file="documents/card.pdf", collection_id=root.pk, file_size=900
    )
    loose = OldDocument.objects.create(id=42, title="Flyer", file="documents/flyer.pdf", collection_id=root.pk)
    ContentType = old.get_model("contenttypes", "ContentType")
    old_type = ContentType.objects.get(app_label="wagtaildocs", model="document")
    tag = old.get_model("taggit", "Tag").objects.create(name="print", slug="print")
    old.get_model("taggit", "TaggedItem").objects.create(tag=tag, content_type=old_type, object_id=card.pk)
    choose = old.get_model("auth", "Permission").objects.get(content_type=old_type, codename="choose_document")
    old.get_model("wagtailcore", "GroupCollectionPermission").objects.create(
        group_id=editors.pk, collection_id=root.pk, permission=choose
    )
    old.get_model("resources", "ResourceDocument").objects.create(
        page_id=page.pk, document_id=card.pk, language_id=spanish.pk, sort_order=0
    )

    executor = MigrationExecutor(connection)  # a fresh loader sees the migrations as they now stand
    executor.migrate(AFTER)

    moved = LanguageDocument.objects.get(pk=41)
    assert moved.title == "Know your rights card" and moved.file.name == "documents/card.pdf"
    assert moved.file_size == 900 and moved.collection_id == root.pk
    assert moved.language == spanish  # the language its resource page gave it
    assert list(moved.tags.names()) == ["print"]
    assert LanguageDocument.objects.get(pk=loose.pk).language is None
    assert ResourceDocument.objects.get(page=page).document_id == 41
    new_choose = Permission.objects.get(codename="choose_languagedocument")
    assert GroupCollectionPermission.objects.filter(group=editors, collection=root, permission=new_choose).exists()
    # The next upload gets a fresh id, after the copied ones.
    assert document_from_bytes("New leaflet", "leaflet.pdf", simple_pdf("Leaflet", ["Hi"])).pk > 42

    ResourceDocument.objects.filter(page=page).update(language=None)  # the document's own language shows
    html = client.get("/resources/door/").content.decode()
    assert '<a href="/documents/41/card.pdf" hreflang="es">Know your rights card</a>' in html
    assert '<span class="resource-files__language">Language: Spanish</span>' in html


@pytest.mark.django_db
def test_a_documents_language_is_edited_in_the_documents_area(admin_client):
    document = document_from_bytes("Pocket card", "pocket-card.pdf", simple_pdf("Card", ["Text"]))
    haitian = Language.objects.get_or_create(code="ht", defaults={"name": "Haitian Creole", "autonym": "Kreyòl"})[0]
    form = admin_client.get(f"/admin/documents/edit/{document.pk}/").content.decode()
    assert 'name="language"' in form
    response = admin_client.post(
        f"/admin/documents/edit/{document.pk}/",
        {"title": "Pocket card", "collection": document.collection_id, "tags": "", "language": haitian.pk},
    )
    assert response.status_code == 302
    document.refresh_from_db()
    assert document.language == haitian
