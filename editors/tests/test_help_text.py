"""Every field an editor fills says what it does, where it shows, an example and its limits.

Found from the admin's own edit forms (pages, snippets, site settings and their inline items), so a new
field without help text fails here. Wagtail's own page fields (title, slug, SEO title...) bring Wagtail's
help text; only fields our models define are checked.
"""

import pytest
from django.apps import apps
from wagtail.admin.panels import get_edit_handler
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.models import Page
from wagtail.snippets.models import get_snippet_models

from editors.tests.streams import PROJECT_APPS

# Deliberate exceptions: records supporters made, where the edit form only corrects a typo in what they typed
# (the labels are the form's own), and rows written by the sending job.
EXCEPTIONS = {
    "newsletter.Subscriber": "a supporter's own sign-up; editors only correct typos or unsubscribe them",
    "newsletter.Delivery": "written by send_weekly_actions; editors only set the status back to resend",
}


def editor_forms():
    models = [m for m in apps.get_models() if m._meta.app_label in PROJECT_APPS]
    for model in models:
        label = model._meta.label
        if label in EXCEPTIONS:
            continue
        if issubclass(model, Page):
            yield label, model.get_edit_handler()
        elif model in get_snippet_models():
            yield label, model.snippet_viewset.get_edit_handler()
        elif model in settings_registry:
            yield label, get_edit_handler(model)


def fields_of(label, handler):
    """(model label, field) for each field of the form and of its inline panels' forms."""
    options = handler.get_form_options()
    model = handler.model
    model_fields = {field.name for field in model._meta.get_fields()}
    for name in options.get("fields", []):
        if name in model_fields:  # not the form-only ones, e.g. comment notifications
            yield label, model._meta.get_field(name)
    for relation, child in options.get("formsets", {}).items():
        child_model = model._meta.get_field(relation).related_model
        for name in child.get("fields", []):
            yield child_model._meta.label, child_model._meta.get_field(name)


FIELDS = sorted(
    {
        (where, field.name): field
        for label, handler in editor_forms()
        for where, field in fields_of(label, handler)
        # Wagtail's own page fields (title, slug, search description...) come with Wagtail's help.
        if field.model._meta.app_label in PROJECT_APPS
    }.items()
)


def test_the_check_sees_pages_snippets_settings_and_inline_items():
    seen = {key for key, _field in FIELDS}
    for expected in [
        ("campaigns.PetitionPage", "signature_goal"),
        ("campaigns.PetitionPage", "sign_on_mode"),
        ("campaigns.PetitionPage", "thank_you_text"),
        ("resources.Organisation", "name"),
        ("resources.OrganisationArea", "region"),
        ("home.SiteText", "footer_text"),
        ("legislators.CallTarget", "phone"),
    ]:
        assert expected in seen


@pytest.mark.parametrize(("key", "field"), FIELDS, ids=[f"{w}.{n}" for (w, n), _f in FIELDS])
def test_every_editor_facing_field_has_help_text(key, field):
    text = str(field.help_text or "").strip()
    assert len(text) >= 15, f"{key[0]}.{key[1]} needs help text: what it does, where it shows, an example"


def block_fields():
    """(where, sub-block) for each field inside a StructBlock an editor adds from a picker."""
    from wagtail import blocks

    from editors.tests.streams import pickers

    found = {}
    for _where, stream in pickers():
        for name, child in stream.child_blocks.items():
            structs = [(f"{name}", child)]
            while structs:
                path, struct = structs.pop()
                if isinstance(struct, blocks.ListBlock):
                    structs.append((f"{path}[]", struct.child_block))
                    continue
                for sub_name, sub in getattr(struct, "child_blocks", {}).items():
                    if isinstance(sub, (blocks.StructBlock, blocks.ListBlock)):
                        structs.append((f"{path}.{sub_name}", sub))
                    else:
                        found[f"{type(struct).__name__}.{sub_name}"] = sub
    return sorted(found.items())


BLOCK_FIELDS = block_fields()


@pytest.mark.parametrize(("where", "block"), BLOCK_FIELDS, ids=[where for where, _b in BLOCK_FIELDS])
def test_every_field_inside_a_block_has_help_text(where, block):
    field = getattr(block, "field", None)
    text = str(getattr(field, "help_text", "") or getattr(block.meta, "help_text", "") or "").strip()
    assert len(text) >= 15, f"{where} needs help text"
