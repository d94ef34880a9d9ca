"""Rounds of one country: starting the next round (:func:`start_next_round`), the check that a
country has one assessment per round (:func:`round_taken`), and finding the previous round of an
assessment (:func:`previous_round`) for the dashboard's and the compare view's round-over-round.

The next round copies the answers (with their comments and evidence), the institutions, the
section weights and the action plan; it does not carry the previous round's reference date and
mission dates (S0) unless asked: a new mission has its own. Every write returns ``Changes``."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from ..domain.plan.achieved import PlanComparison, compare_plans
from ..domain.answers import ANSWERED, Answer
from ..domain.assessment import Assessment
from ..domain.dates import iso_date
from ..domain.mission import DATE_FIELDS
from ..domain.plan.cost import plan_totals
from ..domain.questionnaire import Questionnaire, tr
from ..domain.scoring import RoundComparison, compare_rounds
from ..domain.texts import text  # a refusal in English, from its cli.* entry (cli/said.py translates it)
from ..storage.db import StorageError
from ..storage.store import Store
from .assessments import create_assessment
from .base import ServiceError, get_assessment, storage_refusal
from .changes import Changes, WithId

# what the next round keeps of the previous one's settings (imports, archives and the like stay)
_CARRIED_SETTINGS = ("weights",)


def round_taken(store: Store, country: str, round: int, *, excluding: int | None = None) -> Assessment | None:
    """The assessment (not in the trash) of ``country`` for ``round``, if there is one."""
    for a in store.assessments():
        if a.country == country and int(a.round) == int(round) and a.id != excluding:
            return a
    return None


def suggested_round(store: Store, assessment_id: Any) -> int:
    """The first round after this assessment's that the country does not have yet."""
    a = get_assessment(store, assessment_id)
    r = int(a.round) + 1
    while round_taken(store, a.country, r) is not None and r < 2100:
        r += 1
    return r


def previous_round(store: Store, assessment: Assessment) -> Assessment | None:
    """The round this assessment was started from (its ``previous_round`` uid), else the latest
    earlier round of the same country; None when there is none (or it is in the trash)."""
    uid = (assessment.settings or {}).get("previous_round")
    if uid:
        prev = store.find_assessment(str(uid))
        if prev is not None and not prev.deleted and prev.id != assessment.id:
            return prev
    earlier = [a for a in store.assessments() if a.country == assessment.country and a.id != assessment.id
               and int(a.round) < int(assessment.round)]
    return max(earlier, key=lambda a: (int(a.round), a.id)) if earlier else None


@dataclass(frozen=True)
class PlanRounds:
    """The action plans of two rounds of one country compared (the earlier first): the earlier
    plan read once (``comparison``: ``domain.plan.achieved``: what was done, dropped or is late
    since, late as of the later round's reference date, and the money spent to date), beside the
    earlier plan's whole cost (per currency, the actions dropped left out)."""

    earlier: Assessment
    later: Assessment
    comparison: PlanComparison
    cost: dict[str, Decimal]

    @property
    def spent(self) -> dict[str, Decimal]:
        """The money spent to date on the earlier plan, by currency."""
        return self.comparison.spent

    @property
    def planned(self) -> dict[str, Decimal]:
        """The cost of the lines that money was spent on, by currency."""
        return self.comparison.planned


def two_rounds(store: Store, assessment_id: Any, other_id: Any = None) -> tuple[Assessment, Assessment]:
    """An assessment and another round of its country (by default its previous round:
    :func:`previous_round`), the earlier first. Refused for another country, or when there is none."""
    a = get_assessment(store, assessment_id)
    b = get_assessment(store, other_id) if other_id is not None else previous_round(store, a)
    if b is None:
        raise ServiceError(text("cli.rounds.no_earlier", id=a.id, country=a.country, round=a.round))
    if b.id == a.id or b.country != a.country:
        raise ServiceError(text("cli.rounds.not_two", id=a.id, other=b.id))
    earlier, later = sorted((a, b), key=lambda x: (int(x.round), x.effective_reference_date, x.id))
    return earlier, later


def read_earlier_plan(store: Store, earlier: Assessment, later: Assessment) -> PlanComparison:
    """The earlier round's plan read once, from its progress reports (``domain.plan.achieved``):
    what every comparison of the two rounds prints (``actions achieved``, ``actions compare``,
    the window's and the later round's report)."""
    return compare_plans(store.action_plan(earlier.id), store.action_progress(earlier.id),
                         store.action_plan(later.id), on=later.effective_reference_date or None)


