"""The action plan's use cases, shared by the GUI, the command line and the workbook import.

Every write validates with the domain (``domain.actionplan.validate_action``: limits, dates,
policy questions of the questionnaire), writes through the store (one committed transaction with
its history rows) and returns :class:`~capacity_app.services.changes.Changes` with ``actions``
set. Errors are :class:`~capacity_app.services.assessments.ServiceError` with one sentence.
"""
from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ...catalog import currencies
from ...domain.plan.actions import (
    period_bounds,
    ACTIONS_MAX,
    PRIORITY_ACTIONS_MAX,
    Action,
    ActionError,
    copy_for_next_round,
    dependency_problem,
    draft_actions,
    new_action_id,
    priority_actions_problem,
    validate_action,
    validate_plan,
)
from ...domain.plan.cost import (
    Cost,
    CostError,
    Finance,
    PlanTotals,
    Rate,
    amount_text,
    duplicate_lines,
    per_usd,
    plan_totals,
    rate_far_from,
    validate_finance,
    years_outside,
)
from ...domain.plan.action_fields import ACTION_FIELDS, FIELD_BY_NAME
from ...domain.plan.fields import BY_NAME, COST_FIELDS, TEXT_NAMES
from ...domain.plan.progress import outside_date
from ...domain.plan.request import FundingRequest, Signatory
from ...domain.plan.validation import (
    PlanChange,
    Validation,
    ValidationError,
    ValidationEvent,
    ValueChange,
    approved_plan,
    changes_since,
    gaps_text,
    plan_version,
    snapshot,
    validate_validation,
    validation_gaps,
    results_changes,
    validation_in_full,
    value_changes,
)
from ...domain.plan.results import ResultsChain, chain_from_plain, with_fields_of
from ...domain.texts import text as en_line  # a refusal in English, from its cli.* entry (cli/said.py)
from ...storage.db import StorageError
from ...storage.store import Store
from ..base import ServiceError, editable, get_assessment, storage_refusal, text_kept_within
from ..changes import Changes
from ..differences import Difference

if TYPE_CHECKING:
    from ...domain.questionnaire import Questionnaire


@dataclass(frozen=True)
class ActionSaved:
    """A write of one action: the action as stored (for a removal: as it was), and the changes."""

    action: Action
    changes: Changes
    warnings: tuple[str, ...] = ()   # saved, but worth a second look (plausibility)


@dataclass(frozen=True)
class Drafted:
    """The actions "draft from recommendations" added (none when every one was already there)."""

    actions: tuple[Action, ...]
    changes: Changes


def changes_of(assessment_id: int) -> Changes:
    return Changes(int(assessment_id), actions=True)


def policy_question_codes(q: Questionnaire) -> set[str]:
    return {p.code for p in q.policy_questions}


def action_plan(store: Store, assessment_id: Any) -> list[Action]:
    """The assessment's plan in its order."""
    a = get_assessment(store, assessment_id)
    return store.action_plan(a.id)


def _valid(q: Questionnaire, action: Action) -> Action:
    try:
        clean = validate_action(action, policy_question_codes(q))
    except ActionError as exc:
        raise ServiceError(str(exc)) from None
    for i, c in enumerate(clean.costs, 1):
        problem = currency_problem(c)
        if problem:
            raise ServiceError(en_line("cli.plan.cost_line", n=i, problem=problem))
    dup = duplicate_lines(clean.costs)
    if dup:
        first, second = dup[0]
        c = clean.costs[second - 1]
        raise ServiceError(en_line("cli.plan.same_line", first=first, second=second, line=(
            f"{c.year}, {amount_text(c.amount)} {c.currency}, {c.funding}{': ' + c.funder if c.funder else ''}")))
    return clean


PLAN_YEARS_BEFORE = 5    # a plan's action starts at most this many years before its assessment's round
PLAN_YEARS_AFTER = 20    # and ends at most this many years after it (a census cycle and a half)


