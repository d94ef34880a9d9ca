"""Aggregation 3.0 on real countries: groups by the lists in force at each reference date, only
real countries in the roll-ups, final-only, every column in the codebook, every label in the output
language, and the analyst's files (CSV with a data dictionary, Stata and SPSS read back)."""
import csv

import pytest

from capacity_app.domain.answers import Answer
from capacity_app.catalog.aggregate_texts import strings
from capacity_app.services.aggregation import run
from capacity_app.services.assessments import set_status
from capacity_app.services.exchange import export_workbook

from exchange_helpers import make_assessment, make_store, sheet_rows
from workbook_values import book_values

# (file, country, round, reference date)
ASSESSMENTS = [
    ("bhr", "BHR", 2026, "2026-03-01"),  # left the OHRLLS SIDS list in 2023; never on M49's
    ("bes", "BES", 2025, "2025-06-01"),  # on the M49 SIDS list, not on OHRLLS's
    ("stp", "STP", 2025, "2025-02-01"),  # graduated from LDC on 2024-12-13, still SIDS
    ("bgd26", "BGD", 2026, "2026-05-15"),  # LDC until 2026-11-24
    ("bgd27", "BGD", 2027, "2027-01-01"),
    ("ken", "KEN", 2025, "2025-03-05"),  # the only final assessment
]


@pytest.fixture(scope="module")
def files(qn, rich, tmp_path_factory):
    import shutil

    folder = tmp_path_factory.mktemp("real")
    inputs = folder / "in"
    inputs.mkdir()
    store = make_store(folder / "r.sqlite3")
    try:
        for name, iso, rnd, ref in ASSESSMENTS:
            a = make_assessment(store, qn, iso, rnd)
            store.update_assessment(a.id, reference_date=ref)
            answers = dict(store.answers(a.id))  # the answer (S0) too: the date that scores and groups
            answers["s0_reference_date"] = Answer("s0_reference_date", ref, "answered")
            store.replace_answers(a.id, list(answers.values()), note="test")
            if iso == "KEN":
                set_status(store, a.id, "final")
            export_workbook(store, a.id, inputs / f"{name}.xlsx")
    finally:
        store.close()
    shutil.copy(rich[2], inputs / "veloria.xlsx")  # the demo's fictional country (XVL), a training file
    return inputs




@pytest.fixture(scope="module")
def english(files, tmp_path_factory):
    out = tmp_path_factory.mktemp("en")
    rep = run([files], out / "all.xlsx", bundle_dir=out / "bundle", pdf_out=out / "all.pdf")
    return rep, out


def test_groups_by_the_lists_at_each_reference_date(english):
    rep, out = english
    summary = {(r["Country code"], r["Round"]): r for r in sheet_rows(out / "all.xlsx", "Summary")}
    assert summary[("BHR", 2026)]["Reference date"] == "2026-03-01"

    def groups(key):
        return tuple(g for g in ("LDC", "LLDC", "SIDS") if summary[key][g] == 1)

    assert groups(("BHR", 2026)) == ()
    assert groups(("BES", 2025)) == ("SIDS",)
    assert groups(("STP", 2025)) == ("SIDS",)  # not an LDC after 2024-12-13
    assert groups(("BGD", 2026)) == ("LDC",)
    # a reference date after the day of the run is grouped by the lists in force that day (and warned about)
    import datetime as dt

    from capacity_app.catalog import countries

    on = min(dt.date.today().isoformat(), "2027-01-01")
    assert summary[("BGD", 2027)]["Groups as of"] == on
    assert groups(("BGD", 2027)) == (("LDC",) if "BGD" in countries.group_members("LDC", on) else ())
    assert summary[("BGD", 2026)]["Groups as of"] == "2026-05-15"
    about = {r["Field"]: r["Value"] for r in sheet_rows(out / "all.xlsx", "About")}
    assert "53 countries and areas" in about["groups"]


