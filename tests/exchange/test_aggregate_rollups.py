"""Aggregation counts countries, not files: identity (country, round, uid), conflicts and
--prefer, rounds, recomputed scores for an edited workbook, and roll-ups computed by hand."""
import os
import shutil

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from capacity_app.domain.answers import Answer
from capacity_app.domain.rounding import round_half_up
from capacity_app.exchange.aggregate.run import aggregate
from capacity_app.services.aggregation import run
from capacity_app.catalog import countries
from capacity_app.exchange.aggregate.groups import CountryScores, measure_rows, region_rows, sdg_rows
from capacity_app.services.exchange import export_workbook
from capacity_app.services.scoring import score_assessment

from exchange_helpers import make_assessment, make_store, sheet_rows


# --- pure roll-ups, numbers by hand ----------------------------------------------------------------

def _c(iso3, overall, sections=None, pq=None, sdg=None, rnd=2025):
    c = countries.lookup(iso3)
    return CountryScores(iso3, rnd, c.region_code, c.sub_region_code, c.intermediate_region_code,
                         countries.groups_of(iso3, f"{rnd}-06-30"), overall, "", sections or {}, pq or {}, sdg or {})


def test_rollups_by_hand():
    gha = _c("GHA", 40.0, {"S1": 50.0}, {"A": (3, 1, 2, 6)}, {"sdg_x": "published"})
    sen = _c("SEN", 45.0, {"S1": None}, {"A": (2, 2, 0, 0)}, {"sdg_x": "partly_published"})
    mex = _c("MEX", None, {"S1": 70.0}, {"A": (3, 3, None, None)}, {"sdg_x": "published"})
    rows = {(r.grouping, r.group): r for r in region_rows([gha, sen, mex], ["S1"])}
    world = rows[("world", "001")]
    assert world.countries == ("GHA", "MEX", "SEN") and world.overall_countries == ("GHA", "SEN")
    s = world.overall  # (40 + 45) / 2; MEX has no overall score
    assert tuple(map(float, (s.mean, s.median, s.min, s.max, s.q1, s.q3))) == (42.5, 42.5, 40.0, 45.0, 41.25, 43.75)
    assert world.sections == {"S1": 60.0}  # (50 + 70) / 2; SEN's S1 not scored
    assert rows[("intregion", "011")].countries == ("GHA", "SEN")  # Western Africa
    assert rows[("intregion", "013")].overall.mean is None  # Central America: MEX not scored
    assert rows[("group", "LDC")].countries == ("SEN",)  # Senegal is an LDC, Ghana is not
    assert ("group", "LLDC") not in rows
    m = {(r.group, r.pq): r for r in measure_rows([gha, sen, mex], ["A"])}
    assert m[("002", "A")].means == (2.5, 1.5, 1.0, 3.0) and m[("002", "A")].counts == (2, 2, 2, 2)
    assert round(float(m[("001", "A")].means[0]), 9) == round(8 / 3, 9) and m[("001", "A")].counts == (3, 3, 2, 2)
    s = {(r.group, r.status): r.countries for r in sdg_rows([gha, sen, mex], ["sdg_x"], ["published"])}
    # "partly published" is its own status, never counted as "published"
    assert s[("001", "published")] == ("GHA", "MEX") and s[("001", "partly_published")] == ("SEN",)


COUNTRIES = ("GHA", "SEN", "MEX", "FJI", "NPL", "FRA", "BOL", "TUV")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(COUNTRIES),
                          st.sampled_from(["published", "partly_published", "not_produced", "other", "", None]),
                          st.one_of(st.none(), st.tuples(*[st.one_of(st.none(), st.sampled_from([0.0, 1.5, 2.0, 3.0,
                                                                                                   1 / 3]))] * 4))),
                min_size=1, max_size=8, unique_by=lambda t: t[0]))
