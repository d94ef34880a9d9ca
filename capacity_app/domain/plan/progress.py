"""The plan followed after its funding: progress per reporting period, and the written rule that
says whether an action is on track (pure).

Progress is kept apart from the plan the government validated: recording it never changes an
:class:`~.actions.Action`, so ``validation.changes_since`` and ``validation.value_changes`` never
see it. A reporting period is a year (``"2026"``) or a half-year (``"2026-H1"``, ``"2026-H2"``).

Per action and period, an :class:`ActionProgress`: its status in the period, when it started and
was completed, the reason given (for a delay or for dropping it), and per cost line of the action
(:class:`LineMoney`, the line's number in the action from 1, in the line's currency) the money
committed, disbursed and spent in the period (IATI's transaction types). Per indicator and
period, an :class:`IndicatorValue`: the value measured, its date and source; the indicator is
named by its id as text (the results chain that defines indicators and their yearly targets is
kept elsewhere; this module needs only the target, the value and the baseline).

Whether an action is on track is computed, never typed (:func:`action_standing`), by the rule
written in docs/methodology.md ("Following the plan"): the time elapsed against the action's
timeline, the money spent against the money disbursed, and each indicator's value against the
year's target. Its worked example is a test (tests/domain/test_progress.py).

The records' fields are declared once in ``progress_fields.py`` (the store's columns, the command
line's options, the workbook's and the institution's form's columns read them); a field of an
entry declared after the first ones is an attribute after ``lines``, checked here
(:func:`check_progress`), written in the plain data only when set, and kept by a form that does not
ask it (:func:`later_kept`).
"""
from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation

from ..celltext import control_problem, text_problem
from ..dates import iso_date
from .actions import ACTION_STATUSES, Action, period_bounds
from .cost import AMOUNT_LIMIT, CostError, amount_text, canonical, check_amount
from .overrun import SPENT_OVER_DISBURSED, Overrun, overrun_standing, overruns
from .progress_fields import LATER_ENTRY_FIELDS, NOTE_MAX, REASON_MAX, SOURCE_MAX, ProgressField
from .results import Indicator, ResultsChain
from ..texts import text as en_line  # a refusal in English, from its entry (domain/retold.py says it again)

ON_TRACK, AT_RISK, OFF_TRACK, NOT_JUDGED = "on_track", "at_risk", "off_track", "not_judged"
STANDINGS = (ON_TRACK, AT_RISK, OFF_TRACK)          # best first
INDICATOR_ID_MAX = 64
MONEY_KINDS = ("committed", "disbursed", "spent")
# A date of the plan's follow-up (a start, a completion, a value measured, a corrective measure's
# deadline) lies at most this many years before the plan's first year or, for a deadline, after
# its last: the plan's bounds, named by every refusal (a date in 1900 or 9999 is a slip of the keyboard).
DATE_MARGIN_YEARS = 5

# The rule's thresholds (docs/methodology.md, "Following the plan"), as fractions.
INDICATOR_ON_TRACK = Decimal("0.9")    # at least 90 % of the way from the baseline to the year's target
INDICATOR_AT_RISK = Decimal("0.5")     # at least half-way: at risk; below: off track
TIMELINE_AT_RISK = Decimal("0.5")      # not started after less than half its time: at risk; more: off track
MONEY_ON_TRACK = Decimal("0.25")       # spending behind the time elapsed by at most 25 points: on track
MONEY_AT_RISK = Decimal("0.5")         # by at most 50 points: at risk; more: off track

_PERIOD_RE = re.compile(r"\s*(\d{4})\s*(?:[-/ ]?\s*[Hh]\s*([12]))?\s*")
_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]*")
_VALUE_RE = re.compile(r"-?\d+(?:\.\d+)?")


class ProgressError(ValueError):
    """Progress that cannot be recorded; the message is one sentence naming what is wrong, and
    ``field`` which field it is about ("status", "started", "completed", "reason", "value", "date",
    "source", or "line:N" / "line:N:committed|disbursed|spent|note" for a cost line's money), so
    that a reader of a workbook can name the cell ("" when it is about the entry as a whole)."""

    user_error = True

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class LineMoney:
    """Money of one cost line of an action in a period, in the line's currency (``line``: its
    number in the action, from 1). ``note``: why spending exceeds disbursement, when it does."""

    line: int
    currency: str
    committed: Decimal | None = None
    disbursed: Decimal | None = None
    spent: Decimal | None = None
    note: str = ""


@dataclass(frozen=True)
class ActionProgress:
    """One action's progress in one reporting period."""

    action_id: str
    period: str
    status: str
    started: str | None = None
    completed: str | None = None
    reason: str = ""
    lines: tuple[LineMoney, ...] = ()


@dataclass(frozen=True)
class IndicatorValue:
    """An indicator's value measured for a period (the indicator named by its id, as text)."""

    indicator_id: str
    period: str
    value: Decimal
    date: str
    source: str = ""


# --- periods ---------------------------------------------------------------------------------

