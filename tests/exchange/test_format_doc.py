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


def _fields_doc():
    import importlib.util

    tool = Path(__file__).resolve().parents[2] / "tools" / "fields_doc.py"
    spec = importlib.util.spec_from_file_location("fields_doc", tool)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_plan_sheets_columns_are_written_from_the_declaration():
    """The Action plan and Action costs tables are what tools/fields_doc.py writes: a declared
    column's row made from domain/plan/fields.py, the others kept as written (run the tool after
    declaring a field)."""
    tool = _fields_doc()
    doc = DOC.read_text(encoding="utf-8")
    assert tool.page(doc) == doc, "run: python tools/fields_doc.py"


def test_a_field_declared_later_gets_its_row_without_a_word_written():
    """A new text of an action and a new field of a cost line: rows from their help and limit, at
    the end of their sheet's table (where the code writes their columns), the others as they were."""
    from dataclasses import replace

    from capacity_app.domain.plan.fields import ActionText, CostField

    tool = _fields_doc()
    website = ActionText("website", "Website", "website", "The action's web page.", limit=500, lines=1,
                         one_line=True)
    code = CostField("budget_line", "text", "Budget line code", "budget line code", 14, option="code", limit=40,
                     help='"code=TEXT": the national budget\'s line code.')
    assert tool.action_text_meaning(website) == "The action's web page (one line, up to 500 characters)."
    assert tool.cost_field_meaning(code) == "The national budget's line code (one line, up to 40 characters); may be empty."
    assert tool.cost_field_meaning(replace(code, label="Code of the budget line")).endswith(
        'Its header reads "Code of the budget line" in English.')
    doc = DOC.read_text(encoding="utf-8")
    new = tool.page(doc, {"Action plan": {"Website": tool.action_text_meaning(website)},
                          "Action costs": {"Budget line code": tool.cost_field_meaning(code)}})
    before, after = doc.splitlines(), new.splitlines()
    added = [line for line in after if line not in before]
    assert added == ["| `Website` | The action's web page (one line, up to 500 characters). |",
                     "| `Budget line code` | The national budget's line code (one line, up to 40 characters); "
                     "may be empty. |"], added
    assert [after[after.index(line) - 1].split(" | ")[0] for line in added] == ["| `SDG target`", "| `EU budget line`"]
    assert len(after) == len(before) + 2
