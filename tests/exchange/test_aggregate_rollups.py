"""Aggregation counts countries, not files: identity (country, round, uid), conflicts and
--prefer, rounds, recomputed scores for an edited workbook, and roll-ups computed by hand."""
import os
import shutil

import openpyxl
import pytest

from capacity_app.domain.answers import Answer
from capacity_app.exchange.aggregate import aggregate
from capacity_app.catalog import countries
from capacity_app.exchange.aggregate_groups import CountryScores, measure_rows, region_rows, sdg_rows
from capacity_app.services.exchange import export_workbook
from capacity_app.services.scoring import score_assessment

from exchange_helpers import make_assessment, make_store


# --- pure roll-ups, numbers by hand ----------------------------------------------------------------

def _c(iso3, region, sub, overall, sections=None, pq=None, sdg=None, rnd=2025):
    c = countries.lookup(iso3)
    return CountryScores(iso3, iso3, rnd, region, sub, overall, "", sections or {}, pq or {}, sdg or {},
                         intermediate_region=c.intermediate_region, groups=countries.groups_of(iso3, f"{rnd}-06-30"))


def test_rollups_by_hand():
    gha = _c("GHA", "Africa", "Sub-Saharan Africa", 40.0, {"S1": 50.0}, {"A": (3, 1, 2, 6)},
             {"sdg_x": "published"})
    sen = _c("SEN", "Africa", "Sub-Saharan Africa", 45.0, {"S1": None}, {"A": (2, 2, 0, 0)},
             {"sdg_x": "partly_published"})
    mex = _c("MEX", "Americas", "Latin America and the Caribbean", None, {"S1": 70.0}, {"A": (3, 3, None, None)},
             {"sdg_x": "published"})
    rows = {(r.grouping, r.group): r for r in region_rows([gha, sen, mex], ["S1"])}
    world = rows[("World", "World")]
    assert world.countries == ("GHA", "MEX", "SEN") and world.overall_countries == ("GHA", "SEN")
    assert world.overall == (42.5, 40.0, 45.0)  # (40 + 45) / 2; MEX has no overall score
    assert world.sections == {"S1": 60.0}  # (50 + 70) / 2; SEN's S1 not scored
    assert rows[("Intermediate region", "Western Africa")].countries == ("GHA", "SEN")
    assert rows[("Intermediate region", "Central America")].overall == (None, None, None)
    assert rows[("Group", "LDC")].countries == ("SEN",)  # Senegal is an LDC, Ghana is not
    assert ("Group", "LLDC") not in rows
    m = {(r.group, r.pq): r for r in measure_rows([gha, sen, mex], ["A"])}
    assert m[("Africa", "A")].means == (2.5, 1.5, 1.0, 3.0) and m[("Africa", "A")].counts == (2, 2, 2, 2)
    assert m[("World", "A")].means == (2.67, 2.0, 1.0, 3.0) and m[("World", "A")].counts == (3, 3, 2, 2)
    s = {(r.group, r.status): r.countries for r in sdg_rows([gha, sen, mex], ["sdg_x"], ["published"])}
    # "partly published" is its own status, never counted as "published"
    assert s[("World", "published")] == ("GHA", "MEX") and s[("World", "partly_published")] == ("SEN",)


# --- end to end ----------------------------------------------------------------------------------

def _with(store, a, changes):
    """Set ``changes`` {key: value} on assessment ``a``'s answers."""
    answers = dict(store.answers(a.id))
    for key, value in changes.items():
        old = answers.get(key)
        answers[key] = Answer(key, value, "answered", old.comment if old else "", old.evidence if old else ())
    store.replace_answers(a.id, list(answers.values()), note="test")


def _edit_answer(path, key, code):
    wb = openpyxl.load_workbook(path)
    ws = wb["Answers"]
    header = [c.value for c in ws[1]]
    kcol, ccol = header.index("Answer key"), header.index("Code")
    for row in ws.iter_rows(min_row=2):
        if row[kcol].value == key:
            row[ccol].value = code
            break
    else:
        raise AssertionError(key)
    wb.save(path)


