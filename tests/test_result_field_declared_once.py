"""A new field of an indicator, declared once, flows through the whole application.

A temporary copy of the package gets what docs/development.md ("A field of an indicator or an
outcome") asks for the web address of an indicator's data source — an entry at the end of
``RESULT_FIELDS`` in ``domain/plan/result_fields.py``, the attribute of ``Indicator`` in
``domain/plan/results.py`` (its English label and refusal's word taken from the declaration) and a
schema step adding the column — and nothing else. In that copy ``actions indicator add`` takes the
new option, refuses it longer than its limit and ``actions results`` shows it; the store keeps it (the
JSON of ``actions results --json`` read back from the database), an indicator without it keeps its
JSON as before; the exchange workbook carries it in a Results column of its own, an unchanged
workbook imports back with no change, the column moved to the front and edited is found by its
header and imported, and a workbook without the column (sent before it was declared) leaves it as
it is; the differences since the government's validation name it, with the values approved and
now; the report's logframe (the HTML the PDF and the Word copy are laid out from) prints it with its
indicator, and the partner's workbook's logframe gives it a column.
"""
import textwrap

from package_copy import copy_package, edit, run_flow


def _copy_with_data_source(tmp):
    """The package copied into ``tmp`` with an indicator's data source declared, as a maintainer adds it."""
    pkg = copy_package(tmp)
    edit(pkg / "domain" / "plan" / "result_fields.py", "\n)\nINDICATOR_FIELDS",
         '\n    ResultField("indicator", "data_source_url", "line", "Data source URL", "data source URL", 30, '
         'limit=500, help="Where the indicator\'s data are published (a web address)."),\n)\nINDICATOR_FIELDS')
    edit(pkg / "domain" / "plan" / "results.py", '    verification: str = ""\n\n    def target_in',
         '    verification: str = ""\n    data_source_url: str = ""\n\n    def target_in')
    edit(pkg / "storage" / "schema.py", "\ndef migrations():",
         '\n@_step\ndef m999_indicator_data_source(db):\n'
         '    db.execute("ALTER TABLE result_indicators ADD COLUMN data_source_url TEXT NOT NULL DEFAULT \'\'")\n\n\n'
         'def migrations():')
    return pkg


