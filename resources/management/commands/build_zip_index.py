from django.core.management.base import BaseCommand

from resources.geo import ZIP_INDEX, build_zip_index


class Command(BaseCommand):
    help = "Writes resources/data/zip_points.tsv.gz (ZIP centroids and towns) from the installed `zipcodes` package."

    def handle(self, *args, **options):
        count = build_zip_index()
        self.stdout.write(self.style.SUCCESS(f"{count} ZIP codes written to {ZIP_INDEX}."))