def action_warnings(action: Action, finance: Finance | None = None, round_year: int | None = None) -> tuple[str, ...]:
    """What is saved but implausible: a timeline outside the plan's bounds (the assessment's round
    less :data:`PLAN_YEARS_BEFORE` to the round plus :data:`PLAN_YEARS_AFTER`: a start in 1900 is a
    slip of the keyboard), cost years outside the action's timeline, a cost line in a currency
    without a rate to the dollar (left out of the converted totals)."""
    out: list[str] = []
    first = period_bounds(action.start)[0].year if action.start else None
    last = period_bounds(action.end)[1].year if action.end else None
    if round_year is not None:
        low, high = round_year - PLAN_YEARS_BEFORE, round_year + PLAN_YEARS_AFTER
        outside = [f"{w} {y}" for w, y in (("starts in", first), ("ends in", last))
                   if y is not None and not low <= y <= high]
        if outside:
            out.append(f"the action {' and '.join(outside)}, outside the plan's bounds ({low}–{high}: the "
                       f"assessment's round {round_year} less {PLAN_YEARS_BEFORE} years to {PLAN_YEARS_AFTER} years "
                       "after it): check the year")
    years = years_outside(action.costs, first, last)
    if years:
        span = f"{first or '…'}–{last or '…'}"
        out.append(f"cost year{'s' if len(years) > 1 else ''} {', '.join(map(str, years))} outside the action's "
                   f"timeline ({span}): check the year or the timeline")
    if finance is not None:
        lacking = sorted({c.currency for c in action.costs if per_usd(c.currency, finance) is None})
        if lacking:
            out.append(f"no exchange rate to the US dollar for {', '.join(lacking)}: these lines are left out of "
                       "the converted totals and the plan cannot be validated until the rate is given "
                       f"(capacity-app actions finance ID --rate {lacking[0]}=UNITS_PER_USD@YYYY-MM-DD)")
    return tuple(out)


def _round_year(a: Any) -> int | None:
    """The assessment's round as a year (None: a round that is no year)."""
    text = str(getattr(a, "round", "") or "")
    return int(text[:4]) if text[:4].isdigit() else None


# --- currencies ------------------------------------------------------------------------------

def known_currency(code: str) -> bool:
    """``code`` is a currency of the ISO 4217 table (as the country table lists them)."""
    return currencies.known(code)


def currency_problem(c: Cost) -> str | None:
    """Why a cost line's currency or amounts do not fit the currency (unknown code, more decimals
    than it has), or None."""
    return currencies.amount_problem(c.amount, c.currency) or currencies.amount_problem(
        c.executed, c.currency, "amount executed")


def country_currency(store: Store, assessment_id: Any) -> str | None:
    """The ISO 4217 code of the assessment's country (None: none known, such as a fictional one)."""
    from ...catalog.countries import currency

    a = get_assessment(store, assessment_id)
    c = currency(a.country)
    return c.code if c is not None else None


def _check_priority_actions(plan: Sequence[Action], new: Action) -> None:
    """At most PRIORITY_ACTIONS_MAX actions chosen for the plan at a glance."""
    if new.priority_action:
        chosen = sum(1 for x in plan if x.priority_action and x.id != new.id) + 1
        if chosen > PRIORITY_ACTIONS_MAX:
            raise ServiceError(priority_actions_problem(chosen))


def _check_dependencies(plan: Sequence[Action]) -> None:
    """Every dependency names an action of the plan, and none goes round in a circle."""
    problem = dependency_problem(plan)
    if problem:
        raise ServiceError(problem)


def add_action(store: Store, q: Questionnaire, assessment_id: Any, action: Action | None = None,
               *, position: int | None = None, **fields: Any) -> ActionSaved:
    """Add ``action`` (or one made of ``fields``, with a new id) at ``position`` (default: last)."""
    a = editable(store, assessment_id)  # a final assessment's plan is read-only
    if action is None:
        action = Action(id=fields.pop("id", None) or new_action_id(), **fields)
    plan = store.action_plan(a.id)
    if len(plan) >= ACTIONS_MAX:
        raise ServiceError(en_line("cli.plan.full", n=ACTIONS_MAX))
    if any(x.id == action.id for x in plan):
        raise ServiceError(en_line("cli.plan.id_taken", id=repr(action.id)))
    new = _valid(q, replace(action, position=0))
    _check_priority_actions(plan, new)
    _check_dependencies([*plan, new])
    try:
        with text_kept_within(store, a.id):  # whatever is accepted can be exported
            store.insert_action(a.id, new, position)
    except StorageError as exc:
        raise storage_refusal(exc) from None
    return ActionSaved(store.action(a.id, new.id), changes_of(a.id),
                       action_warnings(new, store.plan_finance(a.id), _round_year(a)))


def update_action(store: Store, q: Questionnaire, assessment_id: Any, action: Action) -> ActionSaved:
    """Save the edited ``action`` (same id; its position is kept)."""
    a = editable(store, assessment_id)  # a final assessment's plan is read-only
    try:
        old = store.action(a.id, action.id)
        new = replace(_valid(q, action), position=old.position)
        plan = store.action_plan(a.id)
        if new.priority_action and not old.priority_action:
            _check_priority_actions(plan, new)
        _check_dependencies([new if x.id == new.id else x for x in plan])
        with text_kept_within(store, a.id):
            store.save_action(a.id, new)
    except StorageError as exc:
        raise storage_refusal(exc) from None
    return ActionSaved(new, changes_of(a.id), action_warnings(new, store.plan_finance(a.id), _round_year(a)))


