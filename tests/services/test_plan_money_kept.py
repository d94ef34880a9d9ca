"""Money recorded against the plan is never moved or dropped by an edit of the plan: an action with
progress is not removed, a cost line holding money keeps its place, year, currency and funder
(docs/progress.md, "What an edit of the plan keeps"), on every door that writes the plan (an
action's edit, its removal, a whole plan replaced by an import); a refusal is one line and leaves
the database as it was."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from capacity_app.domain.plan.cost import Cost
from capacity_app.domain.plan.progress import ActionProgress, LineMoney
from capacity_app.services import assessments as svc
from capacity_app.services.assessments import ServiceError
from capacity_app.services.plan import actions as plans
from capacity_app.services.plan import progress as prog

D = Decimal
TODAY = "2027-02-15"
LINES = (Cost(2026, D(40000), "USD", "partner", "IOM", True),
         Cost(2026, D(12000000), "KES", "national", "", True),
         Cost(2027, D(9000), "EUR", "partner", "European Union", False))


@pytest.fixture
def plan(store, questionnaire):
    aid = svc.new_assessment(store, questionnaire, country="KEN", round=2026).id
    census = plans.add_action(store, questionnaire, aid, title="Census questions", institutions=("NSO",),
                              start="2026-Q1", end="2027-Q4", costs=LINES).action
    survey = plans.add_action(store, questionnaire, aid, title="Survey", institutions=("NSO",), start="2026-Q3",
                              end="2026-Q4", costs=(Cost(2026, D(5000), "USD", "partner", "World Bank"),)).action
    prog.record_progress(store, aid, ActionProgress(census.id, "2026", "in_progress", lines=(
        LineMoney(2, "", D(6000000), D(4000000), D(2500000)),)), today=TODAY)
    return aid, census, survey


def _state(store, aid):
    return store.action_plan(aid), store.action_progress(aid), len(store.history(aid)), store.revision(aid)


def _refused(store, aid, call, words):
    before = _state(store, aid)
    with pytest.raises(ServiceError) as exc:
        call()
    assert words in str(exc.value) and "\n" not in str(exc.value)
    assert _state(store, aid) == before
    return str(exc.value)


def test_an_action_with_progress_is_not_removed(store, plan):
    aid, census, _survey = plan
    said = _refused(store, aid, lambda: plans.remove_action(store, aid, census.id),
                    "action 1 has progress recorded for 2026")
    assert "report it as dropped" in said


def test_an_action_without_progress_is_still_removed(store, plan):
    aid, _census, survey = plan
    plans.remove_action(store, aid, survey.id)
    assert [a.title for a in store.action_plan(aid)] == ["Census questions"]


@pytest.mark.parametrize("costs, words", [
    (LINES[:1], "this edit removes it"),
    ((LINES[0], replace(LINES[1], currency="USD"), LINES[2]), "puts another line in its place"),
    ((LINES[0], replace(LINES[1], year=2027), LINES[2]), "puts another line in its place"),
    ((LINES[0], replace(LINES[1], funding="partner", funder="IOM"), LINES[2]), "puts another line in its place"),
    ((LINES[1], LINES[0], LINES[2]), "moves it to line 1"),
    ((LINES[0], LINES[2]), "puts another line in its place"),
])
def test_a_line_holding_money_keeps_its_place_year_currency_and_funder(store, questionnaire, plan, costs, words):
    aid, census, _survey = plan
    said = _refused(store, aid, lambda: plans.update_action(store, questionnaire, aid, replace(census, costs=costs)),
                    "cost line 2 of action 1 (2026, 12000000 KES) holds money recorded for 2026")
    assert words in said and "committed 6000000 KES, disbursed 4000000 KES, spent 2500000 KES" in said


def test_a_line_holding_money_may_change_its_amount_and_lines_without_money_anything(store, questionnaire, plan):
    aid, census, _survey = plan
    costs = (replace(LINES[0], currency="EUR", funder="European Union"), replace(LINES[1], amount=D(15000000),
             category="equipment"), Cost(2028, D(1), "XOF"), Cost(2027, D(2), "USD"))
    plans.update_action(store, questionnaire, aid, replace(census, costs=costs))
    assert store.action(aid, census.id).costs[1].amount == D(15000000)
    assert prog.summary(store, aid, "2026", today=TODAY).rows[0].in_period["spent"] == {"KES": D(2500000)}


def test_an_import_replacing_the_plan_keeps_the_money_too(store, questionnaire, plan):
    aid, census, survey = plan
    _refused(store, aid, lambda: plans.replace_plan(store, questionnaire, aid, [survey]),
             "action 1 has progress recorded for 2026")
    _refused(store, aid, lambda: plans.replace_plan(store, questionnaire, aid, [replace(census, costs=LINES[:1]),
                                                                                survey]),
             "cost line 2 of action 1")
    plans.replace_plan(store, questionnaire, aid, [survey, census])   # the order may change
    assert [a.title for a in store.action_plan(aid)] == ["Survey", "Census questions"]


def _money(store, aid):
    """Every unit of money recorded, per action, line and currency."""
    out = {}
    for e in store.action_progress(aid):
        for m in e.lines:
            out[(e.action_id, m.line, m.currency)] = (m.committed, m.disbursed, m.spent)
    return out


_line = st.builds(Cost, st.sampled_from([2026, 2027]), st.integers(1, 10**9).map(D),
                  st.sampled_from(["USD", "KES", "EUR"]),
                  st.sampled_from(["national", "partner"]), st.just(""))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=st.lists(st.one_of(st.tuples(st.just("edit"), st.lists(_line, max_size=4)),
                                st.tuples(st.just("remove"), st.booleans()),
                                st.tuples(st.just("progress"), st.integers(1, 4), st.integers(0, 10**7))),
                      min_size=1, max_size=8))
def test_interleaved_edits_and_progress_never_lose_a_unit(store, questionnaire, plan, edits):
    """Each step either is refused with nothing changed, or keeps every unit recorded on the line
    (same number, currency, year and funder) it was recorded on."""
    aid, census, survey = plan
    for step in edits:
        money, lines = _money(store, aid), {a.id: a.costs for a in store.action_plan(aid)}
        try:
            if step[0] == "edit":
                fix = [replace(c, funder="IOM" if c.funding == "partner" else "") for c in step[1]]
                plans.update_action(store, questionnaire, aid, replace(store.action(aid, census.id), costs=tuple(fix)))
            elif step[0] == "remove":
                plans.remove_action(store, aid, census.id if step[1] else survey.id)
            else:
                n = step[1]
                if n > len(store.action(aid, census.id).costs):
                    continue
                prog.record_progress(store, aid, ActionProgress(census.id, "2026", "in_progress", lines=(
                    LineMoney(n, "", D(step[2]), D(step[2]), D(step[2])),)), replace=True, today=TODAY)
                continue
        except ServiceError:
            assert _money(store, aid) == money
            continue
        assert _money(store, aid) == money
        now = {a.id: a.costs for a in store.action_plan(aid)}
        for (action_id, line, currency) in money:
            was, kept = lines[action_id][line - 1], now[action_id][line - 1]
            assert (kept.year, kept.currency, kept.funding, kept.funder) == (was.year, currency, was.funding,
                                                                             was.funder)
