"""axe-core (bundled by axe-playwright-python: nothing is fetched) as every browser test runs it: the rules of
WCAG 2.2 AA, and only the violations sent back from the browser (the passes' details are not)."""

from axe_playwright_python.sync_playwright import Axe

WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_22_AA}, "resultTypes": ["violations"]}
_axe = Axe()


def audit(page):
    """axe's results for the page as it stands: `.violations_count`, `.generate_report()`."""
    return _axe.run(page, options=OPTIONS)