def normalise_period(text: object) -> str:
    """A reporting period as stored: ``"2026"`` or ``"2026-H1"`` (``2026h1``, ``2026 H2``, the year
    in Arabic-Indic or full-width digits accepted, stored in ASCII digits: one period, one key).
    Raises :class:`ProgressError`."""
    m = _PERIOD_RE.fullmatch(str(text or ""))
    if not m or not 2000 <= int(m.group(1)) <= 2100:
        raise ProgressError(en_line("cli.followup.period", period=repr(str(text)[:40])))
    year = str(int(m.group(1)))  # "٢٠٢٦" was stored as a period of its own, which no report read
    return year if m.group(2) is None else f"{year}-H{m.group(2)}"


def period_dates(period: str) -> tuple[_dt.date, _dt.date]:
    """The first and last day of a normalised period."""
    year = int(period[:4])
    if period.endswith("-H1"):
        return _dt.date(year, 1, 1), _dt.date(year, 6, 30)
    if period.endswith("-H2"):
        return _dt.date(year, 7, 1), _dt.date(year, 12, 31)
    return _dt.date(year, 1, 1), _dt.date(year, 12, 31)


def overlaps(a: str, b: str) -> bool:
    (a0, a1), (b0, b1) = period_dates(a), period_dates(b)
    return a0 <= b1 and b0 <= a1


def within(period: str, outer: str) -> bool:
    """``period`` lies inside ``outer`` (a period lies inside itself)."""
    (p0, p1), (o0, o1) = period_dates(period), period_dates(outer)
    return o0 <= p0 and p1 <= o1


def plan_first_year(actions: Iterable[Action]) -> int | None:
    """The first year of the plan: its earliest action start or cost line (None: neither given)."""
    years = [period_bounds(a.start)[0].year for a in actions if a.start]
    years += [c.year for a in actions for c in a.costs]
    return min(years) if years else None


# --- checks ----------------------------------------------------------------------------------

def plan_dates_from(first_year: int | None) -> _dt.date | None:
    """The earliest date a progress entry, an indicator's value or a corrective measure may carry:
    1 January :data:`DATE_MARGIN_YEARS` years before the plan's first year (None: no plan yet)."""
    return None if first_year is None else _dt.date(first_year - DATE_MARGIN_YEARS, 1, 1)


def outside_date(text: str) -> _dt.date | None:
    """``text`` as a date when it is one written YYYY-MM-DD, whatever its year; else None. Read
    where the rule of every date from outside (``dates.iso_date``: the years 1900 to 9000) refused
    it, so that the refusal names the plan's bounds instead of saying 'not a date' (9999-12-31 is
    a date)."""
    try:
        return _dt.date.fromisoformat(text.strip()) if len(text.strip()) == 10 else None
    except ValueError:
        return None


def read_day(text: str) -> _dt.date:
    """``text`` as a day: by the rule of every date from outside (``dates.iso_date``), or, where
    that rule refused only its year, as the date YYYY-MM-DD it is (:func:`outside_date`), so that
    the caller's refusal names the plan's bounds. Raises ``ValueError`` (the rule's reason) when it
    is no date at all."""
    try:
        return _dt.date.fromisoformat(iso_date(text))
    except ValueError:
        outside = outside_date(text)
        if outside is None:
            raise
        return outside


def _date(text: str | None, what: str, today: _dt.date, field: str = "", n: int = 0, ident: str = "",
          first_year: int | None = None) -> str | None:
    """A date of ``what`` (the ``cli.followup.<what>_bad``, ``_future`` and ``_early`` entries,
    naming action ``n`` or indicator ``ident``): a date, not after ``today`` (the clock moved or a
    slip of the keyboard) nor before the plan's bounds (:func:`plan_dates_from`)."""
    if text is None or not str(text).strip():
        return None
    try:
        day = read_day(str(text))
    except ValueError as exc:
        raise ProgressError(en_line(f"cli.followup.{what}_bad", problem=str(exc), n=n, id=ident), field) from None
    if day > today:
        raise ProgressError(en_line(f"cli.followup.{what}_future", date=day.isoformat(), today=today.isoformat(),
                                    n=n, id=ident), field)
    earliest = plan_dates_from(first_year)
    if earliest is not None and day < earliest:
        raise ProgressError(en_line(f"cli.followup.{what}_early", date=day.isoformat(), first=earliest.isoformat(),
                                    today=today.isoformat(), year=first_year, margin=DATE_MARGIN_YEARS,
                                    n=n, id=ident), field)
    return day.isoformat()


def check_period(period: str, *, first_year: int | None, today: _dt.date) -> str:
    """``period`` normalised, or :class:`ProgressError` when it lies before the plan or has not
    begun by ``today``."""
    p = normalise_period(period)
    start, _end = period_dates(p)
    if first_year is not None and start.year < first_year:
        raise ProgressError(en_line("cli.followup.before_plan", period=p, year=first_year))
    if start > today:
        raise ProgressError(en_line("cli.followup.not_begun", period=p, today=today.isoformat()))
    return p


