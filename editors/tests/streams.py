"""Every StreamBlock editors meet in a picker, found from the models so a new page type is checked by itself."""

from django.apps import apps
from wagtail import blocks
from wagtail.fields import StreamField

PROJECT_APPS = {
    "home",
    "campaigns",
    "donations",
    "legislators",
    "updates",
    "newsletter",
    "resources",
    "privacy",
    "ops",
    "pagecache",
    "core",
}


def stream_fields():
    for model in apps.get_models():
        if model._meta.app_label not in PROJECT_APPS:
            continue
        for field in model._meta.get_fields():
            if isinstance(field, StreamField) and field.model is model:
                yield f"{model.__name__}.{field.name}", field.stream_block


def pickers():
    """(where, StreamBlock) for each top-level stream and every StreamBlock nested inside one."""
    seen = set()

    def walk(where, block):
        if isinstance(block, blocks.StreamBlock) and id(block) not in seen:
            seen.add(id(block))
            yield where, block
        for name, child in getattr(block, "child_blocks", {}).items():
            yield from walk(f"{where}.{name}", child)
        if isinstance(block, blocks.ListBlock):
            yield from walk(f"{where}[]", block.child_block)

    for where, block in stream_fields():
        yield from walk(where, block)
