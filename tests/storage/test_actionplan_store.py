"""The action plan's table (schema step m003): writes with history, revision triggers, cascade,
and the v003 fixture database's actions kept on opening."""
from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from capacity_app.domain.actionplan import Action
from capacity_app.storage.db import StorageError

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def aid(store):
    a = store.create_assessment(country="KEN", m49="404", round=2026, title="t",
                                questionnaire_id="q", questionnaire_version="1")
    return a.id


def test_save_read_update_remove_with_history(store, aid):
    a = Action("a1", "Census questions", "census_core_questions", ("A", "I"), ("KNBS", "Ministère"),
               "2026-Q3", "2027-06-30", "TA", "pilot", 1, "planned", 0)
    b = Action("b2", "By hand", position=1)
    rev = store.revision(aid)
    store.save_action(aid, a)
    store.save_action(aid, b)
    assert store.revision(aid) > rev
    assert store.action_plan(aid) == [a, b]
    hist = [h for h in store.history(aid) if h["field"] == "action"]
    assert len(hist) == 2 and hist[-1]["new"]["institutions"] == ["KNBS", "Ministère"]
    n = len(store.history(aid))
    store.save_action(aid, a)  # unchanged: no history row
    assert len(store.history(aid)) == n
    store.save_action(aid, replace(a, status="done"))
    assert store.action(aid, "a1").status == "done"
    h = store.history(aid, limit=1)[0]
    assert (h["key"], h["old"]["status"], h["new"]["status"]) == ("action:a1", "planned", "done")
    store.reorder_actions(aid, ["b2", "a1"])
    assert [x.id for x in store.action_plan(aid)] == ["b2", "a1"]
    with pytest.raises(StorageError, match="each of its 2 actions once"):
        store.reorder_actions(aid, ["b2"])
    removed = store.remove_action(aid, "b2")
    assert removed.title == "By hand" and [x.id for x in store.action_plan(aid)] == ["a1"]
    assert store.history(aid, limit=1)[0]["new"] is None
    with pytest.raises(StorageError, match="has no action 'b2'"):
        store.remove_action(aid, "b2")
    with pytest.raises(StorageError, match="no assessment with id 999"):
        store.save_action(999, a)


def test_replace_plan_and_duplicates(store, aid):
    store.save_action(aid, Action("x", "Old"))
    store.replace_action_plan(aid, [Action("y", "New", position=5), Action("z", "Two")], note="test")
    assert [(a.id, a.position) for a in store.action_plan(aid)] == [("y", 0), ("z", 1)]
    hist = store.history(aid, limit=4)
    assert hist[0]["new"] == {"replaced_action_plan": "test", "actions": 2}
    assert {h["key"] for h in hist[1:]} == {"action:x", "action:y", "action:z"}
    with pytest.raises(StorageError, match="'q' is used twice"):
        store.replace_action_plan(aid, [Action("q", "a"), Action("q", "b")])
    assert [a.id for a in store.action_plan(aid)] == ["y", "z"]  # nothing lost


def test_check_constraints_guard_the_table(store, aid):
    with pytest.raises(sqlite3.IntegrityError):
        store.save_action(aid, Action("bad", "t", priority=7))
    assert store.action_plan(aid) == []


def test_deleting_the_assessment_row_deletes_its_actions(store, aid):
    store.save_action(aid, Action("a", "t"))
    with store.transaction():
        store.db.execute("DELETE FROM history WHERE assessment_id = ?", [aid])
        store.db.execute("DELETE FROM assessments WHERE id = ?", [aid])
    assert store.db.execute("SELECT count(*) FROM action_items").fetchone()[0] == 0


def test_v003_fixture_keeps_its_actions(tmp_path):
    from capacity_app.services.assessments import open_store

    src = FIXTURES / "schema-v003-m003_action_plan.sqlite3"
    expected = json.loads(src.with_suffix(".json").read_text(encoding="utf-8"))
    db = tmp_path / src.name
    shutil.copyfile(src, db)
    with open_store(db) as store:
        a = store.find_assessment(expected["assessment_uid"])
        got = store.action_plan(a.id)
    want = [Action(**{**e, "policy_questions": tuple(e["policy_questions"]),
                      "institutions": tuple(e["institutions"])}) for e in expected["action_items"]]
    assert got == want


@pytest.mark.parametrize("version", [1, 2])
def test_older_fixtures_upgrade_to_an_empty_plan(version, tmp_path):
    from capacity_app.services.assessments import open_store

    src = next(FIXTURES.glob(f"schema-v{version:03d}-*.sqlite3"))
    db = tmp_path / src.name
    shutil.copyfile(src, db)
    with open_store(db) as store:
        a = store.assessments()[0]
        assert store.action_plan(a.id) == []
        rev = store.revision(a.id)
        store.save_action(a.id, Action("n", "New after upgrade"))
        assert store.revision(a.id) > rev