def _money(value: Decimal | None, what: str, field: str = "") -> Decimal | None:
    if value is None:
        return None
    try:
        return check_amount(value, what)
    except CostError as exc:
        raise ProgressError(str(exc).replace("a cost as", "money as"), field) from None


def check_line(m: LineMoney, action: Action, n: int) -> LineMoney:
    """One line's money checked against the action's cost lines (``n``: the action's number)."""
    line = f"line:{m.line}"
    if not 1 <= m.line <= len(action.costs):
        raise ProgressError(en_line("cli.followup.no_line" if action.costs else "cli.followup.no_lines",
                                    n=n, last=len(action.costs), line=m.line), line)
    currency = action.costs[m.line - 1].currency
    if m.currency and m.currency != currency:
        raise ProgressError(en_line("cli.followup.currency", line=m.line, n=n, currency=currency, given=m.currency),
                            line)
    what = f"cost line {m.line} of action {n}"
    committed, disbursed, spent = (_money(getattr(m, k), f"amount {k} on {what}", f"{line}:{k}")
                                   for k in MONEY_KINDS)
    bad = control_problem(m.note, f"note on {what}") or text_problem(m.note, f"note on {what}", NOTE_MAX)
    if bad:
        raise ProgressError(bad, f"{line}:note")
    return LineMoney(m.line, currency, committed, disbursed, spent, m.note.strip())


def check_noted(entry: ActionProgress, action: Action, n: int, earlier: Iterable[ActionProgress] = ()) -> None:
    """:class:`ProgressError` when ``entry``, recorded among ``earlier`` (the action's entries
    recorded or read with it), leaves a cost line it reports spending on with more spent than
    disbursed to date (the overrun rule, :func:`action_overruns`: every period up to and including
    its own, added up) and no note on that line to date saying why."""
    here = {m.line: m for m in entry.lines}
    for o in action_overruns(action, replaced_in(earlier, entry), until=entry.period):
        m = here.get(o.line)
        if o.kind == SPENT_OVER_DISBURSED and m is not None and m.spent is not None and not o.note.strip():
            raise ProgressError(en_line("cli.followup.overspent", line=o.line, n=n, spent=amount_text(o.amount),
                                        currency=o.currency, disbursed=amount_text(o.limit)), f"line:{o.line}:note")


def check_progress(p: ActionProgress, action: Action, n: int, *, first_year: int | None,
                   today: _dt.date, earlier: Iterable[ActionProgress] = ()) -> ActionProgress:
    """``p`` checked and normalised, or :class:`ProgressError` in one sentence naming what is
    wrong (``n``: the action's number in the plan, as people name it; ``earlier``: the action's
    other entries, against which spent above disbursed is judged to date, :func:`check_noted`)."""
    period = check_period(p.period, first_year=first_year, today=today)
    if p.status not in ACTION_STATUSES:
        raise ProgressError(en_line("cli.followup.status", status=repr(p.status[:40]), n=n,
                                    statuses=", ".join(ACTION_STATUSES)), "status")
    started = _date(p.started, "start", today, "started", n=n, first_year=first_year)
    completed = _date(p.completed, "completion", today, "completed", n=n, first_year=first_year)
    if completed and p.status != "done":
        raise ProgressError(en_line("cli.followup.completed_not_done", n=n, status=p.status), "completed")
    if started and completed and completed < started:
        raise ProgressError(en_line("cli.followup.completed_before", n=n, completed=completed, started=started),
                            "completed")
    bad = (control_problem(p.reason, f"reason given for action {n}")
           or text_problem(p.reason, f"reason given for action {n}", REASON_MAX))
    if bad:
        raise ProgressError(bad, "reason")
    if p.status == "dropped" and not p.reason.strip():
        raise ProgressError(en_line("cli.followup.dropped", n=n), "reason")
    lines = tuple(check_line(m, action, n) for m in p.lines)
    seen = [m.line for m in lines]
    if len(set(seen)) != len(seen):
        dup = next(x for x in seen if seen.count(x) > 1)
        raise ProgressError(en_line("cli.followup.twice", line=dup, n=n, period=period), f"line:{dup}")
    checked = replace(p, action_id=action.id, period=period, started=started, completed=completed,
                      reason=p.reason.strip(), lines=tuple(sorted(lines, key=lambda m: m.line)),
                      **{f.name: _later_text(getattr(p, f.name), f, n) for f in LATER_ENTRY_FIELDS})
    check_noted(checked, action, n, [e for e in earlier if e.action_id == action.id])
    return checked


def _later_text(value: str, f: ProgressField, n: int) -> str:
    """A text declared after the first fields, checked (its limit, a control character, a line
    break in a one-line text) and stripped; :class:`ProgressError` naming it and action ``n``."""
    what = f"{f.what} of action {n}"
    bad = control_problem(value, what) or (en_line("cli.cell.one_line", what=what)
                                           if f.one_line and ("\n" in value or "\r" in value) else None)
    bad = bad or text_problem(value, what, f.limit or REASON_MAX)
    if bad:
        raise ProgressError(bad, f.name)
    return " ".join(value.split()) if f.one_line else value.strip()


