"""Cross-country aggregation: files and folders, duplicates, bad files, versions, PDF."""
import re
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest

from capacity_app.exchange.aggregate.format import (
    AGG_ANSWERS_COLUMNS,
    AGG_FILES_COLUMNS,
    AGG_REGIONS_COLUMNS,
    AGG_SHEET_ORDER,
    AGG_SUMMARY_FIRST_COLUMNS,
)
from capacity_app.exchange.aggregate.run import aggregate
from capacity_app.services.aggregation import run
from capacity_app.services.exchange import export_workbook, read_workbook

from exchange_helpers import make_assessment, make_store
from workbook_values import book_values, sheet_values


@pytest.fixture(scope="module")
def inputs(rich, qn, tmp_path_factory):
    folder = tmp_path_factory.mktemp("agg")
    sub = folder / "countries"
    sub.mkdir()
    store = make_store(folder / "many.sqlite3")
    try:
        ken = make_assessment(store, qn, "KEN", 2025)
        fra = make_assessment(store, qn, "FRA", 2024)
        export_workbook(store, ken.id, sub / "kenya-old.xlsx")
        store.update_assessment(ken.id, title="Kenya, corrected")
        export_workbook(store, ken.id, sub / "kenya-new.xlsx", lang="fr")
        export_workbook(store, fra.id, sub / "france.xlsx", lang="es")
        n_ken = len(read_workbook(sub / "kenya-new.xlsx", qn).answers)
    finally:
        store.close()
    (sub / "broken.xlsx").write_bytes((sub / "france.xlsx").read_bytes()[:3000])
    (sub / "~$france.xlsx").write_bytes(b"lock file")
    _, _, rich_path = rich
    shutil.copy(rich_path, folder / "veloria.xlsx")
    return folder, sub, n_ken


@pytest.fixture(scope="module")
def france_090(inputs, tmp_path_factory):
    """France's workbook with its questionnaire version changed to 0.9.0 in a spreadsheet (openpyxl),
    made once for the two tests that aggregate it (each copies it)."""
    _, sub, _ = inputs
    path = tmp_path_factory.mktemp("fra090") / "old.xlsx"
    wb = openpyxl.load_workbook(sub / "france.xlsx")
    wb["Metadata"]["B5"] = "0.9.0"
    wb.save(path)
    return path


def test_aggregate_files_and_folders(inputs, qn, tmp_path):
    folder, sub, n_ken = inputs
    out = tmp_path / "all.xlsx"
    pdf = tmp_path / "all.pdf"
    seen = []
    rep = run([sub, folder / "veloria.xlsx", tmp_path / "missing.xlsx"], out, pdf_out=pdf,
                    progress=lambda f, m: seen.append(f))
    status = {f.path.rsplit("/", 1)[-1]: (f.status, f.reason) for f in rep.files}
    assert status["kenya-new.xlsx"][0] == "accepted"
    assert status["kenya-old.xlsx"][0] == "superseded"
    assert "kenya-new.xlsx" in status["kenya-old.xlsx"][1]
    assert status["broken.xlsx"][0] == "rejected" and "damaged" in status["broken.xlsx"][1]
    assert status["missing.xlsx"] == ("rejected", "No such file or folder")
    assert "~$france.xlsx" not in status
    assert (rep.accepted, rep.rejected, rep.superseded) == (3, 2, 1)
    assert any("KEN 2025: 2 workbooks" in w for w in rep.warnings)
    assert seen[-1] == 1.0

    book = book_values(out)
    assert list(book) == list(AGG_SHEET_ORDER)
    files = book["Files"]
    assert files[0] == AGG_FILES_COLUMNS and len(files) == 1 + 6
    summary = book["Summary"]
    assert summary[0][:len(AGG_SUMMARY_FIRST_COLUMNS)] == AGG_SUMMARY_FIRST_COLUMNS
    assert [r[0] for r in summary[1:]] == ["FRA", "KEN", "XVL"]
    col = summary[0].index
    assert (summary[1][col("Region code")], summary[1][col("Region")]) == ("150", "Europe")
    assert summary[2][col("Region")] == "Africa" and summary[2][col("M49 code")] == "404"
    assert summary[0][-1] == f"PQ {qn.policy_questions[-1].code} availability"
    regions = book["Regions"]
    assert regions[0][:len(AGG_REGIONS_COLUMNS)] == AGG_REGIONS_COLUMNS
    rcol = regions[0].index
    assert {r[rcol("Group")]: r[rcol("Countries")] for r in regions[1:] if r[0] == "region"} == {
        "Africa": 1, "Europe": 1}
    assert "XVL" not in {c for r in regions[1:] for c in r[rcol("Country codes")].split()}  # fictional: in no roll-up
    answers = book["Answers"]
    assert answers[0] == AGG_ANSWERS_COLUMNS
    ken = [r for r in answers[1:] if r[0] == "KEN"]
    assert len(ken) == n_ken
    col = AGG_ANSWERS_COLUMNS.index
    assert {r[col("Source file")] for r in ken} == {"kenya-new.xlsx"}
    assert all(len(r[col("File SHA-256")]) == 64 for r in ken)
    xvl_values = {r[col("Value")] for r in answers[1:] if r[0] == "XVL"}
    assert '=HYPERLINK("http://evil.example","click")' in xvl_values
    with zipfile.ZipFile(out) as z:
        for n in z.namelist():
            if n.startswith("xl/worksheets/"):
                assert re.search(rb"<f[\s>/]", z.read(n)) is None
    from pdf_text import page_texts

    text = "".join(page_texts(pdf))
    assert "cross-country summary" in text and "Kenya" in text and "broken.xlsx" in text
    assert "do not imply official endorsement or acceptance by the United Nations" in " ".join(text.split())


