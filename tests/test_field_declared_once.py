"""A new text of an action, declared once, flows through the whole application.

A temporary copy of the package gets what docs/development.md ("Adding a field") asks for a web
address of each action — an entry in ``domain/plan/fields.py`` (its English label and refusal's
word are the declaration's), the attribute of ``Action`` and a schema step adding the column — and
nothing else: no entry in ``domain/texts.py``, no catalogue entry (the documentation pages and the
fixture database the exercise also writes are checked by their own tests, not here). In that copy
the command line takes the new option, refuses a line break in it and shows the text, the exchange
workbook carries it in a column of its own found by its header (moved to another place, edited and
imported back), the differences since the government's validation name it, the report prints it on
the action's sheet (the PDF and the Word copy) and the window's action form shows it, labelled.
The label has no translation yet (the translator's step): the French workbook, PDF, Word copy and
form show its English.
"""
import re
import textwrap
from pathlib import Path

from package_copy import copy_package, declare, edit, run_flow


def _copy_with_website(tmp: Path) -> Path:
    """The package copied into ``tmp`` with a website declared, as a maintainer adds it."""
    pkg = copy_package(tmp)
    declare(pkg, "ACTION_TEXTS", 'ActionText("website", "Website", "website", "The action\'s web page.", '
            'limit=500, lines=1, one_line=True),')
    edit(pkg / "domain" / "plan" / "actions.py", '    sdg_target: str = ""\n',
          '    sdg_target: str = ""\n    website: str = ""\n')
    edit(pkg / "storage" / "schema.py", "\ndef migrations():",
          '\n@_step\ndef m999_action_website(db):\n'
          '    db.execute("ALTER TABLE action_items ADD COLUMN website TEXT NOT NULL DEFAULT \'\'")\n\n\n'
          'def migrations():')
    return pkg


_SCRIPT = textwrap.dedent('''
    import json, sys
    from openpyxl import load_workbook
    from flowlib import cli, run, runner  # tests/package_copy.py writes it beside the script

    def main():
        db, out = sys.argv[1], sys.argv[2]

        result = {}
        aid = run("new", "--country", "SEN", "--round", "2026").strip()
        run("actions", "finance", aid, "--rate", "XOF=600@2026-01-05")
        plan = ("--owner", "ANSD", "--start", "2027-Q1", "--end", "2027-Q4", "--cost", "2027=1000 XOF")
        run("actions", "add", aid, "--title", "Publish the census tables", "--priority-action",
            "--website", "https://ansd.sn/census", *plan)
        run("actions", "add", aid, "--title", "Train the staff", *plan)
        result["refused"] = "website" in runner.invoke(cli, ["--db", db, "actions", "add", aid, "--title", "x",
                                                              "--website", "a\\nb"]).output
        result["json"] = json.loads(run("actions", aid, "--json"))["actions"][0]["website"]
        result["shown"] = run("actions", aid)
        run("actions", "validate", aid, "--date", "2026-06-01", "--event", "Steering committee",
            "--approved-by", "A. Diallo", "--position", "Director General", "--institution", "ANSD")
        run("export", aid, "--xlsx", out + "/plan.xlsx")
        wb = load_workbook(out + "/plan.xlsx")
        ws = wb["Action plan"]
        header = [c.value for c in ws[1]]
        result["header"] = header
        col = header.index("Website") + 1
        result["cell"] = ws.cell(2, col).value
        # the column moved to the front, its text edited: found by its header, imported
        ws.insert_cols(1)
        ws.cell(1, 1).value = "Website"
        ws.cell(2, 1).value = "https://ansd.sn/census-2026"
        ws.cell(3, 1).value = ws.cell(3, col + 1).value
        ws.delete_cols(col + 1)
        wb.save(out + "/edited.xlsx")
        result["import"] = run("import", out + "/edited.xlsx", "--yes")
        result["after"] = json.loads(run("actions", aid, "--json"))["actions"][0]["website"]
        result["changed"] = run("actions", aid)
        # in French, whose catalogues have no entry for it yet: its English label everywhere
        run("export", aid, "--xlsx", out + "/plan_fr.xlsx", "--lang", "fr")
        result["header_fr"] = [c.value for c in load_workbook(out + "/plan_fr.xlsx", read_only=True)["Action plan"][1]]
        run("report", aid, "--pdf", out + "/report.pdf", "--docx", out + "/report.docx", "--lang", "fr")
        from docx import Document
        doc = Document(out + "/report.docx")
        cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
        result["docx"] = [c for c in cells if "ansd.sn" in c or c == "Website"]
        import pymupdf
        with pymupdf.open(out + "/report.pdf") as pdf:
            result["pdf"] = [" ".join(p.get_text().split()) for p in pdf]
        result["form"] = form(db, aid, out)
        print(json.dumps(result))


    def form(db, aid, out):
        """The window's action form in French: the website's label and its field for each action."""
        from PySide6.QtCore import QSettings
        from capacity_app.catalog.loader import load_bundled
        from capacity_app.gui.window.app import make_app
        from capacity_app.gui.window.main_window import MainWindow
        from capacity_app.services.assessments import open_store

        settings = QSettings(out + "/capacity-app.ini", QSettings.Format.IniFormat)
        settings.setValue("interface_language", "fr")
        make_app(settings=settings)
        store = open_store(db)
        win = MainWindow(store, load_bundled(), settings)
        win.runner.show_dialogs = False
        win.show()
        assert win.open_assessment(aid)
        view = win.view
        view.tabs.setCurrentWidget(view.action_plan)
        plan = view.action_plan
        field = plan.f_texts["website"]
        label = next(lab for lab in plan._labels if lab.buddy() is field)
        shown = []
        for row in range(plan.table.rowCount()):
            plan.table.selectRow(row)
            shown.append(field.text())
        said = [label.text(), shown, type(field).__name__]
        win.close()
        win.runner.shutdown()
        store.close()
        return said

    if __name__ == "__main__":
        main()
''')


def test_a_text_declared_once_reaches_every_part(tmp_path):
    copy = tmp_path / "copy"
    copy.mkdir()
    _copy_with_website(copy)
    r = run_flow(tmp_path, copy, _SCRIPT)
    assert r["refused"], "a line break in a one-line text is refused"
    assert r["json"] == "https://ansd.sn/census"
    assert "website: https://ansd.sn/census" in r["shown"]
    assert "Website" in r["header"] and r["cell"] == "https://ansd.sn/census"
    assert "action website" in r["import"] and r["after"] == "https://ansd.sn/census-2026"
    assert re.search(r"CHANGED AFTER VALIDATION \(changed: [^)]*website", r["changed"]), r["changed"]
    # French: the column, the report's sheet (PDF and Word) and the form show the English label
    assert r["header_fr"][r["header"].index("Website")] == "Website", r["header_fr"]
    assert "Website" in r["docx"] and "https://ansd.sn/census-2026" in r["docx"], r["docx"]
    sheet = next(p for p in r["pdf"] if "https://ansd.sn/census-2026" in p)
    assert re.search(r"Website:? https://ansd\.sn/census-2026", sheet), sheet
    label, shown, kind = r["form"]
    assert label == "Website :" and kind == "QLineEdit", r["form"]
    assert sorted(shown) == ["", "https://ansd.sn/census-2026"], r["form"]