def later_kept(entry: ActionProgress, recorded: ActionProgress | None) -> ActionProgress:
    """``entry`` with the fields declared later as ``recorded`` (the entry of its action and period
    recorded, None: none) has them: what a form that does not ask them records (the window's
    progress dialog, an institution's reply) leaves them as they are instead of clearing them."""
    if recorded is None or not LATER_ENTRY_FIELDS:
        return entry
    return replace(entry, **{f.name: getattr(recorded, f.name) for f in LATER_ENTRY_FIELDS})


def parse_value(text: object, what: str = "value") -> Decimal:
    """An indicator's value: a decimal number, possibly negative (never a float)."""
    if isinstance(text, Decimal):
        d = text
    elif isinstance(text, int) and not isinstance(text, bool):
        d = Decimal(text)
    else:
        s = str(text).strip()
        if isinstance(text, (bool, float)) or not _VALUE_RE.fullmatch(s):
            raise ProgressError(en_line("cli.followup.not_number", what=what, value=repr(s[:40])))
        d = Decimal(s)
    if not d.is_finite() or abs(d) >= AMOUNT_LIMIT:
        raise ProgressError(en_line("cli.followup.too_large", what=what))
    return canonical(d)


def check_indicator_value(v: IndicatorValue, *, first_year: int | None, today: _dt.date,
                          chain: ResultsChain | None = None, years: tuple[int, int] | None = None) -> IndicatorValue:
    """``v`` checked and normalised, or :class:`ProgressError`. ``chain``: the plan's results
    chain, whose indicators alone take a value (None: not checked); ``years``: the plan's first
    and last year, outside which no period is taken (None: not checked)."""
    ident = str(v.indicator_id).strip()
    if not _ID_RE.fullmatch(ident) or len(ident) > INDICATOR_ID_MAX:
        raise ProgressError(en_line("cli.followup.indicator_id", id=repr(ident[:40]), max=INDICATOR_ID_MAX))
    if chain is not None and chain.indicator(ident) is None:
        known = ", ".join(i.id for i in chain.indicators)
        raise ProgressError(en_line("cli.followup.no_indicator" if known else "cli.followup.no_indicator_yet",
                                    id=repr(ident[:40]), known=known))
    period = check_period(v.period, first_year=first_year, today=today)
    if years is not None and not years[0] <= int(period[:4]) <= years[1]:
        raise ProgressError(en_line("cli.followup.outside_years", period=period, first=years[0], last=years[1]))
    try:
        value = parse_value(v.value, en_line("cli.what.indicator_value", id=ident))
    except ProgressError as exc:
        raise ProgressError(str(exc), "value") from None
    date = _date(v.date, "value_date", today, "date", ident=ident, first_year=first_year)
    if date is None:
        raise ProgressError(en_line("cli.followup.undated", id=ident), "date")
    bad = control_problem(v.source, f"source of indicator {ident}") or text_problem(
        v.source, f"source of indicator {ident}", SOURCE_MAX)
    if bad:
        raise ProgressError(bad, "source")
    return IndicatorValue(ident, period, value, date, v.source.strip())


def overlapping(entries: Iterable[ActionProgress], new: ActionProgress) -> ActionProgress | None:
    """An entry of the same action whose period overlaps ``new``'s without being the same (2026
    and 2026-H1 would count its money twice), or None."""
    return next((e for e in entries if e.action_id == new.action_id and e.period != new.period
                 and overlaps(e.period, new.period)), None)


# --- the on-track rule -----------------------------------------------------------------------

def worst(standings: Iterable[str | None]) -> str:
    """The worst of the standings judged (``NOT_JUDGED`` when none is)."""
    judged = [s for s in standings if s in STANDINGS]
    return max(judged, key=STANDINGS.index) if judged else NOT_JUDGED


def indicator_standing(target: Decimal, value: Decimal, baseline: Decimal) -> str:
    """An indicator's value against the year's target: the share of the way from the baseline to
    the target covered, ``(value - baseline) / (target - baseline)`` (a falling target works the
    same: both differences are negative). On track from :data:`INDICATOR_ON_TRACK`, at risk from
    :data:`INDICATOR_AT_RISK`, off track below. A target equal to the baseline (a level to keep):
    on track when the value is the target, at risk otherwise."""
    if target == baseline:
        return ON_TRACK if value == target else AT_RISK
    share = (value - baseline) / (target - baseline)
    if share >= INDICATOR_ON_TRACK:
        return ON_TRACK
    return AT_RISK if share >= INDICATOR_AT_RISK else OFF_TRACK


def elapsed_share(start: _dt.date, end: _dt.date, as_of: _dt.date) -> Decimal:
    """The share of an action's time gone by ``as_of`` (0 before its first day, 1 after its last):
    days elapsed, its first day to ``as_of`` included, over the days of its timeline."""
    days = (end - start).days + 1
    gone = (as_of - start).days + 1
    return Decimal(max(0, min(gone, days))) / Decimal(days)


