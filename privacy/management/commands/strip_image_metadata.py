"""Rewrite images uploaded before metadata stripping existed, and drop their renditions (remade on demand)."""

from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand
from wagtail.images import get_image_model

from privacy.images import CannotStrip, without_metadata


class Command(BaseCommand):
    help = "Strip EXIF/XMP/IPTC (GPS, camera, time) from every stored original image; renditions are remade."

    def handle(self, **options):
        changed = 0
        for image in get_image_model().objects.all():
            try:
                with image.open_file() as stored:
                    data, width, height = without_metadata(stored)
            except CannotStrip as error:
                self.stderr.write(f"Image {image.pk} ({image.title!r}) could not be rewritten ({error}): replace it.")
                continue
            old_name = image.file.name
            image.file.save(old_name.rsplit("/", 1)[-1], ContentFile(data), save=False)
            image.width, image.height = width, height
            image._set_image_file_metadata()
            image.save()
            image.renditions.all().delete()
            image.file.storage.delete(old_name)
            changed += 1
        self.stdout.write(self.style.SUCCESS(f"Rewrote {changed} images without metadata."))
