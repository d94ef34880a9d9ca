"""The package tree in docs/architecture.md, written from the code: each folder with its modules.

    python tools/tree_doc.py          # rewrite the section in place
    python tools/tree_doc.py --check  # exit 1 when the document is out of date (tests/test_layering.py)
"""
from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PKG = ROOT / "capacity_app"
DOC = ROOT / "docs" / "architecture.md"
BEGIN = "<!-- the tree: written by tools/tree_doc.py -->"
END = "<!-- end of the tree -->"


def folders() -> list[Path]:
    """Every package folder of the application, parents before their children."""
    return sorted((p.parent for p in PKG.rglob("__init__.py") if "_data" not in p.parts),
                  key=lambda p: p.relative_to(ROOT).parts)


def modules(folder: Path) -> list[str]:
    """The modules a folder holds (its own ``.py`` files, ``__init__`` left out)."""
    return sorted(p.stem for p in folder.glob("*.py") if p.stem != "__init__")


def summary(folder: Path) -> str:
    """The first sentence of a sub-package's docstring."""
    doc = ast.get_docstring(ast.parse((folder / "__init__.py").read_text(encoding="utf-8"))) or ""
    first = " ".join(doc.split())
    for stop in (" (", ": ", ". "):
        first = first.split(stop)[0]
    return first.rstrip(".")


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


def rewritten(text: str) -> str:
    head, rest = text.split(BEGIN, 1)
    _old, tail = rest.split(END, 1)
    return head + BEGIN + "\n" + tree() + "\n" + END + tail


def main(argv: list[str]) -> int:
    text = DOC.read_text(encoding="utf-8")
    new = rewritten(text)
    if "--check" in argv:
        if new != text:
            print("docs/architecture.md: the tree is out of date; run python tools/tree_doc.py", file=sys.stderr)
            return 1
        return 0
    DOC.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