def timeline(action: Action) -> tuple[_dt.date, _dt.date] | None:
    """The action's first and last day, from its start and end (None when either is missing)."""
    if not action.start or not action.end:
        return None
    first, last = period_bounds(action.start)[0], period_bounds(action.end)[1]
    return (first, last) if first <= last else None


def timeline_standing(status: str, span: tuple[_dt.date, _dt.date] | None, as_of: _dt.date) -> str | None:
    """The status against the time elapsed: done is on track and dropped off track; in progress
    is on track until its end date, off track after; planned (not started) is on track before its
    start, at risk while less than :data:`TIMELINE_AT_RISK` of its time has gone, off track after.
    None (not judged) when an open action has no timeline."""
    if status == "done":
        return ON_TRACK
    if status == "dropped":
        return OFF_TRACK
    if span is None:
        return None
    first, last = span
    if as_of > last:
        return OFF_TRACK
    if status == "in_progress" or as_of < first:
        return ON_TRACK
    return AT_RISK if elapsed_share(first, last, as_of) < TIMELINE_AT_RISK else OFF_TRACK


def money_standing(spent: Decimal, disbursed: Decimal, elapsed: Decimal | None) -> str | None:
    """Money spent against money disbursed, set against the time elapsed: the share disbursed
    that is spent may trail the share of the time gone by at most :data:`MONEY_ON_TRACK` (on
    track), at most :data:`MONEY_AT_RISK` (at risk), or more (off track). None (not judged) when
    nothing is disbursed or the action has no timeline."""
    if disbursed <= 0 or elapsed is None:
        return None
    behind = elapsed - min(spent / disbursed, Decimal(1))
    if behind <= MONEY_ON_TRACK:
        return ON_TRACK
    return AT_RISK if behind <= MONEY_AT_RISK else OFF_TRACK


@dataclass(frozen=True)
class Standing:
    """An action's standing at the end of a period, and the parts it was decided from."""

    overall: str
    timeline: str | None
    money: str | None
    indicators: tuple[str, ...] = ()
    elapsed: Decimal | None = None
    absorbed: dict[str, Decimal] = field(default_factory=dict)   # spent / disbursed, per currency


def as_of(period: str, today: _dt.date) -> _dt.date:
    """The day a period is judged on: its last day, or today while it is running."""
    return min(period_dates(period)[1], today)


def action_standing(action: Action, status: str, spent: Mapping[str, Decimal], disbursed: Mapping[str, Decimal],
                    day: _dt.date, indicators: Sequence[str] = (), over: Iterable[Overrun] = ()) -> Standing:
    """The written rule: the worst of the timeline's, the money's (per currency, the worst, and
    the overruns' of its cost lines, whatever its status) and the linked indicators' standings
    (``spent`` and ``disbursed``: cumulative to ``day``, by currency; ``over``: its overruns to
    date, ``overrun.overruns``)."""
    span = timeline(action)
    elapsed = None if span is None else elapsed_share(span[0], span[1], day)
    time = timeline_standing(status, span, day)
    absorbed = {c: min(spent.get(c, Decimal(0)) / d, Decimal(1)) for c, d in disbursed.items() if d > 0}
    pace = [] if status in ("done", "dropped") else [
        money_standing(spent.get(c, Decimal(0)), d, elapsed) for c, d in disbursed.items()]
    money: str | None = worst([*pace, overrun_standing(over)])
    money = None if money == NOT_JUDGED else money
    return Standing(worst([time, money, *indicators]), time, money, tuple(indicators), elapsed, absorbed)


# --- sums ------------------------------------------------------------------------------------

def latest_within(entries: Iterable[ActionProgress], action_id: str, period: str) -> ActionProgress | None:
    """The action's last entry inside ``period`` (for 2026: 2026 itself, or 2026-H2 over 2026-H1)."""
    inside = [e for e in entries if e.action_id == action_id and within(e.period, period)]
    return max(inside, key=lambda e: period_dates(e.period)[1]) if inside else None


def money_by_currency(entries: Iterable[ActionProgress], action_id: str, kind: str, *,
                      inside: str | None = None, until: str | None = None) -> dict[str, Decimal]:
    """An action's money of one kind by currency: in the entries inside period ``inside``, or in
    every entry ending by the end of ``until`` (cumulative)."""
    out: dict[str, Decimal] = {}
    for e in entries:
        if e.action_id != action_id:
            continue
        if inside is not None and not within(e.period, inside):
            continue
        if until is not None and period_dates(e.period)[1] > period_dates(until)[1]:
            continue
        for m in e.lines:
            amount = getattr(m, kind)
            if amount is not None:
                out[m.currency] = out.get(m.currency, Decimal(0)) + amount
    return out


def line_sums(entries: Iterable[ActionProgress], action_id: str, until: str | None = None) -> dict[int, dict[str, object]]:
    """An action's money per cost line, added up over every entry ending by the end of ``until``
    (None: all): line -> its currency, its last note, and the sum of each kind reported."""
    end = None if until is None else period_dates(until)[1]
    out: dict[int, dict[str, object]] = {}
    for e in sorted(entries, key=lambda x: period_dates(x.period)[1]):
        if e.action_id != action_id or (end is not None and period_dates(e.period)[1] > end):
            continue
        for m in e.lines:
            row = out.setdefault(m.line, {"currency": m.currency, "note": ""})
            for k in MONEY_KINDS:
                v = getattr(m, k)
                if v is not None:
                    row[k] = row.get(k, Decimal(0)) + v
            if m.note:
                row["note"] = m.note
    return out