def test_aggregate_reconciles_versions(inputs, france_090, qn, tmp_path):
    from capacity_app.exchange.workbook.mapping import Mapping

    folder, sub, _ = inputs
    old = shutil.copy(france_090, tmp_path / "old.xlsx")
    m = Mapping(qn.id, "0.9.0", qn.version, recode={"s2_policy": {"draft": "partly"}})
    out = tmp_path / "v.xlsx"
    rep = aggregate([old, sub / "kenya-new.xlsx"], out, mappings=[m], workers=0)
    assert rep.accepted == 2
    fra = next(f for f in rep.files if f.country == "FRA")
    assert "Questionnaire 0.9.0 mapped to" in fra.reason
    rows = [r for r in sheet_values(out, "Answers")[1:] if r[0] == "FRA"]
    assert rows and {r[AGG_ANSWERS_COLUMNS.index("Mapped from")] for r in rows} == {"0.9.0"}
    rep = aggregate([old], tmp_path / "w.xlsx", mappings=[], workers=0)
    assert rep.files[0].status == "rejected" and "no declared mapping" in rep.files[0].reason


def test_copies_edited_apart_are_told_apart_by_their_answers_alone(rich, france_090, qn, tmp_path):
    """Two copies of one export whose answers were edited apart are a conflict; two whose answers
    agree (one also has a question's wording changed, which no answer holds) are one assessment, the
    newer copy kept. A workbook of an earlier questionnaire version is told apart the same way."""
    from capacity_app.exchange.aggregate.extract import extract, init_worker
    from capacity_app.exchange.aggregate.run import load_mappings
    from capacity_app.exchange.workbook.mapping import Mapping

    def copy(name, comment, question=None, src=rich[2]):
        wb = openpyxl.load_workbook(src)
        ws = wb["Answers"]
        ws["K2"] = comment  # the first answer's comment
        if question is not None:
            ws["C2"] = question
        wb.save(tmp_path / name)
        return tmp_path / name

    a, b = copy("a.xlsx", "edited in the ministry"), copy("b.xlsx", "edited at the office")
    c = copy("c.xlsx", "edited in the ministry", question="A question worded otherwise")
    init_worker(load_mappings(), lang="en")
    sha = {p.name: extract(str(p)).answers_sha for p in (a, b, c)}
    assert sha["a.xlsx"] == sha["c.xlsx"] != sha["b.xlsx"]
    rep = aggregate([a, b], tmp_path / "ab.xlsx", workers=0)
    assert sorted(f.status for f in rep.files) == ["conflict", "conflict"]
    rep = aggregate([a, c], tmp_path / "ac.xlsx", workers=0)
    assert sorted(f.status for f in rep.files) == ["accepted", "superseded"]
    init_worker([Mapping(qn.id, "0.9.0", qn.version)], lang="en")
    old = {n: copy(n, text, src=france_090) for n, text in (("o1.xlsx", "one"), ("o2.xlsx", "two"), ("o3.xlsx", "one"))}
    sha = {n: extract(str(p)).answers_sha for n, p in old.items()}
    assert sha["o1.xlsx"] == sha["o3.xlsx"] != sha["o2.xlsx"]