def test_training_codes_are_in_no_rollup(english):
    rep, out = english
    summary = {(r["Country code"], r["Round"]): r for r in sheet_rows(out / "all.xlsx", "Summary")}
    xvl = next(v for k, v in summary.items() if k[0] == "XVL")
    assert xvl["In roll-ups"] == 0 and xvl["Roll-up note"] == "fictional"
    for sheet in ("Regions", "Regions by PQ", "SDG by group", "Trends"):
        for r in sheet_rows(out / "all.xlsx", sheet):
            assert "XVL" not in (r["Country codes"] or "").split(), sheet
    world = next(r for r in sheet_rows(out / "all.xlsx", "Regions") if r["Grouping"] == "world")
    assert world["Countries"] == 5 and world["Coverage"] == "5 of 249"  # BHR BES STP BGD KEN
    assert "Fictional" not in {r["Group"] for r in sheet_rows(out / "all.xlsx", "Regions")}
    assert [r.country for r in rep.excluded] == ["XVL"]


def test_final_only(files, tmp_path):
    rep = run([files], tmp_path / "final.xlsx", status_filter="final")
    assert [r.country for r in rep.used] == ["KEN"]
    summary = {(r["Country code"], r["Round"]): r for r in sheet_rows(tmp_path / "final.xlsx", "Summary")}
    assert summary[("BES", 2025)]["Roll-up note"] == "not_final" and summary[("KEN", 2025)]["In roll-ups"] == 1
    about = {r["Field"]: r["Value"] for r in sheet_rows(tmp_path / "final.xlsx", "About")}
    assert about["status_filter"] == "final assessments only"


def test_ohrlls_list_as_the_named_alternative(files, tmp_path):
    run([files], tmp_path / "o.xlsx", sids_list="ohrlls")
    summary = {(r["Country code"], r["Round"]): r for r in sheet_rows(tmp_path / "o.xlsx", "Summary")}
    assert summary[("BHR", 2026)]["SIDS"] == 0  # left in 2023
    assert summary[("BES", 2025)]["SIDS"] == 0 and summary[("STP", 2025)]["SIDS"] == 1
    about = {r["Field"]: r["Value"] for r in sheet_rows(tmp_path / "o.xlsx", "About")}
    assert "UN-OHRLLS" in about["groups"]


def test_codebook_covers_every_column_of_every_sheet(english):
    _, out = english
    sheets = book_values(out / "all.xlsx")
    book = sheets["Codebook"][1:]
    columns = {r[3] for r in book if r[0] == "column"}
    described = {r[3]: r[4] for r in book if r[0] == "column"}
    for name, rows in sheets.items():
        for h in rows[0]:
            assert h in columns and described[h], (name, h)
    kinds = {r[0] for r in book}
    assert {"file_status", "reason", "rollup_note", "assessment_status", "answer_status", "band", "gap_type",
            "sdg_status", "grouping", "group", "area", "checksum", "flag", "answer_code"} <= kinds
    codes = {(r[0], r[2]) for r in book}
    assert ("answer_code", "s7_skills=0") in codes and ("area", "419") in codes  # ratings; M49 areas


def _labels(path):
    """Sheet names, headers and every label column of a workbook, in order."""
    out = []
    for name, rows in book_values(path, keep=lambda name: not name.startswith(("Answers", "Réponses"))).items():
        out.append(name)
        out.extend(rows[0])
        label_cols = [i for i, h in enumerate(rows[0]) if h and ("label" in str(h).lower() or "libellé" in str(h).lower())]
        for r in rows[1:]:
            out.extend(r[i] for i in label_cols if r[i])
    return out


# words the same in English and French (a header or label may be one of them)
SAME_IN_FRENCH = {"Code", "Description", "Source", "Question", "Section", "Minimum", "Maximum", "Application",
                  "Questionnaire", "Page", "Institution", "Europe", "Asie", "Code M49", "Actions"}


