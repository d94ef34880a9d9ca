"""Writes the column tables of docs/workbook-format.md's "Action plan" and "Action costs" sheets:
the columns in the order the code writes them (``exchange.workbook.format``), the row of each
column a declaration gives (``domain.plan.fields``: an action's texts, a cost line's fields) made
from that declaration, every other row kept as it is written on the page. A field declared later
thus gets its row without a word written by hand.

    python tools/fields_doc.py          # rewrite the two tables in place
    python tools/fields_doc.py --check  # exit 1 when the page is out of date

tests/exchange/test_format_doc.py runs the check."""
from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
DOC = ROOT / "docs" / "workbook-format.md"
BEGIN = ("<!-- the columns of the sheet {sheet}: written by tools/fields_doc.py, a declared column's row from "
         "domain/plan/fields.py, the others' kept as written here -->")
END = "<!-- end of the columns of the sheet {sheet} -->"
_ROW = re.compile(r"^\| `([^`]+)` \| (.*) \|$")


def action_text_meaning(f) -> str:
    """An action's text's meaning: its ``doc``, else its help and limit."""
    if f.doc:
        return f.doc
    return f"{f.help.rstrip('.')} ({'one line, ' if f.one_line else ''}up to {f.limit:,} characters)."


def cost_field_meaning(f) -> str:
    """A cost line's field's meaning: its ``doc``, else its help (without the ``--cost`` word it
    opens with) and what the cell holds; its English header when it is not the column's key."""
    if f.doc:
        said = f.doc
    else:
        plain = re.sub(r'^"[^"]*":\s*', "", f.help).rstrip(".")
        plain = plain[:1].upper() + plain[1:]
        if f.kind == "text":
            said = f"{plain} (one line, up to {f.limit:,} characters); may be empty."
        elif f.kind == "choice":
            codes = ", ".join(f"`{c}`" for c in f.choices)
            said = f"{plain}: {codes}, as labels in the workbook's language; may be empty."
        else:
            said = f"{plain}; may be empty."
    if f.english != f.header:
        said += f' Its header reads "{f.english}" in English.'
    return said


def declared_rows(sheet: str) -> dict[str, str]:
    """Column -> meaning, for the columns of ``sheet`` a declaration gives."""
    from capacity_app.domain.plan.fields import ACTION_TEXTS, COST_FIELDS

    if sheet == "Action plan":
        return {f.header: action_text_meaning(f) for f in ACTION_TEXTS}
    return {f.header: cost_field_meaning(f) for f in COST_FIELDS}


def table(sheet: str, written: str, columns: tuple[str, ...], declared: dict[str, str]) -> str:
    """The block of ``sheet``'s ``columns``, the rows of those ``declared`` (column -> meaning) made
    from it, the others' taken from what the page's block holds now (``written``)."""
    kept = {m.group(1): m.group(2) for m in map(_ROW.match, written.splitlines()) if m}
    lines = [BEGIN.format(sheet=sheet), "", "| Column | Meaning |", "|---|---|"]
    for column in columns:
        meaning = declared.get(column) or kept.get(column)
        if meaning is None:
            raise SystemExit(f"docs/workbook-format.md: the column {column!r} of the sheet {sheet!r} is "
                             "not declared in domain/plan/fields.py: write its row in the table by hand")
        lines.append(f"| `{column}` | {meaning} |")
    return "\n".join([*lines, "", END.format(sheet=sheet)])


def page(doc: str, more: dict[str, dict[str, str]] | None = None) -> str:
    """``doc`` with the two sheets' blocks written again (``more``: sheet -> column -> meaning, the
    columns of fields declared after these, as a test declares one)."""
    from capacity_app.exchange.workbook.format import SHEET_COLUMNS

    for sheet in ("Action plan", "Action costs"):
        begin, end = BEGIN.format(sheet=sheet), END.format(sheet=sheet)
        start, stop = doc.index(begin), doc.index(end) + len(end)
        added = (more or {}).get(sheet, {})
        declared = {**declared_rows(sheet), **added}
        doc = doc[:start] + table(sheet, doc[start:stop], (*SHEET_COLUMNS[sheet], *added), declared) + doc[stop:]
    return doc


def main(argv: list[str]) -> int:
    doc = DOC.read_text(encoding="utf-8")
    new = page(doc)
    if "--check" in argv:
        if new != doc:
            print("docs/workbook-format.md: the declared columns' rows are out of date: run tools/fields_doc.py")
        return 0 if new == doc else 1
    DOC.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
