"""The apps' import graph: the frame (`home`) and the kernel (`core`) name no feature app, no two apps
import each other, directly or round a longer loop, and inside each app no module imports itself back round a
loop (a page model that imports its app's views while the views import the models). Read from the source with
`ast`, so lazy imports inside functions count too.
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


# Module loops inside an app that are there on purpose: {(app, "a -> b -> a"): why}. None today.
DELIBERATE_MODULE_LOOPS = {}


def app_modules(app):
    """{dotted module name: path} for every module of `app` outside tests and migrations."""
    modules = {}
    for path in (ROOT / app).rglob("*.py"):
        parts = path.relative_to(ROOT).with_suffix("").parts
        if "tests" in parts or "migrations" in parts:
            continue
        modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return modules


def module_graph(app):
    """{module: modules of the same app it imports}. `from a.b import c` points at `a.b.c` when that is a module,
    else at `a.b` (a package's `__init__`, which in turn points at what it re-exports)."""
    modules = app_modules(app)
    graph = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        targets = set()
        for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
            if isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*parent, *([node.module] if node.module else [])])
                for alias in node.names:
                    if f"{base}.{alias.name}" in modules:
                        targets.add(f"{base}.{alias.name}")
                    elif base in modules:
                        targets.add(base)
            elif isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names if alias.name in modules)
        graph[name] = targets - {name}
    return graph


def module_loops(graph):
    """Each loop once, as "a -> b -> a" starting from its smallest module."""
    loops = set()

    def visit(module, path):
        for target in sorted(graph[module]):
            if target in path:
                loop = path[path.index(target) :]
                start = loop.index(min(loop))
                loop = loop[start:] + loop[:start]
                loops.add(" -> ".join([*loop, loop[0]]))
            else:
                visit(target, [*path, target])

    for module in sorted(graph):
        visit(module, [module])
    return loops


def test_module_loops_are_found():
    graph = {"a.models": {"a.views"}, "a.views": {"a.forms"}, "a.forms": {"a.models"}, "a.urls": {"a.views"}}
    assert module_loops(graph) == {"a.forms -> a.models -> a.views -> a.forms"}
    assert module_loops({"a.models": set(), "a.views": {"a.models"}}) == set()


def test_no_module_imports_itself_back_inside_an_app():
    """A page model calls its app's views (routes, listings); so the views, forms and services take the page they
    are given and import the records they need from their own module (`campaigns.models.signature`), never the
    `models` package or a page module."""
    found = {(app, loop) for app in APPS for loop in module_loops(module_graph(app))}
    unexplained = sorted(found - set(DELIBERATE_MODULE_LOOPS))
    assert unexplained == []