def test_each_group_s_counts_and_means_are_its_members(entries):
    """Whatever the statuses (one outside the known list, none, empty) and measures (missing,
    partly scored), each group's row counts exactly its members of that status, sorted, and each
    measure's mean is the exact mean of its members' values."""
    from decimal import Decimal

    from capacity_app.exchange.aggregate.groups import grouped

    cs = [_c(iso3, 50.0, pq={"A": m} if m is not None else {}, sdg={"sdg_x": status} if status is not None else {})
          for iso3, status, m in entries]
    known = ["published", "partly_published", "not_produced"]
    got = {(r.grouping, r.group, r.status): r.countries for r in sdg_rows(cs, ["sdg_x"], known)}
    means = {(r.grouping, r.group): r for r in measure_rows(cs, ["A"])}
    for grouping, group, members in grouped(cs):
        for status in {c.sdg.get("sdg_x") for c in members} - {None, ""}:
            assert got[(grouping, group, status)] == tuple(sorted(c.iso3 for c in members if c.sdg.get("sdg_x") == status))
        assert {k[2] for k in got if k[:2] == (grouping, group)} == {c.sdg.get("sdg_x") for c in members} - {None, ""}
        row = means[(grouping, group)]
        for i in range(4):
            vals = [Decimal(repr(c.pq["A"][i])) for c in members if c.pq.get("A") and c.pq["A"][i] is not None]
            assert row.counts[i] == len(vals)
            assert row.means[i] == (sum(vals, Decimal(0)) / len(vals) if vals else None)
    order = [r.status for r in sdg_rows(cs, ["sdg_x"], known) if (r.grouping, r.group) == ("world", "001")]
    assert order == [x for x in known if x in order] + sorted(x for x in order if x not in known)


def test_quantiles_as_excel_and_r():
    """Type 7 (Excel QUARTILE.INC, R's default, pandas): [1, 2, 3, 4] -> 1.75, 2.5, 3.25."""
    from capacity_app.exchange.aggregate.groups import stats

    st = stats([4.0, 1.0, None, 3.0, 2.0])
    assert (st.n, float(st.q1), float(st.median), float(st.q3), float(st.mean)) == (4, 1.75, 2.5, 3.25, 2.5)
    assert float(stats([7.0]).q1) == 7.0 and stats([]).mean is None


def test_half_up_once_on_the_unrounded_mean():
    """48.05 and 53.85 (the issue's cells) round up, as a person and Excel's ROUND do; Python's
    round() gave 48.0 and 53.8."""
    from capacity_app.domain.rounding import round_half_up
    from capacity_app.exchange.aggregate.groups import stats

    assert round_half_up(stats([48.0, 48.1]).mean, 1) == 48.1  # 48.05
    assert round_half_up(stats([53.8, 53.9]).mean, 1) == 53.9  # 53.85
    assert round((48.0 + 48.1) / 2, 1) == 48.0 and round((53.8 + 53.9) / 2, 1) == 53.8  # the old way


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
            expected[key] = score_assessment(store, qn, a.id).overall
        # the KGZ workbook copied and edited in a spreadsheet: strategy "no" -> "yes"
        shutil.copy(files / "kgz.xlsx", files / "kgz-corrected.xlsx")
        _edit_answer(files / "kgz-corrected.xlsx", "s5_strategy", "yes")
        st = os.stat(files / "kgz.xlsx")
        os.utime(files / "kgz-corrected.xlsx", (st.st_atime, st.st_mtime + 60))
        _with(store, made["kgz"], {"s5_strategy": "yes"})  # the same edit, scored by the engine
        expected["kgz-corrected"] = score_assessment(store, qn, made["kgz"].id).overall
        uids = {k: a.uid for k, a in made.items()}
    finally:
        store.close()
    return files, expected, uids




def r1(v):
    return round_half_up(v, 1)


