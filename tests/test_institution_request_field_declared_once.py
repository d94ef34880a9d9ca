"""A new field of an institution's request, declared once, flows through the application.

A temporary copy of the package gets what docs/development.md ("A field of an institution") asks
for the mission's reference printed on the cover: an entry at the end of ``REQUEST_FIELDS`` in
``domain/institutions/request_fields.py``, the attribute of ``storage.proposals.Request``, a schema
step adding the column to ``institution_requests`` and the cover line's English in
``resources/forms/strings.yaml`` — and nothing else. In that copy ``institutions`` takes the new
option and says it in ``--help``, trims it, refuses one too long by its word and keeps the request
as it was, keeps it when another field is changed, gives it in ``--json``, and the institution's
workbook prints it on its cover (in English in a French workbook until the forms catalogue has it);
a reply to that workbook is read back as proposals.
"""
import shutil
import textwrap

from package_copy import ROOT, copy_package, edit, run_flow


def _copy_with_reference(tmp):
    """The package copied into ``tmp`` with a request's reference declared (its forms catalogue
    copied, the other resources linked)."""
    pkg = copy_package(tmp)
    (tmp / "resources").unlink()
    (tmp / "resources").mkdir()
    for part in (ROOT / "resources").iterdir():
        if part.name == "forms":
            shutil.copytree(part, tmp / "resources" / "forms")
        else:
            (tmp / "resources" / part.name).symlink_to(part, target_is_directory=part.is_dir())
    edit(pkg / "domain" / "institutions" / "request_fields.py", "\n)\n\nREQUEST_NAMES",
         '\n    RequestField("reference", "text", "reference", "cover.reference", always=True, limit=100,'
         ' option="--reference", help="The mission\'s reference for the request (on the cover)."),'
         "\n)\n\nREQUEST_NAMES")
    edit(pkg / "storage" / "proposals.py", '    note: str = ""\n    at: str = ""\n',
         '    note: str = ""\n    reference: str = ""\n    at: str = ""\n')
    edit(pkg / "storage" / "schema.py", "\ndef migrations():",
         '\n@_step\ndef m999_request_reference(db):\n'
         '    db.execute("ALTER TABLE institution_requests ADD COLUMN reference TEXT NOT NULL DEFAULT \'\'")\n\n\n'
         'def migrations():')
    edit(tmp / "resources" / "forms" / "strings.yaml", 'form.cover.questions: {en: "Questions to answer"}\n',
         'form.cover.questions: {en: "Questions to answer"}\nform.cover.reference: {en: "Our reference"}\n')
    return pkg


_SCRIPT = textwrap.dedent('''
    import json, sys
    from openpyxl import load_workbook
    from flowlib import cli, run, runner  # tests/package_copy.py writes it beside the script

    def main():
        db, out = sys.argv[1], sys.argv[2]

        def request():
            rows = json.loads(run("institutions", aid, "--json"))
            return next(r["request"] for r in rows if r["institution"] == "interior")

        result = {}
        aid = run("new", "--country", "KEN", "--round", "2026").strip()
        run("institutions", aid, "--institution", "interior", "--deadline", "2026-12-01",
            "--reference", "  UNSD/2026/17 ")
        refused = runner.invoke(cli, ["--db", db, "institutions", aid, "--institution", "interior",
                                      "--reference", "x" * 101])
        result["refused"] = [refused.exit_code, refused.output]
        result["kept"] = request()
        run("institutions", aid, "--institution", "interior", "--contact", "Dr A. Mwangi")
        result["request"] = request()
        result["help"] = run("institutions", "--help")
        covers = {}
        for lang in ("en", "fr"):
            run("export", aid, "--institution", "interior", "--lang", lang, "--xlsx", f"{out}/{lang}.xlsx")
            ws = load_workbook(f"{out}/{lang}.xlsx").worksheets[0]
            covers[lang] = [[c.value for c in row[:2]] for row in ws.iter_rows(min_row=4, max_row=11)]
        result["covers"] = covers
        result["reply"] = run("import", out + "/en.xlsx", "--yes")
        print(json.dumps(result))

    if __name__ == "__main__":
        main()
''')


def test_a_request_field_declared_once_flows_through(tmp_path):
    copy = tmp_path / "copy"
    copy.mkdir()
    _copy_with_reference(copy)
    r = run_flow(tmp_path, copy, _SCRIPT)
    assert r["refused"][0] != 0 and "the reference is longer than 100 characters (101)" in r["refused"][1]
    assert r["kept"]["reference"] == "UNSD/2026/17" and r["kept"]["deadline"] == "2026-12-01"
    assert {k: r["request"][k] for k in ("deadline", "contact", "note", "reference")} == {
        "deadline": "2026-12-01", "contact": "Dr A. Mwangi", "note": "", "reference": "UNSD/2026/17"}
    assert "--reference TEXT" in r["help"] and "The mission's reference for the request" in r["help"]
    en, fr = r["covers"]["en"], r["covers"]["fr"]
    assert en[3:7] == [["Please reply by", "2026-12-01"], ["Questions about this form", "Dr A. Mwangi"],
                       ["Our reference", "UNSD/2026/17"], ["Questions to answer", en[6][1]]]
    assert fr[5] == ["Our reference", "UNSD/2026/17"] and fr[6][0] == "Questions à renseigner"
    assert "reply of interior" in r["reply"] and "0 values proposed" in r["reply"]
