"""Writes the sheet-by-sheet part of docs/workbook-format.md's consolidated-workbook chapter from
the code (``exchange.aggregate_format`` and the texts in ``resources/aggregate/strings.yaml``), so
the documentation says exactly what the workbook, the CSV files and the data dictionary say.

    python tools/aggregate_doc.py          # rewrite the section in place
    python tools/aggregate_doc.py --check  # exit 1 when the document is out of date

tests/exchange/test_format_doc.py runs the check."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DOC = ROOT / "docs" / "workbook-format.md"
BEGIN = "<!-- consolidated sheets: written by tools/aggregate_doc.py -->"
END = "<!-- end of the consolidated sheets -->"

# the columns written once per section, policy question, key fact or indicator, documented as patterns
DYNAMIC = {
    "summary": [("Section <id>", "<id>", "col.section"), ("Section <id> (unrounded)", "<id>_exact", "col.section_exact"),
                ("PQ <code> availability", "pq_<code>", "col.pq_availability")],
    "key_facts": [("<question>", "<answer key>", "col.fact"), ("<question> (label)", "<answer key>_label", "col.fact_label")],
    "regions": [("Section <id> mean", "<id>_mean", "col.section_mean"),
                ("Section <id> mean (unrounded)", "<id>_mean_exact", "col.section_mean_exact")],
    "sdg": [("<indicator code>", "<indicator code>", "col.sdg_indicator")],
}


def section() -> str:
    from capacity_app.catalog.aggregate_texts import text
    from capacity_app.exchange.aggregate.format import COLUMNS, SHEET_IDS

    out = [BEGIN, ""]
    for sid in SHEET_IDS:
        out += [f"## Consolidated sheet `{text(f'sheet.{sid}')}`", "", text(f"sheetdesc.{sid}"),
                f"CSV file: `csv/{sid}.csv`.", "", "### Columns", "", "| Column | Variable | Meaning |",
                "|---|---|---|"]
        for c in COLUMNS[sid]:
            out.append(f"| `{c.header()}` | `{c.var}` | {c.description()} |")
        for header, var, key in DYNAMIC.get(sid, []):
            desc = text(key.replace("col.", "desc."), "en", id="<id>", label="<label>", code="<code>", key="<answer key>")
            out.append(f"| `{header}` | `{var}` | One column each: {desc} |")
        out.append("")
    out.append(END)
    return "\n".join(out)


def main(argv: list[str]) -> int:
    doc = DOC.read_text(encoding="utf-8")
    start, end = doc.index(BEGIN), doc.index(END) + len(END)
    new = doc[:start] + section() + doc[end:]
    if "--check" in argv:
        return 0 if new == doc else 1
    DOC.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
