"""The action plan's tables (schema steps m003, m004): writes with history, revision triggers,
cascade, the plan's currency, rates and validation record, and the v003/v004 fixture databases'
plans kept on opening."""
from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from capacity_app.domain.plan.actions import Action
from capacity_app.domain.plan.cost import Cost, Finance, Rate, cost_from_plain, rate_from_plain
from capacity_app.domain.plan.validation import PARTS, Validation, changes_since, validation_from_plain
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


@pytest.mark.parametrize("name", ["schema-v003-m003_action_plan", "schema-v004-m004_costed_plan"])
def test_fixture_keeps_its_actions(name, tmp_path):
    from capacity_app.services.assessments import open_store

    src = FIXTURES / f"{name}.sqlite3"
    expected = json.loads(src.with_suffix(".json").read_text(encoding="utf-8"))
    db = tmp_path / src.name
    shutil.copyfile(src, db)
    with open_store(db) as store:
        a = store.find_assessment(expected["assessment_uid"])
        got = store.action_plan(a.id)
        finance, validation = store.plan_finance(a.id), store.plan_validation(a.id)
    want = [Action(**{**e, "policy_questions": tuple(e["policy_questions"]),
                      "institutions": tuple(e["institutions"]),
                      "costs": tuple(cost_from_plain(c) for c in e.get("costs", ()))})
            for e in expected["action_items"]]
    assert got == want
    plan = expected.get("action_plan")
    if plan is None:
        assert finance == Finance() and validation is None
        return
    assert got[0].costs[1].amount == Decimal("84000.25") and got[0].costs[0].executed == Decimal("3000000.5")
    assert finance == Finance(plan["currency"], tuple(rate_from_plain(r) for r in plan["rates"]))
    assert validation == validation_from_plain(plan["validation"])
    assert changes_since(validation, got)[0].parts == PARTS  # its fingerprint matches nothing


def test_plan_finance_and_validation_with_history(store, aid):
    assert store.plan_finance(aid) == Finance() and store.plan_validation(aid) is None
    rev = store.revision(aid)
    f = Finance("KES", (Rate("KES", Decimal("129.35"), "2026-03-01", "UN"),))
    store.save_plan_finance(aid, f)
    assert store.plan_finance(aid) == f and store.revision(aid) > rev
    n = len(store.history(aid))
    store.save_plan_finance(aid, f)  # unchanged: no history row
    assert len(store.history(aid)) == n
    v = Validation("2026-03-20", "Workshop", ("KNBS",), "A. W.", "DG", ())
    store.save_plan_validation(aid, v)
    assert store.plan_validation(aid) == v and store.plan_finance(aid) == f
    store.save_plan_validation(aid, None)
    assert store.plan_validation(aid) is None
    rows = [h for h in store.history(aid) if h["key"].startswith("action_plan:")]
    assert [h["key"] for h in rows] == ["action_plan:validation", "action_plan:validation", "action_plan:finance"]
    assert rows[0]["old"]["approved_by"] == "A. W." and rows[0]["new"] is None
    assert rows[2]["new"]["rates"][0]["per_usd"] == "129.35"  # decimal text, never a float
    with store.transaction():
        store.db.execute("DELETE FROM history WHERE assessment_id = ?", [aid])
        store.db.execute("DELETE FROM assessments WHERE id = ?", [aid])
    assert store.db.execute("SELECT count(*) FROM action_plans").fetchone()[0] == 0


def test_costs_stored_as_decimal_text(store, aid):
    a = Action("c", "Costed", costs=(Cost(2027, Decimal("0.125"), "KWD", "other", "Fund", True, Decimal("1E+2")),),
               priority_action=True, strategy="NSDS 1.2")
    store.save_action(aid, a)
    assert store.action_plan(aid) == [a]
    raw = json.loads(store.db.execute("SELECT costs FROM action_items").fetchone()[0])
    assert raw[0]["amount"] == "0.125" and raw[0]["executed"] == "100"


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