def remove_action(store: Store, assessment_id: Any, action_id: str) -> ActionSaved:
    """Remove one action; the result carries it as it was (undo adds it back at its place)."""
    a = editable(store, assessment_id)  # a final assessment's plan is read-only
    plan = store.action_plan(a.id)
    waiting = [i for i, x in enumerate(plan, 1) if action_id in x.depends_on]
    if waiting:
        n = next((i for i, x in enumerate(plan, 1) if x.id == action_id), 0)
        raise ServiceError(en_line("cli.plan.depended_on" if len(waiting) > 1 else "cli.plan.depended_on_one",
                                   actions=", ".join(map(str, waiting)), n=n))
    try:
        old = store.remove_action(a.id, action_id)
    except StorageError as exc:
        raise storage_refusal(exc) from None
    return ActionSaved(old, changes_of(a.id))


def reorder_actions(store: Store, assessment_id: Any, ids: Sequence[str]) -> Changes:
    """Put the plan in the order of ``ids`` (each action's id once)."""
    a = editable(store, assessment_id)  # a final assessment's plan is read-only
    try:
        store.reorder_actions(a.id, list(ids))
    except StorageError as exc:
        raise storage_refusal(exc) from None
    return changes_of(a.id)


def move_action(store: Store, assessment_id: Any, action_id: str, delta: int) -> Changes:
    """Move one action ``delta`` places up (negative) or down, within the plan."""
    a = get_assessment(store, assessment_id)
    ids = [x.id for x in store.action_plan(a.id)]
    if action_id not in ids:
        raise ServiceError(en_line("cli.plan.no_action_id", id=a.id, action=repr(action_id)))
    i = ids.index(action_id)
    j = max(0, min(len(ids) - 1, i + int(delta)))
    ids.insert(j, ids.pop(i))
    return reorder_actions(store, a.id, ids)


def draft_from_recommendations(store: Store, q: Questionnaire, assessment_id: Any,
                               lang: str = "en") -> Drafted:
    """Add an action for each recommendation the scoring picks that the plan does not have yet
    (matched by recommendation id), after the existing ones; owners and timeline left empty."""
    from ..scoring import score_assessment

    a = editable(store, assessment_id)  # a final assessment's plan is read-only
    result = score_assessment(store, q, a.id, lang)
    plan = store.action_plan(a.id)
    try:
        drafted = draft_actions(result, lang, plan)
    except ValueError as exc:
        raise ServiceError(str(exc)) from None
    room = ACTIONS_MAX - len(plan)
    if len(drafted) > room:
        raise ServiceError(en_line("cli.plan.draft_full", n=len(drafted), plan=len(plan), most=ACTIONS_MAX))
    if not drafted:
        return Drafted((), Changes(a.id))
    stored = [_valid(q, d) for d in drafted]
    try:
        with text_kept_within(store, a.id):
            for d in stored:
                store.save_action(a.id, d)
    except StorageError as exc:
        raise storage_refusal(exc) from None
    return Drafted(tuple(stored), changes_of(a.id))


def replace_plan(store: Store, q: Questionnaire | None, assessment_id: Any, actions: Iterable[Action],
                 note: str = "import") -> Changes:
    """Make the plan exactly ``actions`` (the workbook import, a next-round copy), validated as a
    whole (ids unique, at most ACTIONS_MAX) in one transaction."""
    a = get_assessment(store, assessment_id)
    try:
        plan = validate_plan(list(actions), None if q is None else policy_question_codes(q))
        for i, x in enumerate(plan, 1):
            for c in x.costs:
                problem = currency_problem(c)
                if problem:
                    raise ServiceError(f"action {i} ({x.title[:40]}): {problem}")
            dup = duplicate_lines(x.costs)
            if dup:
                raise ServiceError(f"action {i} ({x.title[:40]}): cost lines {dup[0][0]} and {dup[0][1]} are the "
                                   "same line twice: enter it once, or the sum on one line")
        with text_kept_within(store, a.id):
            store.replace_action_plan(a.id, plan, note=note)
    except ActionError as exc:
        raise ServiceError(str(exc)) from None
    except StorageError as exc:
        raise storage_refusal(exc) from None
    return changes_of(a.id)


def copy_plan_to(store: Store, from_id: int, to_id: int) -> None:
    """Carry a plan into the next round's assessment (ids, statuses, costs, currency and exchange
    rates kept, and its results chain; not the validation: the next round's plan is validated again). Used inside
    ``assessments.duplicate_as_next_round``; raises StorageError like the store."""
    plan = store.action_plan(from_id)
    if plan:
        store.replace_action_plan(to_id, copy_for_next_round(plan),
                                  note=f"copied from assessment {from_id}")
    finance = store.plan_finance(from_id)
    if finance != Finance():
        store.save_plan_finance(to_id, finance)
    chain = store.results_chain(from_id)  # the programme carries on: its objective, outcomes, indicators
    if not chain.is_empty:
        store.save_results_chain(to_id, chain)


