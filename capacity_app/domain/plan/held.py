"""What an edit of the plan may not take from the progress recorded against it (pure).

Progress names an action by its id and a cost line by its number in the action (from 1, as
``actions ID`` lists them). Once money is recorded on a line, that number is the line's identity:
the line keeps its place, its year, its currency and who pays it, so that the money recorded
stays on the line it was spent on and a new line never inherits it. Its amount, category,
pipeline, security and sustainability may still change (a budget revision is a change of the
line, not another line). An action with progress recorded is not removed: the progress would be
left pointing at nothing and the year's money would drop by its amount; an action that stopped is
reported as dropped, with its reason, and keeps its money where it was spent.

The rule is written in docs/progress.md ("What an edit of the plan keeps"); the store applies it
inside the transaction of every write of the plan, so that no door (the command line, the window,
a workbook import) can get past it.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal

from .actions import Action
from .cost import Cost, amount_text
from .progress import MONEY_KINDS, ActionProgress


def lines_holding_money(entries: Iterable[ActionProgress]) -> dict[int, list[str]]:
    """The cost lines (their numbers) on which some money is recorded, each with the periods it
    is recorded for, in order."""
    out: dict[int, list[str]] = {}
    for e in entries:
        for m in e.lines:
            if any(getattr(m, k) is not None for k in MONEY_KINDS):
                out.setdefault(m.line, []).append(e.period)
    return {n: sorted(set(p)) for n, p in sorted(out.items())}


def _identity(c: Cost) -> tuple[int, str, str, str]:
    return c.year, c.currency, c.funding, " ".join(c.funder.split()).casefold()


def _recorded(entries: Iterable[ActionProgress], line: int) -> str:
    """The money recorded on ``line``, added over its periods, as a person reads it."""
    sums: dict[str, Decimal] = {}
    currency = ""
    for e in entries:
        for m in e.lines:
            if m.line == line:
                currency = m.currency or currency
                for k in MONEY_KINDS:
                    v = getattr(m, k)
                    if v is not None:
                        sums[k] = sums.get(k, Decimal(0)) + v
    return ", ".join(f"{k} {amount_text(v)} {currency}".rstrip() for k, v in sums.items())


def removal_problem(action: Action, entries: Sequence[ActionProgress], n: int) -> str | None:
    """Why ``action`` (number ``n`` in the plan) may not be removed, or None."""
    mine = [e for e in entries if e.action_id == action.id]
    if not mine:
        return None
    periods = ", ".join(sorted({e.period for e in mine}))
    return (f"action {n} has progress recorded for {periods}: it stays in the plan so that its money stays "
            f"counted; report it as dropped, with the reason (actions progress set … --status dropped), or "
            f"remove its progress first")


def edit_problem(old: Action, new: Action, entries: Sequence[ActionProgress], n: int) -> str | None:
    """Why replacing ``old`` by ``new`` (number ``n`` in the plan) would move money recorded
    against its cost lines, or None: each line holding money keeps its place, year, currency and
    funder."""
    mine = [e for e in entries if e.action_id == old.id]
    for line, periods in lines_holding_money(mine).items():
        if line > len(old.costs):
            continue   # money on a line the plan had lost before this rule: nothing to keep
        was = old.costs[line - 1]
        now = new.costs[line - 1] if line <= len(new.costs) else None
        if now is not None and _identity(now) == _identity(was):
            continue
        held = _recorded(mine, line)
        moved = next((i for i, c in enumerate(new.costs, 1) if _identity(c) == _identity(was)), None)
        what = (f"moves it to line {moved}" if moved is not None
                else "removes it" if now is None else "puts another line in its place")
        return (f"cost line {line} of action {n} ({was.year}, {amount_text(was.amount)} {was.currency}) holds money "
                f"recorded for {', '.join(periods)} ({held}): this edit {what}; a line holding money keeps its "
                "place, year, currency and funder (change its amount, or add a new line after it)")
    return None


def plan_problem(old: Sequence[Action], new: Sequence[Action], entries: Sequence[ActionProgress]) -> str | None:
    """The first problem of replacing the plan ``old`` by ``new`` whole (an import): an action
    with progress removed, or a line holding money moved (numbers as in ``old``)."""
    by_id = {a.id: a for a in new}
    for n, a in enumerate(old, 1):
        problem = (removal_problem(a, entries, n) if a.id not in by_id
                   else edit_problem(a, by_id[a.id], entries, n))
        if problem:
            return problem
    return None


__all__ = ["edit_problem", "lines_holding_money", "plan_problem", "removal_problem"]
