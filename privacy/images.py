"""Uploaded photos lose their EXIF, XMP and IPTC metadata (GPS position, camera, timestamps) before storage.

A photo of a march taken on a phone carries where and when it was taken. The stored original is rewritten
without metadata (the orientation is applied to the pixels first), so `/media/original_images/…` and every
rendition Wagtail makes from it carry none either. Only the colour profile is kept.
"""

import io
import logging

from django.core.files.base import ContentFile
from PIL import Image, ImageOps, UnidentifiedImageError

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
}


def _register_heif():
    try:
        import pillow_heif

        pillow_heif.register_heif_opener()
    except ImportError:  # HEIC uploads are then refused by Wagtail itself
        pass


def without_metadata(fileobj):
    """(bytes, width, height) of the image re-encoded without metadata, or None if it is not one we rewrite
    (an SVG, a GIF, or an animation, which Wagtail stores as uploaded)."""
    _register_heif()
    fileobj.seek(0)
    try:
        with Image.open(fileobj) as original:
            if original.format not in FORMATS or getattr(original, "n_frames", 1) > 1 and original.format != "MPO":
                return None
            save_format, options = FORMATS[original.format]
            icc_profile = original.info.get("icc_profile")
            image = ImageOps.exif_transpose(original)
            image.load()
    except (UnidentifiedImageError, OSError, ValueError):
        return None
    finally:
        fileobj.seek(0)
    image.info = {}  # comments, XMP, EXIF, DPI... nothing rides along
    if icc_profile:
        options = {**options, "icc_profile": icc_profile}
    if save_format == "JPEG" and image.mode not in ("RGB", "L", "CMYK"):
        image = image.convert("RGB")
    output = io.BytesIO()
    image.save(output, format=save_format, **options)
    return output.getvalue(), image.width, image.height


def strip_uploaded_image(sender, instance, **kwargs):
    """pre_save on the image model: rewrite a newly uploaded file (not one already stored) without metadata."""
    file = instance.file
    if not file or getattr(file, "_committed", True):
        return
    result = without_metadata(file.file if hasattr(file, "file") else file)
    if result is None:
        return
    data, width, height = result
    instance.file = ContentFile(data, name=file.name)
    instance.width, instance.height = width, height
    instance._set_image_file_metadata()


def connect():
    from django.db.models.signals import pre_save
    from wagtail.images import get_image_model

    pre_save.connect(strip_uploaded_image, sender=get_image_model(), dispatch_uid="privacy_strip_image_metadata")
