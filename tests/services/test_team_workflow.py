"""A mission team's workflow as the team guide tells it, through the services and real workbooks: three
databases (two officers and a supervisor) start from one export; each officer changes answers of
their own and both change one same answer; the supervisor merges both workbooks (every change with
its author, the answer both changed a conflict shown with both names and times, settled one way or
the other), reviews (validates one, disputes another), validates the assessment for the national
statistics office; the final workbook travels to a fresh database with its reviews and its
validation, and an officer's late workbook no longer changes the final assessment.

The team merge reads the workbook's Changes sheet (exchange/workbook/changes_sheet.py: who made each
answer's version and the versions it descends from); a workbook without it is imported as before
(its export's row checks decide what changed here since)."""
from __future__ import annotations

import json
import shutil

import openpyxl
import pytest

from capacity_app.domain.team.review import DISPUTED, VALIDATED
from capacity_app.exchange.workbook.format import CHANGES
from capacity_app.services import assessments as svc
from capacity_app.services.base import AssessmentFinal
from capacity_app.services.demo import create_demo
from capacity_app.services.exchange import apply_import, diff_import, export_workbook, read_workbook
from capacity_app.services.imports import CONFLICT, TAKE, UNCHANGED_THERE, conflicts, merge_states
from capacity_app.services.provenance import provenances
from capacity_app.services.team.reviews import review_state, set_review
from capacity_app.services.team.signoff import sign_off, signoff_record

SUPERVISOR = "A. Supervisor"


def _db(path, operator):
    store = svc.open_store(path, backup_dir=path.parent / f"{path.stem}-backups")
    store.operator = operator
    return store


# officer A: s2_need_a and s2_need_c; officer B: s2_need_b and s2_need_c (both: a conflict)
CHANGED = {"officer-a": (("s2_need_a", 1), ("s2_need_c", 1)), "officer-b": (("s2_need_b", 0), ("s2_need_c", 3))}


@pytest.fixture(scope="module")
def team(tmp_path_factory, questionnaire_module):
    """Made once: the supervisor's database (the demo, closed) and its export, and the officers'
    workbooks, each from a database made from the common export (officer A changed s2_need_a and
    s2_need_c, officer B s2_need_b and s2_need_c)."""
    q = questionnaire_module
    d = tmp_path_factory.mktemp("team")
    sup = _db(d / "supervisor.sqlite3", SUPERVISOR)  # the database the team split from
    aid = create_demo(sup).id
    base = export_workbook(sup, aid, d / "base.xlsx")
    sup.close()
    books = {}
    for name, edits in CHANGED.items():
        store = _db(d / f"{name}.sqlite3", name)
        a = apply_import(store, read_workbook(base, q), q).assessment
        for key, value in edits:
            svc.record_answer(store, q, a.id, key, value)
        books[name] = export_workbook(store, a.id, d / f"{name}.xlsx")
        store.close()
    return d, aid, books


@pytest.fixture(scope="module")
def questionnaire_module():
    return svc.questionnaire_for()


def _split(tmp_path, team, sup_path=None):
    """A copy of the supervisor's database for one test, its assessment id and the workbooks."""
    d, aid, books = team
    path = sup_path or tmp_path / "supervisor.sqlite3"
    shutil.copy(d / "supervisor.sqlite3", path)
    return _db(path, SUPERVISOR), aid, books


def _value(store, aid, key):
    return store.answer(aid, key).value


def test_two_officers_merged_one_after_the_other_keep_both_changes(tmp_path, questionnaire, team):
    q = questionnaire
    sup, aid, books = _split(tmp_path, team)
    try:
        for name in ("officer-a", "officer-b"):  # the colleagues' changes taken as a whole
            apply_import(sup, read_workbook(books[name], q), q, overwrite=True)
        assert sup.answer(aid, "s2_need_a").value == 1 and sup.answer(aid, "s2_need_b").value == 0
    finally:
        sup.close()


