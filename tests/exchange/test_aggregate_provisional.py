"""What the cross-country figures count (UNSD's outside test, 2026-11-23): a provisional score (no
band: completeness below the threshold or no valid reference date) is left out of every roll-up and
trend unless the user includes it, and is then counted and said."""
import datetime

import pytest

from capacity_app.domain.answers import Answer
from capacity_app.domain.rounding import round_half_up
from capacity_app.exchange.aggregate.run import aggregate
from capacity_app.services.aggregation import run
from capacity_app.services.exchange import export_workbook
from capacity_app.services.scoring import score_assessment

from exchange_helpers import make_assessment, make_store, sheet_rows


def _keep_share(store, a, share: float):
    """Clear all but about ``share`` of the assessment's answers (the reference date kept)."""
    answers = list(store.answers(a.id).values())
    kept = [x for i, x in enumerate(answers) if x.key == "s0_reference_date" or i % 100 < share * 100]
    store.replace_answers(a.id, kept, note="test")


@pytest.fixture(scope="module")
def provisional_world(qn, tmp_path_factory):
    """GHA and SEN 2025 with a band; JAM 2024 with a band and JAM 2025 half answered (provisional)."""
    folder = tmp_path_factory.mktemp("provisional")
    files = folder / "in"
    files.mkdir()
    store = make_store(folder / "p.sqlite3")
    scores = {}
    try:
        for key, iso, rnd in (("gha", "GHA", 2025), ("sen", "SEN", 2025), ("jam24", "JAM", 2024),
                              ("jam25", "JAM", 2025)):
            a = make_assessment(store, qn, iso, rnd)
            if key == "jam25":
                _keep_share(store, a, 0.5)
            export_workbook(store, a.id, files / f"{key}.xlsx")
            scores[key] = score_assessment(store, qn, a.id)
    finally:
        store.close()
    assert scores["jam25"].provisional and "incomplete" in scores["jam25"].no_band
    assert all(not scores[k].provisional for k in ("gha", "sen", "jam24"))
    return files, {k: s.overall for k, s in scores.items()}


def r1(v):
    return round_half_up(v, 1)


def test_a_provisional_score_is_in_no_score_figure_by_default(provisional_world, tmp_path):
    files, exp = provisional_world
    out = tmp_path / "a.xlsx"
    rep = run([files], out)
    assert sorted(r.country for r in rep.used) == ["GHA", "SEN"]  # JAM 2025 out, and not JAM 2024 instead
    regions = {(r["Grouping"], r["Group code"]): r for r in sheet_rows(out, "Regions")}
    assert regions[("world", "001")]["Country codes"] == "GHA SEN"
    assert regions[("world", "001")]["Mean"] == r1((exp["gha"] + exp["sen"]) / 2)
    assert regions[("world", "001")]["Provisional scores"] == 0
    assert ("region", "019") not in regions and ("group", "SIDS") not in regions  # JAM was their only country
    trends = {(r["Group code"], r["Round"]): r for r in sheet_rows(out, "Trends")}
    assert trends[("001", 2025)]["Country codes"] == "GHA SEN" and trends[("001", 2024)]["Country codes"] == "JAM"
    assert ("019", 2025) not in trends
    summary = {(r["Country code"], r["Round"]): r for r in sheet_rows(out, "Summary")}
    assert summary[("JAM", 2025)]["In roll-ups"] == 0 and summary[("JAM", 2025)]["Roll-up note"] == "provisional"
    files_sheet = {r["File"].rsplit("/", 1)[-1]: r for r in sheet_rows(out, "Files")}
    jam = files_sheet["jam25.xlsx"]
    assert "provisional" in jam["Reason code"].split() and "below 80" in jam["Reason"]
    assert "not counted in the roll-ups" in jam["Reason"]
    about = {r["Field"]: r["Value"] for r in sheet_rows(out, "About")}
    assert about["provisional"] == ("left out of the score roll-ups and trends, their plan, implementation and "
                                    "money counted: JAM 2025")  # those: tests/exchange/test_aggregate_provisional_plans.py
    assert any(w.startswith("JAM 2025: Provisional score") for w in rep.warnings)

    # what the PDF summary prints of it: its warnings (printed as given: tests/reports/test_aggregate_pdf.py;
    # the summary laid out from a run: tests/exchange/test_aggregate_outputs.py)
    from capacity_app.exchange.aggregate.extract import questionnaire
    from capacity_app.services.aggregation import summary as pdf_summary

    assert any(w.startswith("Provisional scores (no band) left out of every score figure, their plan, implementation "
                            "and money counted: JAM 2025 (completeness") for w in pdf_summary(rep, questionnaire()).warnings)


