"""Helpers the demo-content loaders share: find-or-create pages (built by the apps' factories) and translations,
generated images.

Every helper leaves existing objects as they are, so loading the demo content twice changes nothing.
"""

import io
import random

from django.core.files.images import ImageFile
from wagtail.images import get_image_model
from wagtail.models import Locale, Page


def get_locale(language_code):
    locale, _ = Locale.objects.get_or_create(language_code=language_code)
    return locale


def ensure_child(parent, factory, slug, **fields):
    """The live child page of `parent` with this slug; if it is missing, the app's page factory (the one the tests
    use) builds it from `fields` and it is published."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific
    page = factory(parent=parent, slug=slug, locale=parent.locale, **fields)
    page.save_revision().publish()
    return page


def ensure_translation(page, locale, **fields):
    """The page's translation in `locale`: a wagtail-localize translation whose text is `fields`, published.

    Going through wagtail-localize (rather than a retyped copy) lets editors open the demo's Spanish pages in
    its side-by-side editor, and adopts Spanish pages an older version of the demo made as plain copies.
    """
    from home.translations import translate_from_text

    return translate_from_text(page, locale, **fields)


def ensure_image(title, colour=(11, 79, 108), accent=(179, 38, 30), size=(1200, 800), seed=0):
    """A generated illustration (shapes, no text), so the demo needs no downloaded photographs."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing is not None:
        return existing
    from PIL import Image as PILImage
    from PIL import ImageDraw

    rng = random.Random(seed)
    picture = PILImage.new("RGB", size, colour)
    draw = ImageDraw.Draw(picture)
    width, height = size
    for _ in range(14):
        radius = rng.randint(height // 10, height // 3)
        x, y = rng.randint(0, width), rng.randint(0, height)
        shade = tuple(min(255, c + rng.randint(10, 90)) for c in colour)
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=shade)
    draw.rectangle((0, height * 3 // 4, width, height), fill=accent)
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    image = Image(title=title, file=ImageFile(buffer, name=f"{title.lower().replace(' ', '-')[:40]}.png"))
    image.save()
    return image


def root_page():
    """The tree's root; rebuilt (with the root collection) if a flushed test database lost what migrations made."""
    from wagtail.models import Collection

    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    return Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", locale=get_locale("en")))


def edited_by_someone(page):
    """True once anyone (not the demo loader, whose revisions have no user) saved the page or a translation of it."""
    from wagtail.models import Revision

    pages = page.get_translations(inclusive=True)
    return Revision.page_revisions.filter(
        object_id__in=[str(pk) for pk in pages.values_list("pk", flat=True)], user__isnull=False
    ).exists()


def move_demo_dates(page, **fields):
    """Sets the demo page's dates (in every language) to `fields`, so the demo stays current however long after its
    first load it is run again; a page an editor has saved (in any language) keeps what the editor chose. The
    caller decides when the dates are stale. Returns the (fresh) page."""
    from wagtail_localize.models import TranslationSource

    page = type(page).objects.get(pk=page.pk)
    if edited_by_someone(page):
        return page
    for copy in [page, *(p.specific for p in page.get_translations())]:
        copy = type(copy).objects.get(pk=copy.pk)
        for name, value in fields.items():
            setattr(copy, name, value)
        copy.save_revision().publish()
    # wagtail-localize keeps a copy of the source's fields: a later sync of the translation must bring these dates.
    source = type(page).objects.get(pk=page.pk)
    if TranslationSource.objects.filter(object_id=source.translation_key).exists():
        TranslationSource.update_or_create_from_instance(source)
    return source