_SCRIPT = textwrap.dedent('''
    import json, sys
    from openpyxl import load_workbook
    from flowlib import cli, run, runner  # tests/package_copy.py writes it beside the script

    def main():
        db, out = sys.argv[1], sys.argv[2]

        def chain():
            return json.loads(run("actions", "results", aid, "--json"))

        result = {}
        aid = run("new", "--country", "SEN", "--round", "2026").strip()
        run("actions", "finance", aid, "--rate", "XOF=600@2026-01-05")
        run("actions", "add", aid, "--title", "Census tables", "--owner", "ANSD", "--start", "2027-Q1",
            "--end", "2028-Q4", "--cost", "2027=1000 XOF; partner=IOM")
        run("actions", "outcome", "add", aid, "--name", "The census measures migration")
        run("actions", "indicator", "add", aid, "--outcome", "1", "--name", "Tables published", "--unit", "number",
            "--baseline", "0", "--baseline-year", "2025", "--target", "2027=6",
            "--data-source-url", "  https://ansd.sn/tables ")
        run("actions", "indicator", "add", aid, "--action", "1", "--name", "Tables drafted")
        run("actions", "link", aid, "1", "1")
        refused = runner.invoke(cli, ["--db", db, "actions", "indicator", "add", aid, "--outcome", "1", "--name", "x",
                                      "--data-source-url", "https://" + "a" * 500])
        result["refused"] = [refused.exit_code, refused.output]
        result["help"] = run("actions", "indicator", "edit", "--help")
        result["indicators"] = chain()["indicators"]
        result["shown"] = run("actions", "results", aid)
        run("actions", "validate", aid, "--date", "2026-06-01", "--event", "Steering committee",
            "--approved-by", "A. Diallo", "--position", "Director General", "--institution", "ANSD")
        before = chain()
        run("export", aid, "--xlsx", out + "/plan.xlsx")
        result["same"] = run("import", out + "/plan.xlsx", "--yes")
        result["unchanged"] = chain() == before
        wb = load_workbook(out + "/plan.xlsx")
        ws = wb["Results"]
        header = [c.value for c in ws[1]]
        result["header"] = header
        col = header.index("Data source URL") + 1
        rows = ws.max_row
        values = [ws.cell(r, col).value for r in range(1, rows + 1)]
        result["cells"] = values[1:]
        # a workbook sent before the field was declared: no column, the field left as it is here
        ws.delete_cols(col)
        wb.save(out + "/older.xlsx")
        result["older"] = run("import", out + "/older.xlsx", "--yes")
        result["kept"] = chain() == before
        # the column moved to the front, the address edited: found by its header, imported
        ws.insert_cols(1)
        for r, v in enumerate(values, 1):
            ws.cell(r, 1).value = v
        ws.cell(values.index("https://ansd.sn/tables") + 1, 1).value = "https://ansd.sn/tables-2026"
        wb.save(out + "/edited.xlsx")
        result["import"] = run("import", out + "/edited.xlsx", "--yes")
        result["after"] = chain()["indicators"]
        result["changed"] = run("actions", aid)
        run("report", aid, "--docx", out + "/report.docx")
        run("actions", "donor-workbook", aid, "--partner", "IOM", "--out", out + "/donor.xlsx")
        donor = load_workbook(out + "/donor.xlsx")
        result["donor"] = [[c.value for c in row] for row in donor["Logframe"].iter_rows()]
        from docx import Document
        doc = Document(out + "/report.docx")
        result["docx"] = [c.text for t in doc.tables for row in t.rows for c in row.cells if "ansd.sn" in c.text]
        print(json.dumps(result))

    if __name__ == "__main__":
        main()
''')


def test_a_result_field_declared_once_reaches_every_part(tmp_path):
    copy = tmp_path / "copy"
    copy.mkdir()
    _copy_with_data_source(copy)
    r = run_flow(tmp_path, copy, _SCRIPT)
    code, said = r["refused"]
    assert code != 0 and "data source URL is longer than 500 characters" in said, said
    assert "--data-source-url TEXT" in r["help"] and "Where the indicator's data are published" in r["help"]
    first, second = r["indicators"]
    # stored and read back, trimmed, after the first fields; an indicator without it keeps its JSON as before
    assert list(first) == ["id", "level", "parent", "name", "unit", "baseline", "baseline_year", "targets",
                           "verification", "data_source_url"], first
    assert first["data_source_url"] == "https://ansd.sn/tables"
    assert list(second) == ["id", "level", "parent", "name", "unit", "baseline", "baseline_year", "targets",
                            "verification"], second
    assert "; data source URL: https://ansd.sn/tables" in r["shown"], r["shown"]
    assert "assumptions" not in r["shown"], r["shown"]  # none given
    assert r["unchanged"], r["same"]
    assert r["header"][-1] == "Data source URL" and "https://ansd.sn/tables" in r["cells"], r
    assert r["kept"], r["older"]
    assert "results chain" in r["import"], r["import"]
    assert r["after"][0]["data_source_url"] == "https://ansd.sn/tables-2026" and r["after"][1] == second
    assert ("results chain changed since the validation: indicator I1: data source URL https://ansd.sn/tables"
            " → https://ansd.sn/tables-2026") in r["changed"], r["changed"]
    assert r["changed"].count("results chain changed since the validation") == 1, r["changed"]
    # the report's logframe lists it with the indicator, labelled as its Results column
    assert any("Data source URL: https://ansd.sn/tables-2026" in c for c in r["docx"]), r["docx"]
    # the partner's workbook's logframe gives it a column of its own, labelled as its Results column
    header = next(row for row in r["donor"] if "Data source URL" in row)
    at = header.index("Data source URL")
    assert at == len(header) - 1 and "https://ansd.sn/tables-2026" in [row[at] for row in r["donor"]], r["donor"]
