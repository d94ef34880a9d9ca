"""The layering rules of docs/architecture (design.md): checked on the source text."""
import ast
from pathlib import Path

PKG = Path(__file__).resolve().parents[1] / "capacity_app"
LAYERS = ["domain", "catalog", "storage", "exchange", "reports", "services", "gui"]
ALLOWED = {  # may import (besides itself)
    "domain": set(),
    "catalog": {"domain"},
    "storage": {"domain", "catalog"},
    "reports": {"domain", "catalog", "storage"},
    "exchange": {"domain", "catalog", "storage", "reports"},
    "services": {"domain", "catalog", "storage", "reports", "exchange"},
    "gui": {"domain", "catalog", "storage", "reports", "exchange", "services"},
}
# leaf modules: standard library only, imported by every layer, importing nothing of the package
LEAVES = {"jobs", "processes"}
IO_MODULES = {"sqlite3", "sqlite_utils", "PySide6", "openpyxl", "weasyprint", "socket", "subprocess",
              "requests", "urllib", "shutil"}


def _imports(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                yield a.name, 0
        elif isinstance(node, ast.ImportFrom):
            yield (node.module or ""), node.level


def _layer_of_import(file: Path, module: str, level: int) -> str | None:
    if level:
        rel = file.relative_to(PKG).parts[:-1]
        base = list(rel[: len(rel) - (level - 1)]) if level > 1 else list(rel)
        parts = base + (module.split(".") if module else [])
        return parts[0] if parts else None
    if module.startswith("capacity_app."):
        return module.split(".")[1]
    return None


def test_layers_only_import_downwards():
    bad = []
    for layer in LAYERS:
        for f in (PKG / layer).rglob("*.py"):
            for module, level in _imports(f):
                target = _layer_of_import(f, module, level)
                if target in LAYERS and target != layer and target not in ALLOWED[layer]:
                    bad.append(f"{f.relative_to(PKG)} imports {target}")
    assert bad == []


def test_leaves_import_nothing_of_the_package():
    bad = []
    for leaf in LEAVES:
        f = PKG / f"{leaf}.py"
        assert f.is_file(), f
        for module, level in _imports(f):
            if level or module.split(".")[0] == "capacity_app":
                bad.append(f"{leaf} imports {'.' * level}{module}")
            elif module.split(".")[0] in IO_MODULES | {"PySide6", "jinja2", "openpyxl", "weasyprint"}:
                bad.append(f"{leaf} imports {module}")
    assert bad == []


def test_one_cancel_type():
    """Long jobs cancel with capacity_app.jobs.Cancelled only: no layer defines its own."""
    bad = []
    for f in PKG.rglob("*.py"):
        if f.name == "jobs.py" and f.parent == PKG:
            continue
        tree = ast.parse(f.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and "Cancel" in node.name:
                bad.append(f"{f.relative_to(PKG)} defines {node.name}")
    assert bad == []


def test_pyside6_only_in_gui():
    bad = [str(f.relative_to(PKG)) for f in PKG.rglob("*.py") if "gui" not in f.relative_to(PKG).parts[:1]
           and any(m.split(".")[0] == "PySide6" for m, _ in _imports(f))]
    assert bad == []


def test_domain_does_no_io():
    bad = []
    for f in (PKG / "domain").rglob("*.py"):
        for module, level in _imports(f):
            if not level and module.split(".")[0] in IO_MODULES:
                bad.append(f"{f.name} imports {module}")
        src = f.read_text(encoding="utf-8")
        if "open(" in src.replace("_open(", ""):
            bad.append(f"{f.name} opens files")
    assert bad == []
