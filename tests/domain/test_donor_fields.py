"""What a donor reads of each action: results framework, risks, dependencies, SDG
target, cost basis, cost category and pipeline status; checked at entry, kept out of the
fingerprints of plans validated before they existed, listed with old and new values after a
validation."""
import hashlib
import json
from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import given, settings, strategies as st

from capacity_app.domain.plan.actions import (
    SDG_TARGETS,
    Action,
    ActionError,
    action_problem,
    dependency_problem,
    normalise_sdg_target,
    validate_action,
    validate_plan,
)
from capacity_app.domain.plan.cost import (
    Cost,
    CostError,
    Finance,
    Rate,
    cost_from_plain,
    cost_to_plain,
    plan_totals,
    validate_cost,
)
from capacity_app.domain.plan.validation import (
    ValidatedAction,
    Validation,
    changes_since,
    approved_plan,
    fingerprint,
    snapshot,
    value_change_text,
    value_changes,
)


def test_the_169_sdg_targets():
    targets = [f"{g}.{n}" for g, (k, letters) in SDG_TARGETS.items() for n in [*range(1, k + 1), *letters]]
    assert len(targets) == 169
    assert all(normalise_sdg_target(t) == t for t in targets)
    assert normalise_sdg_target(" SDG 10.C ") == "10.c" and normalise_sdg_target("target 17.18") == "17.18"
    for bad in ("17.20", "17.a", "0.1", "18.1", "10.d", "10.07", "10", "10.7.2", "=1+1"):
        with pytest.raises(ValueError):
            normalise_sdg_target(bad)


def _old_fingerprint(a: Action) -> str:
    """The fingerprint as written before the donor's fields (what plans validated then hold)."""
    def digest(v):
        text = json.dumps(v, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]
    parts = {"what": [a.title, list(a.policy_questions), a.strategy, a.resources, a.milestone],
             "who": list(a.institutions), "when": [a.start, a.end],
             "cost": [[c.year, str(c.amount), c.currency, c.funding, c.funder] for c in a.costs],
             "priority": [a.priority, a.priority_action]}
    return ";".join(f"{k}={digest(v)}" for k, v in parts.items())


def _action(**kw) -> Action:
    base = Action("a1", "Census module", institutions=("ANSD",), start="2027-Q1", end="2028-Q4",
                  costs=(Cost(2027, Decimal("18000000"), "XOF"),))
    return validate_action(replace(base, **kw))


def test_fingerprints_and_stored_json_of_plans_without_the_donor_fields_are_unchanged():
    a = _action()
    old, new = _old_fingerprint(a).split(";"), fingerprint(a).split(";")
    # the priority part now leaves the priority-action flag out; a stored one still matches it
    assert old[:4] == new[:4] and new[4].startswith("priority=")
    stored = Validation("2026-06-18", "workshop", ("NSO",), "A. Diallo", "Director",
                        (ValidatedAction(a.id, a.title, _old_fingerprint(a)),))
    assert changes_since(stored, [a]) == ()
    assert cost_to_plain(a.costs[0]) == {"year": 2027, "amount": "18000000", "currency": "XOF",
                                         "funding": "national", "funder": "", "secured": False, "executed": None}
    b = _action(target="12 tables", depends_on=("a0",))
    assert fingerprint(b).split(";")[0] != fingerprint(a).split(";")[0]   # what: the target
    assert fingerprint(b).split(";")[2] != fingerprint(a).split(";")[2]   # when: the dependency
    c = _action(costs=(Cost(2027, Decimal("18000000"), "XOF", pipeline="identified"),))
    assert fingerprint(c) == fingerprint(a)  # the pipeline is progress, as secured is


def test_cost_basis_category_and_pipeline_checked():
    ok = validate_cost(Cost(2027, "18000000", "xof", category="Survey operations", unit_cost="1500000",
                            quantity="12", pipeline="Committed", secured=True))
    assert (ok.category, ok.unit_cost, ok.quantity, ok.pipeline) == ("survey_operations", Decimal(1500000),
                                                                       Decimal(12), "committed")
    assert cost_from_plain(cost_to_plain(ok)) == ok
    for kw, words in (({"unit_cost": "1500000"}, "both"),
                      ({"unit_cost": "1500000", "quantity": "11"}, "is not the unit cost"),
                      ({"unit_cost": "1500000", "quantity": "0"}, "above zero"),
                      ({"unit_cost": "-2", "quantity": "1"}, "negative"),
                      ({"category": "catering"}, "cost category"),
                      ({"pipeline": "promised"}, "pipeline status"),
                      ({"pipeline": "disbursed"}, "mark the line secured"),
                      ({"pipeline": "pledged", "secured": True}, "not secured")):
        with pytest.raises(CostError, match=words):
            validate_cost(Cost(2027, "18000000", "XOF", **kw))


