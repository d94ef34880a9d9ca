"""The layering rules of docs/architecture.md: checked on the source text."""
import ast
import os
import subprocess
import sys
from pathlib import Path

PKG = Path(__file__).resolve().parents[1] / "capacity_app"
REPO = PKG.parent
# leaf modules: the standard library only, importing nothing of the package, imported by every layer
LEAVES = {"jobs", "processes", "files", "collector", "places"}
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


def test_the_import_contracts_hold():
    """The layers (nothing imports upwards) and no import circle at any depth: import-linter's
    contracts in pyproject.toml, which `make lint` runs too."""
    r = subprocess.run([sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command; "
                        "sys.exit(lint_imports_command())"],
                       cwd=REPO, capture_output=True, text=True, timeout=120,
                       env={**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])})
    assert r.returncode == 0, r.stdout[-4000:] + r.stderr[-2000:]


def test_leaves_import_only_the_standard_library():
    bad = []
    for leaf in LEAVES:
        f = PKG / f"{leaf}.py"
        assert f.is_file(), f
        for module, level in _imports(f):
            top = module.split(".")[0]
            if level or top == "capacity_app":
                bad.append(f"{leaf} imports {'.' * level}{module}")
            elif top not in sys.stdlib_module_names and top != "__future__":
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


def test_plancost_imports_no_action_plan_module_even_for_typing():
    """domain.actionplan imports domain.plancost; the reverse, even under TYPE_CHECKING, would make
    a circle (the contracts count type-only imports too)."""
    bad = [module for module, level in _imports(PKG / "domain" / "plan" / "cost.py")
           if module.split(".")[-1] in ("actions", "validation")]
    assert bad == []


MAX_MODULES = 20  # a folder per capability: a folder over this is split by capability


def test_no_folder_holds_more_than_twenty_modules():
    crowded = {str(d.relative_to(PKG)): n for d in [PKG, *(p.parent for p in PKG.rglob("__init__.py"))]
               if (n := len([p for p in d.glob("*.py") if p.name != "__init__.py"])) > MAX_MODULES}
    assert crowded == {}


def test_architecture_doc_draws_the_tree_as_it_is():
    """docs/architecture.md's tree is written from the code by tools/tree_doc.py."""
    r = subprocess.run([sys.executable, str(REPO / "tools" / "tree_doc.py"), "--check"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