def action_overruns(action: Action, entries: Iterable[ActionProgress], until: str | None = None) -> tuple[Overrun, ...]:
    """The action's overruns to the end of ``until`` (``overrun.overruns``)."""
    return overruns(action, line_sums(entries, action.id, until))


def replaced_in(entries: Iterable[ActionProgress], new: ActionProgress) -> list[ActionProgress]:
    """``entries`` with ``new`` in place of the entry of its action and period (added when none)."""
    return [e for e in entries if (e.action_id, e.period) != (new.action_id, new.period)] + [new]


def funder_of(action: Action, line: int) -> tuple[str, str]:
    """Who pays a cost line: (funding source, funder's name) as the plan says."""
    c = action.costs[line - 1]
    return c.funding, c.funder.strip()


Partner = tuple[str, str, str]   # funding source, funder's name, currency


def money_by_partner(actions: Sequence[Action], entries: Iterable[ActionProgress], period: str, *,
                     to_date: bool = False) -> dict[Partner, dict[str, Decimal]]:
    """Per partner (funding source, name, currency): pledged (the plan's cost lines of the
    period's year; ``to_date``: of every year up to it), committed, disbursed and spent in the
    entries inside ``period`` (``to_date``: every entry ending by its end, since the plan began).
    Exact decimal sums: the rows of one currency add up to :func:`money_totals`."""
    year, end = int(period[:4]), period_dates(period)[1]
    out: dict[Partner, dict[str, Decimal]] = {}

    def row(key: Partner) -> dict[str, Decimal]:
        return out.setdefault(key, {k: Decimal(0) for k in ("pledged", *MONEY_KINDS)})

    by_id = {a.id: a for a in actions}
    for a in actions:
        for c in a.costs:
            if c.year == year or (to_date and c.year < year):
                row((c.funding, c.funder.strip(), c.currency))["pledged"] += c.amount
    for e in entries:
        found = by_id.get(e.action_id)
        inside = period_dates(e.period)[1] <= end if to_date else within(e.period, period)
        if found is None or not inside:
            continue
        for m in e.lines:
            if m.line > len(found.costs):
                continue   # the plan lost that line since: its money stays in the record, not here
            funding, funder = funder_of(found, m.line)
            r = row((funding, funder, m.currency))
            for k in MONEY_KINDS:
                r[k] += getattr(m, k) or Decimal(0)
    return dict(sorted(out.items()))


def other_year_lines(actions: Sequence[Action], entries: Iterable[ActionProgress], period: str
                     ) -> dict[Partner, tuple[int, ...]]:
    """Per partner (as :func:`money_by_partner` keys it), the years other than the period's of the
    cost lines on which money was committed, disbursed or spent in the entries inside ``period``:
    an earlier year's line spent late, a later year's committed early. Such money is in the
    period's columns but not in its pledges (the period's year's lines only)."""
    year = int(period[:4])
    by_id = {a.id: a for a in actions}
    out: dict[Partner, set[int]] = {}
    for e in entries:
        found = by_id.get(e.action_id)
        if found is None or not within(e.period, period):
            continue
        for m in e.lines:
            if m.line > len(found.costs) or not any(getattr(m, k) for k in MONEY_KINDS):
                continue
            c = found.costs[m.line - 1]
            if c.year != year:
                out.setdefault((c.funding, c.funder.strip(), m.currency), set()).add(c.year)
    return {k: tuple(sorted(v)) for k, v in sorted(out.items())}


def money_totals(by_partner: Mapping[Partner, Mapping[str, Decimal]]) -> dict[str, dict[str, Decimal]]:
    """The partners' rows summed by currency."""
    out: dict[str, dict[str, Decimal]] = {}
    for (_f, _n, currency), r in by_partner.items():
        t = out.setdefault(currency, {k: Decimal(0) for k in ("pledged", *MONEY_KINDS)})
        for k, v in r.items():
            t[k] += v
    return dict(sorted(out.items()))


# --- the implementation report's reading of the plan (pure helpers) ---------------------------

def next_period(period: str) -> str:
    """The reporting period after ``period``, of the same length: 2026 → 2027, 2026-H1 → 2026-H2,
    2026-H2 → 2027-H1."""
    year = int(period[:4])
    if period.endswith("-H1"):
        return f"{year}-H2"
    if period.endswith("-H2"):
        return f"{year + 1}-H1"
    return str(year + 1)


def runs_in(action: Action, period: str) -> bool:
    """The action's timeline meets ``period`` (a side not given is open: a start alone runs on, an
    end alone ran from before); False when neither is given."""
    if not action.start and not action.end:
        return False
    first = period_bounds(action.start)[0] if action.start else None
    last = period_bounds(action.end)[1] if action.end else None
    p0, p1 = period_dates(period)
    return (first is None or first <= p1) and (last is None or p0 <= last)