def test_provisional_scores_included_on_request_are_counted_and_said(provisional_world, tmp_path):
    files, exp = provisional_world
    out = tmp_path / "b.xlsx"
    rep = aggregate([files], out, workers=0, include_provisional=True)
    assert sorted(r.country for r in rep.used) == ["GHA", "JAM", "SEN"]
    regions = {(r["Grouping"], r["Group code"]): r for r in sheet_rows(out, "Regions")}
    world = regions[("world", "001")]
    assert world["Mean"] == r1((exp["gha"] + exp["sen"] + exp["jam25"]) / 3) and world["Provisional scores"] == 1
    assert regions[("region", "002")]["Provisional scores"] == 0
    assert regions[("group", "SIDS")]["Provisional scores"] == 1
    trends = {(r["Group code"], r["Round"]): r for r in sheet_rows(out, "Trends")}
    assert trends[("001", 2025)]["Provisional scores"] == 1 and trends[("001", 2024)]["Provisional scores"] == 0
    summary = {(r["Country code"], r["Round"]): r for r in sheet_rows(out, "Summary")}
    assert summary[("JAM", 2025)]["Roll-up note"] == "used_provisional"
    files_sheet = {r["File"].rsplit("/", 1)[-1]: r for r in sheet_rows(out, "Files")}
    assert "provisional_included" in files_sheet["jam25.xlsx"]["Reason code"].split()
    about = {r["Field"]: r["Value"] for r in sheet_rows(out, "About")}
    assert about["provisional"] == "counted in the roll-ups and trends on request: JAM 2025"

    from capacity_app.exchange.aggregate.extract import questionnaire
    from capacity_app.reports.aggregate.summary import build_context
    from capacity_app.services.aggregation import summary as pdf_summary

    rep.lang = "fr"
    ctx = build_context(pdf_summary(rep, questionnaire()))
    world_fr = next(r for r in ctx.regions if r["code"] == "001")
    assert world_fr["coverage"] == "3 sur 249, dont 1 provisoire"
    assert any("Scores provisoires (sans niveau) comptés" in w for w in ctx.warnings)


def test_cli_says_which_provisional_scores_are_not_counted(provisional_world, tmp_path, cli_run):
    files, _ = provisional_world
    r = cli_run("aggregate", files, "--xlsx", tmp_path / "c.xlsx", "--quiet")
    assert r.exit_code == 0, r.output
    assert "2 countries in the roll-ups; provisional scores not counted (1): JAM 2025" in r.output
    r = cli_run("aggregate", files, "--xlsx", tmp_path / "d.xlsx", "--quiet", "--include-provisional")
    assert r.exit_code == 0, r.output
    assert "3 countries in the roll-ups (provisional scores counted: 1)" in r.output



# --- one reference date scores and groups an assessment ---------------------------------------------

def _edit_answer(path, key, value):
    import openpyxl

    wb = openpyxl.load_workbook(path)
    ws = wb["Answers"]
    header = [c.value for c in ws[1]]
    kcol, ccol = header.index("Answer key"), header.index("Code")
    row = next(r for r in ws.iter_rows(min_row=2) if r[kcol].value == key)
    row[ccol].value = value
    if isinstance(value, datetime.date):
        row[ccol].number_format = "YYYY-MM-DD"  # as a spreadsheet types a date
    wb.save(path)