def test_the_team_merge_every_change_with_its_author_and_the_conflict_with_both(tmp_path, questionnaire, team):
    q = questionnaire
    sup, aid, books = _split(tmp_path, team)
    base_c = _value(sup, aid, "s2_need_c")
    try:
        plan_a = read_workbook(books["officer-a"], q)
        diffs = [d for d in diff_import(sup, plan_a, q) if d.key.startswith("s2_")]
        assert {(d.key, d.by, d.newer_here, d.conflict) for d in diffs} == {
            ("s2_need_a", "officer-a", False, False), ("s2_need_c", "officer-a", False, False)}
        assert all(d.at and d.here_by == SUPERVISOR for d in diffs)  # the export's version: the supervisor's demo
        apply_import(sup, plan_a, q)
        # officer A's changes are now the supervisor's, made by officer A (the origin travels)
        provs = provenances(sup, aid)
        assert provs["s2_need_a"].by == provs["s2_need_c"].by == "officer-a"

        plan_b = read_workbook(books["officer-b"], q)
        states = merge_states(sup, aid, plan_b)
        assert states["s2_need_b"].kind == TAKE and states["s2_need_b"].theirs.by == "officer-b"
        assert states["s2_need_a"].kind == UNCHANGED_THERE  # B left it as exported: nothing to apply
        assert states["s2_need_c"].kind == CONFLICT
        diffs = diff_import(sup, plan_b, q)
        # listed for the record, kept: B's workbook holds the version A's change replaced
        assert [(d.stale, d.newer_here, d.here_by) for d in diffs if d.key == "s2_need_a"] == [(True, True, "officer-a")]
        (clash,) = conflicts(diffs)
        assert (clash.key, clash.old, clash.new) == ("s2_need_c", 1, 3)
        assert (clash.here_by, clash.by) == ("officer-a", "officer-b") and clash.here_at and clash.at
        line = clash.describe(q)
        assert "conflict" in line and "officer-a" in line and "officer-b" in line
        assert [d.by for d in diffs if d.key == "s2_need_b"] == ["officer-b"]

        sup.close()
        shutil.copy(tmp_path / "supervisor.sqlite3", tmp_path / "before-b.sqlite3")
        sup = _db(tmp_path / "supervisor.sqlite3", SUPERVISOR)
        apply_import(sup, plan_b, q)  # conflicts kept as they are here unless chosen
        assert (_value(sup, aid, "s2_need_a"), _value(sup, aid, "s2_need_b"), _value(sup, aid, "s2_need_c")) == (1, 0, 1)
        assert base_c not in (1, 3)
    finally:
        sup.close()
    theirs = _db(tmp_path / "before-b.sqlite3", SUPERVISOR)  # the other choice: the workbook's
    try:
        apply_import(theirs, plan_b, q, overwrite={"s2_need_c"})
        assert (_value(theirs, aid, "s2_need_a"), _value(theirs, aid, "s2_need_b"),
                _value(theirs, aid, "s2_need_c")) == (1, 0, 3)
        assert provenances(theirs, aid)["s2_need_c"].by == "officer-b"
        merged = export_workbook(theirs, aid, tmp_path / "merged.xlsx")
    finally:
        theirs.close()
    # officer A takes the merged workbook back: B's changes come with B's name, A's own stay
    shutil.copy(team[0] / "officer-a.sqlite3", tmp_path / "officer-a.sqlite3")
    officer_a = _db(tmp_path / "officer-a.sqlite3", "officer-a")
    try:
        a_id = officer_a.find_assessment(plan_a.uid).id
        plan = read_workbook(merged, q)
        diffs = diff_import(officer_a, plan, q)
        by_key = {d.key: d for d in diffs if d.key.startswith("s2_")}
        assert by_key["s2_need_b"].by == "officer-b" and not by_key["s2_need_b"].newer_here
        assert by_key["s2_need_c"].by == "officer-b" and not by_key["s2_need_c"].conflict  # settled at the supervisor's
        assert "s2_need_a" not in by_key
        apply_import(officer_a, plan, q)
        assert (_value(officer_a, a_id, "s2_need_a"), _value(officer_a, a_id, "s2_need_b"),
                _value(officer_a, a_id, "s2_need_c")) == (1, 0, 3)
    finally:
        officer_a.close()


def test_a_conflict_settled_ours_is_settled_for_the_officer_whose_version_was_left(tmp_path, questionnaire, team):
    """The supervisor keeps officer A's version of the answer both changed (--prefer ours): the kept
    version now descends from officer B's too, so officer B taking the merged workbook back gets
    it, officer A's changes and no conflict to settle again (as when the supervisor takes theirs)."""
    q = questionnaire
    sup, aid, books = _split(tmp_path, team)
    try:
        apply_import(sup, read_workbook(books["officer-a"], q), q)
        apply_import(sup, read_workbook(books["officer-b"], q), q)  # the conflict kept as it is here
        assert _value(sup, aid, "s2_need_c") == 1 and provenances(sup, aid)["s2_need_c"].by == "officer-a"
        merged = export_workbook(sup, aid, tmp_path / "merged.xlsx")
    finally:
        sup.close()
    shutil.copy(team[0] / "officer-b.sqlite3", tmp_path / "officer-b.sqlite3")
    officer_b = _db(tmp_path / "officer-b.sqlite3", "officer-b")
    try:
        b_id = officer_b.find_assessment(read_workbook(merged, q).uid).id
        plan = read_workbook(merged, q)
        by_key = {d.key: d for d in diff_import(officer_b, plan, q) if d.key.startswith("s2_")}
        assert not conflicts(list(by_key.values()))
        assert by_key["s2_need_c"].by == "officer-a" and not by_key["s2_need_c"].newer_here
        assert by_key["s2_need_a"].by == "officer-a" and "s2_need_b" not in by_key
        apply_import(officer_b, plan, q)
        assert (_value(officer_b, b_id, "s2_need_a"), _value(officer_b, b_id, "s2_need_b"),
                _value(officer_b, b_id, "s2_need_c")) == (1, 0, 1)
    finally:
        officer_b.close()


