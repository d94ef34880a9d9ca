"""A new field of a cost line, declared once, flows through the whole application.

A temporary copy of the package gets what docs/development.md ("Adding a field", a cost line's
field) asks for the national budget's line code of each cost line — an entry at the end of
``COST_FIELDS`` in ``domain/plan/fields.py`` (its English label and refusal's word are the
declaration's) and the attribute of ``Cost`` in ``domain/plan/cost.py`` — and nothing else: no
entry in ``domain/texts.py``, no catalogue entry, no schema step (a line is stored as JSON). In
that copy the command line takes the field in ``--cost``, refuses a line break in it and shows it;
the store keeps it (the JSON of ``actions --json`` read back from the database); a line without it
keeps its JSON as before; the exchange workbook carries it in a column of its own, an unchanged
workbook imports back with no change (exact), and the column moved to the front and edited is
found by its header and imported; the differences since the government's validation name it, with
the values approved and now. Declared ``printed``, the report's sheet of the action prints it in a
column of its own and the full plan's line in words labelled (the Word copy, laid out from the
HTML the PDF is). The window's cost dialog has a row for it, labelled as the workbook's column,
after the others in the Tab order, and saves it; a text too long is told under the fields in one
line and nothing is saved, Escape asks before losing it; the fields the dialog has no editor for
(the EU's modality) are kept.
"""
import textwrap

from package_copy import copy_package, declare, edit, run_flow


def _copy_with_budget_line(tmp):
    """The package copied into ``tmp`` with a cost line's budget line code declared."""
    pkg = copy_package(tmp)
    declare(pkg, "COST_FIELDS", 'CostField("budget_line", "text", "Budget line code", "budget line code", 14, '
            'option="code", limit=40, printed=True, help=\'"code=TEXT": the national budget\\\'s line code.\'),')
    edit(pkg / "domain" / "plan" / "cost.py", '    eu_line: str = ""\n',
          '    eu_line: str = ""\n    budget_line: str = ""\n')
    return pkg


_SCRIPT = textwrap.dedent('''
    import json, sys
    from decimal import Decimal
    from openpyxl import load_workbook
    from flowlib import cli, run, runner  # tests/package_copy.py writes it beside the script

    def main():
        db, out = sys.argv[1], sys.argv[2]

        def plan():
            return json.loads(run("actions", aid, "--json"))["actions"]

        result = {}
        aid = run("new", "--country", "SEN", "--round", "2026").strip()
        run("actions", "finance", aid, "--rate", "XOF=600@2026-01-05")
        when = ("--owner", "ANSD", "--start", "2027-Q1", "--end", "2027-Q4")
        run("actions", "add", aid, "--title", "Census tables", "--priority-action", *when,
            "--cost", "2027=1000 XOF; partner=IOM; code=  BL-042 ; committed")
        run("actions", "add", aid, "--title", "Train the staff", *when, "--cost", "2027=500 XOF")
        refused = runner.invoke(cli, ["--db", db, "actions", "add", aid, "--title", "x", "--cost",
                                      "2027=5 XOF; code=a\\nb"])
        result["refused"] = [refused.exit_code, refused.output]
        result["help"] = run("actions", "add", "--help")
        result["lines"] = [a["costs"] for a in plan()]
        result["shown"] = run("actions", aid)
        run("actions", "validate", aid, "--date", "2026-06-01", "--event", "Steering committee",
            "--approved-by", "A. Diallo", "--position", "Director General", "--institution", "ANSD")
        before = plan()
        run("export", aid, "--xlsx", out + "/plan.xlsx")
        result["same"] = run("import", out + "/plan.xlsx", "--yes")
        result["unchanged"] = plan() == before
        wb = load_workbook(out + "/plan.xlsx")
        ws = wb["Action costs"]
        header = [c.value for c in ws[1]]
        result["header"] = header
        col = header.index("Budget line code") + 1
        result["cells"] = [ws.cell(2, col).value, ws.cell(3, col).value]
        # the column moved to the front, its code edited: found by its header, imported
        ws.insert_cols(1)
        ws.cell(1, 1).value = "Budget line code"
        ws.cell(2, 1).value = "BL-043"
        ws.delete_cols(col + 1)
        wb.save(out + "/edited.xlsx")
        result["import"] = run("import", out + "/edited.xlsx", "--yes")
        result["after"] = [a["costs"] for a in plan()]
        result["changed"] = run("actions", aid)
        run("report", aid, "--docx", out + "/report.docx")
        from docx import Document
        doc = Document(out + "/report.docx")
        tables = [[[c.text for c in row.cells] for row in t.rows] for t in doc.tables]
        result["docx"] = next(t for t in tables if "Budget line code" in t[0])
        result["full"] = [c for t in tables for row in t for c in row if "Budget line code:" in c]
        result["dialog"] = dialog(out)
        print(json.dumps(result))

    def dialog(out):
        """The window's cost dialog in this copy: a new line and a line edited."""
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QLabel
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, out)
        from capacity_app.domain.plan.cost import Cost, cost_to_plain
        from capacity_app.gui.plan.dialogs import CostLineDialog
        from capacity_app.gui.window.app import make_app
        make_app()
        d = CostLineDialog(None, None, "XOF", 2027)
        seen = {"label": [x.text() for x in d.findChildren(QLabel) if x.buddy() is d.budget_line],
                "after": d.takeover_amount.nextInFocusChain() is d.budget_line}
        d.amount.setText("700")
        d.budget_line.setText("  BL-7 ")
        d.accept()
        seen["new"] = cost_to_plain(d.cost())
        line = Cost(2027, Decimal(1000), "XOF", "partner", "IOM", modality="grants", budget_line="BL-042")
        d = CostLineDialog(None, line, "XOF")
        seen["shown"] = d.budget_line.text()
        d.budget_line.setText("x" * 41)
        seen["asks"] = d._snapshot() != d._opened  # Escape would ask before losing it
        d.accept()
        seen["refused"] = [d.cost() is None, d.error.text()]
        d.budget_line.setText("BL-8")
        d.accept()
        seen["edited"] = cost_to_plain(d.cost())
        return seen

    if __name__ == "__main__":
        main()
''')