def test_no_english_in_the_french_workbook_labels(files, english, tmp_path):
    _, out = english
    run([files], tmp_path / "fr.xlsx", lang="fr")
    en, fr = _labels(out / "all.xlsx"), _labels(tmp_path / "fr.xlsx")
    assert len(en) == len(fr)
    english_only = [(e, f) for e, f in zip(en, fr, strict=True)
                    if e == f and isinstance(e, str) and e not in SAME_IN_FRENCH and not e[:1].isdigit()
                    and any(ch.isalpha() for ch in e) and not e.startswith(("Section ", "PQ ", "sdg_"))
                    and e != e.upper()]
    assert english_only == []
    assert "Synthèse" in fr and "Pays ou zone" in fr and "Premier quartile" in fr


def test_no_english_in_the_french_pdf(files, tmp_path):
    from pdf_text import page_texts

    pdf = tmp_path / "fr.pdf"
    run([files], None, pdf_out=pdf, lang="fr")
    text = " ".join(" ".join(page_texts(pdf)).split())
    assert "Chiffres" in text or "Monde et régions" in text
    for key, entry in strings().items():
        en = entry["en"]
        if key.startswith(("pdf.", "group.", "grouping.", "assessment_status.")) and "{" not in en \
                and en != entry["fr"] and len(en) > 6:
            assert en not in text, key
    for word in ("Read with care", "Countries", "Coverage", "not assessed", "Page 1 of", "Overall score"):
        assert word not in text, word
    assert "n'impliquent pas reconnaissance ou acceptation officielle" in text


def test_analyst_files(english):
    import pyreadstat

    rep, out = english
    bundle = out / "bundle"
    with open(bundle / "csv" / "summary.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    bgd = next(r for r in rows if r["iso3"] == "BGD")
    assert bgd["m49"] == "050" and bgd["region_code"] == "142"  # codes as text, leading zeros kept
    assert float(bgd["overall_exact"]) and bgd["ldc"] in ("0", "1")
    with open(bundle / "data_dictionary.csv", encoding="utf-8", newline="") as fh:
        dictionary = {(r["table"], r["variable"]): r for r in csv.DictReader(fh)}
    for name in (p.stem for p in (bundle / "csv").glob("*.csv")):
        with open(bundle / "csv" / f"{name}.csv", encoding="utf-8", newline="") as fh:
            for var in next(csv.reader(fh)):
                assert (name, var) in dictionary, (name, var)
                assert len(var) <= 32 and var.replace("_", "").isalnum() and var == var.lower()
    from capacity_app.domain.labels import band_label

    first = band_label("requires_further_progress")
    assert f"requires_further_progress = {first}" in dictionary[("summary", "band")]["codes"]
    with open(bundle / "csv" / "memberships.csv", encoding="utf-8", newline="") as fh:
        member = list(csv.DictReader(fh))
    assert {"iso3": "BES", "round": "2025", "grouping": "group", "group_code": "SIDS"} in member
    answers = bundle / "csv" / "answers.csv"
    with open(answers, encoding="utf-8", newline="") as fh:
        ans = list(csv.DictReader(fh))
    assert len(ans) == sum(r.n_rows for r in rep.rounds)
    assert any(r["value"].startswith("'=HYPERLINK(") for r in ans)  # never a formula when opened in a spreadsheet
    df, meta = pyreadstat.read_dta(str(bundle / "stata" / "summary.dta"))
    assert meta.column_names_to_labels["overall"] == "Overall score"
    assert meta.variable_value_labels["band"][1] == first
    assert meta.variable_value_labels["ldc"] == {0: "no", 1: "yes"}
    assert set(df["iso3"]) >= {"BGD", "BES", "XVL"} and df["m49"].tolist()[0].isdigit()
    df, meta = pyreadstat.read_sav(str(bundle / "spss" / "regions.sav"))
    assert meta.variable_value_labels["grouping"][1] == "World"
