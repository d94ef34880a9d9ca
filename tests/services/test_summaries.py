"""The list's stored summaries (completion, overall score, band) stay right across every write
path, and listing many assessments computes nothing once they are stored."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from capacity_app.services import assessments as svc
from capacity_app.services import summaries as sums
from capacity_app.services.scoring import score_assessment, set_weights
from capacity_app.storage.db import restore_backup
from capacity_app.storage.store import Store

FIXTURES = Path(__file__).resolve().parents[1] / "storage" / "fixtures"


def expected(store, q, aid):
    """Completeness, overall and band derived from scratch: the scoring result's, as the dashboard,
    the report and `score` show them."""
    r = score_assessment(store, q, aid)
    return round(r.completeness, 6), r.overall, r.band


def shown(store, q, aid):
    """What the list shows now: derived when missing or stale, else the stored summary."""
    row = next(r for r in sums.summaries(store, q) if r.assessment.id == aid)
    s = row.summary
    return round(s.completion, 6), s.overall, s.band


def assert_right(store, q, *ids):
    for aid in ids:
        # a stored summary shown as it is must equal one derived from scratch
        stored = {r.assessment.id: r.summary for r in sums.listing(store)}.get(aid)
        if stored is not None:
            assert (round(stored.completion, 6), stored.overall, stored.band) == expected(store, q, aid)
        assert shown(store, q, aid) == expected(store, q, aid)
        # and is then stored, up to date
        assert {r.assessment.id: r.summary for r in sums.listing(store)}[aid] is not None


def fresh(store, aid):
    return {r.assessment.id: r.summary for r in sums.listing(store)}.get(aid) is not None


def test_summaries_stay_right_across_every_write_path(store, questionnaire, tmp_path):
    q = questionnaire
    a = svc.create_assessment(store, q, country="KEN", round=2026)
    assert not fresh(store, a.id)  # a new assessment: no summary yet
    assert_right(store, q, a.id)
    before = shown(store, q, a.id)

    # an answer (and one that changes completion and the score: S2, policy demand, weighs 0)
    svc.record_answer(store, q, a.id, "s5_strategy", "yes")
    assert not fresh(store, a.id)
    assert_right(store, q, a.id)
    assert shown(store, q, a.id) != before
    # don't know, cleared
    svc.record_answer(store, q, a.id, "s2_need_b", status="dont_know")
    assert_right(store, q, a.id)
    svc.record_answer(store, q, a.id, "s5_strategy", status="empty")
    assert not fresh(store, a.id)
    assert_right(store, q, a.id)

    # comments and evidence
    svc.set_comment(store, q, a.id, "s2_need_b", "ask the ministry")
    assert not fresh(store, a.id)
    assert_right(store, q, a.id)
    eid = store.add_evidence(a.id, "s2_need_b", "document", "Policy 2025")
    assert not fresh(store, a.id)
    assert_right(store, q, a.id)
    store.remove_evidence(eid)
    assert not fresh(store, a.id)
    assert_right(store, q, a.id)

    # the weights of the overall score (settings), and other metadata
    svc.record_answer(store, q, a.id, "s2_policy", "yes")
    assert_right(store, q, a.id)
    set_weights(store, q, a.id, {"S2": 5})
    assert not fresh(store, a.id)
    assert_right(store, q, a.id)
    store.update_assessment(a.id, reference_date="2020-01-01")
    assert not fresh(store, a.id)
    assert_right(store, q, a.id)

    # an import or a round copy replaces every answer (the demo's, here)
    from capacity_app.services.demo import demo_answers

    store.replace_answers(a.id, demo_answers(q), note="import test.xlsx")
    assert not fresh(store, a.id)
    assert_right(store, q, a.id)
    full = shown(store, q, a.id)
    assert full[0] > 0.5 and full[1] is not None

    # the next round: a new assessment, carrying the answers
    b = svc.duplicate_as_next_round(store, q, a.id)
    assert_right(store, q, a.id, b.id)

    # a write with plain SQL that no code path knows: the database itself marks the summary stale
    store.db.execute("DELETE FROM answers WHERE assessment_id = ?", [b.id])
    assert not fresh(store, b.id)
    assert_right(store, q, b.id)

    # trash and restore keep it right; deleting the row removes it (ON DELETE CASCADE)
    store.delete_assessment(b.id)
    assert [r.assessment.id for r in sums.summaries(store, q, only_deleted=True)] == [b.id]
    store.restore_assessment(b.id)
    assert_right(store, q, b.id)
    for table in ("answers", "evidence", "history"):
        store.db.execute(f"DELETE FROM {table} WHERE assessment_id = ?", [b.id])
    store.db.execute("DELETE FROM assessments WHERE id = ?", [b.id])
    assert store.db.execute("SELECT count(*) FROM summaries WHERE assessment_id = ?", [b.id]).fetchone()[0] == 0

    # restoring a backup brings back the backup's answers, with summaries true to them
    backup = store.backup("manual")
    at_backup = shown(store, q, a.id)
    svc.record_answer(store, q, a.id, "s2_policy", "no")
    assert_right(store, q, a.id)
    path = store.path
    store.close()
    restore_backup(path, backup)
    with Store(path) as again:
        assert shown(again, q, a.id) == at_backup == expected(again, q, a.id)


def test_a_summary_computed_before_a_write_is_not_stored(store, questionnaire, monkeypatch):
    """A summary computed from a snapshot that a write overtook is refused, not stored as fresh."""
    q = questionnaire
    a = svc.create_assessment(store, q, country="KEN", round=2026)
    real_answers = store.answers

    def answers_then_write(aid):
        got = real_answers(aid)
        store.save_answer(a.id, "s2_policy", "answered", "yes")  # lands after the snapshot
        return got

    monkeypatch.setattr(store, "answers", answers_then_write)
    sums.derive_summary(store, a.id, q)
    monkeypatch.undo()
    assert not fresh(store, a.id)
    assert_right(store, q, a.id)


def test_a_summary_of_another_questionnaire_or_application_is_stale(store, questionnaire, monkeypatch):
    q = questionnaire
    a = svc.create_assessment(store, q, country="KEN", round=2026)
    sums.summaries(store, q)
    assert fresh(store, a.id)
    monkeypatch.setattr(sums, "bundled_digest", lambda: "an-edited-questionnaire")
    assert not fresh(store, a.id)
    monkeypatch.undo()
    monkeypatch.setattr(sums, "__version__", "99.0")
    assert not fresh(store, a.id)


@pytest.mark.parametrize("rules", ["1.0", "2.0"])
def test_a_summary_scored_under_other_rules_is_stale_and_rescored(store, questionnaire, rules):
    """A summary stored under older rules (2.0 gave bands that 3.0 refuses) is not shown under the
    current rules: it is scored again."""
    from capacity_app.domain.labels import RULES_VERSION
    from capacity_app.domain.summary import summary_basis

    q = questionnaire
    a = svc.create_assessment(store, q, country="KEN", round=2026)
    svc.record_answer(store, q, a.id, "s2_policy", "yes")
    sums.summaries(store, q)
    assert fresh(store, a.id) and RULES_VERSION in sums.current_basis()
    old = summary_basis(sums.__version__, sums.bundled_digest(), rules)
    assert old != sums.current_basis()
    with store.transaction():
        store.db.execute("UPDATE summaries SET basis = ?, overall = 100.0, band = 'fully_meets'"
                         " WHERE assessment_id = ?", (old, a.id))
    assert not fresh(store, a.id)
    assert_right(store, q, a.id)
    row = next(r for r in sums.summaries(store, q) if r.assessment.id == a.id)
    assert row.summary.band is None and RULES_VERSION == "3.0"  # one answer: no band (provisional or no score)


def test_read_only_store_shows_derived_summaries_without_storing(store, questionnaire, db_path):
    q = questionnaire
    a = svc.create_assessment(store, q, country="KEN", round=2026)
    svc.record_answer(store, q, a.id, "s2_policy", "yes")
    store.close()
    with Store(db_path, readonly=True) as ro:
        assert shown(ro, q, a.id) == expected(ro, q, a.id)
        assert not fresh(ro, a.id)


def test_a_database_that_stops_taking_writes_still_lists_its_summaries(store, questionnaire):
    """The drive turns read-only while the window lists the assessments: the summary computed
    in the background is shown and not kept (the window's list stores it from its own thread, and
    a refused write there raised out of the event loop)."""
    q = questionnaire
    a = svc.create_assessment(store, q, country="KEN", round=2026)
    svc.record_answer(store, q, a.id, "s2_policy", "yes")
    computed = sums.compute_summary(store, a.id, q)
    store.db.execute("PRAGMA query_only = ON")  # every write refused, as on a read-only drive
    try:
        assert sums.keep_summary(store, a.id, computed) is False
        assert shown(store, q, a.id) == expected(store, q, a.id)
    finally:
        store.db.execute("PRAGMA query_only = OFF")
    assert not fresh(store, a.id) and sums.keep_summary(store, a.id, computed) is True


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema-v*.sqlite3")), ids=lambda p: p.stem)
def test_an_upgraded_database_never_shows_an_old_summary(fixture, tmp_path, questionnaire):
    """Schema 1 had no summaries; the schema 2 fixture holds a stale one (999 of 1000 answered)."""
    db = tmp_path / fixture.name
    shutil.copyfile(fixture, db)
    with Store(db) as s:
        aid = s.assessments()[0].id
        assert not fresh(s, aid)
        got = shown(s, questionnaire, aid)
        assert got == expected(s, questionnaire, aid)
        assert got[0] != 0.999
        assert fresh(s, aid)


def _many(store, q, n):
    """The demo assessment and its summary, copied n - 1 times with plain SQL (fast): n
    assessments of about 1000 answers each, every one with its stored, up-to-date summary."""
    from capacity_app.services.demo import create_demo

    demo = create_demo(store)
    sums.derive_summary(store, demo.id, q)
    db = store.db
    with store.transaction():
        for i in range(n - 1):
            cur = db.execute(
                "INSERT INTO assessments(uid, country, m49, round, title, mission_start, mission_end,"
                " reference_date, institutions, questionnaire_id, questionnaire_version, status, settings,"
                " created_at, updated_at, deleted_at) SELECT ?, country, m49, round, title, mission_start,"
                " mission_end, reference_date, institutions, questionnaire_id, questionnaire_version,"
                " status, settings, created_at, updated_at, deleted_at FROM assessments WHERE id = ?",
                [f"copy{i:028d}", demo.id])
            new = cur.lastrowid
            db.execute("INSERT INTO answers(assessment_id, key, status, value, comment, updated_at, operator)"
                       " SELECT ?, key, status, value, comment, updated_at, operator FROM answers"
                       " WHERE assessment_id = ?", [new, demo.id])
            db.execute("INSERT INTO summaries(assessment_id, revision, basis, answered, total, overall, band,"
                       " computed_at) SELECT ?, (SELECT revision FROM assessments WHERE id = ?), basis,"
                       " answered, total, overall, band, computed_at FROM summaries WHERE assessment_id = ?",
                       [new, new, demo.id])


def test_listing_300_assessments_computes_no_completion(store, questionnaire, monkeypatch):
    q = questionnaire
    n = 300
    _many(store, q, n)
    calls = []
    real = sums.compute_summary

    def counted(store, aid, questionnaire=None):
        calls.append(aid)
        return real(store, aid, questionnaire)

    monkeypatch.setattr(sums, "compute_summary", counted)
    monkeypatch.setattr(Store, "answers", lambda *a, **k: pytest.fail("answers read to list"))
    rows = sums.summaries(store, q)  # its time: benchmarks/bench_scale.py (list of 300, whole process)
    assert len(rows) == n and all(r.summary is not None for r in rows)
    assert len({r.summary.completion for r in rows}) == 1
    assert calls == []  # nothing scored, no completeness computed: the stored summaries are read
    # a change to one of them: that one only is derived again
    monkeypatch.undo()
    changed = rows[-1].assessment.id
    svc.record_answer(store, q, changed, "s2_policy", "no")
    monkeypatch.setattr(sums, "compute_summary", counted)
    assert [r.assessment.id for r in sums.listing(store) if r.summary is None] == [changed]
    rows = sums.summaries(store, q)
    assert calls == [changed] and all(r.summary is not None for r in rows)


def test_list_command_reads_the_stored_summaries(cli_run, questionnaire):
    import json

    aid = cli_run("new", "--country", "KEN", "--round", "2026").output.strip()
    assert cli_run("set", aid, "s6a_last_census_year", "2019").exit_code == 0  # a scored question
    first = json.loads(cli_run("list", "--json").output)
    conn = sqlite3.connect(cli_run.db)
    stored = conn.execute("SELECT answered, total FROM summaries").fetchall()
    conn.close()
    from capacity_app.domain.rounding import percent, round_half_up

    share = stored[0][0] / stored[0][1]  # kept exact: the figure shown from it is the score's
    assert len(stored) == 1 and round_half_up(share, 3) == first[0]["completion"]
    assert percent(share, 1) == first[0]["completion_percent"]
    assert 0 < first[0]["completion"] <= 0.01
    assert json.loads(cli_run("list", "--json").output) == first


def test_a_reading_command_upgrades_an_old_database_first(cli_run, questionnaire):
    """`score` opens read-only; on a database of schema 1 it upgrades it once (with the
    pre-migration backup) instead of refusing, as it did before there was a second schema step."""
    import json

    from capacity_app.storage.db import applied_steps, list_backups
    from capacity_app.storage.schema import SCHEMA_VERSION

    shutil.copyfile(FIXTURES / "schema-v001-m001_initial.sqlite3", cli_run.db)
    r = cli_run("score", "1", "--json")
    assert r.exit_code == 0, r.output
    assert "overall" in json.loads(r.output)
    with Store(cli_run.db, readonly=True) as s:
        assert len(applied_steps(s.db)) == SCHEMA_VERSION
    assert [b.reason for b in list_backups(cli_run.db)] == ["pre-migration"]


def test_a_workbook_import_keeps_summaries_right(store, questionnaire, tmp_path):
    """The import path itself: export the demo, change an answer, import the workbook back (the
    answers are replaced), and import it into another database (a new assessment)."""
    from capacity_app.services.demo import create_demo
    from capacity_app.services.exchange import apply_import, export_workbook, read_workbook

    q = questionnaire
    demo = create_demo(store)
    book = tmp_path / "demo.xlsx"
    export_workbook(store, demo.id, book)
    at_export = shown(store, q, demo.id)
    svc.record_answer(store, q, demo.id, "s6a_last_census_year", status="empty")  # a scored question
    assert_right(store, q, demo.id)
    assert shown(store, q, demo.id) != at_export
    apply_import(store, read_workbook(book, q), overwrite=True)  # the workbook's value chosen
    assert not fresh(store, demo.id)
    assert_right(store, q, demo.id)
    assert shown(store, q, demo.id) == at_export
    with Store(tmp_path / "other.sqlite3") as other:
        apply_import(other, read_workbook(book, q))
        aid = other.assessments()[0].id
        assert not fresh(other, aid)
        assert shown(other, q, aid) == at_export == expected(other, q, aid)


# --- one rounding: the list shows the completeness figure the score, report and dashboard show ----
# Each figure is the unrounded completeness rounded half-up once (domain.rounding.percent). A figure
# rounded first (to 4 decimals for `list --json`, to 1e-6 in the summaries table) and rounded again
# could flip: 0.79947 read 80.0 % in `list`, 79.9 % in the report and the dashboard.

EDGES = (0.79947, 0.7994996, 0.79950004, 0.0004999, 0.0005, 1e-9, 0.9994999, 0.9995, 1 / 3, 0.0, 1.0)


def test_a_stored_completeness_shows_the_same_figure_as_the_unrounded_one(store, questionnaire):
    from capacity_app.domain.rounding import percent
    from capacity_app.domain.summary import Summary

    aid = svc.create_assessment(store, questionnaire, country="KEN", round=2026).id
    for share in EDGES:
        assert sums.keep_summary(store, aid, sums.Computed(store.revision(aid), Summary(share, 50.0, None), True))
        kept = sums.listing(store)[0].summary
        assert kept is not None and percent(kept.completion, 1) == percent(share, 1), share


@pytest.fixture
def completeness(monkeypatch):
    """Every score computed with the completeness given (the rest as scored)."""
    import dataclasses

    from capacity_app.services import scoring

    value = {"share": 0.0}
    real = scoring.score

    def scored(*args, **kwargs):
        return dataclasses.replace(real(*args, **kwargs), completeness=value["share"])

    monkeypatch.setattr(scoring, "score", scored)
    return value


@pytest.mark.parametrize("share", [0.79947, 0.7994996])
def test_list_shows_the_completeness_of_the_score_report_and_dashboard(cli_run, completeness, share):
    import json

    from capacity_app.reports.format import fmt_percent

    completeness["share"] = share
    aid = cli_run("new", "--country", "KEN", "--round", "2026").output.strip()
    result = json.loads(cli_run("score", aid, "--json").output)
    assert result["completeness_percent"] == 79.9  # the dashboard's figure (ScoreResult.completeness_shown)
    assert fmt_percent(share, "en", 1) == "79.9%"  # the report's
    for _ in range(2):  # derived, then read from the summaries table
        rows = json.loads(cli_run("list", "--json").output)
        assert rows[0]["completion_percent"] == 79.9 and rows[0]["completion"] == 0.799, rows[0]
        plain = cli_run("list").output
        assert " 79.9%" in plain and "80.0" not in plain, plain