def test_a_reference_date_corrected_in_the_workbook_scores_and_groups_it(qn, tmp_path):
    """Nepal leaves the LDC list on 2026-11-24: its 2027 round dated 2026-11-20 in the answers is an
    LDC round, whatever the Metadata sheet's stale copy says (UNSD's outside test)."""
    store = make_store(tmp_path / "n.sqlite3")
    try:
        a = make_assessment(store, qn, "NPL", 2027)
        src = tmp_path / "npl.xlsx"
        export_workbook(store, a.id, src)
    finally:
        store.close()
    edited = tmp_path / "edited" / "npl.xlsx"
    edited.parent.mkdir()
    edited.write_bytes(src.read_bytes())
    _edit_answer(edited, "s0_reference_date", datetime.date(2026, 11, 20))
    out = tmp_path / "a.xlsx"
    rep = aggregate([edited], out, workers=0)
    row = sheet_rows(out, "Summary")[0]
    assert (row["Reference date"], row["Groups as of"], row["LDC"]) == ("2026-11-20", "2026-11-20", 1)
    assert rep.rounds[0].recomputed.reference_date == "2026-11-20"  # the date the scores used
    regions = {(r["Grouping"], r["Group code"]): r for r in sheet_rows(out, "Regions")}
    assert regions[("group", "LDC")]["Country codes"] == "NPL"
    assert regions[("group", "LDC")]["List as of"] == "2026-11-20"
    reason = sheet_rows(out, "Files")[0]
    assert "reference_date_differs" in reason["Reason code"].split()
    assert "Reference date 2026-11-20 in the answers (S0)" in reason["Reason"]
    # and the run's own lines say the file was edited (a UNSD reader saw only "… is in progress")
    assert f"{edited}: NPL 2027: answers edited outside the application after the export (edited cells: 1): " \
           "scored as they are now" in rep.warnings

    out = tmp_path / "b.xlsx"  # the workbook as exported: grouped on its own answer too
    rep = aggregate([src], out, workers=0)
    assert not any("edited outside the application" in w for w in rep.warnings)
    row = sheet_rows(out, "Summary")[0]
    assert row["Groups as of"] == row["Reference date"] == rep.rounds[0].recomputed.reference_date != "2026-11-20"


# --- what the PDF says about the assessments it leaves out -----------------------------------------

@pytest.fixture(scope="module")
def mixed(qn, tmp_path_factory):
    """KEN 2024 and 2025 final, BOL 2025 a draft, HTI 2026 twice (two assessments: a conflict)."""
    from capacity_app.services.assessments import set_status

    folder = tmp_path_factory.mktemp("mixed")
    files = folder / "in"
    files.mkdir()
    store = make_store(folder / "m.sqlite3")
    try:
        for key, iso, rnd, final in (("ken24", "KEN", 2024, True), ("ken25", "KEN", 2025, True),
                                     ("bol", "BOL", 2025, False), ("hti1", "HTI", 2026, False),
                                     ("hti2", "HTI", 2026, True)):
            a = make_assessment(store, qn, iso, rnd)
            if final:
                set_status(store, a.id, "final")
            export_workbook(store, a.id, files / f"{key}.xlsx")
    finally:
        store.close()
    return files


def test_a_conflict_is_named_and_drawn_as_such(mixed):
    from capacity_app.exchange.aggregate.extract import questionnaire
    from capacity_app.reports.aggregate.map import CONFLICT_FILL, NOT_ASSESSED_FILL, fill_of
    from capacity_app.services.aggregation import summary

    rep = aggregate([mixed], None, workers=0)
    s = summary(rep, questionnaire())
    assert s.map_states["332"] == "conflict"  # Haiti: assessed, its workbooks in conflict
    assert fill_of("conflict") == CONFLICT_FILL != NOT_ASSESSED_FILL
    assert any(w.startswith("Workbooks in conflict") and w.endswith(": Haiti (HTI) 2026") for w in s.warnings)
    rep.lang = "fr"
    assert any(w.endswith(" : Haïti (HTI) 2026") for w in summary(rep, questionnaire()).warnings)


def test_final_only_names_the_assessments_left_out_for_not_being_final(mixed):
    from capacity_app.exchange.aggregate.extract import questionnaire
    from capacity_app.services.aggregation import summary

    rep = aggregate([mixed], None, workers=0, status_filter="final")
    s = summary(rep, questionnaire())
    assert [r.code for r in s.countries] == ["KEN"]
    assert s.rounds_note.endswith("; 1 assessment of another round is in the workbook only")  # KEN 2024 only
    assert "Left out because they are not final (final assessments only): BOL 2025 (Draft)" in s.warnings
    assert s.map_states["068"] == "not_in_rollups"  # Bolivia: assessed, left out