def plan_rounds(store: Store, assessment_id: Any, other_id: Any = None) -> PlanRounds:
    """Compare an assessment's action plan with another round's of its country (by default its
    previous round). Refused for another country, or when there is none."""
    earlier, later = two_rounds(store, assessment_id, other_id)
    comparison = read_earlier_plan(store, earlier, later)
    as_read = [replace(o.action, status=o.status) for o in comparison.outcomes]
    return PlanRounds(earlier, later, comparison, dict(plan_totals(as_read).all.cost))


def start_next_round(store: Store, q: Questionnaire, assessment_id: Any, *, round: int | None = None,
                     reference_date: str = "", mission_start: str = "", mission_end: str = "",
                     copy_answers: bool = True, carry_dates: bool = False) -> WithId:
    """A new assessment for the same country and the round given (the next free one by default):
    refused when the country already has an assessment for that round. Dates given are the new
    round's (its record and its S0 answers); ``carry_dates`` keeps the previous round's where none
    is given. ``copy_answers`` False starts with empty answers (institutions, weights and the
    action plan are still carried)."""
    old = get_assessment(store, assessment_id)
    if old.deleted:
        raise ServiceError(text("cli.rounds.trash_next", id=old.id))
    rnd = suggested_round(store, old.id) if round is None else round
    try:
        rnd = int(rnd)
    except (TypeError, ValueError):
        raise ServiceError(text("cli.rounds.round_year", got=repr(rnd))) from None
    taken = round_taken(store, old.country, rnd)
    if taken is not None:
        raise ServiceError(text("cli.rounds.taken", country=old.country, round=rnd, id=taken.id, title=taken.title))
    given = {"reference_date": reference_date, "mission_start": mission_start, "mission_end": mission_end}
    dates: dict[str, str] = {}
    for name, value in given.items():
        value = (value or "").strip()
        if not value and carry_dates:
            value = getattr(old, name) or ""
        if value:
            try:
                value = iso_date(value)
            except ValueError as exc:
                raise ServiceError(text(f"cli.rounds.{name}", detail=exc)) from None
        dates[name] = value
    new = create_assessment(store, q, country=old.country, round=rnd, title=None,
                            institutions=old.institutions, reference_date=dates["reference_date"],
                            mission_start=dates["mission_start"], mission_end=dates["mission_end"])
    try:
        answers: dict[str, Answer] = {}
        if copy_answers:
            for k, a in store.answers(old.id).items():
                if q.resolve_key(k) is None and q.item(k) is None:
                    continue  # a key this questionnaire no longer has
                if k in DATE_FIELDS:
                    continue  # the new round's dates are set below
                answers[k] = a
        for key, field_name in DATE_FIELDS.items():
            if dates.get(field_name) and q.item(key) is not None:
                answers[key] = Answer(key, dates[field_name], ANSWERED)
        store.replace_answers(new.id, list(answers.values()),
                              note=f"copied from assessment {old.id}" if copy_answers else "new round")
        from .plan.actions import copy_plan_to  # the plan goes along, ids and statuses kept

        copy_plan_to(store, old.id, new.id)
        settings = {k: v for k, v in (old.settings or {}).items() if k in _CARRIED_SETTINGS}
        settings["previous_round"] = old.uid
        store.update_assessment(new.id, settings=settings)
    except StorageError as exc:
        store.delete_assessment(new.id)  # never a half-made round in the list
        raise storage_refusal(exc) from None
    return WithId(new.id, Changes.of_listing(new.id, answers=True))




@dataclass(frozen=True)
class RoundsCompared:
    """Two rounds of one country compared: ``earlier`` and ``later`` name them, ``comparison``
    holds the changes (both scored under the current rules, ``comparison.rules_version``)."""

    earlier: Assessment
    later: Assessment
    comparison: RoundComparison

    def changed_sections(self) -> dict[str, dict[str, Any]]:
        return {sid: s for sid, s in self.comparison.sections.items() if s.get("trend") != "unchanged"}

    def changed_policy_questions(self) -> dict[str, dict[str, Any]]:
        return {c: p for c, p in self.comparison.policy_questions.items() if p.get("trend") != "unchanged"}

    def changed_cells(self) -> dict[str, dict[str, Any]]:
        return {k: x for k, x in self.comparison.cells.items() if x.get("trend") != "unchanged"}