# --- the plan's currency, exchange rates and validation -----------------------------------------

@dataclass(frozen=True)
class PlanState:
    """The plan as every view shows it: its actions in order, its money settings (``finance``:
    the currency stored, else the country's), the validation record and what changed since, and
    the totals (dropped actions left out), and the results chain above the actions."""

    actions: tuple[Action, ...]
    finance: Finance
    validation: Validation | None
    changes: tuple[PlanChange, ...]
    totals: PlanTotals
    values: tuple[ValueChange, ...] = ()   # every difference since the validation, old and new values
    results: ResultsChain = ResultsChain()  # objective, outcomes, indicators, each action's outcome
    request: FundingRequest = FundingRequest()  # who commits the national part, who signs
    # the outcomes and indicators added, removed or changed since the validation, old and new values
    results_changes: tuple[ValueChange, ...] = ()

    @property
    def validated(self) -> bool:
        return self.validation is not None

    def changed(self, action_id: str) -> PlanChange | None:
        """How the action changed since the validation (None: as validated, or no validation)."""
        return next((c for c in self.changes if c.action_id == action_id and c.kind != "removed"), None)


def plan_finance(store: Store, assessment_id: Any, *, resolved: bool = True) -> Finance:
    """The plan's currency (the one set for it, else the country's; ``resolved=False``: as set,
    None when it is not) and exchange rates."""
    a = get_assessment(store, assessment_id)
    f = store.plan_finance(a.id)
    return f if f.currency or not resolved else replace(f, currency=country_currency(store, a.id))


def plan_state(store: Store, assessment_id: Any) -> PlanState:
    a = get_assessment(store, assessment_id)
    actions = tuple(store.action_plan(a.id))
    finance = plan_finance(store, a.id)
    validation = store.plan_validation(a.id)
    chain = store.results_chain(a.id)
    return PlanState(actions, finance, validation, changes_since(validation, actions),
                     plan_totals(actions, finance), value_changes(validation, actions, finance),
                     chain, store.plan_request(a.id),
                     results_changes(validated_chain(store, a.id) if validation is not None else None, chain))


def validated_chain(store: Store, assessment_id: int) -> ResultsChain | None:
    """The results chain as the validation in force approved it: the chain stored when that
    validation was recorded, read from the history (a workbook's import writes the chain before
    its validation record); None without a validation."""
    record = store.history(assessment_id, VALIDATION_KEY, limit=1)
    if not record or not isinstance(record[0]["new"], dict) or "withdrawn_because" in record[0]["new"]:
        return None
    before = store.history(assessment_id, RESULTS_KEY, limit=1, before=record[0]["id"])
    return chain_from_plain(before[0]["new"]) if before and before[0]["new"] else ResultsChain()


def set_plan_finance(store: Store, assessment_id: Any, *, currency: str | None = None,
                     rates: Iterable[Rate] | None = None, remove_rates: Iterable[str] = (),
                     today: str | None = None) -> Changes:
    """Set the plan's currency (``currency``; "" goes back to the country's) and add or replace
    exchange rates (``rates``, one per currency), or remove some (``remove_rates``: codes). A rate
    dated after ``today`` (default: this computer's date) is refused: a plan is costed at a rate
    that has been published."""
    a = editable(store, assessment_id)
    old = store.plan_finance(a.id)
    new_currency = old.currency if currency is None else (currency or None)
    by_code = {r.currency: r for r in old.rates}
    for code in remove_rates:
        code = str(code).strip().upper()
        if code not in by_code:
            raise ServiceError(en_line("cli.plan.no_rate", code=repr(code[:20])))
        del by_code[code]
    try:
        for r in rates or ():
            r = replace(r, currency=str(r.currency).strip().upper())
            by_code[r.currency] = r
        new = validate_finance(Finance(new_currency, tuple(by_code.values())))
    except CostError as exc:
        raise ServiceError(str(exc)) from None
    day = today or _dt.date.today().isoformat()
    for r in new.rates:
        if r.currency not in {x.currency for x in old.rates if x == r} and r.date > day:
            raise ServiceError(en_line("cli.plan.rate_future", code=r.currency, date=r.date, today=day))
    for code in ([new.currency] if new.currency else []) + [r.currency for r in new.rates]:
        if not known_currency(code):
            raise ServiceError(en_line("cli.plan.not_iso", code=code))
    try:
        with text_kept_within(store, a.id):
            store.save_plan_finance(a.id, new)
    except StorageError as exc:
        raise storage_refusal(exc) from None
    return changes_of(a.id)


