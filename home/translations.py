"""Bring translations into wagtail-localize: existing Spanish pages and snippets, and the demo's Spanish text.

Before wagtail-localize, a Spanish page was a plain copy of its English source with its fields retyped. To be
edited in wagtail-localize's side-by-side editor, it needs a `Translation` record tying it to its source and,
for each source segment, the Spanish text as a `StringTranslation`. `adopt_translation` makes those records
from the page as it stands (its live text is left alone); `translate_from_text` does the same from Spanish
field values given in code, which is how the demo content states its Spanish, then publishes the result.

Segments are matched by their field path. StreamField paths hold block ids, which a retyped copy does not
share with its source, so ids are replaced by their order of appearance: two streams of the same shape line
up block by block, and a segment with no counterpart is simply left for a translator.
"""

import re
from collections import defaultdict

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from wagtail.fields import StreamField
from wagtail.models import DraftStateMixin, Locale, Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

_BLOCK_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def _shape(paths):
    """Maps each segment path to the same path with block ids replaced by their order of first appearance
    within the field (so one field's shape does not depend on the others')."""
    ordinals = defaultdict(dict)
    shaped = []
    for path in paths:
        field, *rest = path.split(".")
        seen = ordinals[field]
        parts = [field] + [f"#{seen.setdefault(part, len(seen))}" if _BLOCK_ID.match(part) else part for part in rest]
        shaped.append(".".join(parts))
    return shaped


def source_of(instance):
    """The object in the default language that `instance` translates, or None."""
    model = instance.specific_class if isinstance(instance, Page) else type(instance)
    return (
        model.objects.filter(translation_key=instance.translation_key, locale__language_code=settings.LANGUAGE_CODE)
        .exclude(pk=instance.pk)
        .first()
    )


def import_text(translation, translated_instance, overwrite=False, only_fields=None, skip_identical=False):
    """Records the strings of `translated_instance` as translations of the source's segments. Returns how many.

    Existing translations are kept unless `overwrite`: an editor's work in wagtail-localize always wins.
    `only_fields` limits the import to those fields (the others still hold the source's text).
    `skip_identical` leaves a segment whose text is the source's own for a translator: a copy never translated.
    """
    source = translation.source
    locale = translation.target_locale
    source_segments = list(source.stringsegment_set.select_related("string", "context").order_by("order"))
    by_shape = defaultdict(list)
    for shape, segment in zip(_shape([s.context.path for s in source_segments]), source_segments, strict=True):
        by_shape[shape].append(segment)

    values = [
        value
        for value in extract_segments(translated_instance)
        if isinstance(value, StringSegmentValue) and (only_fields is None or value.path.split(".")[0] in only_fields)
    ]
    translated_by_shape = defaultdict(list)
    for shape, value in zip(_shape([v.path for v in values]), values, strict=True):
        translated_by_shape[shape].append(value)

    imported = 0
    for shape, segments in by_shape.items():
        candidates = translated_by_shape.get(shape, [])
        if len(candidates) != len(segments):
            continue  # a rich-text field split differently: leave it to a translator rather than misalign it
        for segment, value in zip(segments, candidates, strict=True):
            if skip_identical and value.string.data == segment.string.data:
                continue
            existing = StringTranslation.objects.filter(
                translation_of=segment.string, locale=locale, context=segment.context
            ).first()
            if existing is not None and (not overwrite or existing.data == value.string.data):
                continue
            if existing is None:
                existing = StringTranslation(translation_of=segment.string, locale=locale, context=segment.context)
            existing.data = value.string.data
            existing.translation_type = StringTranslation.TRANSLATION_TYPE_MANUAL
            existing.has_error = False
            existing.save()
            imported += 1
    return imported


@transaction.atomic
def adopt_translation(instance):
    """Ties an existing translated page or snippet to its source in wagtail-localize, importing its text.

    Returns the `Translation`, or None when `instance` has no source in the default language (or is an alias).
    The page itself is not changed, so what visitors see stays as it is.
    """
    if getattr(instance, "alias_of_id", None):
        return None
    source_instance = source_of(instance)
    if source_instance is None:
        return None
    source, _ = TranslationSource.get_or_create_from_instance(
        source_instance.specific if isinstance(source_instance, Page) else source_instance
    )
    translation, created = Translation.objects.get_or_create(
        source=source, target_locale_id=instance.locale_id, defaults={"enabled": True}
    )
    if created:
        import_text(translation, instance.specific if isinstance(instance, Page) else instance, skip_identical=True)
    return translation