def action_lead(action: Action) -> str:
    """The institution leading an action: the first it names ("" when none is named), as the
    progress forms are addressed (``services.plan.progress_replies.lead``)."""
    return action.institutions[0].strip() if action.institutions else ""


def plan_leads(actions: Sequence[Action]) -> list[str]:
    """The institutions leading the plan's actions, in the plan's order, each once (case and white
    space aside), as ``services.plan.progress_replies.leads`` lists them."""
    out: list[str] = []
    seen: set[str] = set()
    for a in actions:
        lead = action_lead(a)
        key = " ".join(lead.split()).casefold()
        if lead and key not in seen:
            seen.add(key)
            out.append(lead)
    return out


def money_by_partner_to_date(actions: Sequence[Action], entries: Iterable[ActionProgress],
                             period: str) -> dict[Partner, dict[str, Decimal]]:
    """:func:`money_by_partner` since the plan began (every year and entry up to the period's end)."""
    return money_by_partner(actions, entries, period, to_date=True)


# --- the results chain's indicators in a period ---------------------------------------------

@dataclass(frozen=True)
class IndicatorRow:
    """An indicator of the results chain in a period: its target for the period's year (None: the
    chain sets none), the value that speaks for the period (the last measured inside it; None:
    none) and its standing by the rule (None, not judged: no target, no value or no baseline)."""

    indicator: Indicator
    target: Decimal | None
    value: IndicatorValue | None
    standing: str | None


def value_in(values: Iterable[IndicatorValue], indicator_id: str, period: str) -> IndicatorValue | None:
    """The indicator's value that speaks for ``period``: of those measured inside it (for 2026:
    2026, 2026-H1 or 2026-H2), the one of the latest period, then the latest date."""
    inside = [v for v in values if v.indicator_id == indicator_id and within(v.period, period)]
    return max(inside, key=lambda v: (period_dates(v.period)[1], v.date)) if inside else None


def indicator_rows(chain: ResultsChain, values: Iterable[IndicatorValue], period: str) -> tuple[IndicatorRow, ...]:
    """Every indicator of ``chain`` (its order) that has a target for the period's year or a
    value in the period, with its standing: :func:`indicator_standing` of the year's target, the
    value and the baseline (a half-year is held to its year's target)."""
    values = tuple(values)
    year = int(period[:4])
    out = []
    for i in chain.indicators:
        target, value = i.target_in(year), value_in(values, i.id, period)
        if target is None and value is None:
            continue
        standing = None
        if target is not None and value is not None and i.baseline is not None:
            standing = indicator_standing(target, value.value, i.baseline)
        out.append(IndicatorRow(i, target, value, standing))
    return tuple(out)


def output_standings(rows: Iterable[IndicatorRow]) -> dict[str, tuple[str, ...]]:
    """Per action id, the standings judged of its output indicators (level "output", parent the
    action), which enter the action's standing."""
    out: dict[str, tuple[str, ...]] = {}
    for r in rows:
        if r.indicator.level == "output" and r.standing is not None:
            out[r.indicator.parent] = (*out.get(r.indicator.parent, ()), r.standing)
    return out


# --- a period's summary (the progress report, ``actions progress show``) ----------------------

@dataclass(frozen=True)
class ActionRow:
    """One action in a period: its number in the plan, the entry that speaks for the period (None:
    no report), the status it gives (the plan's when there is none), the standing by the rule,
    and its money in the period and to the period's end, by currency."""

    number: int
    action: Action
    entry: ActionProgress | None
    status: str
    standing: Standing
    in_period: dict[str, dict[str, Decimal]]     # kind -> currency -> amount
    to_date: dict[str, dict[str, Decimal]]
    overruns: tuple[Overrun, ...] = ()           # its cost lines' money above what it should be, to date


@dataclass(frozen=True)
class PeriodSummary:
    """The plan in one reporting period: a row per action, the count per standing, the money by
    partner and its totals by currency, and the indicator values measured in the period."""

    period: str
    as_of: _dt.date
    rows: tuple[ActionRow, ...]
    counts: dict[str, int]
    by_partner: dict[Partner, dict[str, Decimal]]
    totals: dict[str, dict[str, Decimal]]
    values: tuple[IndicatorValue, ...]
    indicators: tuple[IndicatorRow, ...] = ()

    @property
    def unreported(self) -> tuple[ActionRow, ...]:
        return tuple(r for r in self.rows if r.entry is None)