def rate_warnings(store: Store, assessment_id: Any) -> tuple[str, ...]:
    """The plan's rates :data:`~capacity_app.domain.plan.cost.RATE_SPREAD_WARN` times above or
    below the same currency's rate in another assessment of this database (a slip of the decimal
    point, a rate per unit given for a rate per dollar): saved, and said."""
    a = get_assessment(store, assessment_id)
    mine = store.plan_finance(a.id).rates
    if not mine:
        return ()
    elsewhere: dict[str, list[tuple[Decimal, str]]] = {}
    for other in store.assessments():
        if other.id == a.id:
            continue
        for r in store.plan_finance(other.id).rates:
            elsewhere.setdefault(r.currency, []).append((r.per_usd, f"{other.country} {other.round}"))
    out = []
    for r in mine:
        seen = elsewhere.get(r.currency, [])
        far = rate_far_from(r.per_usd, [x for x, _ in seen])
        if far is not None:
            where = next(w for x, w in seen if x == far)
            out.append(f"the {r.currency} rate {amount_text(r.per_usd)} per US dollar is far from the "
                       f"{amount_text(far)} of {where}: check it")
    return tuple(out)


def record_validation(store: Store, assessment_id: Any, *, date: str, event: str,
                      institutions: Iterable[str], approved_by: str, position: str,
                      today: str | None = None) -> Changes:
    """Record that the government validated the plan as it is now: the date, the event, the
    institutions present, who approved it (name and position). Any later edit of an action is
    listed as a change after validation. Validating again replaces the record (history keeps it).
    Refused, with the list of what is missing (``domain.planvalidation.validation_gaps``), while
    an open action lacks an owner, dates or a cost, a cost line's currency lacks its rate, or the
    date is after ``today`` (ISO; default: this computer's date) or before the mission, or an
    outcome of the results chain has no indicator."""
    a = editable(store, assessment_id)
    plan = store.action_plan(a.id)
    if not [x for x in plan if x.status != "dropped"]:
        raise ServiceError(en_line("cli.plan.nothing_to_validate"))
    _validation_day(date, a.mission_start or "2000-01-01", today or _dt.date.today().isoformat())
    try:
        v = validate_validation(Validation(date, event, tuple(institutions), approved_by, position,
                                           snapshot(plan)))
    except ValidationError as exc:
        raise ServiceError(str(exc)) from None
    finance = plan_finance(store, a.id)
    gaps = validation_gaps(plan, finance, v.date, today=today or _dt.date.today().isoformat(),
                           not_before=a.mission_start, chain=store.results_chain(a.id))
    if gaps:
        raise ServiceError(gaps_text(gaps))
    approved = approved_plan(plan, finance)  # every action, line, rate and total as approved
    v = replace(v, entered_by=store.operator or "", version=plan_version(approved), approved=approved)
    try:
        with text_kept_within(store, a.id):  # the plan approved is kept whole: its text twice
            store.save_plan_validation(a.id, v)
    except StorageError as exc:
        raise storage_refusal(exc) from None
    return changes_of(a.id)


def _validation_day(date: str, first: str, today: str) -> None:
    """A validation date that is a date but at the calendar's edge or before 2000 (9999-12-31,
    1900-01-01: a slip of the keyboard) refused naming its bounds, the mission's start (``first``)
    to ``today``; a date inside the years is checked with the other gaps (``validation_gaps``)."""
    day = outside_date(str(date or ""))
    if day is not None and not "2000-01-01" <= day.isoformat() <= "9000-12-31":
        raise ServiceError(en_line("cli.validation.outside", date=day.isoformat(), first=first, today=today))


def funding_request(store: Store, assessment_id: Any) -> FundingRequest:
    """The funding request's record: who commits the national part, who signs."""
    a = get_assessment(store, assessment_id)
    return store.plan_request(a.id)


def set_funding_request(store: Store, assessment_id: Any, *, committed_by: str | None = None,
                        signatories: Sequence[Signatory] | None = None) -> Changes:
    """Set who commits the national budget's part (None: unchanged, "": not said) and the
    signatories (None: unchanged; a sequence replaces them). A partner's signatory must name a
    partner the plan's lines name. Refused in one sentence, nothing changed."""
    from ...domain.plan.budget import partners
    from ...domain.plan.request import RequestError, validate_request

    a = editable(store, assessment_id)
    old = store.plan_request(a.id)
    new = replace(old, committed_by=old.committed_by if committed_by is None else committed_by,
                  signatories=old.signatories if signatories is None else tuple(signatories))
    try:
        new = validate_request(new, partners(store.action_plan(a.id)))
    except RequestError as exc:
        raise ServiceError(str(exc)) from None
    try:
        store.save_plan_request(a.id, new)
    except StorageError as exc:
        raise storage_refusal(exc) from None
    return changes_of(a.id)