def adopt_all_translations():
    """Adopts every translated page and translatable snippet that wagtail-localize does not manage yet."""
    from django.apps import apps
    from wagtail.models import TranslatableMixin

    adopted = 0
    default = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    if default is None:
        return 0
    managed = set(Translation.objects.values_list("source__object_id", "target_locale_id"))
    for model in apps.get_models():
        if not issubclass(model, TranslatableMixin) or (issubclass(model, Page) and model is not Page):
            continue
        if model._meta.abstract or not _is_translatable_model(model):
            continue
        queryset = model.objects.exclude(locale=default)
        if model is Page:
            queryset = queryset.filter(alias_of__isnull=True, depth__gt=1)
        for instance in queryset:
            if (instance.translation_key, instance.locale_id) in managed:
                continue
            if adopt_translation(instance.specific if model is Page else instance) is not None:
                adopted += 1
    return adopted


def _is_translatable_model(model):
    """Snippets and pages only: child objects (such as inline links) travel with their parent."""
    from wagtail.snippets.models import get_snippet_models

    return model is Page or model in get_snippet_models()


@transaction.atomic
def translate_from_text(source_instance, locale, publish=True, **fields):
    """The translation of `source_instance` in `locale` from Spanish field values given in code.

    Creates (or adopts) the wagtail-localize translation, records the given text for the segments that have
    none yet, and saves the target (published) when anything new was recorded. Running it twice changes nothing.
    """
    source_instance = source_instance.specific if isinstance(source_instance, Page) else source_instance
    source, _ = TranslationSource.get_or_create_from_instance(source_instance)
    existing = source_instance.get_translation_or_none(locale)
    if existing is not None and not getattr(existing, "alias_of_id", None):
        translation = adopt_translation(existing)
    else:
        translation, _ = Translation.objects.get_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )

    # The English object with the Spanish values set on it, never saved: only its segments are read.
    model = type(source_instance)
    candidate = model.objects.get(pk=source_instance.pk)
    for name, value in fields.items():
        setattr(candidate, name, value)
        field = model._meta.get_field(name) if name in {f.name for f in model._meta.get_fields()} else None
        if isinstance(field, StreamField):  # give blocks set from plain values their ids, as saving would
            setattr(candidate, name, field.to_python(field.get_prep_value(getattr(candidate, name))))
    imported = import_text(translation, candidate, only_fields=set(fields))
    from home.translated_text import passage_problems

    problems = passage_problems(translation)
    if problems:  # wagtail-localize would leave these passages in English: refuse, as saving in English does
        raise ValidationError([problem for _passage, problem in problems])

    if existing is None or imported or getattr(existing, "alias_of_id", None):
        _save_and_publish(translation, publish)
    result = source_instance.get_translation(locale)
    return result.specific if isinstance(result, Page) else result


def _save_and_publish(translation, publish):
    """`save_target`, publishing at once rather than when the outer transaction commits (the demo loader runs
    in one transaction and later steps need the page live)."""
    source_instance = translation.source.as_instance()
    if not isinstance(source_instance, DraftStateMixin):
        translation.save_target(publish=True)
        return
    translation.save_target(publish=False)
    if publish:
        target = translation.get_target_instance()
        target.get_latest_revision().publish()


def resync_translations(source_instance):
    """After code changed and published a source page: its wagtail-localize source is synced and each translation
    saved and published again from the translated text (as "Sync translated pages" with "Publish immediately")."""
    source, _ = TranslationSource.update_or_create_from_instance(source_instance)
    for translation in source.translations.filter(enabled=True).select_related("target_locale"):
        _save_and_publish(translation, publish=True)


def untranslated_segments(translation):
    """The source strings of `translation` with no translation yet (for checks and reports)."""
    done = set(
        StringTranslation.objects.filter(locale=translation.target_locale, has_error=False).values_list(
            "translation_of_id", "context_id"
        )
    )
    return [
        segment.string.data
        for segment in translation.source.stringsegment_set.select_related("string")
        if (segment.string_id, segment.context_id) not in done
    ]


def finished_translations(queryset):
    """`queryset` without the translations wagtail-localize still has untranslated text for.

    "Translate" on a snippet (site text, a menu, an organisation) saves its copy at once, in English, since
    snippets have no drafts: until every segment is translated, that copy must not stand in for Spanish.
    Objects no wagtail-localize translation targets (sources, or translations made by hand) are kept.
    """
    from django.db.models import Exists, OuterRef
    from wagtail_localize.models import StringSegment

    untranslated = StringSegment.objects.filter(
        source__object_id=OuterRef("translation_key"),
        source__translations__target_locale=OuterRef("locale"),
        source__translations__enabled=True,
    ).exclude(
        Exists(
            StringTranslation.objects.filter(
                translation_of=OuterRef("string"),
                context=OuterRef("context"),
                locale=OuterRef(OuterRef("locale")),
                has_error=False,
            )
        )
    )
    return queryset.exclude(Exists(untranslated))
