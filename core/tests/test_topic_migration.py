"""The two old topic tables become one: rows sharing a language and a slug merge, pages keep their topics,
and saved revisions point at the new rows (so a draft published later keeps its topics)."""

import datetime
import uuid

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("updates", "0001_initial"), ("resources", "0002_alter_resourcepage_body"), ("core", "0001_topic")]
AFTER = [("updates", "0002_topics_in_core"), ("resources", "0003_topics_in_core")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def make_page(apps, model, parent, locale, slug, **fields):
    """A page row made with historical models (no treebeard): enough for the through tables and revisions."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    app_label, model_name = model.split(".")
    content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model_name.lower())
    Model = apps.get_model(app_label, model_name)
    count = apps.get_model("wagtailcore", "Page").objects.count()
    return Model.objects.create(
        title=slug,
        slug=slug,
        path=f"{parent.path}{count + 90:04d}"[: len(parent.path) + 4],
        depth=parent.depth + 1,
        locale_id=locale.pk,
        content_type=content_type,
        draft_title=slug,
        translation_key=uuid.uuid4(),
        **fields,
    )


@pytest.fixture
def back_to_latest():
    """Whatever happens in the test, the database ends on the latest migrations for the tests after it."""
    yield
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


@pytest.mark.django_db(transaction=True)
def test_topics_merge_and_pages_keep_theirs(back_to_latest):
    apps = migrate(BEFORE)
    Locale = apps.get_model("wagtailcore", "Locale")
    Page = apps.get_model("wagtailcore", "Page")
    Revision = apps.get_model("wagtailcore", "Revision")
    english = Locale.objects.get_or_create(language_code="en")[0]
    spanish = Locale.objects.get_or_create(language_code="es")[0]
    root = Page.objects.filter(depth=1).first() or Page.objects.create(
        title="Root", slug="root", path="0001", depth=1, locale_id=english.pk, draft_title="Root"
    )

    UpdatesTopic = apps.get_model("updates", "Topic")
    ResourcesTopic = apps.get_model("resources", "Topic")
    rights_key, work_key = uuid.uuid4(), uuid.uuid4()
    rights_u = UpdatesTopic.objects.create(
        locale=english, slug="know-your-rights", name="Rights", translation_key=rights_key
    )
    UpdatesTopic.objects.create(locale=spanish, slug="derechos", name="Derechos", translation_key=rights_key)
    work = UpdatesTopic.objects.create(locale=english, slug="workers", name="Workers", translation_key=work_key)
    rights_r = ResourcesTopic.objects.create(locale=english, slug="know-your-rights", name="Know your rights")
    sanctuary = ResourcesTopic.objects.create(locale=english, slug="sanctuary", name="Sanctuary")

    update = make_page(apps, "updates.UpdatePage", root, english, "news", summary="News")
    links = apps.get_model("updates", "UpdatePage").topics.through
    links.objects.bulk_create([links(updatepage_id=update.pk, topic_id=topic.pk) for topic in (rights_u, work)])
    resource = make_page(apps, "resources.ResourcePage", root, english, "guide", summary="Guide")
    links = apps.get_model("resources", "ResourcePage").topics.through
    links.objects.bulk_create(
        [links(resourcepage_id=resource.pk, topic_id=topic.pk) for topic in (rights_r, sanctuary)]
    )
    update_type = apps.get_model("contenttypes", "ContentType").objects.get(app_label="updates", model="updatepage")
    Revision.objects.create(
        content_type=update_type,
        base_content_type=update_type,
        object_id=str(update.pk),
        created_at=datetime.datetime(2026, 11, 1, tzinfo=datetime.UTC),
        content={"title": "news", "topics": [rights_u.pk, work.pk]},
    )

    apps = migrate(AFTER)
    Topic = apps.get_model("core", "Topic")
    assert sorted(Topic.objects.values_list("locale__language_code", "slug")) == [
        ("en", "know-your-rights"),
        ("en", "sanctuary"),
        ("en", "workers"),
        ("es", "derechos"),
    ]
    rights = Topic.objects.get(slug="know-your-rights")
    assert Topic.objects.get(slug="derechos").translation_key == rights.translation_key
    assert sorted(Topic.objects.filter(updates=update.pk).values_list("slug", flat=True)) == [
        "know-your-rights",
        "workers",
    ]
    assert sorted(Topic.objects.filter(resources=resource.pk).values_list("slug", flat=True)) == [
        "know-your-rights",
        "sanctuary",
    ]
    revision = apps.get_model("wagtailcore", "Revision").objects.get(object_id=str(update.pk))
    assert sorted(revision.content["topics"]) == sorted(
        Topic.objects.filter(slug__in=["know-your-rights", "workers"]).values_list("pk", flat=True)
    )