def test_rejected_file_keeps_its_identity_in_files_sheet(inputs, france_090, tmp_path):
    """A workbook refused for its questionnaire version is still named in the Files sheet by what
    its Metadata says (country, round, uid, version): UNSD can tell whose file to ask again for."""
    from exchange_helpers import sheet_rows

    _, sub, _ = inputs
    meta = {r["Field"]: r["Value"] for r in sheet_rows(sub / "france.xlsx", "Metadata")}
    old = shutil.copy(france_090, tmp_path / "old.xlsx")
    out = tmp_path / "rejected.xlsx"
    rep = aggregate([old], out, mappings=[], workers=0)
    assert rep.files[0].status == "rejected"
    (row,) = sheet_rows(out, "Files")
    assert row["Status"] == "rejected" and row["Reason code"] == "invalid"
    assert "0.9.0" in row["Detail"] and "no declared mapping" in row["Detail"]
    assert (row["Country code"], row["Country or area"], row["Round"], row["Assessment uid"],
            row["Questionnaire version"]) == (
        "FRA", "France", meta["round"], meta["assessment_uid"], "0.9.0")  # the name as accepted files have it
    assert len(meta["assessment_uid"]) == 32 and row["Reference date"] == meta["reference_date"]


def test_aggregate_with_nothing_usable(tmp_path):
    from capacity_app.exchange.aggregate.run import AggregateError

    with pytest.raises(AggregateError):
        aggregate([tmp_path], tmp_path / "o.xlsx")
    (tmp_path / "a.xlsx").write_bytes(b"junk")
    rep = aggregate([tmp_path], tmp_path / "o.xlsx", workers=0)
    assert rep.rejected == 1 and (tmp_path / "o.xlsx").exists()


def test_cli_aggregate(inputs, tmp_path, cli_run):
    folder, sub, _ = inputs
    out = tmp_path / "cli.xlsx"
    r = cli_run("aggregate", sub, "--xlsx", out, "--quiet")
    assert r.exit_code == 0, r.output
    assert "2 accepted, 1 rejected, 1 superseded" in r.output
    assert "rejected: " in r.output and "broken.xlsx" in r.output
    assert out.exists()


def test_aggregate_keeps_each_files_value_exactly(qn, tmp_path):
    """Rows rendered once per worker are reused only for the very same value: -0.0 and 0.0 are
    equal in Python but not the same cell (found by an outside review of the render cache)."""
    import python_calamine

    store = make_store(tmp_path / "z.sqlite3")
    folder = tmp_path / "in"
    folder.mkdir()
    try:
        for i, country in enumerate(("KEN", "UGA", "TZA", "RWA")):
            a = make_assessment(store, qn, country, 2025)
            export_workbook(store, a.id, folder / f"{country}.xlsx")
            wb = openpyxl.load_workbook(folder / f"{country}.xlsx")
            ws = wb["Answers"]
            col = {c.value: c.column for c in ws[1]}
            for r in range(2, ws.max_row + 1):
                if ws.cell(r, col["Answer key"]).value == "s0_population_millions":
                    ws.cell(r, col["Code"]).value = -0.0 if i % 2 else 0.0
            wb.save(folder / f"{country}.xlsx")
    finally:
        store.close()
    out = tmp_path / "all.xlsx"
    rep = aggregate([folder], out, workers=0)
    rows = python_calamine.CalamineWorkbook.from_path(str(out)).get_sheet_by_name("Answers").to_python()
    code = AGG_ANSWERS_COLUMNS.index("Value")
    got = {r[0]: repr(r[code]) for r in rows[1:] if r[2] == "s0_population_millions"}
    assert got == {"KEN": "0.0", "TZA": "0.0"}
    # a negative zero is no number a spreadsheet writes: the file is refused, naming the cell
    refused = {Path(f.path).stem: f.reason for f in rep.files if f.status == "rejected"}
    assert set(refused) == {"UGA", "RWA"} and all(re.search(r"Answers!G\d+: -0 is not a number", why)
                                                  for why in refused.values()), refused


def test_a_rejected_files_reason_is_said_in_the_outputs_language(france_090, tmp_path):
    """The reader's own message on a file refused (its questionnaire version, a damaged archive)
    in the language of the consolidated workbook and of the window's view, as the command line says
    it; before, a French aggregation wrote "no declared mapping …" and "the workbook is damaged …"
    in English in its Files sheet."""
    from capacity_app.exchange.aggregate.tables import files

    old = shutil.copy(france_090, tmp_path / "old.xlsx")
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(Path(france_090).read_bytes()[:5000])
    rep = aggregate([old, broken], tmp_path / "fr.xlsx", mappings=[], workers=0, lang="fr")
    said = {Path(f.path).name: f.reason_text("fr") for f in rep.files}
    assert "aucune correspondance déclarée" in said["old.xlsx"] and "no declared" not in said["old.xlsx"]
    assert "le classeur est endommagé" in said["broken.xlsx"] and "damaged" not in said["broken.xlsx"]
    details = [row[5] for row in files(rep).rows]
    assert all(d and not any(w in d for w in ("declared mapping", "damaged", "truncated")) for d in details), details
