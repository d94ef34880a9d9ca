"""The reviews table (schema step m006_reviews): writes with history, revision, cascade, the
import's replace, and the v006 fixture database's reviews kept on opening."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from capacity_app.domain.team.review import DISPUTED, FOLLOW_UP, NOT_REVIEWED, VALIDATED, Review

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def aid(store):
    return store.create_assessment(country="KEN", m49="404", round=2026, title="t",
                                   questionnaire_id="q", questionnaire_version="1").id


def test_save_change_withdraw_with_history(store, aid):
    store.operator = "Sup"
    rev = store.revision(aid)
    r = store.save_review(aid, "s2_need_a", VALIDATED, "checked", "abc")
    assert r is not None and r.reviewer == "Sup" and r.note == "checked" and r.answer_check == "abc" and r.at
    assert store.revision(aid) > rev
    assert store.reviews(aid) == {"s2_need_a": r}
    d = store.save_review(aid, "s2_need_a", DISPUTED, "no source", "abc", reviewer="Other")
    assert store.review(aid, "s2_need_a") == d and d.reviewer == "Other"
    assert store.save_review(aid, "s2_need_a", NOT_REVIEWED) is None
    assert store.reviews(aid) == {}
    assert store.save_review(aid, "s2_need_a", NOT_REVIEWED) is None  # nothing to withdraw: no row
    hist = [h for h in store.history(aid) if h["field"] == "review"]
    assert [(h["old"] or {}).get("status") for h in hist] == [DISPUTED, VALIDATED, None]
    assert hist[0]["new"] is None and hist[-1]["new"]["note"] == "checked" and hist[-1]["operator"] == "Sup"


def test_replace_keeps_reviewer_and_time(store, aid):
    store.save_review(aid, "a", VALIDATED, "", "x")
    store.save_review(aid, "b", FOLLOW_UP, "", "y")
    theirs = [Review("b", DISPUTED, "Officer B", "2026-03-02T09:00:00+00:00", "wrong year", "y"),
              Review("c", VALIDATED, "Sup", "2026-03-02T10:00:00+00:00", "", "z")]
    n = len(store.history(aid))
    store.replace_reviews(aid, theirs, note="import x.xlsx")
    assert store.reviews(aid) == {r.unit: r for r in theirs}
    rows = store.history(aid)[: len(store.history(aid)) - n]
    assert {h["key"] for h in rows if h["field"] == "review"} == {"a", "b", "c"}
    assert any(h["new"] == {"replaced_reviews": "import x.xlsx"} for h in rows)
    n = len(store.history(aid))
    store.replace_reviews(aid, theirs)  # the same: nothing written
    assert len(store.history(aid)) == n


def test_deleting_the_assessment_deletes_its_reviews(store, aid):
    store.save_review(aid, "a", VALIDATED)
    with store.transaction():
        store.db.execute("DELETE FROM history WHERE assessment_id = ?", [aid])
        store.db.execute("DELETE FROM assessments WHERE id = ?", [aid])
    assert store.db.execute("SELECT count(*) FROM reviews").fetchone()[0] == 0


def test_the_status_is_checked_by_the_table(store, aid):
    import sqlite3

    with pytest.raises(sqlite3.IntegrityError), store.transaction():
        store.db.execute("INSERT INTO reviews(assessment_id, unit, status, at) VALUES (?, 'a', 'approved', 't')",
                         [aid])


def test_fixture_keeps_its_reviews(tmp_path, questionnaire):
    from capacity_app.domain.team.review import coverage
    from capacity_app.services.assessments import open_store

    src = FIXTURES / "schema-v006-m006_reviews.sqlite3"
    expected = json.loads(src.with_suffix(".json").read_text(encoding="utf-8"))
    db = tmp_path / src.name
    shutil.copyfile(src, db)
    with open_store(db) as store:
        a = store.find_assessment(expected["assessment_uid"])
        got = store.reviews(a.id)
        answers = store.answers(a.id)
    want = {e["unit"]: Review(e["unit"], e["status"], e["reviewer"], got[e["unit"]].at, e["note"], e["answer_check"])
            for e in expected["reviews"]}
    assert got == want
    c = coverage(questionnaire, answers, got)
    # the matrix cell's review no longer matches its answer: not reviewed
    assert (c.validated, c.follow_up, c.disputed) == (1, 1, 0)
