"""A new field of an action's progress entry, declared once, flows through the application.

A temporary copy of the package gets what docs/development.md ("A field of a progress entry") asks
for a link to the evidence of an action's progress — an entry at the end of ``PROGRESS_FIELDS`` in
``domain/plan/progress_fields.py`` (its English label and refusal's word are the declaration's), the
attribute of ``ActionProgress`` in ``domain/plan/progress.py`` and a schema step adding the column
to ``action_progress`` — and nothing else. In that copy ``actions progress set`` takes the new
option, refuses a line break in it, prints the entry with it and ``show`` says it; the store keeps
it (``actions progress show --json`` reads it back from the database), an entry without it keeps its
JSON as before; the exchange workbook's Plan progress sheet carries it in a column of its own at the
end, an unchanged workbook imports back with no change, the column moved to the front and edited is
found by its header and imported, and a workbook without the column (sent before it was declared)
leaves it as it is while the rest of the entry is imported; the institution's progress form, which
does not ask it, sent, its reply received and accepted, leaves it as it is too; the window's progress
dialog shows it in a column of its own, labelled as the workbook's column, and saves a link typed there.
"""
import textwrap

from package_copy import copy_package, edit, run_flow


def _copy_with_evidence(tmp):
    """The package copied into ``tmp`` with a progress entry's evidence link declared."""
    pkg = copy_package(tmp)
    edit(pkg / "domain" / "plan" / "progress_fields.py", "\n)\n\n\ndef fields_of",
         '\n    ProgressField("entry", "evidence_url", "line", "Evidence link", "evidence link", 30, limit=500,'
         ' option="--evidence-url", help="A link to the evidence of progress (a web address)."),'
         "\n)\n\n\ndef fields_of")
    edit(pkg / "domain" / "plan" / "progress.py", '    lines: tuple[LineMoney, ...] = ()\n\n\n@dataclass(frozen=True)\n'
         'class IndicatorValue',
         '    lines: tuple[LineMoney, ...] = ()\n    evidence_url: str = ""\n\n\n@dataclass(frozen=True)\n'
         'class IndicatorValue')
    edit(pkg / "storage" / "schema.py", "\ndef migrations():",
         '\n@_step\ndef m999_progress_evidence(db):\n'
         '    db.execute("ALTER TABLE action_progress ADD COLUMN evidence_url TEXT NOT NULL DEFAULT \'\'")\n\n\n'
         'def migrations():')
    return pkg


