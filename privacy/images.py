"""Uploaded images lose their EXIF, XMP and IPTC metadata (GPS position, camera, timestamps) before storage.

A photo of a march taken on a phone carries where and when it was taken. The stored original is rewritten
without metadata (the orientation is applied to the pixels first), so `/media/original_images/…` and every
rendition Wagtail makes from it carry none either. Only the colour profile and transparency are kept. Every
format Wagtail accepts here (WAGTAILIMAGES_EXTENSIONS) is rewritten, animations included (an animated WebP,
APNG, GIF or AVIF keeps every frame, its timing and its loop); a file that cannot be rewritten is refused with
a message in the upload form (`ImageForm`), never stored as uploaded.
"""

import io
import logging

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _
from PIL import ExifTags, Image, ImageOps, ImageSequence, UnidentifiedImageError
from wagtail.images.forms import BaseImageForm

logger = logging.getLogger(__name__)

# Pillow format name -> what to save as, and the options that keep quality.
FORMATS = {
    "JPEG": ("JPEG", {"quality": 90, "optimize": True}),
    "MPO": ("JPEG", {"quality": 90, "optimize": True}),  # phones' multi-picture JPEGs: keep the first picture
    "PNG": ("PNG", {"optimize": True}),
    "WEBP": ("WEBP", {"quality": 90}),
    "HEIF": ("HEIF", {"quality": 90}),
    "AVIF": ("AVIF", {"quality": 90}),
    "TIFF": ("TIFF", {}),
    "GIF": ("GIF", {}),
}
# Formats whose frames are an animation: every frame is kept, with its duration and the loop count.
ANIMATED = {"WEBP", "PNG", "GIF", "AVIF"}
# The EXIF orientation -> the transposition that shows the pixels upright (ImageOps.exif_transpose's table).
TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
CANNOT_STRIP = _(
    "This image could not be saved without its hidden details (such as where and when it was taken), so it "
    "was not uploaded. Save it again as JPEG or PNG and upload that."
)


class CannotStrip(Exception):
    """The file is not an image we can rewrite without metadata."""


def _register_heif():
    try:
        import pillow_heif

        pillow_heif.register_heif_opener()
    except ImportError:  # HEIC uploads are then refused by Wagtail itself
        pass


def _still(original, save_format, options):
    image = ImageOps.exif_transpose(original)
    image.load()
    transparency = image.info.get("transparency")
    image.info = {}  # comments, XMP, EXIF, DPI... nothing rides along
    if transparency is not None and save_format != "JPEG":
        options = {**options, "transparency": transparency}
    if save_format == "JPEG" and image.mode not in ("RGB", "L", "CMYK"):
        image = image.convert("RGB")
    return image, options


def _animation(original, save_format, options):
    """Every frame as a full picture (Pillow composes them as it reads), upright, with nothing but pixels."""
    turn = TRANSPOSE.get(original.getexif().get(ExifTags.Base.Orientation, 1))
    frames, durations = [], []
    for frame in ImageSequence.Iterator(original):
        durations.append(frame.info.get("duration", 100))
        picture = frame.convert("RGBA")
        frames.append(picture.transpose(turn) if turn is not None else picture)
    options = {**options, "save_all": True, "append_images": frames[1:], "duration": durations}
    options["loop"] = original.info.get("loop", 0)
    if save_format == "GIF":
        options["disposal"] = 2  # each frame is whole: clear before drawing the next
    return frames[0], options


def without_metadata(fileobj):
    """(bytes, width, height) of the image re-encoded without metadata; CannotStrip when it cannot be."""
    _register_heif()
    fileobj.seek(0)
    try:
        with Image.open(fileobj) as original:
            if original.format not in FORMATS:
                raise CannotStrip(f"format {original.format}")
            save_format, options = FORMATS[original.format]
            icc_profile = original.info.get("icc_profile")
            animated = getattr(original, "n_frames", 1) > 1 and original.format != "MPO"
            if animated and original.format not in ANIMATED:
                raise CannotStrip(f"{original.format} with {original.n_frames} frames")
            if animated:
                image, options = _animation(original, save_format, options)
            else:
                image, options = _still(original, save_format, options)
            if icc_profile:
                options = {**options, "icc_profile": icc_profile}
            output = io.BytesIO()
            image.save(output, format=save_format, **options)
    except (UnidentifiedImageError, OSError, ValueError, KeyError, TypeError) as error:
        raise CannotStrip(str(error)) from error
    finally:
        fileobj.seek(0)
    return output.getvalue(), image.width, image.height


def _stripped(file):
    """The rewritten image for an uploaded file, made once (the form's check and the save share it)."""
    from django.db.models.fields.files import FieldFile

    upload = file.file if isinstance(file, FieldFile) else file
    found = getattr(upload, "_amparo_stripped", None)
    if found is None:
        found = without_metadata(upload)
        upload._amparo_stripped = found
    return found


class ImageForm(BaseImageForm):
    """Wagtail's image form (WAGTAILIMAGES_IMAGE_FORM_BASE), refusing a file that cannot lose its metadata."""

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if file is not None and hasattr(file, "read") and not getattr(file, "_committed", False):
            try:
                _stripped(file)
            except CannotStrip as error:
                logger.info("Refused an image upload: %s", error)
                raise ValidationError(CANNOT_STRIP, code="metadata") from error
        return file


def strip_uploaded_image(sender, instance, **kwargs):
    """pre_save on the image model: rewrite a newly uploaded file (not one already stored) without metadata."""
    file = instance.file
    if not file or getattr(file, "_committed", True):
        return
    try:
        data, width, height = _stripped(file)
    except CannotStrip as error:  # the admin's form refused it already; code that saves one gets the same
        raise ValidationError(CANNOT_STRIP, code="metadata") from error
    instance.file = ContentFile(data, name=file.name)
    instance.width, instance.height = width, height
    instance._set_image_file_metadata()


def connect():
    from django.db.models.signals import pre_save
    from wagtail.images import get_image_model

    pre_save.connect(strip_uploaded_image, sender=get_image_model(), dispatch_uid="privacy_strip_image_metadata")