@pytest.fixture(scope="module")
def world(qn, tmp_path_factory):
    folder = tmp_path_factory.mktemp("world")
    files = folder / "in"
    files.mkdir()
    store = make_store(folder / "w.sqlite3")
    expected = {}
    try:
        made = {}
        for key, (iso, rnd, changes) in {
            "gha23": ("GHA", 2023, {"s5_strategy": "no", "s2_policy": "no"}),
            "gha25": ("GHA", 2025, {}),
            "sen": ("SEN", 2025, {"s5_strategy": "yes", "s9_mechanism": "formal"}),
            "mex": ("MEX", 2025, {"s8_tables_online": "no"}),
            "kgz": ("KGZ", 2025, {"s5_strategy": "no"}),
            "phl1": ("PHL", 2024, {}),
            "phl2": ("PHL", 2024, {"s5_strategy": "yes"}),
        }.items():
            a = make_assessment(store, qn, iso, rnd)
            _with(store, a, changes)
            made[key] = a
            export_workbook(store, a.id, files / f"{key}.xlsx")
            expected[key] = score_assessment(store, qn, a.id).overall_shown
        # the KGZ workbook copied and edited in a spreadsheet: strategy "no" -> "yes"
        shutil.copy(files / "kgz.xlsx", files / "kgz-corrected.xlsx")
        _edit_answer(files / "kgz-corrected.xlsx", "s5_strategy", "yes")
        st = os.stat(files / "kgz.xlsx")
        os.utime(files / "kgz-corrected.xlsx", (st.st_atime, st.st_mtime + 60))
        _with(store, made["kgz"], {"s5_strategy": "yes"})  # the same edit, scored by the engine
        expected["kgz-corrected"] = score_assessment(store, qn, made["kgz"].id).overall_shown
        uids = {k: a.uid for k, a in made.items()}
    finally:
        store.close()
    return files, expected, uids


def _sheet(path, name):
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        rows = list(wb[name].iter_rows(values_only=True))
    finally:
        wb.close()
    return [dict(zip(rows[0], r, strict=False)) for r in rows[1:]]


def test_countries_not_files(world, tmp_path):
    files, exp, uids = world
    out, pdf = tmp_path / "all.xlsx", tmp_path / "all.pdf"
    rep = aggregate([files], out, pdf_out=pdf, workers=2)
    by = {f.path.rsplit("/", 1)[-1]: f for f in rep.files}
    # same uid twice: the copy edited after export is the newest edit, and it says so
    assert by["kgz-corrected.xlsx"].status == "accepted" and by["kgz.xlsx"].status == "superseded"
    assert "kgz-corrected.xlsx" in by["kgz.xlsx"].reason and "edited after export" in by["kgz.xlsx"].reason
    assert any("KGZ 2025: 2 workbooks of the same assessment" in w for w in rep.warnings)
    # two uids for PHL 2024: a conflict, both out of the roll-ups
    assert by["phl1.xlsx"].status == by["phl2.xlsx"].status == "conflict"
    assert uids["phl2"] in by["phl1.xlsx"].reason and "--prefer" in by["phl1.xlsx"].reason
    assert (rep.accepted, rep.superseded, rep.conflicts) == (5, 1, 2)

    summary = {(r["Country"], r["Round"]): r for r in _sheet(out, "Summary")}
    assert set(summary) == {("GHA", 2023), ("GHA", 2025), ("SEN", 2025), ("MEX", 2025), ("KGZ", 2025)}
    assert summary[("GHA", 2023)]["In roll-ups"] == "no" and summary[("GHA", 2025)]["In roll-ups"] == "yes"
    # scores recomputed from the answers as edited, never the workbook's stale Scores sheet
    assert summary[("KGZ", 2025)]["Overall"] == exp["kgz-corrected"] != exp["kgz"]
    assert summary[("KGZ", 2025)]["Edited after export"] == "yes"
    assert summary[("GHA", 2025)]["Intermediate region"] == "Western Africa"
    assert summary[("KGZ", 2025)]["Groups"] == "LLDC" and summary[("SEN", 2025)]["Groups"] == "LDC"
    for (iso, rnd), key in {("GHA", 2023): "gha23", ("GHA", 2025): "gha25", ("SEN", 2025): "sen",
                            ("MEX", 2025): "mex"}.items():
        assert summary[(iso, rnd)]["Overall"] == exp[key], iso

    regions = {(r["Grouping"], r["Group"]): r for r in _sheet(out, "Regions")}
    africa = regions[("Region", "Africa")]
    assert africa["Countries"] == 2 and africa["Country list"] == "GHA, SEN"  # not 3 workbooks
    assert africa["Mean overall"] == round((exp["gha25"] + exp["sen"]) / 2, 1)
    world_row = regions[("World", "World")]
    assert world_row["Country list"] == "GHA, KGZ, MEX, SEN"  # PHL in conflict: left out
    assert world_row["Mean overall"] == round((exp["gha25"] + exp["sen"] + exp["mex"] + exp["kgz-corrected"]) / 4, 1)
    assert regions[("Intermediate region", "Central America")]["Country list"] == "MEX"
    assert regions[("Group", "Land Locked Developing Countries (LLDC)")]["Mean overall"] == exp["kgz-corrected"]

    rounds = {(r["Country"], r["Round"]): r for r in _sheet(out, "Rounds")}
    assert rounds[("GHA", 2025)]["Change"] == round(exp["gha25"] - exp["gha23"], 1)
    assert rounds[("GHA", 2023)]["Change"] is None
    facts = {(r["Country"], r["Round"]): r for r in _sheet(out, "Key facts")}
    assert facts[("KGZ", 2025)]["Migration data strategy"] == "Yes"
    assert facts[("GHA", 2023)]["Migration policy"] == "No"
    pq = _sheet(out, "Regions by PQ")
    c_africa = next(r for r in pq if r["Group"] == "Africa" and r["Policy question"] == "C")
    assert c_africa["Countries"] == 2 and c_africa["Country list"] == "GHA, SEN"
    codebook = {(r["Kind"], r["Code"]): r["Label"] for r in _sheet(out, "Codebook")}
    assert codebook[("Band", "requires_further_progress")] and codebook[("Answer code", "s5_strategy=no")] == "No"
    about = {r["Field"]: r["Value"] for r in _sheet(out, "About")}
    assert "recomputed" in about["Scoring rules"] and about["Files in conflict"] == 2

    from pypdf import PdfReader

    text = "\n".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "Read with care" in text and "kgz-corrected.xlsx" in text and "conflict" in text
    assert "requires_further_progress" not in text and "partially_meets" not in text


