"""The validation record: what it requires, and the changes after validation it flags (an edit of
what, who, when, cost or priority; not progress: status, funding secured, amounts executed)."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from capacity_app.domain.plan.actions import Action
from capacity_app.domain.plan.cost import Cost
from capacity_app.domain.plan.validation import (
    PlanChange,
    ValidatedAction,
    Validation,
    ValidationError,
    changes_since,
    fingerprint,
    snapshot,
    validate_validation,
    validation_from_plain,
    validation_to_plain,
)

A = Action("a", "Census questions", institutions=("NSO",), start="2026-Q3", end="2027-Q4",
           costs=(Cost(2027, Decimal(45_000_000), "XOF", "partner", "IOM"),), priority_action=True)
B = Action("b", "Publish tables", institutions=("NSO",))


def _validated(*actions):
    return Validation("2026-06-12", "Workshop", ("NSO",), "A. Mensah", "Director-General", snapshot(actions))


def test_no_validation_no_changes():
    assert changes_since(None, [A, B]) == ()
    assert changes_since(_validated(A, B), [A, B]) == ()


@pytest.mark.parametrize("change, parts", [
    ({"title": "Census questions and pilot"}, ("what",)),
    ({"strategy": "NSDS 2.3"}, ("what",)),
    ({"institutions": ("NSO", "Interior")}, ("who",)),
    ({"end": "2028-Q1"}, ("when",)),
    ({"costs": (Cost(2027, Decimal(46_000_000), "XOF", "partner", "IOM"),)}, ("cost",)),
    ({"costs": (Cost(2027, Decimal(45_000_000), "XOF", "partner", "World Bank"),)}, ("cost",)),
    # the priority-action flag is the planning unit's marker, not what the government validated
    ({"priority_action": False}, ()),
    ({"priority": 3, "end": None}, ("when", "priority")),
    # progress is not a change of the plan
    ({"status": "done"}, ()),
    ({"costs": (Cost(2027, Decimal(45_000_000), "XOF", "partner", "IOM", True, Decimal(1)),)}, ()),
    ({"position": 7}, ()),
])
def test_an_edit_after_validation_is_flagged(change, parts):
    v = _validated(A, B)
    got = changes_since(v, [replace(A, **change), B])
    assert got == ((PlanChange("a", replace(A, **change).title, "changed", parts),) if parts else ())


def _stored_with_flag(a, flag):
    """The fingerprint of ``a`` as validations stored it while the flag was in its priority part."""
    import hashlib
    import json

    text = json.dumps([a.priority, flag], ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    old = hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]
    return ";".join(p if not p.startswith("priority=") else f"priority={old}" for p in fingerprint(a).split(";"))


@pytest.mark.parametrize("flag_then", [True, False])
def test_a_validation_stored_with_the_flag_stays_valid(flag_then):
    """A validation recorded while the fingerprint held the priority-action flag: the plan is
    unchanged whichever way the flag is set now, and a change of priority is still a change."""
    v = Validation("2026-06-12", "Workshop", ("NSO",), "A. Mensah", "Director-General",
                   (ValidatedAction("a", A.title, _stored_with_flag(replace(A, priority_action=flag_then), flag_then)),
                    *snapshot([B])))
    assert _stored_with_flag(A, flag_then) != fingerprint(A)  # the old form, not the new one
    for flag_now in (True, False):
        assert changes_since(v, [replace(A, priority_action=flag_now), B]) == ()
    assert changes_since(v, [replace(A, priority=3), B]) == (PlanChange("a", A.title, "changed", ("priority",)),)


def test_added_and_removed_after_validation():
    v = _validated(A, B)
    c = Action("c", "New")
    assert changes_since(v, [A, c]) == (PlanChange("c", "New", "added"), PlanChange("b", "Publish tables", "removed"))


def test_fingerprint_is_stable_and_amount_spelling_free():
    assert fingerprint(A) == fingerprint(replace(A, costs=(replace(A.costs[0], amount=Decimal("45000000.00")),)))
    assert fingerprint(A).startswith("what=") and fingerprint(A).count(";") == 4


@pytest.mark.parametrize("change, words", [
    ({"date": "12/06/2026"}, "validation date"),
    ({"date": "1999-01-01"}, "before 2000"),
    ({"event": "  "}, "the event"),
    ({"institutions": ("", " ")}, "institutions present"),
    ({"approved_by": ""}, "name of the person"),
    ({"position": ""}, "position"),
    ({"event": "x" * 501}, "longer than"),
    ({"actions": (ValidatedAction("a", "t", "what=1"),)}, "do not edit it"),
    ({"actions": (ValidatedAction("a", "t", fingerprint(A)),) * 2}, "listed twice"),
    ({"actions": tuple(ValidatedAction(f"a{i}", "t", fingerprint(A)) for i in range(501))}, "at most 500"),
])
def test_validation_fields_required_and_checked(change, words):
    with pytest.raises(ValidationError) as e:
        validate_validation(replace(_validated(A), **change))
    assert words in str(e.value)


def test_validation_normalised_and_plain_round_trip():
    v = validate_validation(replace(_validated(A), date="20260612", event=" National  workshop ",
                                    institutions=("NSO", "NSO", " Interior ")))
    assert v.date == "2026-06-12" and v.event == "National workshop" and v.institutions == ("NSO", "Interior")
    assert validation_from_plain(validation_to_plain(v)) == v


def test_every_kind_of_change_after_the_validation_is_listed_with_old_and_new_values():
    """The plan approved is stored in the record; every later difference (amount,
    currency, secured status, funding source, a rate, an action added or removed) is listed with
    its old and new value, and the totals approved against the totals now."""
    from dataclasses import replace
    from decimal import Decimal

    from capacity_app.domain.plan.actions import Action
    from capacity_app.domain.plan.cost import Cost, Finance, Rate
    from capacity_app.domain.plan.validation import (
        Validation,
        approved_plan,
        plan_version,
        value_change_text,
        value_changes,
    )

    finance = Finance("XOF", (Rate("XOF", Decimal("605.25"), "2026-05-01"), Rate("EUR", Decimal("0.92"), "2026-05-01")))
    census = Action("c", "Census", institutions=("NSO",), start="2026-Q3", end="2027-Q4", costs=(
        Cost(2027, Decimal("250000"), "EUR", "partner", "EU", True),
        Cost(2027, Decimal("12000000"), "XOF", "national", "", True)))
    survey = Action("s", "Survey", institutions=("NSO",), start="2027-Q1", end="2027-Q4",
                    costs=(Cost(2027, Decimal("84000"), "USD", "partner", "UNFPA", False),))
    approved = approved_plan([census, survey], finance)
    v = Validation("2026-06-18", "Workshop", ("NSO",), "H. T.", "DG", (), "officer", plan_version(approved), approved)
    assert value_changes(v, [census, survey], finance) == ()
    census2 = replace(census, costs=(
        Cost(2027, Decimal("300000"), "EUR", "partner", "EU", True),          # amount
        Cost(2027, Decimal("12000000"), "XOF", "national", "", False)))      # secured -> not
    survey2 = replace(survey, costs=(Cost(2027, Decimal("84000"), "EUR", "partner", "World Bank", False),))
    new = Action("n", "Registers", institutions=("NSO",), start="2027-Q1", end="2027-Q4",
                 costs=(Cost(2027, Decimal("1"), "XOF", "national", "", False),))
    finance2 = replace(finance, rates=(Rate("XOF", Decimal("655.96"), "2026-07-01"), finance.rates[1]))
    lines = [value_change_text(c) for c in value_changes(v, [census2, survey2, new], finance2)]
    assert "Census (2027): amount EUR 250000 → EUR 300000" in lines
    assert "Census (2027): secured yes → no" in lines
    assert "Survey (2027): amount USD 84000 → EUR 84000" in lines  # the currency
    assert "Survey (2027): funding partner: UNFPA → partner: World Bank" in lines
    assert "Registers: added" in lines
    assert "rate USD 1 = XOF 605.25 (2026-05-01) → USD 1 = XOF 655.96 (2026-07-01)" in lines
    assert any(x.startswith("total cost XOF ") and "→ XOF " in x for x in lines)
    assert any(x.startswith("total gap USD ") for x in lines)
    assert "Survey: removed" in [value_change_text(c) for c in value_changes(v, [census], finance)]
