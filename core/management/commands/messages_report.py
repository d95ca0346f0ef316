"""How complete each language's interface text is: every catalogue (each app's locale/ and the site's /locale)."""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils.translation import to_locale

APPS_WITH_CATALOGUES = (
    "core",
    "campaigns",
    "donations",
    "legislators",
    "updates",
    "newsletter",
    "resources",
    "privacy",
    "editors",
)


def catalogues(language):
    """The .po files of `language` (a Django code, "pt-br"), the site's own first."""
    name = to_locale(language)
    folders = [Path(path) for path in settings.LOCALE_PATHS]
    folders += [settings.BASE_DIR / app / "locale" for app in APPS_WITH_CATALOGUES]
    return [path for folder in folders if (path := folder / name / "LC_MESSAGES" / "django.po").exists()]


def completeness(language):
    """(translated, total, review state from the catalogues' headers) for `language`."""
    translated = total = 0
    reviewed = set()
    for path in catalogues(language):
        po = polib.pofile(str(path))
        entries = [entry for entry in po if not entry.obsolete]
        total += len(entries)
        translated += sum(1 for entry in entries if entry.translated())
        reviewed.add(po.metadata.get("X-Translation-Review", "unknown"))
    return translated, total, ", ".join(sorted(reviewed)) or "no catalogue"


class Command(BaseCommand):
    help = "Reports each language's share of translated interface text (all catalogues), and its review state."

    def add_arguments(self, parser):
        parser.add_argument(
            "languages", nargs="*", help="Language codes; default: the site's languages but the first."
        )
        parser.add_argument("--min", type=float, default=0, help="Exit with an error if any is below this percent.")

    def handle(self, *args, languages=(), min=0, **options):
        codes = languages or [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
        below = []
        for code in codes:
            translated, total, review = completeness(code)
            percent = 100 * translated / total if total else 0.0
            self.stdout.write(f"{code:8} {percent:6.1f}%  {translated:5}/{total:<5}  {review}")
            if percent < min:
                below.append(code)
        if below:
            self.stderr.write(f"Below {min}%: {', '.join(below)}")
            raise SystemExit(1)
