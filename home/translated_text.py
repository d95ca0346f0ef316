"""A page type's own checks on translated text, applied in wagtail-localize's translation editor.

A page type that refuses some text when an editor saves it in English (a letter's `[Name]` or `{lastname}`)
defines `translated_text_problems(field_name, text)`, a classmethod returning the same messages its `clean()`
gives. wagtail-localize cannot report a stream field's error against the passage it comes from (its
`save_target` looks the error up by field name, and a stream field's passages are stored under
"field.block-id": it leaves a generic "New validation errors were found"), so the check runs on each passage:

- when a translated passage is saved (`check_saved_translation`, a `post_save` receiver): the translation
  editor shows the message under that passage at once, as it shows its own HTML errors;
- before any publish (`passage_problems`, used by home/publish_rules.py `refusal`): a passage that arrived
  another way (an uploaded PO file, a machine translator) is caught too, and nothing is published.
"""

import html
import re

from django.utils.html import strip_tags

_LINE_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def _plain(data):
    return html.unescape(strip_tags(_LINE_BREAK.sub("\n", data or "")))


def _checker(context):
    """The page type's `translated_text_problems` for the object `context` belongs to, or None."""
    from wagtail_localize.models import TranslationSource

    source = TranslationSource.objects.filter(object_id=context.object_id).select_related("specific_content_type")
    source = source.first()
    model = source.specific_content_type.model_class() if source is not None else None
    return getattr(model, "translated_text_problems", None)


def problems_of(string_translation, check=None):
    """The page type's messages about one translated passage (a list, empty when it is fine)."""
    context = string_translation.context
    if context is None:
        return []
    check = check or _checker(context)
    if check is None:
        return []
    return list(check(context.path.split(".")[0], _plain(string_translation.data)))


def check_saved_translation(sender, instance, update_fields=None, **kwargs):
    """`post_save` on StringTranslation: a passage the page type refuses is marked with its message, which the
    translation editor shows under it (and wagtail-localize then leaves the passage out of the page)."""
    if update_fields is not None and "data" not in update_fields:
        return
    problems = problems_of(instance)
    if not problems:
        return
    instance.has_error, instance.field_error = True, " ".join(problems)
    type(instance).objects.filter(pk=instance.pk).update(has_error=True, field_error=instance.field_error)


def passage_problems(translation):
    """[(source passage, message)] for the translated passages of `translation` its page type refuses."""
    from django.db.models import Exists, OuterRef
    from wagtail_localize.models import StringSegment, StringTranslation

    model = translation.source.specific_content_type.model_class()
    check = getattr(model, "translated_text_problems", None)
    if check is None:
        return []
    found = []
    in_source = StringSegment.objects.filter(
        source=translation.source, string_id=OuterRef("translation_of_id"), context_id=OuterRef("context_id")
    )
    passages = StringTranslation.objects.filter(Exists(in_source), locale=translation.target_locale)
    passages = passages.select_related("context", "translation_of")
    for passage in passages.order_by("context__path"):
        problems = problems_of(passage, check)
        if problems:
            found.append((_plain(passage.translation_of.data), " ".join(problems)))
    return found


def connect():
    from django.db.models.signals import post_save
    from wagtail_localize.models import StringTranslation

    post_save.connect(check_saved_translation, sender=StringTranslation, dispatch_uid="home_translated_text")
