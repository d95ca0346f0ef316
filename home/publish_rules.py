"""What must be true before a page goes live in another language, and the messages that say what is missing.

Two rules, checked on every way a page goes live: wagtail-localize's "Publish" in the translation editor, its
"Sync translated pages" with "Publish immediately", Wagtail's own page editor and bulk publish
(home/publish_views.py), a moderator's approval at the end of a workflow and a revision scheduled to go live
(home/publish_paths.py). Snippets have no drafts: an unfinished snippet translation is hidden from visitors
instead (home/translations.py, `finished_translations`).

- A translation with untranslated text is not published: its visitors would read the English under Spanish
  navigation. The editor is told which fields are missing, and may still publish it from a confirmation page,
  which records the decision (and the parts left in English) in the page's history.
- A translated page does not go live under a section that is not live in that language (a draft, or the alias
  Wagtail makes when a page is translated alone): its breadcrumb would lead to a 404 and nothing would link to it.
  There is no override: the section is translated and published first.
"""

from django.conf import settings
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import Page

from home.translated_text import passage_problems

PUBLISH_UNTRANSLATED = "home.publish_untranslated"
PUBLISH_REFUSED = "home.publish_refused"


def translation_of(page):
    """The wagtail-localize translation that writes `page` (synced), or None for a source or a hand-made page."""
    if page.locale.language_code == settings.LANGUAGE_CODE:
        return None
    from wagtail_localize.models import Translation

    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source", "target_locale")
        .first()
    )


def missing_parts(translation):
    """The fields of the source that still have untranslated text, each with a taste of the English: a list of
    short strings such as 'Title (“Suspend enforcement now”)', in the order of the form."""
    segments = (
        translation.source.stringsegment_set.annotate_translation(translation.target_locale)
        .filter(translation__isnull=True)
        .select_related("string", "context")
        .order_by("order")
    )
    model = translation.source.specific_content_type.model_class()
    by_field = {}
    for segment in segments:
        name = segment.context.path.split(".")[0]
        if name == "slug":  # part of the address, not text a visitor reads
            continue
        by_field.setdefault(name, []).append(strip_tags(segment.string.data))
    parts = []
    for name, texts in by_field.items():
        try:
            label = str(model._meta.get_field(name).verbose_name)
        except Exception:  # a field the model no longer has: name it as stored
            label = name
        label = label[:1].upper() + label[1:]
        taste = Truncator(texts[0]).chars(48)
        if len(texts) > 1:
            values = {"field": label, "count": len(texts), "text": taste}
            parts.append(_("%(field)s: %(count)d passages (“%(text)s” …)") % values)
        else:
            parts.append(_("%(field)s (“%(text)s”)") % {"field": label, "text": taste})
    return parts


def refusal(page):
    """What keeps `page` from going live now: (message, translation), where `translation` is the wagtail-localize
    translation an editor may still publish from the confirmation page (None when there is no way round it), or
    (None, None) when nothing does."""
    section = section_not_live(page)
    if section is not None:
        return section_message(page, section), None
    translation = translation_of(page)
    problems = passage_problems(translation) if translation is not None else []
    if problems:
        return problems_message(page, problems), None
    parts = missing_parts(translation) if translation is not None else []
    if parts:
        return missing_message(page, parts), translation
    return None, None


def section_not_live(page):
    """The nearest section above a page in another language that is not live in that language, or None."""
    if page.locale.language_code == settings.LANGUAGE_CODE:
        return None
    return Page.objects.ancestor_of(page).filter(depth__gt=1, live=False).order_by("-depth").first()


def section_message(page, section):
    return _(
        "“%(page)s” was not published: the section it sits in, “%(section)s”, is not live in %(language)s, so its "
        "breadcrumb would lead to a missing page. Translate and publish “%(section)s” in %(language)s first."
    ) % {"page": page.title, "section": section.title, "language": page.locale.get_display_name()}


def missing_message(page, parts):
    return ngettext(
        "“%(page)s” was not published in %(language)s: %(count)d part is not translated yet, and would show "
        "in English: %(parts)s. Translate it, or publish anyway from the confirmation page.",
        "“%(page)s” was not published in %(language)s: %(count)d parts are not translated yet, and would show "
        "in English: %(parts)s. Translate them, or publish anyway from the confirmation page.",
        len(parts),
    ) % {
        "page": page.title,
        "language": page.locale.get_display_name(),
        "count": len(parts),
        "parts": "; ".join(parts),
    }


def problems_message(page, problems):
    """A translated passage the page type refuses (a letter's `{apellido}`): no publishing it anyway."""
    passages = "; ".join(
        _("“%(passage)s”: %(problem)s") % {"passage": Truncator(passage).chars(48), "problem": problem}
        for passage, problem in problems
    )
    return _(
        "“%(page)s” was not published in %(language)s: the translation of %(passages)s Correct it in the "
        "translation editor."
    ) % {"page": page.title, "language": page.locale.get_display_name(), "passages": passages}