_SCRIPT = textwrap.dedent('''
    import json, sys
    from openpyxl import load_workbook
    from flowlib import cli, run, runner  # tests/package_copy.py writes it beside the script

    def main():
        db, out = sys.argv[1], sys.argv[2]

        def entries():
            return [a["entry"] for a in json.loads(run("actions", "progress", "show", aid, "2026", "--json"))["actions"]]

        result = {}
        aid = run("new", "--country", "SEN", "--round", "2026").strip()
        run("actions", "finance", aid, "--rate", "XOF=600@2026-01-05")
        when = ("--owner", "ANSD", "--start", "2026-Q1", "--end", "2026-Q4", "--cost", "2026=1000 XOF")
        run("actions", "add", aid, "--title", "Census tables", *when)
        run("actions", "add", aid, "--title", "Train the staff", *when)
        result["set"] = json.loads(run("actions", "progress", "set", aid, "1", "2026", "--status", "in_progress",
                                       "--started", "2026-02-01", "--evidence-url", "  https://ansd.sn/tables ",
                                       "--line", "1: committed=500", "--json"))
        run("actions", "progress", "set", aid, "2", "2026", "--status", "planned")
        refused = runner.invoke(cli, ["--db", db, "actions", "progress", "set", aid, "2", "2026", "--status",
                                      "planned", "--evidence-url", "a\\nb", "--replace"])
        result["refused"] = [refused.exit_code, refused.output]
        result["help"] = run("actions", "progress", "set", "--help")
        result["entries"] = entries()
        result["shown"] = run("actions", "progress", "show", aid, "2026")
        before = entries()
        run("export", aid, "--xlsx", out + "/plan.xlsx")
        result["same"] = run("import", out + "/plan.xlsx", "--yes")
        result["unchanged"] = entries() == before
        wb = load_workbook(out + "/plan.xlsx")
        ws = wb["Plan progress"]
        header = [c.value for c in ws[1]]
        result["header"] = header
        col = header.index("Evidence link") + 1
        result["cells"] = [ws.cell(2, col).value, ws.cell(3, col).value]
        # the column moved to the front, its link edited: found by its header, imported
        ws.insert_cols(1)
        ws.cell(1, 1).value = "Evidence link"
        ws.cell(2, 1).value = "https://ansd.sn/tables-2026"
        ws.delete_cols(col + 1)
        wb.save(out + "/edited.xlsx")
        result["import"] = run("import", out + "/edited.xlsx", "--yes")
        result["after"] = entries()
        # a workbook without the column (sent before the field was declared): the link stays
        wb = load_workbook(out + "/edited.xlsx")
        ws = wb["Plan progress"]
        reason = [c.value for c in ws[1]].index("Reason") + 1
        ws.cell(2, reason).value = "The printer was late."
        ws.delete_cols(1)
        wb.save(out + "/older.xlsx")
        result["older"] = run("import", out + "/older.xlsx", "--yes")
        result["kept"] = entries()
        # the institution's progress form does not ask it: a reply accepted leaves it as it is
        run("actions", "progress", "send", aid, "2026", "--institution", "ANSD", "--out", out + "/ansd.xlsx")
        wb = load_workbook(out + "/ansd.xlsx")
        wb.worksheets[1]["H2"].value = "Printed in March."
        wb.save(out + "/reply.xlsx")
        result["received"] = run("actions", "progress", "receive", aid, out + "/reply.xlsx")
        run("actions", "progress", "accept", aid, "--all")
        result["accepted"] = entries()
        result["dialog"] = dialog(db, out, aid)
        result["typed"] = entries()
        print(json.dumps(result))

    def dialog(db, out, aid):
        """The window's progress dialog in this copy: the link's column, shown and typed."""
        from PySide6.QtCore import QSettings
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, out)
        from capacity_app.gui.plan.progress import ProgressDialog
        from capacity_app.gui.window.app import make_app
        from capacity_app.services.assessments import open_store

        class Writes:
            def run(self, fn, *args, **kwargs):
                return fn(*args, **kwargs)

        make_app()
        with open_store(db) as store:
            d = ProgressDialog(store, int(aid), Writes())
            d.load("2026")   # whatever year the test runs in
            t = d.actions_table
            heads = [t.horizontalHeaderItem(c).text() for c in range(t.columnCount())]
            col = heads.index("Evidence link")
            seen = {"heads": heads, "shown": t.item(0, col).text()}
            t.item(1, col).setText("https://ansd.sn/staff")
            seen["saved"] = d.save()
            return seen

    if __name__ == "__main__":
        main()
''')


def test_a_progress_field_declared_once_reaches_every_part(tmp_path):
    copy = tmp_path / "copy"
    copy.mkdir()
    _copy_with_evidence(copy)
    r = run_flow(tmp_path, copy, _SCRIPT)
    assert r["set"]["evidence_url"] == "https://ansd.sn/tables", r["set"]
    code, said = r["refused"]
    assert code != 0 and "evidence link" in said and "one line" in said, said
    assert "A link to the evidence of progress (a web address)." in " ".join(r["help"].split())
    first, second = r["entries"]
    # stored and read back; an entry without it keeps its JSON as before (no key)
    assert first["evidence_url"] == "https://ansd.sn/tables" and first["started"] == "2026-02-01", first
    assert list(second) == ["action", "period", "status", "started", "completed", "reason", "lines"], second
    assert "evidence link: https://ansd.sn/tables" in r["shown"], r["shown"]
    assert r["unchanged"], r["same"]
    assert r["header"][-1] == "Evidence link" and r["cells"] == ["https://ansd.sn/tables", None], r
    assert "progress" in r["import"].lower(), r["import"]
    assert r["after"][0]["evidence_url"] == "https://ansd.sn/tables-2026" and r["after"][1] == second, r["after"]
    assert r["kept"][0]["evidence_url"] == "https://ansd.sn/tables-2026", r["kept"]
    assert r["kept"][0]["reason"] == "The printer was late.", r["kept"]
    assert "1 entry proposed" in r["received"], r["received"]
    accepted = r["accepted"][0]
    assert accepted["reason"] == "Printed in March." and accepted["evidence_url"] == "https://ansd.sn/tables-2026", accepted
    # the window's progress dialog: a column of its own after the reason, labelled as the workbook's
    # column, showing the link recorded; a link typed in it is saved, the other entry left as it was
    seen = r["dialog"]
    assert seen["heads"] == ["Action", "Status", "Reason", "Evidence link", "Standing"], seen
    assert seen["shown"] == "https://ansd.sn/tables-2026" and seen["saved"], seen
    assert r["typed"][1]["evidence_url"] == "https://ansd.sn/staff" and r["typed"][0] == accepted, r["typed"]