def validation_history(store: Store, assessment_id: Any) -> tuple[ValidationEvent, ...]:
    """Every validation record of the plan, oldest first: each recorded, replaced (re-validation
    keeps the earlier record) or withdrawn (with its reason), when and by which operator."""
    a = get_assessment(store, assessment_id)
    return store.plan_validation_history(a.id)


def withdraw_validation(store: Store, assessment_id: Any, reason: str = "") -> Changes:
    """Remove the validation record, for ``reason`` (required: a record made by mistake, a plan
    revised for a new validation ...); its history row keeps the record and the reason."""
    a = editable(store, assessment_id)
    if store.plan_validation(a.id) is None:
        raise ServiceError(en_line("cli.plan.no_validation", id=a.id))
    why = " ".join(str(reason or "").split())
    if not why:
        raise ServiceError(en_line("cli.plan.withdraw_reason"))
    if len(why) > 500:
        raise ServiceError(en_line("cli.plan.withdraw_long"))
    try:
        store.save_plan_validation(a.id, None, why)
    except StorageError as exc:
        raise storage_refusal(exc) from None
    return changes_of(a.id)


__all__ = ["ActionSaved", "Drafted", "PlanState", "action_plan", "add_action", "changes_of",
           "copy_plan_to", "country_currency", "currency_problem",
           "draft_from_recommendations", "institution_choices", "known_currency", "move_action",
           "plan_differences", "plan_finance", "plan_state", "policy_question_codes",
           "record_validation", "remove_action", "reorder_actions", "replace_plan",
           "set_plan_finance", "update_action", "validation_history", "with_uncarried_fields", "withdraw_validation",
           "apply_plan_record", "cost_text", "action_warnings", "rate_warnings"]


# the fields an import compares, in the order its differences list them: the declared fields
# (domain.plan.action_fields), the cost lines, the declared texts, then the fields declared later
_SHOWN_FIELDS = (*(f.name for f in ACTION_FIELDS if not f.later), "costs", *TEXT_NAMES,
                 *(f.name for f in ACTION_FIELDS if f.later))
DONOR_FIELDS = (*TEXT_NAMES, *(f.name for f in ACTION_FIELDS if f.later))
FINANCE_KEY, VALIDATION_KEY = "action_plan:finance", "action_plan:validation"  # as the store's history
RESULTS_KEY = "action_plan:results"  # storage.results.RESULTS_KEY
REQUEST_KEY = "action_plan:funding_request"  # storage.actionplan.REQUEST_KEY


def _shown(value: Any) -> Any:
    if isinstance(value, tuple) and value and isinstance(value[0], Cost):
        return "; ".join(cost_text(c) for c in value)
    if isinstance(value, tuple):
        return "; ".join(value)
    return value


def cost_text(c: Cost) -> str:
    """A cost line in one line of plain text (the import preview, history): codes, not labels."""
    who = c.funding + (f" {c.funder}" if c.funder else "")
    out = f"{c.year}: {amount_text(c.amount)} {c.currency}, {who}, {'secured' if c.secured else 'not secured'}"
    if c.pipeline:
        out += f" ({c.pipeline})"
    if c.unit_cost is not None and c.quantity is not None:
        out += f", {amount_text(c.unit_cost)} × {amount_text(c.quantity)}"
    if c.category:
        out += f", {c.category}"
    out += f", executed {amount_text(c.executed)}" if c.executed is not None else ""
    return out + "".join(f", {f.what} {amount_text(v) if isinstance(v, Decimal) else v}" for f in COST_FIELDS
                         if not f.worded and (v := getattr(c, f.name)) not in (None, False, ""))


def finance_text(f: Finance) -> str:
    rates = "; ".join(f"USD 1 = {amount_text(r.per_usd)} {r.currency} ({r.date})" for r in f.rates)
    return "; ".join(x for x in (f.currency or "", rates) if x)


def validation_text(v: Validation | None) -> str:
    """The record in full, never cut (who, position, when, at which event, how many actions)."""
    return "" if v is None else validation_in_full(v)


