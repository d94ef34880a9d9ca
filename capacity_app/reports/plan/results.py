"""The plan's results chain in the report: the logical framework in the EU's layout
(intervention logic | indicators | sources of verification | assumptions; rows: the overall
objective, each outcome, each action as an output) and the results framework with a target per
indicator and year, as a World Bank results framework lists them; and what an action sheet says of
the outcome its action serves.

Values are ``Decimal`` (``domain.plan.results``), written by the language's rule
(``format.fmt_number``) with all their decimals; nothing here reads the database."""
from __future__ import annotations

import math
from collections.abc import Collection, Sequence
from decimal import Decimal

from ...domain.editorial import list_item_case, semicolon
from ...domain.languages import is_rtl
from ...domain.plan.actions import Action
from ...domain.plan.result_fields import LATER_FIELDS, ResultField
from ...domain.plan.results import Indicator, ResultsChain
from ...domain.texts import text
from ...domain.placeholders import fill
from ..budget import bounded_text, with_user_text
from ..format import Strings, fmt_list, fmt_number
from ..measure import text_mm, widest_unbroken_mm
from ..model import FrameworkRow, LogframeRow, ResultsChapter, SheetIndicator


FRAMEWORK_PT = 8.0   # the results framework's type (plan.css, table.framework)


def value(d: Decimal, lang: str) -> str:
    """A value with all its decimals, as the language writes numbers ("1,500", "12,5", "1 500")."""
    exp = d.as_tuple().exponent
    places = -exp if isinstance(exp, int) and exp < 0 else 0
    return fmt_number(d, lang, places)  # type: ignore[arg-type]  # a Decimal rounds exactly


def baseline_text(i: Indicator, lang: str) -> str:
    """"25 (2025)", or "–" when no baseline is given."""
    if i.baseline is None:
        return "–"
    return f"{value(i.baseline, lang)} ({i.baseline_year})"


def indicator_line(i: Indicator, lang: str, s: Strings) -> str:
    """An indicator as the logframe's cell lists it: its name and unit, its baseline, its targets
    (the user's name and unit known as theirs inside the line: budget.with_user_text). The parts
    are joined by the cell's language's semicolon (Arabic "؛ " after an English name too), and a
    label after a semicolon is a word inside the sentence (Russian "; целевые значения":
    editorial.list_item_case)."""
    def label(words: object) -> str:
        return list_item_case(str(words), lang) + str(s["colon"])

    parts = []
    if i.baseline is not None:
        parts.append(f"{label(s['plan_baseline'])}{baseline_text(i, lang)}")
    if i.targets:
        key = "plan_target_one" if len(i.targets) == 1 else "plan_targets"   # "Target: 1 (2028)"
        parts.append(label(s[key]) + fmt_list([f"{value(t.value, lang)} ({t.year})" for t in i.targets], lang))
    sep = semicolon(lang)
    # right to left: one isolate for the name and its unit, their brackets inside it (apart, the
    # brackets around an English unit in an Arabic line paired across a line break: "published (" /
    # "(tables")
    whole = bool(i.unit) and is_rtl(lang)
    line = "{name} ({unit})" if i.unit and not whole else "{name}"
    name = f"{i.name} ({i.unit})" if whole else i.name
    later = {f"later{n}": _later_value(f, getattr(i, f.name), lang, s) for n, f in enumerate(LATER_FIELDS)
             if f.record == "indicator" and getattr(i, f.name) not in ("", None, ())}
    # each field declared after the first ones that is set: its label (the Results column's) and value
    tail = "".join(f"{{sep}}{label(text(LATER_FIELDS[int(k[5:])].label_key, lang))}{{{k}}}" for k in later)
    return with_user_text(line + ("{sep}{rest}" if parts else "") + tail, lang, name=bounded_text(name, lang, s),
                          unit=bounded_text(i.unit, lang, s) if i.unit and not whole else "", sep=sep, rest=sep.join(parts),
                          **later)