def period_summary(actions: Sequence[Action], entries: Sequence[ActionProgress], period: str, today: _dt.date,
                   values: Iterable[IndicatorValue] = (), chain: ResultsChain | None = None) -> PeriodSummary:
    """The summary of ``period`` judged on :func:`as_of`: each action's standing takes the
    standings of its output indicators in ``chain`` (the plan's results chain; None: none),
    each indicator's year target against its value measured in the period."""
    day = as_of(period, today)
    values = tuple(values)
    lines = indicator_rows(chain or ResultsChain(), values, period)
    indicators = output_standings(lines)
    rows = []
    for n, a in enumerate(actions, 1):
        entry = latest_within(entries, a.id, period)
        status = entry.status if entry else a.status
        in_period = {k: money_by_currency(entries, a.id, k, inside=period) for k in MONEY_KINDS}
        to_date = {k: money_by_currency(entries, a.id, k, until=period) for k in MONEY_KINDS}
        over = action_overruns(a, entries, until=period)
        standing = action_standing(a, status, to_date["spent"], to_date["disbursed"], day,
                                   indicators.get(a.id, ()), over)
        rows.append(ActionRow(n, a, entry, status, standing, in_period, to_date, over))
    counts = {s: 0 for s in (*STANDINGS, NOT_JUDGED)}
    for r in rows:
        counts[r.standing.overall] += 1
    by_partner = money_by_partner(actions, entries, period)
    return PeriodSummary(period, day, tuple(rows), counts, by_partner, money_totals(by_partner),
                         tuple(v for v in values if within(v.period, period)), lines)


# --- as plain data (the database's JSON, history rows, --json, the workbook) ----------------

def _text(d: Decimal | None) -> str | None:
    return None if d is None else amount_text(d)


def line_to_plain(m: LineMoney) -> dict[str, object]:
    return {"line": m.line, "currency": m.currency, "committed": _text(m.committed),
            "disbursed": _text(m.disbursed), "spent": _text(m.spent), "note": m.note}


def _amount(v: object) -> Decimal | None:
    if v is None or v == "":
        return None
    try:
        return canonical(Decimal(str(v)))
    except InvalidOperation:
        raise ProgressError(en_line("cli.followup.not_amount", value=repr(str(v)[:40]))) from None


def line_from_plain(d: Mapping[str, object]) -> LineMoney:
    return LineMoney(int(str(d.get("line"))), str(d.get("currency") or ""), _amount(d.get("committed")),
                     _amount(d.get("disbursed")), _amount(d.get("spent")), str(d.get("note") or ""))


def progress_to_plain(p: ActionProgress) -> dict[str, object]:
    """The entry as plain data: its first fields always, a field declared later only when set
    (an entry without it keeps its history and its proposals' values as before)."""
    return {"action": p.action_id, "period": p.period, "status": p.status, "started": p.started,
            "completed": p.completed, "reason": p.reason, "lines": [line_to_plain(m) for m in p.lines],
            **{f.name: getattr(p, f.name) for f in LATER_ENTRY_FIELDS if getattr(p, f.name)}}


def value_to_plain(v: IndicatorValue) -> dict[str, object]:
    return {"indicator": v.indicator_id, "period": v.period, "value": amount_text(v.value)
            if v.value >= 0 else "-" + amount_text(-v.value), "date": v.date, "source": v.source}


def progress_from_plain(d: Mapping[str, object]) -> ActionProgress:
    """:func:`progress_to_plain` read back (a proposal's value)."""
    lines = d.get("lines") or []
    return ActionProgress(str(d.get("action") or ""), str(d.get("period") or ""), str(d.get("status") or ""),
                          str(d["started"]) if d.get("started") else None,
                          str(d["completed"]) if d.get("completed") else None, str(d.get("reason") or ""),
                          tuple(line_from_plain(m) for m in lines if isinstance(m, Mapping))
                          if isinstance(lines, list) else (),
                          **{f.name: str(d.get(f.name) or "") for f in LATER_ENTRY_FIELDS})


def value_from_plain(d: Mapping[str, object]) -> IndicatorValue:
    """:func:`value_to_plain` read back (a proposal's value)."""
    value = d.get("value")
    return IndicatorValue(str(d.get("indicator") or ""), str(d.get("period") or ""),
                          parse_value(value if value is not None else "", "value"),
                          str(d.get("date") or ""), str(d.get("source") or ""))


__all__ = [
    "progress_from_plain", "value_from_plain",
    "AT_RISK", "ActionRow", "MONEY_KINDS", "PeriodSummary", "period_summary", "NOT_JUDGED", "OFF_TRACK", "ON_TRACK", "STANDINGS", "ActionProgress",
    "IndicatorRow", "IndicatorValue", "LineMoney", "indicator_rows", "output_standings", "value_in", "ProgressError", "Standing", "action_standing", "as_of",
    "check_indicator_value", "check_line", "check_noted", "check_period", "check_progress", "elapsed_share",
    "indicator_standing", "latest_within", "line_from_plain", "line_to_plain", "money_by_currency",
    "money_by_partner", "money_standing", "money_totals", "other_year_lines", "normalise_period", "overlapping", "overlaps",
    "parse_value", "period_dates", "plan_first_year", "plan_dates_from", "outside_date", "read_day", "DATE_MARGIN_YEARS", "progress_to_plain", "timeline", "timeline_standing",
    "value_to_plain", "within", "worst",
    "action_lead", "money_by_partner_to_date", "next_period", "plan_leads", "runs_in", "later_kept",
]