# --- group coverage on one list; a reference date after today ------------------------------------------

def test_coverage_counts_on_the_list_it_names():
    """Bhutan (LDC until 2023-12-13), grouped in its 2023 round, is in the LDC figures but not in the
    coverage of the list as of 2026-06-30: numerator and denominator on one list (UNSD, item 6)."""
    from types import SimpleNamespace

    from capacity_app.catalog import countries
    from capacity_app.exchange.aggregate.tables import covered, members

    rep = SimpleNamespace(list_date="2026-06-30", sids_list="m49")
    assert "BTN" not in countries.group_members("LDC", "2026-06-30") and "TUV" in countries.group_members("LDC", "2026-06-30")
    assert covered("group", "LDC", ["BTN", "TUV"], rep) == 1
    assert members("group", "LDC", rep) == len(countries.group_members("LDC", "2026-06-30"))
    assert covered("region", "009", ["FJI", "TUV"], rep) == 2


def test_a_reference_date_after_today_is_warned_about_and_grouped_today(qn, tmp_path):
    """Lao PDR dated 2031-12-31 is grouped by today's lists, never by a list five years ahead, and
    every group's List as of stays today (UNSD's outside test, item 6)."""
    from capacity_app.catalog import countries

    files = tmp_path / "in"
    files.mkdir()
    store = make_store(tmp_path / "c.sqlite3")
    try:
        for iso, rnd, ref in (("TUV", 2026, "2026-05-15"), ("LAO", 2026, "2031-12-31")):
            a = make_assessment(store, qn, iso, rnd)
            store.update_assessment(a.id, reference_date=ref)
            answers = dict(store.answers(a.id))
            answers["s0_reference_date"] = Answer("s0_reference_date", ref, "answered")
            store.replace_answers(a.id, list(answers.values()), note="test")
            export_workbook(store, a.id, files / f"{iso}.xlsx")
    finally:
        store.close()
    today = datetime.date.today().isoformat()
    out = tmp_path / "c.xlsx"
    rep = aggregate([files], out, workers=0)
    assert sorted(r.country for r in rep.used) == ["LAO", "TUV"]
    assert rep.list_date == today
    assert any("LAO 2026: reference date 2031-12-31 is after today" in w for w in rep.warnings)
    summary = {r["Country code"]: r for r in sheet_rows(out, "Summary")}
    assert summary["LAO"]["Groups as of"] == today and summary["LAO"]["Reference date"] == "2031-12-31"
    assert summary["LAO"]["LDC"] == int("LAO" in countries.group_members("LDC", today))
    files_sheet = {r["File"].rsplit("/", 1)[-1]: r for r in sheet_rows(out, "Files")}
    assert "reference_date_future" in files_sheet["LAO.xlsx"]["Reason code"].split()
    assert {r["List as of"] for r in sheet_rows(out, "Regions")} <= {None, "", today}


# --- settling which file stands for an assessment ----------------------------------------------------

def _rec(name, answers, checksum="mismatch", mtime=0.0, exported="2026-11-01T10:00:00+00:00"):
    from capacity_app.exchange.aggregate.model import ACCEPTED, FileRecord, Identity

    return FileRecord(f"/in/{name}", ACCEPTED, identity=Identity("KAZ", 2025, "u1", "final", "2025-10-31", exported),
                      checksum=checksum, mtime=mtime, answers_sha=answers)


def test_two_copies_of_one_export_edited_apart_are_a_conflict_never_settled_by_file_time():
    from capacity_app.exchange.aggregate.identity import resolve_identity

    a, b, orig = _rec("A.xlsx", "x", mtime=2), _rec("B.xlsx", "y", mtime=1), _rec("orig.xlsx", "o", "ok", 0)
    winners, warnings = resolve_identity([a, b, orig])
    assert winners == [] and (a.status, b.status, orig.status) == ("conflict", "conflict", "superseded")
    assert a.note.code == "conflict_edits" and "/in/B.xlsx" in a.reason
    assert "edited apart and give different answers" in warnings[0]
    a, b = _rec("A.xlsx", "x", mtime=2), _rec("B.xlsx", "y", mtime=1)
    winners, _ = resolve_identity([a, b], prefer=["B.xlsx"])  # chosen: settled
    assert winners == [b] and a.status == "superseded"
    a, b = _rec("A.xlsx", "same", mtime=2), _rec("B.xlsx", "same", mtime=1)  # the same answers: the newer copy
    winners, _ = resolve_identity([a, b])
    assert winners == [a] and b.status == "superseded"


