"""An assessment's status (draft, in progress, final) as the window, the command line and the
workbook share it: final makes answers, comments, evidence and the action plan read-only until it
is reopened, and takes the DRAFT mark off the report; a write the database cannot take is
NotSaved with its reason (the window keeps the text and offers to retry)."""
from __future__ import annotations

import json

import pytest

from capacity_app.services.plan import actions as plans
from capacity_app.services import assessments as svc
from capacity_app.services.settings import update_weights


@pytest.fixture
def aid(store, questionnaire):
    return svc.create_assessment(store, questionnaire, country="KEN", round=2026).id


def test_final_is_read_only_until_reopened(store, questionnaire, aid):
    q = questionnaire
    svc.record_answer(store, q, aid, "s2_need_a", 2)
    added = plans.add_action(store, q, aid, title="Census questions")
    changes = svc.set_status(store, aid, "final")
    assert changes.metadata and changes.assessment_id == aid
    assert svc.get_assessment(store, aid).status == "final"
    for write in (lambda: svc.record_answer(store, q, aid, "s2_need_a", 3),
                  lambda: svc.record_answer(store, q, aid, "s2_need_a", None, status="dont_know"),
                  lambda: svc.set_comment(store, q, aid, "s2_need_a", "later"),
                  lambda: svc.add_evidence(store, q, aid, "s2_need_a", "document", "A note"),
                  lambda: plans.add_action(store, q, aid, title="Another"),
                  lambda: plans.update_action(store, q, aid, added.action),
                  lambda: plans.remove_action(store, aid, added.action.id),
                  lambda: plans.draft_from_recommendations(store, q, aid),
                  lambda: update_weights(store, q, aid, {"S1": 2})):
        with pytest.raises(svc.AssessmentFinal, match="is final: reopen it"):
            write()
    assert store.answer(aid, "s2_need_a").value == 2
    with pytest.raises(svc.ServiceError, match="reopened only with a reason"):
        svc.set_status(store, aid, "in_progress")
    svc.set_status(store, aid, "in_progress", reason="a figure to correct")  # reopened
    svc.record_answer(store, q, aid, "s2_need_a", 3)
    assert store.answer(aid, "s2_need_a").value == 3
    with pytest.raises(svc.ServiceError, match="status must be one of"):
        svc.set_status(store, aid, "signed")
    history = store.db.execute("SELECT old, new FROM history WHERE field IN ('assessment', 'signoff') "
                               "AND new LIKE '%status%' ORDER BY id").fetchall()
    assert [json.loads(n)["status"] for _o, n in history] == ["final", "in_progress"]
    assert json.loads(history[-1][1])["reason"] == "a figure to correct"


def test_the_command_line_shows_and_sets_the_status(cli_run):
    aid = cli_run("new", "--country", "KEN", "--round", "2026").output.strip()
    assert cli_run("status", aid).output.strip() == "draft"
    r = cli_run("status", aid, "final")
    assert r.exit_code == 0 and "draft -> final" in r.output
    r = cli_run("set", aid, "s2_need_a", "3")
    assert r.exit_code == 2 and "is final: reopen it" in r.output
    r = cli_run("status", aid, "in_progress")
    assert r.exit_code == 2 and "reopened only with a reason" in r.output
    assert cli_run("status", aid, "in_progress", "--reason", "one more interview").exit_code == 0
    assert cli_run("set", aid, "s2_need_a", "3").exit_code == 0
    assert cli_run("status", aid, "signed").exit_code == 2


def test_a_write_the_database_cannot_take_is_not_saved_with_its_reason(tmp_path, questionnaire):
    db = tmp_path / "ro.sqlite3"
    with svc.open_store(db) as store:
        aid = svc.create_assessment(store, questionnaire, country="KEN", round=2026).id
    with svc.open_store(db, readonly=True) as ro:
        with pytest.raises(svc.NotSaved) as caught:
            svc.record_answer(ro, questionnaire, aid, "s2_need_a", 2)
        assert caught.value.reason == "read_only"
        with pytest.raises(svc.NotSaved):
            svc.set_comment(ro, questionnaire, aid, "s2_need_a", "kept by the window")
        with pytest.raises(svc.NotSaved):
            plans.add_action(ro, questionnaire, aid, title="x")
    # a refused value is a plain ServiceError, never NotSaved (retrying it cannot help)
    with svc.open_store(db) as store:
        with pytest.raises(svc.ServiceError) as refused:
            svc.record_answer(store, questionnaire, aid, "s2_need_a", 7)
        assert not isinstance(refused.value, svc.NotSaved)