def plan_differences(old: Sequence[Action], read: Any, finance: Finance | None = None,
                     validation: Validation | None = None, results: ResultsChain | None = None,
                     request: FundingRequest | None = None) -> list[Any]:
    """What importing a workbook's action-plan sheets (``exchange.actionplan_sheet.ActionPlanRead``)
    would change in the plan ``old`` (and its stored ``finance`` and ``validation``): one
    :class:`~.differences.Difference` per action added or removed, per field changed, one when the order
    changes, and one each for the currency and rates, the validation record and the results chain
    (``results``: the one here; compared when the workbook has a Results sheet), and one for the
    funding request's record (``request``: the one here; compared when the workbook carries it).
    Keys are ``action:<id>``, ``action_plan``, ``action_plan:finance``, ``action_plan:validation``,
    ``action_plan:results`` and ``action_plan:funding_request``."""
    out: list[Any] = []
    before = {a.id: a for a in old}
    for a in with_uncarried_fields(old, read):
        key = f"action:{a.id}"
        o = before.get(a.id)
        if o is None:
            out.append(Difference("added", key, read.cell(a.id), "action", None, a.title))
            continue
        for name in _SHOWN_FIELDS:
            ov, nv = getattr(o, name), getattr(a, name)
            if ov != nv:
                cell = read.cost_cell(a.id) if name == "costs" else read.cell(a.id, _column_of(name))
                out.append(Difference("changed", key, cell or read.cell(a.id),
                                      f"action {name.replace('_', ' ')}", _shown(ov), _shown(nv)))
    new_ids = {a.id for a in read.actions}
    for o in old:
        if o.id not in new_ids:
            out.append(Difference("removed", f"action:{o.id}", "", "action", o.title, None))
    kept_old = [o.id for o in old if o.id in new_ids]
    kept_new = [a.id for a in read.actions if a.id in before]
    if kept_old != kept_new:
        titles = {**before, **{a.id: a for a in read.actions}}
        out.append(Difference("changed", "action_plan", "", "action order",
                              " / ".join(titles[i].title[:30] for i in kept_old),
                              " / ".join(titles[i].title[:30] for i in kept_new)))
    if read.has_record:
        from ...exchange.workbook.format import PLAN_VALIDATION

        if (finance or Finance()) != read.finance:
            out.append(Difference("changed", FINANCE_KEY, PLAN_VALIDATION, "plan currency and exchange rates",
                                  finance_text(finance or Finance()), finance_text(read.finance)))
        if _record(validation) != _record(read.validation):
            out.append(Difference("changed", VALIDATION_KEY, PLAN_VALIDATION, "plan validation",
                                  validation_text(validation), validation_text(read.validation)))
    read_results = results_read(read, results or ResultsChain())
    if read_results is not None and read_results != (results or ResultsChain()):
        out.append(Difference("changed", RESULTS_KEY, "Results", "results chain",
                              chain_text(results or ResultsChain()), chain_text(read_results)))
    read_request = read_request_of(read, request or FundingRequest())
    if read_request is not None and read_request != (request or FundingRequest()):
        from ...exchange.workbook.format import PLAN_VALIDATION

        out.append(Difference("changed", REQUEST_KEY, PLAN_VALIDATION, "funding request",
                              request_text(request or FundingRequest()), request_text(read_request)))
    return out


def request_text(r: FundingRequest) -> str:
    """The funding request's record in a line: who commits the national part, who signs, and how
    many risks, indicators detailed and procurement packages it holds."""
    signs = "; ".join(f"{s.role}{' ' + s.partner if s.partner else ''}: {s.name}, {s.title}" for s in r.signatories)
    donors = ", ".join(f"{n} {what}" for n, what in ((len(r.risks), "risks"), (len(r.indicators), "indicators detailed"),
                                                     (len(r.procurement), "procurement packages")) if n)
    return " | ".join(x for x in (r.committed_by, signs, donors) if x)


def read_request_of(read: Any, here: FundingRequest) -> FundingRequest | None:
    """The funding request a workbook's action-plan sheets carry (``ActionPlanRead``): its Plan
    validation rows, and the donor structures of the sheets it has; what it does not carry kept
    from ``here``; None when it carries none of it."""
    request = getattr(read, "request", None)
    parts = getattr(read, "donors", None) or {}
    if request is None and not parts:
        return None
    base = request if request is not None else here
    return replace(base, risks=parts.get("risks", here.risks), indicators=parts.get("indicators", here.indicators),
                   procurement=parts.get("procurement", here.procurement))


def chain_text(chain: ResultsChain) -> str:
    """A results chain in a line: its objective, how many outcomes, indicators and links."""
    if chain.is_empty:
        return ""
    return (f"{chain.objective[:60]}; {len(chain.outcomes)} outcomes, {len(chain.indicators)} indicators, "
            f"{len(chain.links)} actions linked")


