import importlib
import importlib.util
import random

from django.core.management.base import BaseCommand
from django.db import transaction

from home.translations import adopt_all_translations

# Each app with a `demo.py` module adds its part, in this order (later apps link to earlier ones' pages).
DEMO_APPS = ["home", "donations", "campaigns", "legislators", "resources", "updates", "newsletter"]


class Command(BaseCommand):
    help = (
        "Builds the demo organisation's site in English and Spanish, and in Arabic when SITE_LANGUAGES names it. "
        "Running it twice changes nothing."
    )

    def handle(self, *args, **options):
        ctx = {"random": random.Random(2026)}
        loaded = []
        with transaction.atomic():
            for app in DEMO_APPS:
                if importlib.util.find_spec(app) is None or importlib.util.find_spec(f"{app}.demo") is None:
                    continue
                importlib.import_module(f"{app}.demo").load(ctx)
                loaded.append(app)
                if options["verbosity"] >= 1:
                    self.stdout.write(f"Demo content: {app} ready.")
            # Then each app's optional finishing step, once every page the others link to exists.
            for app in loaded:
                finish = getattr(importlib.import_module(f"{app}.demo"), "finish", None)
                if finish is not None:
                    finish(ctx)
            # More languages when SITE_LANGUAGES names them (Arabic: right to left).
            from home import demo_arabic

            demo_arabic.load(ctx)
            # Spanish pages and snippets an older version made as plain copies become wagtail-localize
            # translations, so every one of them opens in its side-by-side editor.
            adopt_all_translations()
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))