def test_countries_not_files(world, tmp_path, qn):
    files, exp, uids = world
    out, pdf = tmp_path / "all.xlsx", tmp_path / "all.pdf"
    rep = run([files], out, pdf_out=pdf)
    by = {f.path.rsplit("/", 1)[-1]: f for f in rep.files}
    # same uid twice: the copy edited after export is the newest edit, and it says so
    assert by["kgz-corrected.xlsx"].status == "accepted" and by["kgz.xlsx"].status == "superseded"
    assert "kgz-corrected.xlsx" in by["kgz.xlsx"].reason and "edited outside" in by["kgz-corrected.xlsx"].reason
    assert any("KGZ 2025: 2 workbooks of the same assessment" in w for w in rep.warnings)
    # two uids for PHL 2024: a conflict, both out of the roll-ups
    assert by["phl1.xlsx"].status == by["phl2.xlsx"].status == "conflict"
    assert uids["phl2"] in by["phl1.xlsx"].reason and "until one is chosen" in by["phl1.xlsx"].reason
    assert (rep.accepted, rep.superseded, rep.conflicts) == (5, 1, 2)

    summary = {(r["Country code"], r["Round"]): r for r in sheet_rows(out, "Summary")}
    assert set(summary) == {("GHA", 2023), ("GHA", 2025), ("SEN", 2025), ("MEX", 2025), ("KGZ", 2025)}
    assert summary[("GHA", 2023)]["In roll-ups"] == 0 and summary[("GHA", 2025)]["In roll-ups"] == 1
    assert summary[("GHA", 2023)]["Roll-up note"] == "other_round"
    # scores recomputed from the answers as edited, never the workbook's stale Scores sheet
    assert summary[("KGZ", 2025)]["Overall score"] == r1(exp["kgz-corrected"]) != r1(exp["kgz"])
    assert summary[("KGZ", 2025)]["Overall score (unrounded)"] == float(f"{exp['kgz-corrected']:.15g}")  # as a spreadsheet keeps it
    assert summary[("KGZ", 2025)]["Edited after export"] == 1
    assert summary[("GHA", 2025)]["Intermediate region"] == "Western Africa"
    assert summary[("GHA", 2025)]["Intermediate region code"] == "011" and summary[("GHA", 2025)]["M49 code"] == "288"
    assert (summary[("KGZ", 2025)]["LDC"], summary[("KGZ", 2025)]["LLDC"], summary[("KGZ", 2025)]["SIDS"]) == (0, 1, 0)
    sen = summary[("SEN", 2025)]
    assert sen["LDC"] == 1 and sen["Groups as of"] == sen["Reference date"] != ""
    for (iso, rnd), key in {("GHA", 2023): "gha23", ("GHA", 2025): "gha25", ("SEN", 2025): "sen",
                            ("MEX", 2025): "mex"}.items():
        assert summary[(iso, rnd)]["Overall score"] == r1(exp[key]), iso
    assert 0 < summary[("SEN", 2025)]["Completeness (%)"] <= 100

    regions = {(r["Grouping"], r["Group code"]): r for r in sheet_rows(out, "Regions")}
    africa = regions[("region", "002")]
    assert africa["Group"] == "Africa" and africa["Countries"] == 2 and africa["Country codes"] == "GHA SEN"
    assert africa["Mean"] == r1((exp["gha25"] + exp["sen"]) / 2)  # unrounded scores, rounded once
    assert africa["Members"] == 60 and africa["Coverage"] == "2 of 60"
    world_row = regions[("world", "001")]
    assert world_row["Country codes"] == "GHA KGZ MEX SEN"  # PHL in conflict: left out
    four = sorted([exp["gha25"], exp["sen"], exp["mex"], exp["kgz-corrected"]])
    assert world_row["Mean"] == r1(sum(four) / 4)
    assert world_row["Median"] == r1((four[1] + four[2]) / 2)
    assert abs(world_row["First quartile (unrounded)"] - (four[0] + 0.75 * (four[1] - four[0]))) < 1e-12
    assert regions[("intregion", "013")]["Country codes"] == "MEX"
    lldc = regions[("group", "LLDC")]
    assert lldc["Mean"] == r1(exp["kgz-corrected"]) and lldc["Coverage"] == "1 of 32"
    assert regions[("group", "LDC")]["Coverage"] == "1 of 44"  # SEN, of the list at the latest reference date

    rounds = {(r["Country code"], r["Round"]): r for r in sheet_rows(out, "Rounds")}
    assert rounds[("GHA", 2025)]["Change"] == r1(exp["gha25"] - exp["gha23"])
    assert rounds[("GHA", 2023)]["Change"] is None
    facts = {(r["Country code"], r["Round"]): r for r in sheet_rows(out, "Key facts")}
    strategy = qn.resolve_key("s5_strategy")[1].label["en"]
    assert facts[("KGZ", 2025)][strategy] == "yes" and facts[("KGZ", 2025)][f"{strategy} (label)"] == "Yes"
    pq = sheet_rows(out, "Regions by PQ")
    c_africa = next(r for r in pq if r["Group"] == "Africa" and r["Policy question"] == "C")
    assert c_africa["Countries"] == 2 and c_africa["Country codes"] == "GHA SEN"
    trends = {(r["Group code"], r["Round"]): r for r in sheet_rows(out, "Trends")}
    assert trends[("002", 2023)]["Countries"] == 1 and trends[("001", 2025)]["Countries"] == 4
    codebook = {(r["Kind"], r["Code"]): r["Label"] for r in sheet_rows(out, "Codebook")}
    assert codebook[("band", "requires_further_progress")] and codebook[("answer_code", "s5_strategy=no")] == "No"
    assert codebook[("answer_code", "s7_skills=3")].startswith("Institutional")  # the 0-3 ratings
    assert codebook[("area", "002")] == "Africa" and codebook[("group", "SIDS")]
    about = {r["Field"]: r["Value"] for r in sheet_rows(out, "About")}
    assert "recomputed" in about["scoring_rules"] and about["files_conflict"] == 2

    from pdf_text import page_texts

    text = "\n".join(page_texts(pdf))
    assert "Read with care" in text and "kgz-corrected.xlsx" in text and "conflict" in text
    assert "requires_further_progress" not in text and "partially_meets" not in text
    assert "1 of 44" in text and "2 of 60" in text