def test_prefer_and_round(world, tmp_path):
    files, exp, uids = world
    out = tmp_path / "p.xlsx"
    rep = aggregate([files], out, workers=0, prefer=[uids["phl2"]])
    by = {f.path.rsplit("/", 1)[-1]: f for f in rep.files}
    assert by["phl2.xlsx"].status == "accepted" and by["phl1.xlsx"].status == "superseded"
    assert "preferred" in by["phl1.xlsx"].reason
    regions = {(r["Grouping"], r["Group"]): r for r in _sheet(out, "Regions")}
    assert regions[("Region", "Asia")]["Country list"] == "KGZ, PHL"
    assert regions[("Region", "Asia")]["Mean overall"] == round((exp["kgz-corrected"] + exp["phl2"]) / 2, 1)

    out = tmp_path / "r.xlsx"
    rep = aggregate([files], out, workers=0, round_year=2023, prefer=["phl1.xlsx"])
    regions = {(r["Grouping"], r["Group"]): r for r in _sheet(out, "Regions")}
    assert regions[("World", "World")]["Country list"] == "GHA"
    assert regions[("World", "World")]["Mean overall"] == exp["gha23"]
    assert [r.record.country for r in rep.used] == ["GHA"]


def test_cli_prefer_round_and_lang(world, tmp_path, cli_run):
    files, _, uids = world
    out = tmp_path / "cli.xlsx"
    r = cli_run("aggregate", files, "--xlsx", out, "--prefer", "phl1.xlsx", "--round", "2024", "--lang", "fr",
                "--quiet")
    assert r.exit_code == 0, r.output
    assert "0 in conflict; 1 countries in the roll-ups" in r.output  # PHL 2024, the preferred file
    assert f"superseded: {files / 'phl2.xlsx'}" in r.output
    codebook = {(x["Kind"], x["Code"]): x["Label"] for x in _sheet(out, "Codebook")}
    assert codebook[("Answer code", "s5_strategy=no")] == "Non"  # labels in the chosen language
    r = cli_run("aggregate", files, "--xlsx", tmp_path / "c2.xlsx", "--quiet")
    assert "2 in conflict" in r.output and "--prefer" in r.output