def test_a_cost_field_declared_once_reaches_every_part(tmp_path):
    copy = tmp_path / "copy"
    copy.mkdir()
    _copy_with_budget_line(copy)
    r = run_flow(tmp_path, copy, _SCRIPT)
    code, said = r["refused"]
    assert code != 0 and "budget line code" in said and "one line" in said, said
    assert "code=TEXT\": the national budget's line code." in " ".join(r["help"].split())
    first, second = r["lines"]
    # stored and read back, in the declared order; a line without the field keeps its JSON as before
    assert list(first[0]) == ["year", "amount", "currency", "funding", "funder", "secured", "executed",
                              "pipeline", "budget_line"], first
    assert first[0]["budget_line"] == "BL-042" and first[0]["secured"] is True
    assert second == [{"year": 2027, "amount": "500", "currency": "XOF", "funding": "national", "funder": "",
                       "secured": False, "executed": None}]
    assert "budget line code BL-042" in r["shown"]
    assert r["unchanged"], r["same"]
    assert r["header"][-1] == "Budget line code" and r["cells"] == ["BL-042", None], r
    assert "action costs" in r["import"] and "BL-043" in r["import"], r["import"]
    assert r["after"][0][0]["budget_line"] == "BL-043" and r["after"][1] == second
    assert "CHANGED AFTER VALIDATION (changed: budget line code)" in r["changed"], r["changed"]
    assert "Census tables (2027): budget line code BL-042 → BL-043" in r["changed"], r["changed"]
    assert r["changed"].count("CHANGED AFTER VALIDATION") == 1, r["changed"]
    # the action's sheet prints the field declared for it, in a column of its own
    header, *rows = r["docx"]
    assert header[-1] == "Budget line code" and rows[0][-1] == "BL-043", r["docx"]
    # and the full plan's line in words, labelled
    assert r["full"] and all("Budget line code: BL-043" in c for c in r["full"]), r["full"]
    # the window's cost dialog: a row labelled as the workbook's column, after the others, saved
    d = r["dialog"]
    assert d["label"] == ["Budget line code:"] and d["after"], d
    assert d["new"]["budget_line"] == "BL-7" and d["new"]["amount"] == "700", d["new"]
    assert d["shown"] == "BL-042" and d["asks"]
    refused, told = d["refused"]
    assert refused and "budget line code" in told and "40" in told and "\n" not in told, told
    assert d["edited"]["budget_line"] == "BL-8" and d["edited"]["modality"] == "grants", d["edited"]