def test_prefer_and_round(world, tmp_path):
    files, exp, uids = world
    out = tmp_path / "p.xlsx"
    rep = aggregate([files], out, workers=0, prefer=[uids["phl2"]])
    by = {f.path.rsplit("/", 1)[-1]: f for f in rep.files}
    assert by["phl2.xlsx"].status == "accepted" and by["phl1.xlsx"].status == "superseded"
    assert "preferred" in by["phl1.xlsx"].reason
    regions = {(r["Grouping"], r["Group"]): r for r in sheet_rows(out, "Regions")}
    assert regions[("region", "Asia")]["Country codes"] == "KGZ PHL"
    assert regions[("region", "Asia")]["Mean"] == r1((exp["kgz-corrected"] + exp["phl2"]) / 2)

    out = tmp_path / "r.xlsx"
    rep = aggregate([files], out, workers=0, round_year=2023, prefer=["phl1.xlsx"])
    regions = {(r["Grouping"], r["Group"]): r for r in sheet_rows(out, "Regions")}
    assert regions[("world", "World")]["Country codes"] == "GHA"
    assert regions[("world", "World")]["Mean"] == r1(exp["gha23"])
    assert [r.record.country for r in rep.used] == ["GHA"]


def test_cli_prefer_round_and_lang(world, tmp_path, cli_run):
    files, _, uids = world
    out = tmp_path / "cli.xlsx"
    r = cli_run("aggregate", files, "--xlsx", out, "--prefer", "phl1.xlsx", "--round", "2024", "--lang", "fr",
                "--quiet")
    assert r.exit_code == 0, r.output
    assert "0 in conflict; 1 country in the roll-ups" in r.output  # PHL 2024, the preferred file (one: singular)
    assert f"superseded: {files / 'phl2.xlsx'}" in r.output
    codebook = {(x["Type"], x["Code"]): x["Libellé"] for x in sheet_rows(out, "Dictionnaire des codes")}
    assert codebook[("answer_code", "s5_strategy=no")] == "Non"  # labels in the chosen language
    r = cli_run("aggregate", files, "--xlsx", tmp_path / "c2.xlsx", "--quiet")
    assert "2 in conflict" in r.output and "--prefer" in r.output
