"""The results chain's tables (schema step m012): the chain written whole with one history row,
the revision raised, an action removed taking its link and output indicators with it, and the v012
fixture database's chain read back."""
from __future__ import annotations

import json
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from capacity_app.domain.plan.actions import Action
from capacity_app.domain.plan.results import (
    Indicator, Link, Outcome, ResultsChain, Target, chain_to_plain,
)
from capacity_app.storage.results import RESULTS_KEY

FIXTURES = Path(__file__).parent / "fixtures"

CHAIN = ResultsChain(
    objective="Migration policy informed by official statistics", assumptions="Stable government",
    outcomes=(Outcome("O1", "Censuses measure migration", "Census funded"), Outcome("O2", "Registers used")),
    indicators=(
        Indicator("I1", "objective", "", "Policies citing data", "number", Decimal(1), 2025,
                  (Target(2027, Decimal(4)),), "Policy review"),
        Indicator("I2", "outcome", "O1", "Surveys with core questions", "%", Decimal("12.5"), 2025,
                  (Target(2026, Decimal(40)), Target(2027, Decimal("75.25"))), "Survey catalogue"),
        Indicator("I3", "output", "a1", "Questions tested"),
    ),
    links=(Link("a1", "O1"), Link("b2", "O2")))


@pytest.fixture
def aid(store):
    a = store.create_assessment(country="KEN", m49="404", round=2026, title="t",
                                questionnaire_id="q", questionnaire_version="1")
    store.save_action(a.id, Action("a1", "Census questions", start="2026-Q1", end="2027-Q4"))
    store.save_action(a.id, Action("b2", "Registers", position=1))
    return a.id


def results_rows(store, aid):
    return [h for h in store.history(aid) if h["key"] == RESULTS_KEY]


def test_the_chain_is_written_whole_with_one_history_row(store, aid):
    assert store.results_chain(aid) == ResultsChain()
    rev = store.revision(aid)
    store.save_results_chain(aid, CHAIN)
    assert store.results_chain(aid) == CHAIN
    assert store.revision(aid) > rev
    rows = results_rows(store, aid)
    assert len(rows) == 1 and rows[0]["old"] is None and rows[0]["new"] == chain_to_plain(CHAIN)
    store.save_results_chain(aid, CHAIN)  # nothing changed: no row
    assert len(results_rows(store, aid)) == 1
    smaller = ResultsChain(objective="Other", outcomes=(Outcome("O1", "Only one"),))
    store.save_results_chain(aid, smaller)
    assert store.results_chain(aid) == smaller
    assert len(results_rows(store, aid)) == 2


def test_removing_an_action_takes_its_link_and_output_indicators(store, aid):
    store.save_results_chain(aid, CHAIN)
    store.remove_action(aid, "a1")
    chain = store.results_chain(aid)
    assert chain.links == (Link("b2", "O2"),)
    assert [i.id for i in chain.indicators] == ["I1", "I2"]
    assert results_rows(store, aid)[0]["new"] == chain_to_plain(chain)
    store.replace_action_plan(aid, [])  # an import without b2
    assert store.results_chain(aid).links == ()


def test_deleting_the_assessment_deletes_its_chain(store, aid):
    store.save_results_chain(aid, CHAIN)
    store.db.execute("DELETE FROM history WHERE assessment_id = ?", [aid])
    store.db.execute("DELETE FROM action_items WHERE assessment_id = ?", [aid])
    store.db.execute("DELETE FROM action_plans WHERE assessment_id = ?", [aid])
    store.db.execute("DELETE FROM assessments WHERE id = ?", [aid])
    for table in ("result_outcomes", "result_indicators", "result_targets", "result_links"):
        assert store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0


def test_the_v012_fixture_keeps_its_chain(tmp_path):
    from capacity_app.services.assessments import open_store

    src = FIXTURES / "schema-v012-m012_results_chain.sqlite3"
    expected = json.loads(src.with_suffix(".json").read_text(encoding="utf-8"))
    db = tmp_path / src.name
    shutil.copyfile(src, db)
    with open_store(db) as store:
        a = store.find_assessment(expected["assessment_uid"])
        chain = store.results_chain(a.id)
    assert chain_to_plain(chain) == expected["results_chain"]
