"""docs/workbook-format.md documents exactly what the code writes."""
import re
from pathlib import Path

from capacity_app.exchange.aggregate.format import AGG_SHEET_COLUMNS, AGG_SHEET_ORDER
from capacity_app.exchange.workbook.format import METADATA_FIELD_NAMES, PLAN_FIELD_NAMES, SHEET_COLUMNS, SHEET_ORDER

from workbook_values import book_values

DOC = Path(__file__).resolve().parents[2] / "docs" / "workbook-format.md"


def parse_doc():
    """{("Sheet"|"Consolidated sheet", name): {"Columns": [...], "Fields": [...]}}"""
    out = {}
    current = None
    table = None
    for line in DOC.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^## (Sheet|Consolidated sheet) `([^`]+)`\s*$", line)
        if m:
            current = out.setdefault((m.group(1), m.group(2)), {})
            table = None
            continue
        if line.startswith("## ") or line.startswith("# "):
            current = table = None
            continue
        m = re.match(r"^### (Columns|Fields)\s*$", line)
        if m and current is not None:
            table = current.setdefault(m.group(1), [])
            continue
        m = re.match(r"^\| `([^`]+)` \|", line)
        if m and table is not None:
            table.append(m.group(1))
    return out


def _columns(doc_cols):
    return [c for c in doc_cols if not c.startswith("<")]


def test_doc_lists_every_exchange_sheet_and_column():
    doc = parse_doc()
    sheets = [name for kind, name in doc if kind == "Sheet"]
    assert sheets == list(SHEET_ORDER)
    for name in SHEET_ORDER:
        assert tuple(_columns(doc[("Sheet", name)]["Columns"])) == SHEET_COLUMNS[name], name
    assert tuple(doc[("Sheet", "Metadata")]["Fields"]) == METADATA_FIELD_NAMES
    assert tuple(doc[("Sheet", "Plan validation")]["Fields"]) == PLAN_FIELD_NAMES


def test_doc_lists_every_consolidated_sheet_and_column():
    doc = parse_doc()
    sheets = [name for kind, name in doc if kind == "Consolidated sheet"]
    assert sheets == list(AGG_SHEET_ORDER)
    for name in AGG_SHEET_ORDER:
        cols = [c for c in doc[("Consolidated sheet", name)]["Columns"]
                if not c.startswith("<") and "<" not in c]
        assert tuple(cols) == AGG_SHEET_COLUMNS[name], name


def test_written_workbook_matches_the_doc(rich):
    _, _, path = rich
    doc = parse_doc()
    book = book_values(path)
    assert list(book) == [n for k, n in doc if k == "Sheet"]
    for name, rows in book.items():
        header = [c for c in rows[0] if c is not None]
        documented = _columns(doc[("Sheet", name)]["Columns"])
        assert header[:len(documented)] == documented, name
    fields = [r[0] for r in book["Metadata"][1:]]
    assert fields == list(doc[("Sheet", "Metadata")]["Fields"])


def test_consolidated_chapter_is_generated_from_the_code():
    """The consolidated sheets' part of the document is written by tools/aggregate_doc.py from the
    column definitions and their texts: run it after changing either."""
    import subprocess
    import sys

    tool = Path(__file__).resolve().parents[2] / "tools" / "aggregate_doc.py"
    assert subprocess.run([sys.executable, str(tool), "--check"], timeout=60).returncode == 0