def compare_with(store: Store, q: Questionnaire, assessment_id: Any, other_id: Any = None,
                 lang: str = "en") -> RoundsCompared:
    """Compare an assessment with another round of its country (its previous round by default),
    the earlier round first; both are scored now, under the current rules. Refused for an
    assessment in the trash, another country, or when there is no previous round."""
    from .scoring import score_assessment  # scoring loads the recommendations library

    a = get_assessment(store, assessment_id)
    if other_id is None:
        b = previous_round(store, a)
        if b is None:
            raise ServiceError(text("cli.rounds.no_earlier", id=a.id, country=a.country, round=a.round))
    else:
        b = get_assessment(store, other_id)
    for x in (a, b):
        if x.deleted:
            raise ServiceError(text("cli.rounds.trash_compare", id=x.id, country=x.country, round=x.round))
    if a.id == b.id:
        raise ServiceError(text("cli.rounds.same", id=a.id))
    if a.country != b.country:
        raise ServiceError(text("cli.rounds.other_country", id=a.id, country=a.country, other=b.id,
                                other_country=b.country))
    earlier, later = sorted((a, b), key=lambda x: (int(x.round), x.effective_reference_date, x.id))
    try:
        comparison = compare_rounds(score_assessment(store, q, earlier.id, lang),
                                    score_assessment(store, q, later.id, lang))
    except ValueError as exc:
        raise ServiceError(str(exc)) from None
    return RoundsCompared(earlier, later, comparison)


@dataclass(frozen=True)
class GapNow:
    """A gap (policy question) an earlier action targeted: its gap and availability in the earlier
    round and now, and the trend (``domain.scoring.compare_rounds``)."""

    code: str
    label: str
    gap_before: int | None
    gap_after: int | None
    availability_before: int | None
    availability_after: int | None
    trend: str
    trend_label: str = ""


@dataclass(frozen=True)
class ActionOutcome:
    """An earlier plan's action as read once (``domain.plan.achieved.Outcome``): its outcome (the
    status of its last progress report, else the plan's), the period it was last reported for
    ("": never), the reason given, whether it is late (still open, its ``end`` passed by the later
    round's reference date), the money spent on it to date by currency, and the gaps it targeted
    with their scores then and now."""

    number: int
    title: str
    outcome: str
    period: str
    reason: str
    gaps: tuple[GapNow, ...]
    late: bool = False
    end: str | None = None
    spent: dict[str, Decimal] = field(default_factory=dict)


@dataclass(frozen=True)
class PlanAchieved:
    """What the earlier round's plan achieved, seen from the later round (``reading``: the earlier
    plan read once, as ``actions compare`` reads it)."""

    earlier: Assessment
    later: Assessment
    outcomes: tuple[ActionOutcome, ...]
    reading: PlanComparison


def _gaps_now(codes: tuple[str, ...], pqs: dict[str, Any], labels: dict[str, Any], lang: str) -> tuple[GapNow, ...]:
    out = []
    for code in codes:
        c = pqs.get(code, {})
        before, after = c.get("before") or {}, c.get("after") or {}
        out.append(GapNow(code, tr(labels.get(code), lang) or code, before.get("gap"), after.get("gap"),
                          before.get("availability"), after.get("availability"), str(c.get("trend") or ""),
                          str(c.get("trend_label") or "")))
    return tuple(out)


def plan_achieved(store: Store, q: Questionnaire, assessment_id: Any, other_id: Any = None,
                  lang: str = "en") -> PlanAchieved:
    """Each action of the earlier round's plan (the previous round by default), read once
    (:func:`read_earlier_plan`, as ``actions compare`` reads it), beside the gaps it targeted and
    their scores in both rounds ("What the 2026 plan achieved")."""
    rounds = compare_with(store, q, assessment_id, other_id, lang)
    reading = read_earlier_plan(store, rounds.earlier, rounds.later)
    pqs = rounds.comparison.policy_questions
    labels = {p.code: p.label for p in q.policy_questions}
    out = tuple(ActionOutcome(o.number, o.title, o.status, o.period, o.reason,
                              _gaps_now(o.action.policy_questions, pqs, labels, lang), o.late, o.end, o.spent)
                for o in reading.outcomes)
    return PlanAchieved(rounds.earlier, rounds.later, out, reading)


__all__ = ["ActionOutcome", "GapNow", "PlanAchieved", "plan_achieved", "PlanRounds", "RoundsCompared", "compare_with", "plan_rounds", "read_earlier_plan", "two_rounds", "previous_round", "round_taken", "start_next_round",
           "suggested_round"]
