"""How complete each language's interface text is: every catalogue (each app's locale/ and the site's /locale)."""

import re
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


# Text only staff read: models' labels and help, the admin's views, panels and blocks' labels, commands, demo.
STAFF_ONLY = re.compile(
    r"(models|viewsets|wagtail_hooks|admin|panels|blocks\.py|management/|exports|editors/|snippets|audit|"
    r"settings\.py|filters|demo|two_factor|apps\.py|dashboard|delivery_list|inspect|languages\.py|core/pages\.py)"
)


def is_for_visitors(entry):
    """Whether a visitor can read the text: it is used somewhere other than the admin's own files."""
    return any(not STAFF_ONLY.search(path) for path, _line in entry.occurrences)


def completeness(language):
    """{"all": (translated, total), "visitors": (translated, total), "review": state} for `language`."""
    counts = {"all": [0, 0], "visitors": [0, 0]}
    reviewed = set()
    for path in catalogues(language):
        po = polib.pofile(str(path))
        for entry in po:
            if entry.obsolete:
                continue
            kinds = ["all", "visitors"] if is_for_visitors(entry) else ["all"]
            for kind in kinds:
                counts[kind][1] += 1
                counts[kind][0] += entry.translated()
        reviewed.add(po.metadata.get("X-Translation-Review", "unknown"))
    return {**{kind: tuple(pair) for kind, pair in counts.items()}, "review": ", ".join(sorted(reviewed)) or "none"}


def percent(pair):
    translated, total = pair
    return 100 * translated / total if total else 0.0


class Command(BaseCommand):
    help = (
        "Each language's share of translated interface text (every catalogue): what visitors and supporters read, "
        "everything (the admin's labels too), and whether a native speaker reviewed it."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "languages", nargs="*", help="Language codes; default: the site's languages but the first."
        )
        parser.add_argument(
            "--min", type=float, default=0, help="Fail if any language's visitor text is below this percent."
        )

    def handle(self, *args, languages=(), min=0, **options):
        codes = languages or [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
        below = []
        self.stdout.write(f"{'language':9}{'visitors see':>22}{'everything':>22}  review")
        for code in codes:
            found = completeness(code)
            visitors, everything = found["visitors"], found["all"]
            self.stdout.write(
                f"{code:9}{percent(visitors):9.1f}% {visitors[0]:5}/{visitors[1]:<5}"
                f"{percent(everything):9.1f}% {everything[0]:5}/{everything[1]:<5}  {found['review']}"
            )
            if percent(visitors) < min:
                below.append(code)
        if below:
            self.stderr.write(f"Below {min}%: {', '.join(below)}")
            raise SystemExit(1)
