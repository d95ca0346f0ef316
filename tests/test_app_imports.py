"""The apps' import graph: the frame (`home`) and the kernel (`core`) name no feature app, and no two apps
import each other, directly or round a longer loop. Read from the source with `ast`, so lazy imports inside
functions count too.
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Every app of this repository (a folder with an apps.py); `ops`, `privacy` and `pagecache` serve the others.
APPS = sorted(path.parent.name for path in ROOT.glob("*/apps.py"))
SERVICE_APPS = {"ops", "privacy", "pagecache"}
FEATURE_APPS = set(APPS) - {"core", "home"} - SERVICE_APPS


def imported_apps(app):
    """{imported app: [files that import it]} for every module of `app` outside tests and migrations."""
    found = {}
    for path in (ROOT / app).rglob("*.py"):
        parts = path.relative_to(ROOT).parts
        if "tests" in parts or "migrations" in parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top in APPS and top != app:
                    found.setdefault(top, []).append(str(path.relative_to(ROOT)))
    return found


def import_graph():
    return {app: imported_apps(app) for app in APPS}


def test_the_kernel_imports_no_app():
    assert import_graph()["core"] == {}


def test_home_imports_no_feature_app():
    assert {"campaigns", "donations", "legislators", "newsletter", "resources", "updates"} <= FEATURE_APPS
    imports = import_graph()["home"]
    assert {app: files for app, files in imports.items() if app in FEATURE_APPS} == {}


def test_no_import_loops_between_apps():
    graph = {app: set(imports) for app, imports in import_graph().items()}
    loops = []

    def visit(app, path):
        for target in sorted(graph[app]):
            if target in path:
                loops.append(" -> ".join([*path[path.index(target) :], target]))
            else:
                visit(target, [*path, target])

    for app in APPS:
        visit(app, [app])
    assert loops == []
