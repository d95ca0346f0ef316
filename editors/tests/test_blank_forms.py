"""A blank add form opens clean: no error before the editor has typed anything, whatever the page type.

Wagtail's StreamField script shows "The minimum number of items is 1" as soon as a required stream is empty,
so every stream with a minimum must start with that many blocks, and every inline panel with `min_num` with
that many empty forms. The browser test (tests/e2e/test_editors.py) looks at one such form with its scripts.
"""

import functools
import re

import pytest
from django.apps import apps
from django.urls import reverse
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.snippets.models import get_snippet_models

from campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory
from editors.tests.streams import PROJECT_APPS
from resources.factories import ResourceIndexPageFactory
from updates.factories import UpdatesIndexPageFactory, WeeklyActionsIndexPageFactory

PAGE_MODELS = sorted(
    (m for m in apps.get_models() if issubclass(m, Page) and m._meta.app_label in PROJECT_APPS),
    key=lambda m: m.__name__,
)
ERROR_MARKERS = ("error-message", "w-field--error", "The minimum number of items", "This field is required")


@pytest.fixture
def parent_for(home_page, spanish_home):
    """The first of these pages under which a page type may be added: a bare page, the empty Spanish home (it takes
    the one-per-parent types), the home page, a campaign index, a campaign, the weekly actions index, the updates
    index and a resource index. Each is made only when the ones before it refuse the type (the limits are per
    parent: a page made later never changes which one comes first)."""

    @functools.cache
    def campaign_index():
        return CampaignIndexPageFactory(parent=home_page)

    makers = [
        lambda: Page.get_first_root_node().add_child(instance=Page(title="Holder", slug="holder")),
        lambda: spanish_home,
        lambda: home_page,
        campaign_index,
        lambda: CampaignPageFactory(parent=campaign_index()),
        lambda: WeeklyActionsIndexPageFactory(parent=home_page),
        lambda: UpdatesIndexPageFactory(parent=home_page),
        lambda: ResourceIndexPageFactory(parent=home_page),
    ]

    def parent_for(model):
        for make in makers:
            parent = make()
            if model.can_create_at(parent.specific):
                return parent
        return None

    return parent_for


def assert_starts_full(form, where):
    streams = {f.name: f for f in form._meta.model._meta.get_fields() if isinstance(f, StreamField)}
    for name in form.fields:
        model_field = streams.get(name)
        if model_field is None:
            continue
        stream_block = model_field.stream_block
        value = form[name].value()
        minimum = stream_block.meta.min_num or (0 if model_field.blank else 1)
        assert len(value) >= minimum, f"{where}: {name} starts with {len(value)} blocks, needs {minimum}"
        for child in value:  # the admin's script cannot draw a starting block with fields missing
            missing = set(getattr(child.block, "child_blocks", {})) - set(getattr(child.value, "keys", dict)())
            assert not missing, f"{where}: {name} starts with a {child.block_type} without {missing}"
        for block_type, counts in (stream_block.meta.block_counts or {}).items():
            have = sum(1 for child in value if child.block_type == block_type)
            assert have >= counts.get("min_num", 0), f"{where}: {name} starts without a {block_type}"
    for name, formset in getattr(form, "formsets", {}).items():
        assert formset.total_form_count() >= (formset.min_num or 0), f"{where}: {name} starts short"


def assert_no_errors(html, where):
    main = html.split('id="main"', 1)[-1]
    for marker in ERROR_MARKERS:
        assert marker not in main, f"{where}: the blank form shows {marker!r}"
    assert not re.search(r'aria-invalid="true"', main), f"{where}: a field is marked invalid"


@pytest.mark.django_db
@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda m: m.__name__)
def test_blank_add_form_of_each_page_type_opens_without_errors(admin_client, parent_for, model):
    parent = parent_for(model)
    assert parent is not None, f"no parent for {model.__name__} in the fixture"
    label = model._meta.app_label
    response = admin_client.get(f"/admin/pages/add/{label}/{model._meta.model_name}/{parent.pk}/")
    assert response.status_code == 200
    assert_no_errors(response.content.decode(), model.__name__)
    assert_starts_full(response.context["form"], model.__name__)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "model",
    [m for m in get_snippet_models() if m._meta.app_label in PROJECT_APPS],
    ids=lambda m: m.__name__,
)
def test_blank_add_form_of_each_snippet_opens_without_errors(admin_client, locales, model):
    response = admin_client.get(reverse(model.snippet_viewset.get_url_name("add")))
    assert response.status_code == 200
    assert_no_errors(response.content.decode(), model.__name__)
    assert_starts_full(response.context["form"], model.__name__)
