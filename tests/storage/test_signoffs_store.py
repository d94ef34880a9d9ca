"""The sign-off record (schema step m007_signoffs): a validation and a reopening each move the
status in one transaction with one history row, events read back in order, the kind checked by
the table, and the v007 fixture database's record kept on opening."""
from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from capacity_app.domain.team.signoff import REOPENED, VALIDATED, SignOff, standing

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def aid(store):
    return store.create_assessment(country="KEN", m49="404", round=2026, title="t",
                                   questionnaire_id="q", questionnaire_version="1").id


def test_validate_and_reopen_with_history(store, aid):
    store.operator = "Sup"
    n = len(store.history(aid))
    rev = store.revision(aid)
    e = store.record_signoff(aid, SignOff("Dr A. Mensah", "Director-General", "KNBS", "2026-06-12"))
    assert store.assessment(aid).status == "final" and store.revision(aid) > rev
    assert e.kind == VALIDATED and e.operator == "Sup" and e.at and e.signoff.at == e.at
    store.record_reopening(aid, "late figures", "in_progress")
    assert store.assessment(aid).status == "in_progress"
    events = store.signoff_events(aid)
    assert [x.kind for x in events] == [VALIDATED, REOPENED] and events[1].reason == "late figures"
    assert events[0].signoff == SignOff("Dr A. Mensah", "Director-General", "KNBS", "2026-06-12", e.at, "Sup")
    rows = [h for h in store.history(aid)][: len(store.history(aid)) - n]
    assert [h["field"] for h in rows] == ["signoff", "signoff"]  # one row per write
    assert rows[0]["new"]["reason"] == "late figures" and rows[0]["old"] == {"status": "final"}
    assert standing(events, "in_progress") is None


def test_an_import_keeps_the_time_and_operator_given(store, aid):
    e = store.record_signoff(aid, SignOff("N", "P", "I", "2026-01-02", "2026-01-02T08:00:00+00:00", "Officer"))
    assert (e.at, e.operator) == ("2026-01-02T08:00:00+00:00", "Officer")
    assert store.signoff_events(aid)[0].signoff.operator == "Officer"


def test_the_kind_is_checked_by_the_table(store, aid):
    with pytest.raises(sqlite3.IntegrityError), store.transaction():
        store.db.execute("INSERT INTO signoffs(assessment_id, kind, at) VALUES (?, 'approved', 't')", [aid])


def test_fixture_keeps_its_signoffs(tmp_path):
    from capacity_app.services.assessments import open_store

    src = FIXTURES / "schema-v007-m007_signoffs.sqlite3"
    expected = json.loads(src.with_suffix(".json").read_text(encoding="utf-8"))
    db = tmp_path / src.name
    shutil.copyfile(src, db)
    with open_store(db) as store:
        a = store.find_assessment(expected["assessment_uid"])
        events = store.signoff_events(a.id)
    assert [(e.kind, e.signoff.name if e.signoff else "", e.signoff.date if e.signoff else "", e.reason)
            for e in events] == [(x["kind"], x["name"], x["date"], x["reason"]) for x in expected["signoffs"]]
    current = standing(events, a.status)
    assert a.status == "final" and current is not None and current.date == "2026-06-20"


def test_m011_keeps_the_record_and_takes_the_review_signoff(tmp_path):
    """m011 rebuilds the table (a CHECK cannot be altered): the v008 record upgraded keeps its rows,
    order and revision trigger; a review sign-off row is taken and read back; the v011 fixture's
    review sign-off and undo steps read as written."""
    from capacity_app.domain.team.signoff import REVIEWED, standing_review
    from capacity_app.services.assessments import open_store

    src = FIXTURES / "schema-v008-m008_documents.sqlite3"
    db = tmp_path / src.name
    shutil.copyfile(src, db)
    with open_store(db) as store:
        a = store.find_assessment("fixture0000000000000000000000001")
        assert [e.kind for e in store.signoff_events(a.id)] == ["validated", "reopened", "validated"]
        rev = store.revision(a.id)
        store.record_review_signoff(a.id, SignOff("Grace Kamau", "Supervisor", "", "2026-06-21"))
        events = store.signoff_events(a.id)
        assert events[-1].kind == REVIEWED and store.revision(a.id) > rev
        assert standing(events, "final").date == "2026-06-20"  # a review sign-off is not a validation
        assert standing_review(events).name == "Grace Kamau"
    src = FIXTURES / "schema-v011-m011_review_signoffs_undo.sqlite3"
    expected = json.loads(src.with_suffix(".json").read_text(encoding="utf-8"))
    db = tmp_path / src.name
    shutil.copyfile(src, db)
    with open_store(db) as store:
        a = store.find_assessment(expected["assessment_uid"])
        events = store.signoff_events(a.id)
        steps = store.undo_steps(a.id)
    assert [e.kind for e in events] == expected["signoff_kinds"]
    reviewed = next(e.signoff for e in events if e.kind == REVIEWED)
    assert {k: getattr(reviewed, k) for k in expected["review_signoff"]} == expected["review_signoff"]
    assert dict(reviewed.open_points) == {"disputed": 1}
    assert standing_review(events) is not None  # after the reopening: it stands
    assert [{"seq": s.seq, "done": int(s.done), "key": s.key, "old": s.old, "new": s.new} for s in steps] == \
        expected["undo_steps"]