def _later_value(f: ResultField, v: object, lang: str, s: Strings) -> str:
    """A field of an indicator declared after the first ones as the logframe prints it."""
    if f.kind == "value" and isinstance(v, Decimal):
        return value(v, lang)
    if f.kind == "targets":
        return fmt_list([f"{value(t.value, lang)} ({t.year})" for t in v], lang)  # type: ignore[attr-defined]
    return bounded_text(str(v), lang, s) if f.is_text else str(v)


def _framework_row(level: str, i: Indicator, years: Sequence[int], lang: str, s: Strings) -> FrameworkRow:
    cells = []
    for y in years:
        t = i.target_in(y)
        cells.append("" if t is None else value(t, lang))
    return FrameworkRow(level, bounded_text(i.name, lang, s), bounded_text(i.unit, lang, s),
                        baseline_text(i, lang), cells)


def _row(kind: str, level: str, logic: str, indicators: Sequence[Indicator], assumptions: str,
         lang: str, s: Strings) -> LogframeRow:
    return LogframeRow(kind, level, bounded_text(logic, lang, s), [indicator_line(i, lang, s) for i in indicators],
                       [bounded_text(i.verification, lang, s) for i in indicators if i.verification],
                       bounded_text(assumptions, lang, s))


def _levels(words: str, s: Strings, held: bool = True) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The labels of the objective, an outcome and an output ("{n}" their number) in the logframe's
    rows and in the results framework's, in ``words`` (:class:`ResultsChapter`). An edition's
    labels hold their number to the word before it (``held``: a no-break space): its level column is
    narrow, and "(outcome)" / "1" read as two levels."""
    logframe: tuple[str, ...] = (str(s["plan_lf_objective"]), str(s["plan_lf_outcome"]), str(s["plan_lf_output"]))
    framework: tuple[str, ...] = (str(s["plan_rf_objective"]), str(s["plan_rf_outcome"]), str(s["plan_rf_output"]))
    if words == "report":
        return logframe, framework
    if words == "results":
        pdo, intermediate = str(s["donor_pdo"]), str(s["donor_intermediate"])
        logframe = (pdo, f"{pdo} · {framework[1]}", f"{intermediate} · {framework[2]}")
    if held:
        logframe = tuple(x.replace(" {n}", "\u00a0{n}") for x in logframe)
    return logframe, logframe


LEVEL_MM = (20.0, 36.0)   # the results framework's level column: its least (plan.css, col.c-lvl) and most


def level_mm(labels: Sequence[str], head: str) -> float:
    """The results framework's level column as wide as its language's longest level label asks: no
    word of a label or of the column's header broken ("Непосред-/ственный", "Конкрет-/ная цель"),
    each label on three lines at most; never narrower than 20 mm nor wider than 36 (the indicator's
    column keeps its room)."""
    words = max(widest_unbroken_mm(labels, FRAMEWORK_PT), widest_unbroken_mm([head], FRAMEWORK_PT, bold=True))
    lines = max((text_mm(x, FRAMEWORK_PT) * 1.2 / 3 for x in labels), default=0.0)  # lines break at spaces
    # the cell's padding; rounded up to a tenth (rounded down, the widest word would not fit)
    return min(LEVEL_MM[1], max(LEVEL_MM[0], math.ceil((max(words, lines) + 3.0) * 10) / 10))


def results_chapter(chain: ResultsChain, actions: Sequence[Action], titles: Sequence[str], lang: str,
                    s: Strings, *, outcomes: Collection[str] | None = None,
                    outputs: Collection[str] | None = None, words: str = "report") -> ResultsChapter | None:
    """The logframe and the results framework of ``chain`` over the plan ``actions`` (in order,
    ``titles`` as the chapter prints them); None when no chain is given. ``outcomes`` and
    ``outputs``: the ids of the outcomes and of the actions to keep (a partner's part of the
    logframe: the outcomes its actions serve and its actions), each keeping its number in the whole
    plan's logframe; None keeps every one. ``words``: the donor's words it is told in
    (:class:`ResultsChapter`)."""
    if chain.is_empty:
        return None
    (lf_objective, lf_outcome, lf_output), (rf_objective, rf_outcome, rf_output) = _levels(words, s)
    number = {a.id: n for n, a in enumerate(actions, 1)}
    kept = [a for a in actions if outputs is None or a.id in outputs]
    years = list(chain.years())
    logframe: list[LogframeRow] = []
    framework: list[FrameworkRow] = []
    if chain.objective:
        ind = chain.indicators_of("objective")
        logframe.append(_row("objective", lf_objective, chain.objective, ind, chain.assumptions, lang, s))
        framework += [_framework_row(rf_objective, i, years, lang, s) for i in ind]
    for n, o in enumerate(chain.outcomes, 1):
        if outcomes is not None and o.id not in outcomes:
            continue
        ind = chain.indicators_of("outcome", o.id)
        logframe.append(_row("outcome", fill(lf_outcome, n=n), o.name, ind, o.assumptions, lang, s))
        framework += [_framework_row(fill(rf_outcome, n=n), i, years, lang, s) for i in ind]
        for a, title in zip(actions, titles, strict=True):
            if chain.outcome_of(a.id) == o and (outputs is None or a.id in outputs):
                out = chain.indicators_of("output", a.id)
                logframe.append(_row("output", fill(lf_output, n=number[a.id]), title, out, a.risks,
                                     lang, s))
    for a in kept:  # output indicators in the plan's order, after the outcomes'
        framework += [_framework_row(fill(rf_output, n=number[a.id]), i, years, lang, s)
                      for i in chain.indicators_of("output", a.id)]
    unlinked = [str(number[a.id]) for a in kept if chain.outcome_of(a.id) is None and a.status != "dropped"]
    widest = max((text_mm(t, FRAMEWORK_PT) for f in framework for t in (*f.targets, *map(str, years))), default=0.0)
    return ResultsChapter(logframe, [str(y) for y in years], framework,
                          f"{s['plan_lf_none']} {fmt_list(unlinked, lang)}" if unlinked and chain.outcomes else "",
                          max(12.0, round(widest + 3.0, 1)),   # the cell's padding beside the figure
                          words, level_mm([f.level for f in framework], str(s["plan_rf_level"])))


def sheet_outcome(chain: ResultsChain, action_id: str, lang: str, s: Strings, words: str = "report") -> str:
    """What an action sheet says of the outcome its action serves ("Specific objective (outcome)
    2: …"; in a results framework's ``words``, "Development objective · Outcome 2: …"), "" when it
    serves none."""
    o = chain.outcome_of(action_id)
    if o is None:
        return ""
    n = chain.outcome_number(o.id)
    label = fill(_levels(words, s, held=False)[0][1], n=n)  # a sentence: no narrow column
    return with_user_text("{label}{colon}{name}", lang, label=label, colon=s["colon"],
                          name=bounded_text(o.name, lang, s))


def sheet_outputs(chain: ResultsChain, action_id: str, lang: str, s: Strings) -> list[SheetIndicator]:
    """The action's output indicators, each with its baseline, targets and means of verification."""
    out = []
    for i in chain.indicators_of("output", action_id):
        targets = fmt_list([f"{value(t.value, lang)} ({t.year})" for t in i.targets], lang) if i.targets else "–"
        out.append(SheetIndicator(bounded_text(i.name, lang, s), bounded_text(i.unit, lang, s), baseline_text(i, lang),
                                  targets, bounded_text(i.verification, lang, s) or "–"))
    return out


__all__ = ["baseline_text", "indicator_line", "level_mm", "results_chapter", "sheet_outcome", "sheet_outputs", "value"]
