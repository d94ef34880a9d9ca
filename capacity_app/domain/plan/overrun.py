"""Money above what it should be, per cost line of an action (pure): the one rule that flags an
overrun on every path — ``actions progress set``, an institution's reply received and accepted,
the window's *Progress…*, ``show``, the implementation report and the workbook.

Per cost line, to date (every period reported up to the one looked at, added up):

- **disbursed above the line's budget** (the amount the plan gives the line);
- **spent above the line's budget**;
- **spent above disbursed** (allowed with a note, which is quoted);
- **disbursed above committed** (when commitments are reported).

An overrun is a fact, not an error: the entry is recorded and the overrun said with it, in the
same words on every path (:func:`overrun_text`). The on-track rule counts it
(docs/methodology.md, "Following the plan"): money spent above a line's budget puts the action at
risk, and more than :data:`OVERRUN_OFF_TRACK` above it, off track; disbursed above the budget
(not yet spent) puts it at risk.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from .actions import Action
from ..editorial import bracketed, percent
from ..texts import text
from .cost import amount_text

DISBURSED_OVER_BUDGET = "disbursed_over_budget"
SPENT_OVER_BUDGET = "spent_over_budget"
SPENT_OVER_DISBURSED = "spent_over_disbursed"
DISBURSED_OVER_COMMITTED = "disbursed_over_committed"
KINDS = (SPENT_OVER_BUDGET, DISBURSED_OVER_BUDGET, SPENT_OVER_DISBURSED, DISBURSED_OVER_COMMITTED)
OVERRUN_OFF_TRACK = Decimal("0.25")   # spent more than 25 % above a line's budget: off track


@dataclass(frozen=True)
class Overrun:
    """One cost line's money above what it should be, to date: ``amount`` (of ``kind``'s first
    word) against ``limit`` (the budget, the money disbursed or committed), in ``currency``;
    ``note``: the last note recorded on the line (why it holds more), whatever the kind."""

    action_id: str
    line: int
    kind: str
    currency: str
    amount: Decimal
    limit: Decimal
    note: str = ""

    @property
    def share(self) -> Decimal | None:
        """``amount`` as a share of ``limit`` (None when the limit is 0)."""
        return None if self.limit <= 0 else self.amount / self.limit


def overruns(action: Action, to_date: Mapping[int, Mapping[str, object]]) -> tuple[Overrun, ...]:
    """The action's overruns, per cost line, from its money to date per line (``to_date``: line
    number -> its ``currency``, ``note`` and the sums of ``committed``, ``disbursed``, ``spent``
    reported, as ``progress.line_sums`` adds them up)."""
    out = []
    for line, row in sorted(to_date.items()):
        if line > len(action.costs):
            continue
        budget = action.costs[line - 1].amount
        cur, note = str(row.get("currency", "")), str(row.get("note", ""))
        committed, disbursed, spent = (row.get(k) for k in ("committed", "disbursed", "spent"))

        checks = ((SPENT_OVER_BUDGET, spent, budget), (DISBURSED_OVER_BUDGET, disbursed, budget),
                  (SPENT_OVER_DISBURSED, spent, disbursed if disbursed is not None else Decimal(0)),
                  (DISBURSED_OVER_COMMITTED, disbursed, committed))
        for kind, amount, limit in checks:
            if isinstance(amount, Decimal) and isinstance(limit, Decimal) and amount > limit:
                out.append(Overrun(action.id, line, kind, cur, amount, limit, note))
    return tuple(out)


def share_text(share: Decimal | None, lang: str = "en") -> str:
    """``share`` (of the line's budget) as an overrun's sentence ends on it: a whole percentage in
    brackets, both as ``lang`` writes them (``editorial.percent``, ``editorial.bracketed``):
    " (123%)", French " (123 %)", Chinese "（123%）"; "" when there is none."""
    if share is None:
        return ""
    return bracketed(percent((share * 100).quantize(Decimal(1), ROUND_HALF_UP), lang, 0), lang)


def flagged_money(kind: str) -> str:
    """The money an overrun of ``kind`` stands on, as a workbook marks it: disbursed above the
    budget or above committed marks "disbursed", spent above the budget or above disbursed "spent"."""
    return "disbursed" if kind in (DISBURSED_OVER_BUDGET, DISBURSED_OVER_COMMITTED) else "spent"


def overrun_text(o: Overrun, n: int, lang: str = "en") -> str:
    """One overrun as every path says it (``n``: the action's number in the plan): "cost line 2
    of action 3: 185000 XOF spent to date is above the line's budget of 150000 (123%)", from the
    entry ``cli.overrun.<kind>`` of domain/texts.py in ``lang`` (the command line writes English and
    says it again in its language, cli/said.py; a workbook writes its own language)."""
    values: dict[str, object] = {"line": o.line, "n": n, "amount": amount_text(o.amount), "currency": o.currency,
                                 "limit": amount_text(o.limit)}
    if o.kind in (SPENT_OVER_BUDGET, DISBURSED_OVER_BUDGET):
        values["share"] = share_text(o.share, lang)
    if o.kind == SPENT_OVER_DISBURSED:
        values["note"] = text("cli.overrun.note", lang, text=o.note) if o.note else ""
    return text(f"cli.overrun.{o.kind}", lang, **values)


def overrun_standing(found: Iterable[Overrun]) -> str | None:
    """What the overruns make of an action's money by the written rule: off track when spending is
    more than :data:`OVERRUN_OFF_TRACK` above a line's budget, at risk when spending or
    disbursement is above it at all; None (no say) otherwise."""
    worst = None
    for o in found:
        if o.kind == SPENT_OVER_BUDGET and o.share is not None and o.share > 1 + OVERRUN_OFF_TRACK:
            return "off_track"
        if o.kind in (SPENT_OVER_BUDGET, DISBURSED_OVER_BUDGET):
            worst = "at_risk"
    return worst


__all__ = ["DISBURSED_OVER_BUDGET", "DISBURSED_OVER_COMMITTED", "KINDS", "OVERRUN_OFF_TRACK", "SPENT_OVER_BUDGET",
           "SPENT_OVER_DISBURSED", "Overrun", "flagged_money", "overrun_standing", "overrun_text", "overruns",
           "share_text"]