def test_the_workbook_an_officer_started_from_lists_only_the_officers_own_changes(tmp_path, questionnaire, team):
    """The record's institutions follow the S0 grid on import (the demo's record lists them in
    another order than its grid): the common export, imported again, differs only by the answers
    the officer changed, not by an institutions' line no one changed."""
    q = questionnaire
    d, aid, books = team
    shutil.copy(d / "officer-b.sqlite3", tmp_path / "officer-b.sqlite3")
    officer_b = _db(tmp_path / "officer-b.sqlite3", "officer-b")
    try:
        diffs = diff_import(officer_b, read_workbook(d / "base.xlsx", q), q)
        assert sorted({d.key or d.what for d in diffs}) == ["s2_need_b", "s2_need_c"]
    finally:
        officer_b.close()


def test_a_workbook_without_the_changes_sheet_is_imported_as_before(tmp_path, questionnaire, team):
    q = questionnaire
    sup, aid, books = _split(tmp_path, team)
    try:
        old = tmp_path / "old-b.xlsx"  # officer B's workbook as an earlier version wrote it
        wb = openpyxl.load_workbook(books["officer-b"])
        del wb[CHANGES]
        wb.save(old)
        apply_import(sup, read_workbook(books["officer-a"], q), q)
        plan = read_workbook(old, q)
        assert plan.changes is None
        diffs = diff_import(sup, plan, q)
        newer = {d.key for d in diffs if d.newer_here}
        assert "s2_need_a" in newer and not any(d.conflict or d.by for d in diffs)  # as before: by the row check
        apply_import(sup, plan, q, overwrite=True)  # as before: taken as a whole, the export's value comes back
        assert _value(sup, aid, "s2_need_a") != 1 and _value(sup, aid, "s2_need_b") == 0
    finally:
        sup.close()


def test_the_command_line_refuses_a_conflict_unless_told_which_side(tmp_path, questionnaire, cli_run, team):
    q = questionnaire
    sup, aid, books = _split(tmp_path, team, sup_path=cli_run.db)
    apply_import(sup, read_workbook(books["officer-a"], q), q)
    sup.close()
    saved = tmp_path / "saved.sqlite3"
    shutil.copy(cli_run.db, saved)

    dry = cli_run("import", books["officer-b"], "--dry-run")
    assert dry.exit_code == 0, dry.output
    assert "1 conflict" in dry.output and "add --prefer theirs or --prefer ours" in dry.output
    (line,) = [x for x in dry.output.splitlines() if x.startswith('  "') and "(s2_need_c)" in x]
    assert "here 1 (by officer-a," in line and "in the workbook 3 (by officer-b," in line

    refused = cli_run("import", books["officer-b"], "--yes")
    assert refused.exit_code == 2
    err = [x for x in refused.stderr.splitlines() if x.startswith("capacity-app:")]
    assert len(err) == 1 and "1 conflict" in err[0] and "nothing imported" in err[0]
    check = _db(cli_run.db, SUPERVISOR)
    try:
        assert (_value(check, aid, "s2_need_b"), _value(check, aid, "s2_need_c")) != (0, 3)
        assert _value(check, aid, "s2_need_c") == 1  # nothing written
    finally:
        check.close()

    for prefer, expected in (("ours", 1), ("theirs", 3)):
        shutil.copy(saved, cli_run.db)
        got = cli_run("import", books["officer-b"], "--yes", "--prefer", prefer)
        assert got.exit_code == 0, got.output
        # answers --json: each change with who made it (the side chosen for the conflict)
        rows = {r["item_id"]: r for r in json.loads(cli_run("answers", aid, "--json").output)}
        assert [(rows[k]["changed_by"], bool(rows[k]["changed_at"])) for k in ("s2_need_a", "s2_need_b", "s2_need_c")] \
            == [("officer-a", True), ("officer-b", True), ("officer-b" if prefer == "theirs" else "officer-a", True)]
        check = _db(cli_run.db, SUPERVISOR)
        try:
            assert (_value(check, aid, "s2_need_a"), _value(check, aid, "s2_need_b"),
                    _value(check, aid, "s2_need_c")) == (1, 0, expected)
        finally:
            check.close()


