"""KoboToolbox's .xlsx exports attacked as wave 4's other doors were: a control
character written as Excel's escape, only a header, an empty file, an empty zip, a sheet that
inflates past a part's limit, 20,001 submissions (refused as "no Metadata sheet" before: the
export's own refusal was lost on the way to the workbook import), the database itself given as the export (directly, and through a
link named .xlsx). Each is refused by `capacity-app import` in one line naming the file, the
database unchanged (its dump and its bytes compared)."""
from __future__ import annotations

import hashlib
import os
import zipfile

import pytest
from click.testing import CliRunner
from exchange_helpers import dump
from openpyxl import load_workbook
from submissions_export import interiors_replies, kobo_xlsx

from capacity_app.cli import main
from capacity_app.domain.texts import text
from tests.cli.test_said import no_english

@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """(database, interior's Kobo export with two submissions), made once for the module."""
    folder = tmp_path_factory.mktemp("kobo")
    db = folder / "demo.sqlite3"
    form, subs = interiors_replies(db)
    book = kobo_xlsx(form, subs, folder / "kobo.xlsx")
    return db, book


def _edited(book, out, edit):
    wb = load_workbook(book)
    edit(wb.worksheets[0])
    wb.save(out)
    return out


def _control(book, out):
    def edit(ws):
        col = [c.value for c in ws[1]].index("cap_respondent") + 1
        ws.cell(row=2, column=col).value = "Amina_x001B_[31m Diallo"  # ESC, as Excel escapes it
    return _edited(book, out, edit)


def _header_only(book, out):
    return _edited(book, out, lambda ws: ws.delete_rows(2, ws.max_row))


def _inflating(book, out):
    """The first sheet padded to 70 MB of blanks (about 70 KB compressed): over a part's limit."""
    with zipfile.ZipFile(book) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename.endswith("sheet1.xml"):
                data = data.replace(b"<sheetData>", b"<sheetData>" + b" " * (70 << 20), 1)
            zout.writestr(info.filename, data, compress_type=zipfile.ZIP_DEFLATED)
    return out


def _too_many_rows(book, out):
    """20,001 submissions in the first sheet (one value each, so that the file stays small)."""
    with zipfile.ZipFile(book) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename.endswith("sheet1.xml"):
                head, _, rest = data.partition(b'<row r="2"')
                tail = rest[rest.index(b"</sheetData>"):]
                rows = b"".join(b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>x</t></is></c></row>' % (n, n)
                                for n in range(2, 20_003))
                data = head + rows + tail
            zout.writestr(info.filename, data, compress_type=zipfile.ZIP_DEFLATED)
    return out


def _empty(book, out):
    out.write_bytes(b"")
    return out


def _empty_zip(book, out):
    zipfile.ZipFile(out, "w").close()
    return out


CASES = {
    "control character": (_control, "cap_respondent: holds the control character U+001B (refused)"),
    "only a header": (_header_only, "the export holds no submission"),
    "an empty file": (_empty, "the file is empty"),
    "an empty zip": (_empty_zip, "not an Excel .xlsx workbook"),
    "a part inflating past its limit": (_inflating, "too large when decompressed"),
    "20,001 submissions": (_too_many_rows, "!A20001: a value at A20001, beyond column EWV or row 20,000 (refused"),
}
# each refusal's entries (cli/said.py says the line again in the command line's language)
SAID = {"control character": ("cli.sub.nothing_imported", "cli.sub.value_problem", "cli.sub.control"), "only a header": ("cli.sub.none",),
        "an empty file": ("cli.reader.empty",), "an empty zip": ("cli.reader.no_types",),
        "a part inflating past its limit": ("cli.reader.part_too_large",), "20,001 submissions": ("cli.reader.beyond",)}


def _import(db, path, lang="en"):
    return CliRunner().invoke(main, ["--db", str(db), "import", str(path)], catch_exceptions=False,
                              env={"CAPACITY_APP_LANG": lang})


def _state(db):
    return dump(db), hashlib.sha256(db.read_bytes()).hexdigest()


@pytest.mark.parametrize("case", list(CASES))
def test_a_hostile_kobo_workbook_is_refused_in_one_line(made, tmp_path, case):
    db, book = made
    make, says = CASES[case]
    path = make(book, tmp_path / "export.xlsx")
    before = _state(db)
    r = _import(db, path)
    assert r.exit_code == 2, r.output
    assert r.output.count("\n") == 1 and r.output.startswith(f"capacity-app: {path}: ") and says in r.output, r.output
    assert _state(db) == before
    said = _import(db, path, "ru").output  # and in the user's language, no English sentence left
    assert said.startswith(f"capacity-app: {path}: ") and said != r.output, said
    assert [k for k in SAID[case] if no_english(said, k)] == [], said
    assert _state(db) == before


def test_the_database_itself_as_the_export(made, tmp_path):
    """The database given as the file to import, directly and through a link named .xlsx: read as
    any file is (never opened as a database, never written), refused as not a workbook."""
    db, _book = made
    link = tmp_path / "export.xlsx"
    os.symlink(db, link)
    before = _state(db)
    for path in (db, link):
        r = _import(db, path)
        assert r.exit_code == 2 and r.output.count("\n") == 1, r.output
        assert f"{path}: not an Excel .xlsx workbook" in r.output, r.output
        said = _import(db, path, "fr").output
        assert f"{path}: {text('cli.reader.not_zip', 'fr')}" in said, said
    assert _state(db) == before


def test_a_kobo_workbook_without_its_repeat_sheets_is_said_in_french(made, tmp_path):
    """A careless partner's copy with only the first sheet: its plain values proposed, the grids and
    the matrix said missing (in the user's language), nothing refused."""
    db, book = made
    wb = load_workbook(book)
    for name in wb.sheetnames[1:]:
        del wb[name]
    path = tmp_path / "first-sheet.xlsx"
    wb.save(path)
    r = CliRunner().invoke(main, ["--db", str(db), "import", str(path), "--dry-run"], catch_exceptions=False,
                           env={"CAPACITY_APP_LANG": "fr"})
    assert r.exit_code == 0, r.output
    assert f"avertissement : {text('cli.sub.no_repeats', 'fr')}" in r.output.splitlines()
    assert no_english(r.output, "cli.sub.no_repeats") == [] and no_english(r.output, "cli.import.warning") == []
