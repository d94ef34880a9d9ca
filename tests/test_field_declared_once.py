"""A new text of an action, declared once, flows through the whole application.

A temporary copy of the package gets what docs/development.md ("Adding a field") asks for a web
address of each action — an entry in ``domain/plan/fields.py``, the attribute of ``Action``, its
English label and refusal's word in ``domain/texts.py`` and a schema step adding the column — and
nothing else (the documentation pages and the fixture database the exercise also writes are
checked by their own tests, not here). In
that copy the command line takes the new option and shows the text, the exchange workbook carries
it in a column of its own found by its header (moved to another place, edited and imported back),
the differences since the government's validation name it, and the report (the HTML the PDF and
the Word copy are laid out from, and the Word copy itself) prints it on the action's sheet.
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
    edit(pkg / "domain" / "texts.py", '    "wb.col.Field": {"en": "Field"},\n',
          '    "wb.col.Field": {"en": "Field"},\n    "wb.col.Website": {"en": "Website"},\n'
          '    "cli.what.website": {"en": "website"},\n')
    edit(pkg / "storage" / "schema.py", "\ndef migrations():",
          '\n@_step\ndef m999_action_website(db):\n'
          '    db.execute("ALTER TABLE action_items ADD COLUMN website TEXT NOT NULL DEFAULT \'\'")\n\n\n'
          'def migrations():')
    return pkg


_SCRIPT = textwrap.dedent('''
    import json, sys
    from click.testing import CliRunner
    from openpyxl import load_workbook
    from capacity_app.cli import main as cli

    def main():
        db, out = sys.argv[1], sys.argv[2]
        runner = CliRunner()

        def run(*args):
            r = runner.invoke(cli, ["--db", db, *args], catch_exceptions=False)
            assert r.exit_code == 0, (args, r.output)
            return r.output

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
        run("report", aid, "--docx", out + "/report.docx")
        from docx import Document
        doc = Document(out + "/report.docx")
        cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
        result["docx"] = [c for c in cells if "ansd.sn" in c or c == "Website"]
        print(json.dumps(result))

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
    assert "Website" in r["docx"] and "https://ansd.sn/census-2026" in r["docx"], r["docx"]