def apply_plan_record(store: Store, assessment_id: int, read: Any, keep: Iterable[str] = ()) -> None:
    """Inside an import's transaction: the workbook's currency, rates, validation record, results
    chain and funding request's record (``read``: ``ActionPlanRead``), except those changed here
    since its export (``keep``)."""
    keep = set(keep)
    chain = results_read(read, store.results_chain(assessment_id))
    if chain is not None and RESULTS_KEY not in keep:
        _apply_results(store, assessment_id, chain)
    stored = store.plan_request(assessment_id)
    request = read_request_of(read, stored)
    if request is not None and REQUEST_KEY not in keep and request != stored:
        store.save_plan_request(assessment_id, request)
    if not read.has_record:
        return  # a workbook without the sheet: the plan's record stays as it is
    if FINANCE_KEY not in keep:
        store.save_plan_finance(assessment_id, read.finance)
    if VALIDATION_KEY not in keep:
        here = store.plan_validation(assessment_id)
        if _record(here) != _record(read.validation):  # the same record: keep the plan approved stored here
            store.save_plan_validation(assessment_id, read.validation)


def results_read(read: Any, here: ResultsChain) -> ResultsChain | None:
    """The chain a workbook's Results sheet carries (None: no sheet), each field whose column it
    lacks (declared after it was sent) as it is ``here``."""
    chain = getattr(read, "results", None)
    return None if chain is None else with_fields_of(chain, here, getattr(read, "results_unread", ()))


def _apply_results(store: Store, assessment_id: int, chain: ResultsChain) -> None:
    """The workbook's results chain, without the links and output indicators of actions that are
    not in the plan stored (an action kept removed here since the export)."""
    from ...domain.plan.results import without_action

    here = {x.id for x in store.action_plan(assessment_id)}
    for gone in {x.action for x in chain.links} | {i.parent for i in chain.indicators if i.level == "output"}:
        if gone not in here:
            chain = without_action(chain, gone)
    store.save_results_chain(assessment_id, chain)


def plan_record(v: Validation | None) -> Validation | None:
    """:func:`_record`: a validation record as a workbook carries it."""
    return _record(v)


def _record(v: Validation | None) -> Validation | None:
    """A validation record as the workbook carries it: without the plan approved, its version and
    who entered it, which stay in the database that recorded it (a record read from a workbook
    replaces them only when it differs)."""
    return None if v is None else replace(v, entered_by="", version="", approved=None)


# what a workbook's Action plan sheets may leave out (an older workbook): kept from the plan here
OPTIONAL_FIELDS = ("costs", *(f.name for f in ACTION_FIELDS if f.optional), *TEXT_NAMES)


def with_uncarried_fields(current: Sequence[Action], read: Any) -> list[Action]:
    """The workbook's actions (``read``: ``exchange.actionplan_sheet.ActionPlanRead``), each
    keeping from the plan here (same id) the fields the workbook does not carry, and its default
    title as stored when the workbook gives that default in another language."""
    from ...catalog.recommendations import kept_default_title

    missing = [f for f in OPTIONAL_FIELDS if f not in read.carries]
    here = {a.id: a for a in current}
    # a default title, printed in the workbook's language, reads back as the title stored
    actions = [kept_default_title(here[a.id], a) if a.id in here else a for a in read.actions]
    if not missing:
        return actions
    return [replace(a, **{f: getattr(here[a.id], f) for f in missing}) if a.id in here else a
            for a in actions]


def _column_of(name: str) -> str:
    """The Action plan column a field of an action is in (the title's for its cost lines)."""
    if name == "costs":
        return FIELD_BY_NAME["title"].header
    return (FIELD_BY_NAME.get(name) or BY_NAME[name]).header


def institution_choices(store: Store, q: Questionnaire, assessment_id: Any, lang: str = "en") -> list[str]:
    """Names a person may pick as an action's responsible institution: the assessment's own
    institutions, the lead institution (S0) and the institutions interviewed (the S0 grid's rows
    marked interviewed, by their own name when S0 gives it, else by their kind in ``lang``; "other"
    is left out when its name is not given), each once, in that order."""
    from ...domain.mission import INSTITUTIONS, INTERVIEWED, YES, own_name
    from ...domain.questionnaire import tr

    a = get_assessment(store, assessment_id)
    from ...domain.mission import row_of_label

    names = [i.name for i in a.institutions if row_of_label(q, i.name) is None]  # a row's kind is no name
    answers = store.answers(a.id)
    lead = answers.get("s0_lead_institution")
    if lead is not None and isinstance(lead.value, str):
        names.append(lead.value)
    grid = q.item(INSTITUTIONS)
    for row in getattr(grid, "rows", None) or ():
        met = answers.get(f"{INSTITUTIONS}.{row.code}.{INTERVIEWED}")
        own = own_name(answers, row.code)
        if (own or row.code != "other") and met is not None and met.value == YES:
            names.append(own or tr(row.label, lang))
    out: list[str] = []
    for n in names:
        n = " ".join(str(n).split())
        if n and n not in out:
            out.append(n)
    return out
