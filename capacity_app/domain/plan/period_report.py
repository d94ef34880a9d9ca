"""The planning unit's own words in the implementation report of a period (pure): its written
summary and the decisions it asks of the minister (:class:`PeriodReport`), and per action a
corrective measure (:class:`Measure`: what will be done, who does it, by when), written for an
action at risk or off track.

Both are kept per reporting period (``domain.plan.progress.normalise_period``), apart from the plan
the government validated, like the progress itself. The checks are the one rule of every
progress text: a length bound, no control character (``celltext.control_code``, the rule of ``celltext.control_problem``), text a
workbook cell carries; each refusal is one line from an entry ``cli.period.*`` of
``domain.texts``, which the command line and the window say in the user's language.
"""
from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..celltext import control_code, text_problem
from ..texts import text
from .progress import DATE_MARGIN_YEARS, ProgressError, read_day

SUMMARY_MAX = 8_000        # the summary: about two pages of the report
DECISION_MAX = 1_000       # one decision asked of the minister
DECISIONS_MAX = 20         # decisions per period
MEASURE_MAX = 4_000        # a corrective measure, as long as a reason may be
WHO_MAX = 300              # who takes it: an institution, a unit, a person


@dataclass(frozen=True)
class PeriodReport:
    """The planning unit's summary of a period and the decisions it asks of the minister, in order."""

    period: str
    summary: str = ""
    decisions: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.summary and not self.decisions


@dataclass(frozen=True)
class Measure:
    """The corrective measure of one action for one period: what will be done, who does it
    (optional), by when (YYYY-MM-DD, optional)."""

    action_id: str
    period: str
    text: str
    who: str = ""
    by: str | None = None


def refusal(key: str, field: str = "", **values: object) -> ProgressError:
    """The refusal of entry ``key`` of ``domain.texts`` in English, keeping the entry and its values
    (``key``, ``values``) so that the window says it in its own language (``text(key, lang, **values)``)."""
    err = ProgressError(text(key, "en", **values), field)
    err.key, err.values = key, values  # type: ignore[attr-defined]
    return err


def _checked_text(value: str, limit: int, field: str, **names: object) -> str:
    """``value`` as stored (stripped), or :class:`ProgressError` in one line: longer than
    ``limit``, a control character, text no workbook cell carries (``field``: summary, decision,
    measure, who)."""
    s = str(value).strip()
    if len(s) > limit:
        raise refusal(f"cli.period.long.{field}", field, limit=limit, length=len(s), **names)
    code = control_code(s)
    if code:
        raise refusal(f"cli.period.control.{field}", field, code=code, **names)
    if text_problem(s, field, limit):
        raise refusal(f"cli.period.unstorable.{field}", field, **names)
    return s


def check_period_report(r: PeriodReport) -> PeriodReport:
    """``r`` checked and normalised (its period already checked by the caller): the summary and
    each decision stripped, within their bounds, an empty decision refused (never dropped)."""
    summary = _checked_text(r.summary, SUMMARY_MAX, "summary", period=r.period)
    if len(r.decisions) > DECISIONS_MAX:
        raise refusal("cli.period.too_many", "decision", period=r.period, count=len(r.decisions), limit=DECISIONS_MAX)
    decisions = []
    for n, d in enumerate(r.decisions, 1):
        s = _checked_text(d, DECISION_MAX, "decision", n=n, period=r.period)
        if not s:
            raise refusal("cli.period.empty_decision", "decision", n=n, period=r.period)
        decisions.append(s)
    return PeriodReport(r.period, summary, tuple(decisions))


def _by(m: Measure, n: int, years: tuple[int, int] | None) -> str | None:
    """By when the measure is due: a date YYYY-MM-DD inside the plan's bounds, from
    :data:`~.progress.DATE_MARGIN_YEARS` years before the plan's first year to as many after its
    last (``years``; None: the plan has none, only the date checked), the refusal naming them."""
    if m.by is None or not str(m.by).strip():
        return None
    try:
        day = read_day(str(m.by))     # 9999-12-31 is a date, outside the bounds: said so below
    except ValueError:
        raise refusal("cli.period.by", "by", n=n, period=m.period, got=repr(str(m.by)[:40])) from None
    if years is not None:
        first, last = _dt.date(years[0] - DATE_MARGIN_YEARS, 1, 1), _dt.date(years[1] + DATE_MARGIN_YEARS, 12, 31)
        if not first <= day <= last:
            raise refusal("cli.period.by_outside", "by", n=n, period=m.period, date=day.isoformat(),
                          first=first.isoformat(), last=last.isoformat(), plan_first=years[0], plan_last=years[1],
                          margin=DATE_MARGIN_YEARS)
    return day.isoformat()


def check_measure(m: Measure, n: int, *, years: tuple[int, int] | None = None) -> Measure:
    """``m`` checked and normalised (``n``: the action's number in the plan; its period already
    checked): a text is needed, who and by when are optional, by when a date YYYY-MM-DD inside
    the plan's bounds (``years``: the plan's first and last year, :func:`_by`)."""
    names = {"n": n, "period": m.period}
    body = _checked_text(m.text, MEASURE_MAX, "measure", **names)
    who = _checked_text(m.who, WHO_MAX, "who", **names)
    by = _by(m, n, years)
    if not body:
        raise refusal("cli.period.measure_empty", "measure", **names)
    return Measure(m.action_id, m.period, body, who, by)


# --- as plain data (the database, history rows, --json, the workbook) -------------------------

def report_to_plain(r: PeriodReport) -> dict[str, object]:
    return {"period": r.period, "summary": r.summary, "decisions": list(r.decisions)}


def report_from_plain(d: Mapping[str, object]) -> PeriodReport:
    decisions = d.get("decisions") or []
    return PeriodReport(str(d.get("period") or ""), str(d.get("summary") or ""),
                        tuple(str(x) for x in decisions) if isinstance(decisions, list) else ())


def measure_to_plain(m: Measure) -> dict[str, object]:
    return {"action": m.action_id, "period": m.period, "text": m.text, "who": m.who, "by": m.by}


def measure_from_plain(d: Mapping[str, object]) -> Measure:
    return Measure(str(d.get("action") or ""), str(d.get("period") or ""), str(d.get("text") or ""),
                   str(d.get("who") or ""), str(d["by"]) if d.get("by") else None)


def measures_of(measures: Sequence[Measure], period: str) -> dict[str, Measure]:
    """The measures written for ``period``, by action id."""
    return {m.action_id: m for m in measures if m.period == period}


__all__ = ["DECISIONS_MAX", "DECISION_MAX", "MEASURE_MAX", "Measure", "PeriodReport", "SUMMARY_MAX", "WHO_MAX",
           "check_measure", "check_period_report", "measure_from_plain", "measure_to_plain", "measures_of",
           "refusal", "report_from_plain", "report_to_plain"]
