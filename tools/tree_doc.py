"""The generated parts of docs/architecture.md, written from the code, each between its markers:

* the package tree: each folder with its modules;
* the schema steps (migrations): every ``mNNN_*`` function of capacity_app/storage, with the first
  words of its docstring and its fixture database in tests/storage/fixtures/;
* the import contracts: the ``[tool.importlinter]`` contracts of pyproject.toml, id, type and name.

    python tools/tree_doc.py          # rewrite the sections in place
    python tools/tree_doc.py --check  # exit 1 when the document is out of date (tests/test_layering.py)
"""
from __future__ import annotations

import ast
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PKG = ROOT / "capacity_app"
DOC = ROOT / "docs" / "architecture.md"
BEGIN = "<!-- the tree: written by tools/tree_doc.py -->"
END = "<!-- end of the tree -->"
MIGRATIONS_BEGIN = "<!-- the schema steps: written by tools/tree_doc.py -->"
MIGRATIONS_END = "<!-- end of the schema steps -->"
CONTRACTS_BEGIN = "<!-- the import contracts: written by tools/tree_doc.py -->"
CONTRACTS_END = "<!-- end of the import contracts -->"
FIXTURES = ROOT / "tests" / "storage" / "fixtures"
PYPROJECT = ROOT / "pyproject.toml"
STEP = re.compile(r"m(\d{3})_\w+")


def folders() -> list[Path]:
    """Every package folder of the application, parents before their children."""
    return sorted((p.parent for p in PKG.rglob("__init__.py") if "_data" not in p.parts),
                  key=lambda p: p.relative_to(ROOT).parts)


def modules(folder: Path) -> list[str]:
    """The modules a folder holds (its own ``.py`` files, ``__init__`` left out)."""
    return sorted(p.stem for p in folder.glob("*.py") if p.stem != "__init__")


def first_words(doc: str) -> str:
    """A docstring's first words: up to its first bracket, colon or full stop."""
    first = " ".join(doc.split())
    for stop in (" (", ": ", ". "):
        first = first.split(stop)[0]
    return first.rstrip(".")


def summary(folder: Path) -> str:
    """The first sentence of a sub-package's docstring."""
    return first_words(ast.get_docstring(ast.parse((folder / "__init__.py").read_text(encoding="utf-8"))) or "")


def tree() -> str:
    lines = ["```"]
    for folder in folders():
        rel = folder.relative_to(ROOT).as_posix() + "/"
        depth = len(folder.relative_to(PKG).parts)
        names = modules(folder)
        head = f"{'    ' * depth}{rel.split('/')[-2] + '/' if depth else rel}  ({len(names)})"
        if depth >= 2:
            head += f"  {summary(folder)}"
        lines.append(head)
        width = 96 - 4 * (depth + 1)
        row = ""
        for n in names:
            if row and len(row) + len(n) + 1 > width:
                lines.append("    " * (depth + 1) + row.rstrip())
                row = ""
            row += n + " "
        if row:
            lines.append("    " * (depth + 1) + row.rstrip())
    lines.append("```")
    return "\n".join(lines)


def created_tables(fn: ast.FunctionDef) -> list[str]:
    """The tables a schema step creates with ``db["name"].create(...)`` (for a step without a docstring)."""
    names = []
    for node in ast.walk(fn):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "create"
                and isinstance(node.func.value, ast.Subscript)
                and isinstance(node.func.value.slice, ast.Constant)):
            names.append(str(node.func.value.slice.value))
    return names


def schema_steps() -> list[tuple[str, str, str]]:
    """(module, step, first words) for every top-level ``mNNN_*`` function under capacity_app/storage, in
    step order; a step without a docstring is told by the tables it creates."""
    steps = []
    for path in sorted((PKG / "storage").rglob("*.py")):
        tree_ = ast.parse(path.read_text(encoding="utf-8"))
        for fn in tree_.body:
            if isinstance(fn, ast.FunctionDef) and STEP.fullmatch(fn.name):
                doc = ast.get_docstring(fn)
                said = first_words(doc) if doc else "creates " + ", ".join(created_tables(fn))
                steps.append((path.relative_to(ROOT).as_posix(), fn.name, said))
    return sorted(steps, key=lambda s: s[1])


def migrations_block() -> str:
    steps = schema_steps()
    lines = ["```"]
    for module in dict.fromkeys(m for m, _, _ in steps):
        lines.append(f"{module}  ({sum(1 for m, _, _ in steps if m == module)} steps)")
    width = max(len(name) for _, name, _ in steps)
    for _module, name, said in steps:
        number = STEP.fullmatch(name).group(1)
        fixture = FIXTURES / f"schema-v{number}-{name}.sqlite3"
        mark = f"v{number}" if fixture.exists() else "NO FIXTURE"
        lines.append(f"    {name:<{width}}  [{mark}]  {said}")
    lines.append("```")
    return "\n".join(lines)


def contracts_block() -> str:
    contracts = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["tool"]["importlinter"]["contracts"]
    width = max(len(c["id"]) for c in contracts)
    kind = max(len(c["type"]) for c in contracts)
    lines = ["```"]
    lines += [f"{c['id']:<{width}}  {c['type']:<{kind}}  {c['name']}" for c in contracts]
    lines.append("```")
    return "\n".join(lines)


def between(text: str, begin: str, end: str, block: str) -> str:
    head, rest = text.split(begin, 1)
    _old, tail = rest.split(end, 1)
    return head + begin + "\n" + block + "\n" + end + tail


def rewritten(text: str) -> str:
    text = between(text, BEGIN, END, tree())
    text = between(text, MIGRATIONS_BEGIN, MIGRATIONS_END, migrations_block())
    return between(text, CONTRACTS_BEGIN, CONTRACTS_END, contracts_block())


def main(argv: list[str]) -> int:
    text = DOC.read_text(encoding="utf-8")
    new = rewritten(text)
    if "--check" in argv:
        if new != text:
            print("docs/architecture.md: the tree, the schema steps or the import contracts are out of date; "
                  "run python tools/tree_doc.py", file=sys.stderr)
            return 1
        return 0
    DOC.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
