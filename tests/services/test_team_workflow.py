"""A mission team's workflow as issue 32 tells it, through the services and real workbooks: three
databases (two officers and a supervisor) start from one export; each officer changes a different
answer; the supervisor imports both, reviews (validates one, disputes the other), validates the
assessment for the national statistics office; the final workbook travels to a fresh database with
its reviews and its validation, and an officer's late workbook no longer changes the final
assessment.

The team merge (issue 32) is not built. An import compares each answer with the row check of the
workbook it reads, which holds for a workbook exported from this database: a colleague's changed
answer is therefore listed as "changed here since the export" and kept unless chosen, and the
second officer's workbook, which still carries the common export's value of the answer the first
officer changed, puts that old value back when the colleague's answers are taken as a whole
(nothing in the workbook tells an answer a colleague left as it was from one they changed: it
carries neither who changed each answer nor the common export's value). The supervisor chooses
answer by answer (the import preview's lines, ``overwrite`` naming the keys); the test of the
merge as a team would expect it is marked as failing until it is built."""
from __future__ import annotations

import pytest

from capacity_app.domain.review import DISPUTED, VALIDATED
from capacity_app.services import assessments as svc
from capacity_app.services.base import AssessmentFinal
from capacity_app.services.demo import create_demo
from capacity_app.services.exchange import apply_import, diff_import, export_workbook, read_workbook
from capacity_app.services.reviews import review_state, set_review
from capacity_app.services.signoff import sign_off, signoff_record


def _db(path, operator):
    store = svc.open_store(path, backup_dir=path.parent / f"{path.stem}-backups")
    store.operator = operator
    return store


def _split(tmp_path, q):
    """The supervisor's database (the demo) and its export, the officers' workbooks: officer A
    changed s2_need_a, officer B s2_need_b, each in a database made from the common export."""
    sup = _db(tmp_path / "supervisor.sqlite3", "A. Supervisor")  # the database the team split from
    aid = create_demo(sup).id
    base = export_workbook(sup, aid, tmp_path / "base.xlsx")
    books = {}
    for name, key, value in (("officer-a", "s2_need_a", 1), ("officer-b", "s2_need_b", 0)):
        store = _db(tmp_path / f"{name}.sqlite3", name)
        a = apply_import(store, read_workbook(base, q), q).assessment
        svc.record_answer(store, q, a.id, key, value)
        books[name] = export_workbook(store, a.id, tmp_path / f"{name}.xlsx")
        store.close()
    return sup, aid, books


@pytest.mark.xfail(strict=True, reason="team merge not built (issue 32): officer B's workbook puts back the "
                                       "common export's value of the answer officer A changed")
def test_two_officers_merged_one_after_the_other_keep_both_changes(tmp_path, questionnaire):
    q = questionnaire
    sup, aid, books = _split(tmp_path, q)
    try:
        for name in ("officer-a", "officer-b"):  # the colleagues' changes taken as a whole
            apply_import(sup, read_workbook(books[name], q), q, overwrite=True)
        assert sup.answer(aid, "s2_need_a").value == 1 and sup.answer(aid, "s2_need_b").value == 0
    finally:
        sup.close()


def test_an_officer_a_supervisor_and_the_office(tmp_path, questionnaire):
    q = questionnaire
    sup, aid, books = _split(tmp_path, q)
    for name, key in (("officer-a", "s2_need_a"), ("officer-b", "s2_need_b")):  # chosen answer by answer
        plan = read_workbook(books[name], q)
        listed = {d.key for d in diff_import(sup, plan) if d.newer_here}
        assert key in listed  # told (as changed on one side), kept unless chosen
        apply_import(sup, plan, q, overwrite={key})
    assert sup.answer(aid, "s2_need_a").value == 1 and sup.answer(aid, "s2_need_b").value == 0
    set_review(sup, q, aid, "s2_need_a", VALIDATED, "checked with the NSO")
    set_review(sup, q, aid, "s2_need_b", DISPUTED, "the ministry gave 2, not 0")
    state = review_state(sup, q, aid)
    assert (state.coverage.validated, state.coverage.disputed) == (1, 1)
    assert [u.unit for u in state.follow_up] == ["s2_need_b"]
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
    sup.close()
    unsd.close()
