"""A new field of a cost line, declared once, flows through the whole application.

A temporary copy of the package gets what docs/development.md ("Adding a field", a cost line's
field) asks for the national budget's line code of each cost line — an entry at the end of
``COST_FIELDS`` in ``domain/plan/fields.py``, the attribute of ``Cost`` in ``domain/plan/cost.py``,
its English label and refusal's word in ``domain/texts.py`` — and nothing else: no schema step (a
line is stored as JSON). In that copy the command line takes the field in ``--cost``, refuses a
line break in it and shows it; the store keeps it (the JSON of ``actions --json`` read back from
the database); a line without it keeps its JSON as before; the exchange workbook carries it in a
column of its own, an unchanged workbook imports back with no change (exact), and the column moved
to the front and edited is found by its header and imported; the differences since the
government's validation name it, with the values approved and now.
"""
import textwrap

from package_copy import copy_package, declare, edit, run_flow


def _copy_with_budget_line(tmp):
    """The package copied into ``tmp`` with a cost line's budget line code declared."""
    pkg = copy_package(tmp)
    declare(pkg, "COST_FIELDS", 'CostField("budget_line", "text", "Budget line code", "budget line code", 14, '
            'option="code", limit=40, help=\'"code=TEXT": the national budget\\\'s line code.\'),')
    edit(pkg / "domain" / "plan" / "cost.py", '    eu_line: str = ""\n',
          '    eu_line: str = ""\n    budget_line: str = ""\n')
    edit(pkg / "domain" / "texts.py", '    "wb.col.Field": {"en": "Field"},\n',
          '    "wb.col.Field": {"en": "Field"},\n    "wb.col.Budget line code": {"en": "Budget line code"},\n'
          '    "cli.what.budget_line": {"en": "budget line code"},\n')
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

        def plan():
            return json.loads(run("actions", aid, "--json"))["actions"]

        result = {}
        aid = run("new", "--country", "SEN", "--round", "2026").strip()
        run("actions", "finance", aid, "--rate", "XOF=600@2026-01-05")
        when = ("--owner", "ANSD", "--start", "2027-Q1", "--end", "2027-Q4")
        run("actions", "add", aid, "--title", "Census tables", *when,
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
        print(json.dumps(result))

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