def test_dependencies_unknown_and_circles_refused():
    a, b, c = Action("a", "A"), Action("b", "B", depends_on=("a",)), Action("c", "C", depends_on=("b",))
    assert validate_plan([a, b, c])
    with pytest.raises(ActionError, match="circle"):
        validate_plan([replace(a, depends_on=("c",)), b, c])
    with pytest.raises(ActionError, match="not an action of the plan"):
        validate_plan([a, c])
    with pytest.raises(ActionError, match="itself"):
        validate_action(replace(a, depends_on=("a",)))
    assert validate_action(Action("d", "D", depends_on=("a", " a"))).depends_on == ("a",)  # once
    assert "twice" in action_problem(Action("d", "D", depends_on=("a", "a")))


@settings(max_examples=60, deadline=None)
@given(st.integers(2, 12).flatmap(lambda n: st.tuples(
    st.just(n), st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=3 * n))))
def test_dependencies_accepted_exactly_when_they_make_no_circle(case):
    """Edges from a later action to an earlier one only: accepted; one more edge from an earlier
    to a later action that the later reaches: refused as a circle."""
    n, pairs = case
    deps: dict[int, set[int]] = {i: set() for i in range(n)}
    for x, y in pairs:
        if x > y:
            deps[x].add(y)
    actions = [Action(f"x{i}", f"Action {i}", depends_on=tuple(f"x{j}" for j in sorted(deps[i]))) for i in range(n)]
    assert dependency_problem(actions) is None

    def reaches(i, j, seen=()):
        return i == j or any(reaches(k, j, (*seen, i)) for k in deps[i] if k not in seen)
    for x, y in pairs:
        if x < y and reaches(y, x):
            bad = list(actions)
            bad[x] = replace(bad[x], depends_on=(*bad[x].depends_on, f"x{y}"))
            assert "circle" in (dependency_problem(bad) or "")
            break


def test_changes_after_validation_list_pipeline_target_and_sdg_with_old_and_new_values():
    finance = Finance("XOF", (Rate("XOF", Decimal("605.25"), "2026-01-05"),))
    plan = [_action(target="12 tables (2028)", sdg_target="17.18",
                    costs=(Cost(2027, Decimal("18000000"), "XOF", "partner", "AfDB", pipeline="pledged"),))]
    approved = approved_plan(plan, finance)
    v = Validation("2026-06-01", "Workshop", ("ANSD",), "Minister", "Minister", snapshot(plan), approved=approved)
    now = [replace(plan[0], target="15 tables (2028)", sdg_target="17.19",
                   costs=(replace(plan[0].costs[0], pipeline="committed", secured=True),))]
    texts = [value_change_text(c) for c in value_changes(v, now, finance)]
    assert "Census module (2027): pipeline pledged → committed" in texts
    assert "Census module (2027): secured no → yes" in texts
    assert "Census module: target 12 tables (2028) → 15 tables (2028)" in texts
    assert "Census module: SDG target 17.18 → 17.19" in texts  # named by its label
    assert any(t.startswith("total gap XOF 18000000 → XOF 0") for t in texts)
    assert plan_totals(now, finance).all.gap == {"XOF": Decimal(0)}


@pytest.mark.parametrize("lang, words", [
    ("fr", ["Census module (2027) : stade du financement : annoncé → engagé",
            "Census module (2027) : financement acquis : non → oui",
            "Census module : valeur cible : 12 tables (2028) → 15 tables (2028)",
            "Taux de change : 1\u00a0USD = 605,25\u00a0XOF (5 janvier 2026) → 1\u00a0USD = 655,957\u00a0XOF (1er mars 2026)"]),
    ("en", ["Census module (2027): funding stage: pledged → committed",
            "Exchange rate: USD\u00a01 = XOF\u00a0605.25 (5 January 2026) → USD\u00a01 = XOF\u00a0655.957 (1 March 2026)"]),
    ("ru", ["Census module (2027): стадия финансирования: объявлено → обязательство принято",
            "Общая стоимость: 29 739,78 USD → 27 440,82 USD"]),
])
def test_change_words_in_the_workbooks_language(lang, words):
    """The workbook's notes list each change in the workbook's language, amounts, rates and dates
    as it writes them (the English spelling of the stored values was printed before)."""
    import capacity_app.catalog.sentences  # noqa: F401  (hands the Arabic, Chinese and Russian sentences to domain.texts)
    from capacity_app.domain.plan.validation import change_words

    finance = Finance("XOF", (Rate("XOF", Decimal("605.25"), "2026-01-05"),))
    plan = [_action(target="12 tables (2028)",
                    costs=(Cost(2027, Decimal("18000000"), "XOF", "partner", "AfDB", pipeline="pledged"),))]
    v = Validation("2026-06-01", "Workshop", ("ANSD",), "Minister", "Minister", snapshot(plan),
                   approved=approved_plan(plan, finance))
    now = [replace(plan[0], target="15 tables (2028)",
                   costs=(replace(plan[0].costs[0], pipeline="committed", secured=True),))]
    later = Finance("XOF", (Rate("XOF", Decimal("655.957"), "2026-03-01"),))
    texts = [change_words(c, lang).replace("\u202f", "\u00a0") for c in value_changes(v, now, later)]
    for w in words:
        assert w.replace("\u202f", "\u00a0") in texts, (w, texts)