def test_an_officer_a_supervisor_and_the_office(tmp_path, questionnaire, team, fill_to_validate):
    q = questionnaire
    sup, aid, books = _split(tmp_path, team)
    for name, keys in (("officer-a", ["s2_need_a", "s2_need_c"]), ("officer-b", ["s2_need_b"])):  # with authors
        plan = read_workbook(books[name], q)
        assert [(d.key, d.by, d.newer_here) for d in diff_import(sup, plan) if d.key.startswith("s2_")
                and not d.conflict and not d.stale] == [(k, name, False) for k in keys]
        apply_import(sup, plan, q)
    assert sup.answer(aid, "s2_need_a").value == 1 and sup.answer(aid, "s2_need_b").value == 0
    set_review(sup, q, aid, "s2_need_a", VALIDATED, "checked with the NSO")
    set_review(sup, q, aid, "s2_need_b", DISPUTED, "the ministry gave 2, not 0")
    state = review_state(sup, q, aid)
    assert (state.coverage.validated, state.coverage.disputed) == (1, 1)
    assert [u.unit for u in state.follow_up] == ["s2_need_b"]
    fill_to_validate(sup, aid)  # known enough to be validated
    sign_off(sup, aid, "Dr Amina Mensah", "Director-General", "National Statistics Office of Veloria", "2026-06-12")
    final = export_workbook(sup, aid, tmp_path / "final.xlsx")
    with pytest.raises(AssessmentFinal):  # a late officer's workbook does not change the final assessment
        apply_import(sup, read_workbook(books["officer-b"], q), q)
    unsd = _db(tmp_path / "unsd.sqlite3", "UNSD")
    got = apply_import(unsd, read_workbook(final, q), q).assessment
    assert got.status == "final"
    assert signoff_record(unsd, got.id)[0] == signoff_record(sup, aid)[0]
    assert unsd.reviews(got.id) == sup.reviews(aid)
    assert review_state(unsd, q, got.id).coverage == state.coverage
    assert unsd.answers(got.id) == sup.answers(aid)
    assert provenances(unsd, got.id)["s2_need_b"].by == "officer-b"  # the author travels to UNSD too
    sup.close()
    unsd.close()


def test_answers_written_in_bulk_with_comments_are_no_conflict_for_a_colleague(questionnaire, tmp_path):
    """Seen in the two-laptop walk: laptop B's answers written in one bulk write
    (Store.replace_answers, as a round copy or the demo does) carried comments with no history row;
    laptop A, which never had those answers, saw 23 'conflicts' (here by unknown at unknown) on
    importing B's workbook. The bulk write now records comment and evidence changes too."""
    from capacity_app.domain.answers import Answer, Evidence
    from capacity_app.services.exchange import apply_import, diff_import, export_workbook, read_workbook

    with svc.open_store(tmp_path / "a.sqlite3", operator="Officer Wanjiru") as a_store, \
            svc.open_store(tmp_path / "b.sqlite3", operator="Officer Otieno") as b_store:
        a = svc.create_assessment(a_store, questionnaire, country="KEN", round=2026)
        svc.record_answer(a_store, questionnaire, a.id, "s2_need_a", 2)
        b = apply_import(b_store, read_workbook(export_workbook(a_store, a.id, tmp_path / "a.xlsx"),
                                                 questionnaire)).assessment
        kept = list(b_store.answers(b.id).values())
        b_store.replace_answers(b.id, kept + [
            Answer("s10_mirror", "no", "answered", "UN DESA stocks are quoted"),
            Answer("s12_budget", "partly", "answered", "", (Evidence("document", "Budget law 2025"),)),
            Answer("s10_exchange", "partly", "answered")], note="typed")
        plan = read_workbook(export_workbook(b_store, b.id, tmp_path / "b.xlsx"), questionnaire)
        differences = diff_import(a_store, plan, questionnaire)
        differences = differences[1] if isinstance(differences, tuple) else differences
        assert [d.key for d in differences if getattr(d, "conflict", False)] == []
        assert {"s10_mirror", "s12_budget", "s10_exchange"} <= {d.key for d in differences}
