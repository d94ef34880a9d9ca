"""Services.undo: the window's undo history of answers kept in the database, bounded,
the redo side dropped by a new change, and only the steps the answers still show given back."""
from __future__ import annotations

from capacity_app.services import assessments as svc
from capacity_app.services import undo


def _step(store, q, aid, key, value):
    old = store.answer(aid, key)
    new = svc.record_answer(store, q, aid, key, value).answer
    return undo.record_step(store, aid, key, old, new).id


def test_steps_are_kept_bounded_and_a_new_change_drops_the_redo_side(store, questionnaire, monkeypatch):
    aid = svc.create_assessment(store, questionnaire, country="KEN", round=2026).id
    monkeypatch.setattr(undo, "UNDO_KEPT", 5)
    seqs = [_step(store, questionnaire, aid, "s0_n_interviews", n) for n in range(1, 9)]
    kept = store.undo_steps(aid)
    assert [s.seq for s in kept] == seqs[-5:] and all(s.done for s in kept)
    assert kept[-1].old == {"status": "answered", "value": 7} and kept[-1].new == {"status": "answered", "value": 8}
    revision = store.revision(aid)
    undo.mark_step(store, aid, seqs[-1], False)
    undo.mark_step(store, aid, seqs[-2], False)
    assert store.revision(aid) == revision  # the window's state, not the assessment's content
    _step(store, questionnaire, aid, "s0_n_interviews", 99)  # after undoing twice, a new change
    assert [s.done for s in store.undo_steps(aid)] == [True, True, True, True]
    assert len(store.history(aid, "s0_n_interviews")) == 9  # one row per answer written, none per step


def test_the_history_given_back_stops_at_a_change_made_another_way(store, questionnaire):
    aid = svc.create_assessment(store, questionnaire, country="KEN", round=2026).id
    _step(store, questionnaire, aid, "s2_need_a", 1)
    _step(store, questionnaire, aid, "s2_need_b", 2)
    last = _step(store, questionnaire, aid, "s2_need_a", 3)
    assert [s.key for s in undo.undo_history(store, aid)] == ["s2_need_a", "s2_need_b", "s2_need_a"]
    svc.record_answer(store, questionnaire, aid, "s2_need_b", 0)  # not through the window
    assert [s.seq for s in undo.undo_history(store, aid)] == [last]
    undo.mark_step(store, aid, last, False)
    svc.record_answer(store, questionnaire, aid, "s2_need_a", 1)  # the undo, as the window writes it
    assert [(s.seq, s.done) for s in undo.undo_history(store, aid)] == [(last, False)]
    svc.record_answer(store, questionnaire, aid, "s2_need_a", 2)  # changed again elsewhere: no redo
    assert undo.undo_history(store, aid) == []