def test_a_prefer_that_matches_nothing_is_refused(provisional_world, tmp_path, cli_run):
    files, _ = provisional_world
    out = tmp_path / "p.xlsx"
    r = cli_run("aggregate", files, "--xlsx", out, "--prefer", "deadbeef", "--quiet")
    assert r.exit_code == 2
    assert "--prefer 'deadbeef' matches no assessment uid or workbook given; nothing was written" in r.output
    assert not out.exists()
    r = cli_run("aggregate", files, "--xlsx", out, "--prefer", "gha.xlsx", "--quiet")  # a file's name matches
    assert r.exit_code == 0, r.output


def test_counts_take_their_plural_form():
    """'1 assessments', '1 evaluaciones', '1 cells' (UNSD's outside test): each count's sentence in
    the form its number takes in the language (the CLDR rules, as the report's)."""
    from capacity_app.catalog.aggregate_texts import text
    from capacity_app.exchange.aggregate.model import Note, note_text

    assert text("pdf.care_drafts", "en", n=1, list="TUV 2026") == \
        "1 assessment in the roll-ups is not final (draft or in progress): TUV 2026"
    assert text("pdf.care_drafts", "es", n=1, list="X").startswith("1 evaluación de los agregados no es definitiva")
    assert text("pdf.care_drafts", "fr", n=2, list="X").startswith("2 évaluations des agrégats ne sont pas")
    assert text("pdf.other_rounds", "en", n=1) == "1 assessment of another round is in the workbook only"
    assert text("pdf.other_rounds", "fr", n=0).startswith("0 évaluation d'un autre cycle")  # French: 0 is singular
    assert note_text(Note("edited", (("n", "1"),))).startswith("1 cell edited outside")
    assert text("pdf.coverage_provisional", "fr", coverage="3 sur 249", n=1) == "3 sur 249, dont 1 provisoire"
    assert text("pdf.other_rounds", "ru", n=3) and text("pdf.other_rounds", "ar", n=2)


def test_one_assessment_said_for_two_countries_or_rounds_is_a_conflict():
    """A workbook whose Metadata country (or round) was changed keeps its assessment's uid: beside
    the genuine export it was taken as its newer edit, and another country's answers entered the
    roll-ups under Peru (a UNSD reader's finding). No file date decides whom answers are for."""
    from capacity_app.exchange.aggregate.identity import resolve_identity
    from capacity_app.exchange.aggregate.model import ACCEPTED, FileRecord, Identity

    def rec(name, country, rnd, mtime):
        return FileRecord(f"/in/{name}", ACCEPTED, checksum="ok", mtime=mtime, answers_sha="x",
                          identity=Identity(country, rnd, "u9", "final", "2025-10-31", "2026-11-01T10:00:00+00:00"))

    for edited in (rec("edited.xlsx", "PER", 2025, 2), rec("edited.xlsx", "VNM", 2024, 2)):
        genuine = rec("VNM_2025.xlsx", "VNM", 2025, 1)
        winners, warnings = resolve_identity([genuine, edited])
        assert winners == [] and (genuine.status, edited.status) == ("conflict", "conflict")
        assert genuine.note.code == "conflict_identity" and "edited.xlsx" in genuine.reason
        (line,) = warnings
        assert line.startswith("one assessment (u9) is given in 2 files for different countries or rounds") \
            and "--prefer FILE" in line
        # chosen by the analyst: settled, the other superseded
        genuine, edited = rec("VNM_2025.xlsx", "VNM", 2025, 1), rec("edited.xlsx", "PER", 2025, 2)
        winners, _ = resolve_identity([genuine, edited], prefer=["VNM_2025.xlsx"])
        assert winners == [genuine] and edited.status == "superseded"
