"""The action plan's standing and money in the report: the validation record (the cover's line;
the chapter's DRAFT stamp and "proposed" wording as long as there is none, whatever the number of
owners filled in), the one-page plan at a glance (the priority actions the government chose, with
who leads them, by when, at what cost and who pays), the costed plan with the financing gap by
year, lead institution and funding source, and the changes made since the validation.

Amounts are summed exactly (``domain.plancost.plan_totals``) and formatted once, through Babel
(``reports.money``); nothing here reads the database."""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from ...domain.plan.actions import PRIORITY_ACTIONS_MAX, Action, sorted_plan
from ...domain.plan.budget import Key, keyed, line_amounts, rounded_lines, source_of
from ...domain.editorial import (
    bracketed,
    comma,
    enumeration,
    list_item_case,
    number_range,
    open_period_range,
    semicolon_list,
)
from ...domain.plan.fields import ACTION_TEXTS, COST_FIELDS, SHEET_TEXTS, CostField
from ...domain.plan.results import ResultsChain
from ...domain.texts import TEXTS, text
from ...domain.plan.cost import (
    USD,
    Cost,
    Finance,
    PlanTotals,
    Total,
    amount_text,
    convert,
    cost_by_currency,
    exact_sum,
    plan_totals,
)
from ...domain.placeholders import fill
from ...domain.plan.validation import (
    FREE_TEXT,
    PlanChange,
    Validation,
    ValidationEvent,
    ValueChange,
    changes_since,
    field_words,
    split_funding_progress,
    value_changes,
)
from ..budget import bounded_text, with_user_parts, with_user_text
from ..format import Strings, fmt_date, fmt_list, fmt_number, plural
from ..measure import text_mm
from ..model import (
    ActionPlan,
    ActionSheet,
    CostTable,
    GlanceRow,
    MoneyRow,
    PlanAction,
    PlanCosts,
    PlanRecord,
    SheetLine,
)
from ..money import NBSP, currency_places, format_amount, format_money, format_rate
from .results import results_chapter, sheet_outcome, sheet_outputs


def money(amounts: dict[str, Decimal], lang: str) -> str:
    """Amounts of one or several currencies ("XOF 45,000,000 + USD 84,000"); "–" for none."""
    return " + ".join(format_money(v, c, lang) for c, v in sorted(amounts.items())) or "–"


def display_places(total: Decimal, currency: str) -> int:
    """The decimals a column of ``currency`` shows: whole units, as a budget is read, unless its
    total is below 100 units (then the currency's own decimals, so cents do not all read 0)."""
    return 0 if total == 0 or abs(total) >= 100 else currency_places(currency)


def plan_places(actions: Sequence[Action], finance: Finance, code: str) -> int:
    """The decimals every money table shows ``code`` in: those of the plan's total there (the
    exact sum of its lines that convert, :func:`display_places`), to which each line is rounded
    once (``budget.line_amounts``), so that a line reads the same in every table."""
    lines = [c for _, _, c in keyed(actions)]
    return display_places(exact_sum(v for c in lines if (v := convert(c.amount, c.currency, code, finance)) is not None),
                          code)


def plan_split(actions: Sequence[Action], finance: Finance, code: str) -> tuple[dict[str, Decimal], int] | None:
    """The plan's cost, secured part and gap in ``code`` as every cost table's total row prints
    them: the sums of its lines' rounded amounts (``budget.line_amounts``), with the places they are
    shown in; None when no line converts."""
    p = plan_places(actions, finance, code)
    amounts = line_amounts(actions, finance, code, p)
    if not amounts:
        return None
    lines = {k: c for k, _, c in keyed(actions)}
    secured = sum((v for k, v in amounts.items() if lines[k].secured), Decimal(0))
    gap = sum((v for k, v in amounts.items() if not lines[k].secured), Decimal(0))
    return {"cost": secured + gap, "secured": secured, "gap": gap}, p


def _usd(t: Total, split: tuple[dict[str, Decimal], int] | None, which: str, lang: str) -> str:
    """A total's USD equivalent (every line converted) when it is not in dollars already."""
    conv = t.converted.get(USD)
    if conv is None or conv.left_out or split is None or set(t.cost) == {USD}:
        return ""
    return format_money(split[0][which], USD, lang, places=split[1])


def _in_plan(t: Total, split: tuple[dict[str, Decimal], int] | None, currency: str, which: str, lang: str) -> str:
    """A total in the plan's ``currency`` when every line converts, else each currency's own sum."""
    conv = t.converted.get(currency)
    if conv is None or conv.left_out or split is None:
        return money(getattr(t, which), lang)
    return format_money(split[0][which], currency, lang, places=split[1])


def change_text(change: PlanChange, s: Strings, lang: str = "en") -> str:
    """What changed, as a mark beside the action ("changed after the validation: timeline")."""
    if change.kind == "added":
        return s["plan_added_mark"]
    return fill(s["plan_changed_mark"], parts=enumeration([part_words(p, s, lang) for p in change.named or change.parts],
                                                           lang))


def part_words(part: str, s: Strings, lang: str) -> str:
    """A part of an action that changed since the validation, as the report names it: its own
    words, or a declared text's label (``domain.plan.fields``)."""
    key = f"plan_part_{part}"
    return s[key] if key in s else field_words(part, lang)


def changes_of(actions: Sequence[Action], validation: Validation | None) -> dict[str, PlanChange]:
    return {c.action_id: c for c in changes_since(validation, actions) if c.kind != "removed"}


def plan_intro(stored: bool, validation: Validation | None, lang: str, s: Strings) -> str:
    """The chapter's opening sentence: validated (when, where, by whom, who was there), proposed
    and stored but not validated, or drafted from the recommendations."""
    if validation is not None:
        names = [bounded_text(x, lang, s) for x in validation.institutions]
        # names that hold a comma ("Ministry of the Interior, Migration Directorate") are told apart
        # by semicolons, or the reader cannot count them (ru editor item 17)
        present = semicolon_list(names, lang) if any("," in x or "，" in x for x in names) else fmt_list(names, lang)
        sentence = s["plan_intro_validated"]
        if "\n{institutions}" in sentence:  # a language that sets them on lines of their own, one a line
            present = "\n".join(f"\u200f• {x}" for x in names)  # (Arabic: English names run together in an RTL line;
            # the mark keeps each bullet at the line's start whatever the name's direction)
        # the user's event, name, position and institutions known as theirs in the sentence (typed)
        return with_user_text(
            sentence, lang, date=fmt_date(validation.date, lang), event=bounded_text(validation.event, lang, s),
            name=bounded_text(validation.approved_by, lang, s), position=bounded_text(validation.position, lang, s),
            institutions=with_user_parts(present, names))
    return s["plan_intro_unvalidated"] if stored else s["plan_intro_proposed"]


def _funding(action: Action, lang: str, s: Strings) -> list[str]:
    """Who pays for ``action``, one line a source: the user's funder as typed, the application's
    words around it typeset ("European Union（未落实）" unbroken in Chinese)."""
    out: list[str] = []
    for c in action.costs:
        source: str
        if c.funding == "partner" and c.funder:
            source = bounded_text(c.funder, lang, s)
        elif c.funding == "other" and c.funder:
            source = with_user_text("{other}{colon}{funder}", lang, other=s["plan_other"], colon=s["colon"],
                                    funder=bounded_text(c.funder, lang, s))
        else:
            source = str(s[f"plan_{c.funding}"])
        line = with_user_text(s["plan_funding_secured" if c.secured else "plan_funding_open"], lang, source=source)
        if line not in out:
            out.append(line)
    return out


TEXT_WIDTH_MM = 176.0    # A4 less report.css's page margins (17 mm each side)
CELL_PADDING_MM = 3.6    # report.css's 1.5 mm each side, and a little room
MONEY_LABEL_MM = 40.0    # a cost table's label column keeps at least this
GLANCE_COST_MM = (30.0, 45.0)  # the glance's cost column: plan.css's width, and the most it may take
SHEET_AMOUNT_MM = (34.0, 50.0)  # an action sheet's amount column: the same
SHEET_CONVERTED_MM = (22.0, 34.0)  # each of its two amount columns when its lines are converted too


def amount_columns(texts: Sequence[str], columns: int, *, least: float, most: float,
                   size_pt: float = 8.0) -> tuple[float, float]:
    """(width in mm, type size in pt) of ``columns`` amount columns holding ``texts`` so that no
    amount breaks inside its digits: as wide as the widest amount (bold, as the totals),
    never narrower than ``least``; when that would exceed ``most``, the columns take ``most`` and
    the type shrinks to fit (ten trillion units in five columns: about 6 pt)."""
    need = max((text_mm(t, size_pt, bold=True) for t in texts if t), default=0.0) + CELL_PADDING_MM
    width = max(least, need)
    if width <= most:
        return round(width, 1), size_pt
    text = need - CELL_PADDING_MM
    return round(most, 1), round(size_pt * (most - CELL_PADDING_MM) / text, 2)


def _unbreakable(text: str) -> list[str]:
    """The pieces of a glance amount that never break: each amount with its currency code (
    "335 500 000 / XOF"), which may break only at the " + " between two currencies."""
    return [p for p in text.split(" + ") if p]


def _capitalised(label: str) -> str:
    """A cost category heading a table's cell, capitalised as the budget tables print it."""
    return label[:1].upper() + label[1:]


def _breakable(text: str) -> str:
    """A cost basis of an action sheet that may break between its code and its digits, never
    inside a number ("10 000" stays whole in a narrow column)."""
    return re.sub(rf"(?<!\d){NBSP}|{NBSP}(?!\d)", " ", text)


TIMELINE_MM = (21.0, 34.0)  # a timeline column: plan.css's width, and the most it takes from the action's


def timeline_mm(texts: Sequence[str], lang: str, least: float = TIMELINE_MM[0]) -> float:
    """The width of a timeline column (the plan at a glance, the full plan) holding ``texts``: no
    quarter or date breaks inside ("IV кв. 2026 / г.", "2026年第三季／度"), a range only
    after its dash ("I кв. 2027 г. —" / "I кв. 2028 г."), so as wide as the widest such piece as
    typeset (:func:`.typography.typeset`), never narrower than ``least``, at most
    :data:`TIMELINE_MM`'s most (the action's column gives the room)."""
    from ..measure import widest_unbroken_mm
    from ..typography import typeset

    need = widest_unbroken_mm([typeset(t, lang) for t in texts if t], 8.0) + CELL_PADDING_MM
    return round(min(max(least, need), TIMELINE_MM[1]), 1)


def _glance_actions(actions: Sequence[Action], orders: Sequence[int]) -> list[Action]:
    """The glance's actions, counted whatever their status (a dropped one shown is summed too)."""
    plan = list(actions)
    return [replace(plan[o - 1], status="planned") for o in orders]


def cost_lines_text(action: Action, lang: str, s: Strings) -> str:
    """An action's cost as the full plan prints it: its sum per currency, then each line — year,
    amount, who pays and whether it is secured ("XOF 195,000,000 — 2027: XOF 120,000,000, IOM
    (secured); 2028: …"), and each field declared for the action's sheet (``printed``) the line
    gives, labelled; "" when not costed."""
    if not action.costs:
        return ""
    lines = []
    who_all = []
    for c in action.costs:
        if c.funding == "partner" and c.funder:
            source: str = bounded_text(c.funder, lang, s)
        elif c.funding == "other" and c.funder:
            source = with_user_text("{other}{colon}{funder}", lang, other=list_item_case(s["plan_other"], lang), colon=s["colon"],
                              funder=bounded_text(c.funder, lang, s))
        else:
            source = list_item_case(str(s[f"plan_{c.funding}"]), lang)  # inside the line: ru lower case
        who = with_user_text(s["plan_funding_secured" if c.secured else "plan_funding_open"], lang, source=source)
        who_all.append(who)
        extra = [x for x in (basis_text(c, lang), s[f"plan_cat_{c.category}"] if c.category else "",
                             s[f"plan_pipe_{c.pipeline}"] if c.pipeline else "") if x]
        extra += [f"{text(f.label_key, lang)}{s['colon']}{declared_cell(f, c, lang, s)}"
                  for f in declared_columns([c])]
        sep = comma(lang)  # the language's comma and semicolon ("，" and "；" in Chinese)
        lines.append(f"{c.year}{s['colon']}{format_money(c.amount, c.currency, lang)}{sep}{who}"
                     + "".join(f"{sep}{x}" for x in extra))
    return with_user_parts(f"{money(dict(cost_by_currency(action.costs)), lang)} — {semicolon_list(lines, lang)}",
                           who_all, lang)  # who pays known as typed where the user named them


# the source of a rate as the officers usually enter it: the report names it in its own language
UN_RATE_SOURCES = frozenset({"un operational rate of exchange", "un operational rate", "un operational rates of exchange"})


def rate_source(source: str, lang: str, s: Strings) -> str:
    """A rate's source: the United Nations operational rate of exchange in the report's language
    (entered in English, "UN operational rate of exchange", it printed in English in every report),
    any other source as typed."""
    if " ".join(source.split()).casefold() in UN_RATE_SOURCES:
        return str(s["rate_source_un"])
    return bounded_text(source, lang, s)


def basis_text(c: Cost, lang: str) -> str:
    """A line's cost basis, "XOF 1,500,000 × 12" in the language's digits ("" when none)."""
    if c.unit_cost is None or c.quantity is None:
        return ""
    from babel.numbers import format_decimal

    from ..money import locale_of

    from ..bidi import isolate_inline

    # one left-to-right run in a right-to-left report (else "XOF × 12 1,500,000")
    return isolate_inline(f"{format_money(c.unit_cost, c.currency, lang)} × "
                          f"{format_decimal(c.quantity, locale=locale_of(lang))}", lang)


# The report's own words for the results framework's texts it had before they were declared (an
# action's texts printed "results"); a text declared after them is headed as its workbook column
_RESULT_HEADS = {"indicator": "plan_indicator", "baseline": "plan_baseline", "target": "plan_target",
                 "verification": "plan_verification"}
# the results framework table's columns of a width of their own (report.css)
_RESULT_COLUMNS = {"indicator": "c-ind", "verification": "c-mov"}


def results_cells(a: Action, lang: str, s: Strings) -> list[tuple[str, str, str]]:
    """An action's results framework, a column per text declared printed "results" (indicator,
    baseline, target, means of verification, then a text declared later): (the column's class, its
    head, the text as printed, "" when not given)."""
    return [(_RESULT_COLUMNS.get(f.name, ""),
             str(s[_RESULT_HEADS[f.name]]) if f.name in _RESULT_HEADS else text(f.label_key, lang),
             bounded_text(getattr(a, f.name), lang, s) if getattr(a, f.name) else "")
            for f in ACTION_TEXTS if f.printed == "results"]


def results_text(a: Action, lang: str, s: Strings) -> str:
    """An action's results framework in one run ("Indicator: …; baseline: …; target: …; means of
    verification: …"), the parts given only; "" when none is."""
    return semicolon_list([f"{head}{s['colon']}{value}" for _, head, value in results_cells(a, lang, s) if value],
                          lang)


def depends_text(a: Action, plan: Sequence[Action], lang: str, s: Strings | None = None) -> str:
    """The titles of the actions ``a`` needs done first, in the plan's order, semicolons between
    (a title may hold a comma); a reader is never left to look a number up."""
    number = {x.id: i for i, x in enumerate(plan, 1)}
    titles = [plan[number[d] - 1].title for d in sorted((d for d in a.depends_on if d in number), key=number.__getitem__)]
    return semicolon_list([bounded_text(t, lang, s) if s is not None else t for t in titles], lang)


def action_amounts(actions: Sequence[Action], finance: Finance, code: str,
                   places: int) -> dict[str, list[Decimal | None]]:
    """Each action's lines in ``code`` as every table prints them (``budget.line_amounts``, the one
    rounding of each line; None for a line that does not convert), by action id; a dropped
    action's lines (shown at a glance or on a sheet, in no cost table) rounded on their own."""
    amounts = line_amounts(actions, finance, code, places)
    out: dict[str, list[Decimal | None]] = {}
    for i, a in enumerate(actions):
        if a.status == "dropped":
            own = rounded_lines(list(enumerate(a.costs)), finance, code, places)
            out[a.id] = [own.get(j) for j in range(len(a.costs))]
        else:
            out[a.id] = [amounts.get((i, j)) for j in range(len(a.costs))]
    return out


def action_costs(actions: Sequence[Action], finance: Finance, code: str) -> tuple[dict[str, Decimal], int]:
    """Each costed action's cost in ``code`` as every table prints it: the sum of its lines'
    rounded amounts (:func:`action_amounts`), so that an action reads the same at a glance, on its
    sheet and in a partner's edition, and the actions add up to the plan's total; with the places
    shown. An action a line of which does not convert is left out (its own currencies are printed
    instead)."""
    p = plan_places(actions, finance, code)
    by_action = action_amounts(actions, finance, code, p)
    out = {}
    for a in actions:
        values = by_action[a.id]
        if values and all(v is not None for v in values):
            out[a.id] = sum((v for v in values if v is not None), Decimal(0))
    return out, p


def lines_in_plan(a: Action, amounts: Sequence[Decimal | None], code: str, places: int, lang: str) -> list[str]:
    """Each cost line of ``a`` in the plan's currency ``code`` as its sheet prints it beside its own
    amount: its rounded amount (``amounts``, :func:`action_amounts`), the lines adding up to the
    sheet's total exactly; none ("" each) when a line does not convert or when they read as the
    lines' own amounts already (one currency, the plan's)."""
    if not amounts or any(v is None for v in amounts):
        return [""] * len(a.costs)
    texts = [format_money(v, code, lang, places=places) for v in amounts if v is not None]
    same = texts == [format_money(c.amount, c.currency, lang) for c in a.costs]
    return [""] * len(a.costs) if same else texts


def declared_cell(f: CostField, c: Cost, lang: str, s: Strings) -> str:
    """A cost line's field declared for the action's sheet (``printed``) as its cell prints it: a
    text as typed, a code by its label, an amount in the line's currency, yes or no; "–" when not
    set."""
    value = getattr(c, f.name)
    if f.kind == "bool":
        return text("wb.change.yes" if value else "wb.change.no", lang)
    if value is None or value == "":
        return "–"
    if f.kind == "choice":
        return text(f.labels + value, lang) if f.labels + value in TEXTS else str(value)
    if f.kind == "amount":
        return format_money(value, c.currency, lang)
    if f.kind == "quantity":
        return _breakable(amount_text(value))
    return bounded_text(str(value), lang, s) if f.kind == "text" else str(value)


def declared_columns(costs: Sequence[Cost]) -> list[CostField]:
    """The fields declared for the action's sheet (``printed``) that one of its lines gives: a
    column each, after the funding stage."""
    return [f for f in COST_FIELDS if f.printed and any(getattr(c, f.name) not in (None, "", False) for c in costs)]


def action_sheets(actions: Sequence[Action], rows: Sequence[PlanAction], finance: Finance, lang: str,
                  s: Strings, chain: ResultsChain | None = None) -> list[ActionSheet]:
    """One sheet per priority action (``rows``: the chapter's rows of the actions chosen), with its
    results framework and each of its cost lines: year, who pays, category, cost basis, amount,
    pipeline status (or secured or not), and their sum in the plan's currency."""
    plan = list(actions)
    code = finance.currency or USD
    shared, places = action_costs(plan, finance, code)
    by_action = action_amounts(plan, finance, code, places)
    out = []
    for r in rows:
        a = plan[r.order - 1]
        lines = []
        converted = lines_in_plan(a, by_action[a.id], code, places, lang)
        declared = declared_columns(a.costs)
        for c, conv in zip(a.costs, converted, strict=True):
            source = c.funder if c.funding == "partner" and c.funder else s[f"plan_{c.funding}"]
            if c.funding == "other" and c.funder:
                source = f"{s['plan_other']}{s['colon']}{c.funder}"
            status = s[f"plan_pipe_{c.pipeline}"] if c.pipeline else s["plan_secured_yes" if c.secured else "plan_secured_no"]
            lines.append(SheetLine(str(c.year), bounded_text(source, lang, s),
                                   _capitalised(str(s[f"plan_cat_{c.category}"])) if c.category else "–",
                                   _breakable(basis_text(c, lang)) or "–", format_money(c.amount, c.currency, lang),
                                   str(status), conv, [declared_cell(f, c, lang, s) for f in declared]))
        total = ""
        if a.id in shared:
            total = format_money(shared[a.id], code, lang, places=places)
        elif a.costs:
            total = money(dict(cost_by_currency(a.costs)), lang)   # a line does not convert: each currency's sum
        results = results_cells(a, lang, s)
        out.append(ActionSheet(
            order=r.order, title=r.title, owners=r.owners, timeline=r.timeline, strategy=r.strategy,
            sdg=a.sdg_target, depends=depends_text(a, plan, lang, s),
            results=results if any(value for _, _, value in results) else [],
            risks=bounded_text(a.risks, lang, s),
            lines=lines, total=total, changed=r.changed,
            outcome=sheet_outcome(chain, a.id, lang, s) if chain else "",
            outputs=sheet_outputs(chain, a.id, lang, s) if chain else [],
            texts=[(text(f.label_key, lang), bounded_text(getattr(a, f.name), lang, s))
                   for f in SHEET_TEXTS if getattr(a, f.name)],
            declared=[text(f.label_key, lang) for f in declared]))
    return out


def _sheet_bounds(sheets: Sequence[ActionSheet]) -> dict[str, float]:
    """The least and most width of a sheet's amount column: narrower when some sheet prints its
    lines converted too (two amount columns share the page with the source's)."""
    two = any(ln.converted for sh in sheets for ln in sh.lines)
    least, most = SHEET_CONVERTED_MM if two else SHEET_AMOUNT_MM
    return {"least": least, "most": most}


def glance_rows(actions: Sequence[Action], rows: Sequence[PlanAction], finance: Finance, lang: str,
                s: Strings) -> list[GlanceRow]:
    """The plan at a glance: one row per action of ``rows`` (their order), with its cost (in the
    plan's currency and in US dollars, rounded as the glance's total is; each currency's own
    amount beside when they are mixed; each currency's own sum when a rate is missing) and who
    pays for it."""
    chosen = _glance_actions(actions, [r.order for r in rows])
    targets = plan_totals(chosen, finance).targets
    shared = {code: action_costs(actions, finance, code) for code in dict.fromkeys(targets)}
    out = []
    for r, a in zip(rows, chosen, strict=True):
        own = dict(cost_by_currency(a.costs))
        parts = [format_money(v, c, lang) for c, v in sorted(own.items())] if set(own) - {targets[0]} else []
        cost = _shared(shared[targets[0]], a.id, targets[0], lang) or money(own, lang)
        usd = _shared(shared[USD], a.id, USD, lang) if len(targets) > 1 else ""
        out.append(GlanceRow(
            order=r.order, title=r.title, milestone=r.milestone, owners=r.owners, owners_agreed=r.owners_agreed,
            timeline=r.timeline, cost=cost if a.costs else s["plan_not_costed"],
            cost_usd=usd if a.costs else "",
            funding=_funding(a, lang, s), status=r.status,
            changed=r.changed, cost_parts=parts))
    return out


def glance_total(actions: Sequence[Action], rows: Sequence[GlanceRow], finance: Finance, lang: str,
                 s: Strings, *, priority: bool = True) -> tuple[MoneyRow | None, str]:
    """The total row of the plan at a glance (the cost of its actions in the plan's currency, and
    in US dollars) and its rounding footnote; (None, "") when none of them is costed. Its label
    says what it covers (the ``priority`` actions the government chose, or the most urgent
    actions shown), never read as the plan's total, which the cost tables give."""
    chosen = _glance_actions(actions, [r.order for r in rows])
    totals = plan_totals(chosen, finance)
    if not totals.all.lines:
        return None, ""
    targets = totals.targets

    def added(code: str) -> str:
        """The actions' costs as the rows print them, added up (the rows add up as printed)."""
        shared, p = action_costs(actions, finance, code)
        if any(a.costs and a.id not in shared for a in chosen):
            return ""
        return format_money(sum((shared[a.id] for a in chosen if a.id in shared), Decimal(0)), code, lang, places=p)

    cost = added(targets[0]) or money(totals.all.cost, lang)
    usd = added(USD) if len(targets) > 1 else ""
    label = s["plan_glance_total"] if priority else s["plan_glance_total_ranked"]
    return MoneyRow(label, cost, "", "", usd, ""), ""


def _shared(shared: tuple[dict[str, Decimal], int], action_id: str, code: str, lang: str) -> str:
    """An action's cost from :func:`action_costs`, with the code; "" when it does not convert."""
    values, p = shared
    return format_money(values[action_id], code, lang, places=p) if action_id in values else ""


def _places_of(total: Total, targets: Sequence[str]) -> dict[str, int]:
    return {code: display_places(conv.cost, code) for code in targets if (conv := total.converted.get(code))}


def _columns(targets: Sequence[str]) -> list[tuple[str, str]]:
    """The table's amount columns: cost, secured and gap in the first currency (the plan's),
    cost and gap in US dollars when the plan's is another."""
    cols = [(targets[0], w) for w in ("cost", "secured", "gap")]
    if len(targets) > 1:
        cols += [(targets[1], "cost"), (targets[1], "gap")]
    return cols


@dataclass(frozen=True)
class _Summed:
    """A cost table in one currency, summed from the lines' rounded amounts: the cells (row,
    "secured" or "gap"), each row's cost, each column's and the grand total (None: no line of the
    table converts); a row none of whose lines converts has no cell ("–")."""

    cells: dict[tuple[int, str], Decimal]
    rows: dict[int, Decimal]
    columns: dict[str, Decimal]
    total: Decimal | None


def _summed(groups: Sequence[Sequence[tuple[Key, Cost]]], amounts: Mapping[Key, Decimal]) -> _Summed:
    """The table of ``groups`` (each row's lines) from the lines' rounded ``amounts``: every cell,
    row, column and the total a sum of rounded lines, so that the table adds up as printed."""
    cells: dict[tuple[int, str], Decimal] = {}
    for i, group in enumerate(groups):
        conv = [(c, amounts[k]) for k, c in group if k in amounts]
        if conv:
            cells[(i, "secured")] = sum((v for c, v in conv if c.secured), Decimal(0))
            cells[(i, "gap")] = sum((v for c, v in conv if not c.secured), Decimal(0))
    rows = {i: cells[(i, "secured")] + cells[(i, "gap")] for i in range(len(groups)) if (i, "gap") in cells}
    columns = {w: sum((v for (_, ww), v in cells.items() if ww == w), Decimal(0)) for w in ("secured", "gap")}
    return _Summed(cells, rows, columns if rows else {}, sum(rows.values(), Decimal(0)) if rows else None)


def _amount(shown: _Summed, i: int | None, which: str, code: str, lang: str, p: int) -> str:
    """One amount of a cost table: row ``i``'s (None: the total row) cost, secured part or gap."""
    if i is None:
        value = shown.total if which == "cost" else shown.columns.get(which)
    else:
        value = shown.rows.get(i) if which == "cost" else shown.cells.get((i, which))
    return "–" if value is None else format_amount(value, code, lang, places=p)


def _row(label: str, i: int | None, shown: Mapping[str, _Summed], lang: str, targets: Sequence[str],
         places: dict[str, int]) -> MoneyRow:
    """A line of a cost table (``i``: its row; None: the total): cost, secured and gap in the
    plan's currency, cost and gap in US dollars, printed without their code (the header names
    it); "–" where no line could be converted."""
    cells = [_amount(shown[code], i, which, code, lang, places.get(code, 0)) for code, which in _columns(targets)]
    cells += [""] * (5 - len(cells))
    return MoneyRow(label, *cells)


Grouped = Callable[[Action, Cost], object]   # a line's row in a cost table (its year, lead, source…)


def _table(title: str, rows: Sequence[tuple[str, object]], group: Grouped, actions: Sequence[Action],
           finance: Finance, lang: str, targets: Sequence[str], places: dict[str, int], s: Strings) -> CostTable:
    """A cost table whose rows (``rows``: label and the key ``group`` gives its lines) and columns
    are sums of the lines' rounded amounts (the one rounding of each line): it adds up as printed,
    and a row reads as the same lines read in every other table. No note."""
    index = {key: i for i, (_label, key) in enumerate(rows)}
    groups: list[list[tuple[Key, Cost]]] = [[] for _ in rows]
    for k, a, c in keyed(actions):
        if (i := index.get(group(a, c))) is not None:
            groups[i].append((k, c))
    shown = {code: _summed(groups, line_amounts(actions, finance, code, places.get(code, 0)))
             for code in dict.fromkeys(targets)}
    return CostTable(title, [_row(label, i, shown, lang, targets, places) for i, (label, _k) in enumerate(rows)],
                     _row(s["plan_total_plan"], None, shown, lang, targets, places), "")  # the whole plan, said


def _left_out_notes(totals: PlanTotals, finance: Finance, lang: str, s: Strings) -> list[str]:
    """One note per currency whose lines are left out of the converted totals for want of a rate."""
    out = []
    left: dict[str, int] = {}
    for conv in totals.all.converted.values():
        for code, n in conv.left_out.items():
            left[code] = max(left.get(code, 0), n)
    for code, n in sorted(left.items()):
        out.append(plural(s["plan_left_out_note"], n, lang, amount=format_money(totals.all.cost[code], code, lang),
            currencies=fmt_list([c for c in totals.targets if totals.all.converted[c].left_out.get(code)], lang),
            rates=fmt_list([c for c in totals.missing_rates if c in (code, *totals.targets)], lang)))
    return out


def costed_note(costed: int, actions: int, lang: str, s: Strings) -> str:
    """How many of the plan's actions are costed, in the number the language gives them: "All 10
    actions are costed." when all are, else "7 of the 10 actions are costed." ("1 … is costed")."""
    if costed == actions:
        return plural(s["plan_costed_all"], actions, lang)
    return plural(s["plan_costed_count"], costed, lang, actions=fmt_number(actions, lang))


def plan_costs(actions: Sequence[Action], finance: Finance, lang: str, s: Strings) -> PlanCosts | None:
    """The costed plan: the sentence stating the cost and the financing gap in the plan's currency
    and in US dollars, and the tables by year, lead institution, funding source and currency,
    every amount converted into the plan's currency and the dollar; None when nothing is costed."""
    totals = plan_totals(actions, finance)
    t = totals.all
    if not t.lines:
        return None
    targets = totals.targets
    target = targets[0]
    years = list(totals.by_year)
    span = (fill(s["plan_in_year"], year=years[0]) if len(years) == 1
            else fill(s["plan_over_years"], span=number_range(years[0], years[-1], lang)))
    # each amount with its dollars in brackets when the plan is not in dollars (the secured amount
    # too: the Russian and Chinese editors found the dollars of two of the three)
    split = {code: plan_split(actions, finance, code) for code in targets}   # as the tables' total rows
    dollars = {w: _usd(t, split.get(USD), w, lang) if target != USD else "" for w in ("cost", "secured", "gap")}
    in_usd = {w: bracketed(v, lang) if v else "" for w, v in dollars.items()}
    sentence = fill(s["plan_costs_sentence"],
        cost=_in_plan(t, split[target], target, "cost", lang), cost_usd=in_usd["cost"], years=span,
        secured=_in_plan(t, split[target], target, "secured", lang) + in_usd["secured"],
        gap=_in_plan(t, split[target], target, "gap", lang), gap_usd=in_usd["gap"])
    notes = [costed_note(totals.costed_actions, totals.actions, lang, s), s["plan_lead_note"]]
    used = set(t.cost) | set(targets)
    usd_rates = [r for r in finance.rates if r.currency in used]
    if usd_rates:
        notes.append(fill(s["plan_rates_note"], rates=fmt_list(
            [format_rate(r.per_usd, r.currency, lang)
             + bracketed(fmt_date(r.date, lang) + (f"{comma(lang)}{rate_source(r.source, lang, s)}" if r.source else ""), lang)
             for r in usd_rates], lang)))
    left_out = _left_out_notes(totals, finance, lang, s)
    notes += left_out
    if t.executed:
        notes.append(fill(s["plan_executed_note"], executed=money(t.executed, lang),
                                                    planned=money(t.planned_of_executed, lang)))
    if totals.dropped_actions:
        notes.append(s["plan_dropped_note"])
    notes.append(s["budget_rule"])   # each line rounded once, every amount the sum of its lines

    tables = _cost_tables(actions, finance, totals, lang, s)
    usd = len(targets) > 1
    columns = 5 if usd else 3
    amounts = [x for tb in tables for m in (*tb.rows, tb.total)
               for x in (m.cost, m.secured, m.gap, *((m.cost_usd, m.gap_usd) if usd else ()))]
    width, size = amount_columns(amounts, columns, least=26.5, most=(TEXT_WIDTH_MM - MONEY_LABEL_MM) / columns)
    return PlanCosts(
        sentence=sentence, by_year=tables[0].rows, by_institution=tables[1].rows, by_source=tables[2].rows,
        total=tables[0].total, usd=usd, notes=notes, currency=target, tables=tables,
        incomplete=bool(left_out), amount_mm=width, amount_pt=size)


def _cost_tables(actions: Sequence[Action], finance: Finance, totals: PlanTotals, lang: str,
                 s: Strings) -> list[CostTable]:
    """The costed plan's tables: by year, lead institution and funding source, by currency when the
    lines are in more than the plan's, by funding stage once a line gives one; each summed from
    the lines' rounded amounts."""
    t, targets = totals.all, totals.targets
    places = _places_of(t, targets)

    def source_label(key: tuple[str, str]) -> str:
        funding, funder = key
        if funding == "partner" and funder:
            return bounded_text(funder, lang, s)
        if funding == "other" and funder:
            return with_user_text("{other}{colon}{funder}", lang, other=s["plan_other"], colon=s["colon"],
                            funder=bounded_text(funder, lang, s))
        return str(s[f"plan_{funding}"])

    def currency_label(code: str, x: Total) -> str:
        rate = finance.rate(code)
        own = format_money(x.cost[code], code, lang)
        return own if rate is None else f"{own} ({format_rate(rate.per_usd, code, lang)})"

    def table(title: str, rows: Sequence[tuple[str, object]], group: Grouped) -> CostTable:
        return _table(title, rows, group, actions, finance, lang, targets, places, s)

    tables = [
        table(s["plan_by_year"], [(str(y), y) for y in totals.by_year], lambda a, c: c.year),
        table(s["plan_by_institution"], [(bounded_text(k, lang, s) if k else s["plan_no_owner"], k)
                                         for k in totals.by_institution],
              lambda a, c: a.institutions[0] if a.institutions else ""),
        table(s["plan_by_source"], [(source_label(k), k) for k in totals.by_source], lambda a, c: source_of(c)),
    ]
    if set(t.cost) != {targets[0]}:
        tables.append(table(s["plan_by_currency"], [(currency_label(k, x), k) for k, x in totals.by_currency.items()],
                            lambda a, c: c.currency))
    by_stage = _by_stage(actions, s)
    if by_stage:  # where the funding stands (IATI's pipeline), once a line says it
        tables.append(table(s["plan_by_stage"], by_stage, lambda a, c: c.pipeline))
    return tables


def _by_stage(actions: Sequence[Action], s: Strings) -> list[tuple[str, object]]:
    """The funding stages the plan's lines give (identified, pledged, committed, disbursed, then
    the lines that do not say), each label with its stage; [] when no line gives one."""
    from ...domain.plan.cost import PIPELINE_STATUSES

    said = {c.pipeline for _, _, c in keyed(actions)}
    if not said - {""}:
        return []
    return [(str(s[f"plan_pipe_{stage}"] if stage else s["plan_pipe_none"]), stage)
            for stage in (*PIPELINE_STATUSES, "") if stage in said]


def _value(text: str, what: str, lang: str, s: Strings) -> str:
    """An old or new value of a change in the report's language: an amount through Babel, yes/no
    in words, a funding source by its name; the officers' own text (a title, institutions, risks…)
    as typed, never read as an amount ("GIS 2030" is a title)."""
    if what in ("dependencies", "institutions"):  # institutions one a line: a name may hold "; " itself
        items = [bounded_text(x, lang, s) for x in text.split("; " if what == "dependencies" else "\n")]
        return with_user_parts(semicolon_list(items, lang), items) if text else ""
    if what in FREE_TEXT:
        return bounded_text(text, lang, s)
    m = re.fullmatch(r"([A-Z]{3}) (\d+(?:\.\d+)?)", text)
    if m:
        return format_money(Decimal(m.group(2)), m.group(1), lang)
    if what == "secured":
        return str(s["plan_answer_yes" if text == "yes" else "plan_answer_no"])
    if what == "pipeline" and f"plan_pipe_{text}" in s:
        return str(s[f"plan_pipe_{text}"])
    if what == "category" and f"plan_cat_{text}" in s:
        return str(s[f"plan_cat_{text}"])
    if what == "sustainability":
        m = re.fullmatch(r"recurrent; from (\d{4}) ([A-Z]{3}) (\d+(?:\.\d+)?) a year", text)
        if m:
            return str(fill(s["plan_sust_takeover"], year=m.group(1),
                                                      amount=format_money(Decimal(m.group(3)), m.group(2), lang)))
        if text == "recurrent":
            return str(s["plan_sust_recurrent"])
    m = re.fullmatch(r"([A-Z]{3}) (\d+(?:\.\d+)?) x (\d+(?:\.\d+)?)", text)
    if what == "basis" and m:
        return basis_text(Cost(2000, Decimal(0), m.group(1), unit_cost=Decimal(m.group(2)),
                               quantity=Decimal(m.group(3))), lang)
    if what == "timeline" and " – " in text:  # "2027-Q1 – 2027-Q4" as the language writes a range
        start, _, end = text.partition(" – ")
        return open_period_range(start, end, lang)
    m = re.fullmatch(r"USD 1 = ([A-Z]{3}) (\d+(?:\.\d+)?) \((\d{4}-\d\d-\d\d)\)", text)
    if what == "rate" and m:  # a rate and its date, in the language's digits and date
        return f"{format_rate(Decimal(m.group(2)), m.group(1), lang)} ({fmt_date(m.group(3), lang)})"
    if what == "funding":
        funding, _, funder = text.partition(": ")
        label = s.get(f"plan_{funding}", funding)
        return bounded_text(funder, lang, s) if funding == "partner" and funder else (
            with_user_text("{label}{colon}{funder}", lang, label=label, colon=s["colon"], funder=bounded_text(funder, lang, s))
            if funder else str(label))
    m = re.fullmatch(r"(\d{4}) ([A-Z]{3}) (\d+(?:\.\d+)?) (.*)", text)
    if m:  # a cost line: year, amount, source
        return f"{m.group(1)}, {format_money(Decimal(m.group(3)), m.group(2), lang)}, {_value(m.group(4), 'funding', lang, s)}"
    return bounded_text(text, lang, s)


def value_line(v: ValueChange, lang: str, s: Strings, shown: Mapping[str, str] | None = None) -> str:
    """One difference since the validation with its old and new value, in the report's language
    (``shown``: an action's stored title -> as the chapter prints it)."""
    name = (shown or {}).get(v.title) or bounded_text(v.title, lang, s)
    title = f"{name}{s['colon']}" if v.title else ""
    if v.what == "action":
        return str(fill(s["plan_change_added" if not v.old else "plan_change_removed"], title=name))
    key = f"plan_what_{v.what.replace(' ', '_')}"
    what = str(s[key]) if key in s else field_words(v.what, lang)
    if not title:
        what = what[:1].upper() + what[1:]
    old, new = _value(v.old, v.what, lang, s), _value(v.new, v.what, lang, s)
    if v.what == "title":  # a default title in the report's language, the old one as the new one
        old, new = (shown or {}).get(v.old) or old, (shown or {}).get(v.new) or new
    key = "plan_value_added" if not v.old else "plan_value_removed" if not v.new else "plan_value_changed"
    return str(fill(s[key], title=title, what=what, old=old, new=new))


def history_lines(events: Sequence[ValidationEvent], lang: str, s: Strings) -> list[str]:
    """The plan's validation records, oldest first, when there is more than the one standing (a
    re-validation, a withdrawal): [] otherwise."""
    if len(events) < 2 and not any(e.kind == "withdrawn" for e in events):
        return []
    out = []
    for e in events:
        at = fmt_date(e.at[:10], lang) if e.at[:10] else ""
        who = bounded_text(e.operator, lang, s) if e.operator else s["plan_history_nobody"]
        v = e.validation
        if v is None:
            out.append(with_user_text(s["plan_history_withdrawn"], lang, at=at, operator=who, reason=bounded_text(e.reason, lang, s)))
            continue
        out.append(fill(s[f"plan_history_{e.kind}"], 
            at=at, date=fmt_date(v.date, lang), event=bounded_text(v.event, lang, s),
            name=bounded_text(v.approved_by, lang, s), position=bounded_text(v.position, lang, s),
            operator=bounded_text(v.entered_by, lang, s) if v.entered_by else who))
    return out


def changes_counted(changes: Sequence[PlanChange], values: Sequence[ValueChange]) -> int:
    """How many changes the cover names: each action added, removed or changed once (its title,
    timeline and lines together, whether the summary or only the detailed list shows it), and each
    change of the plan's own (its currency, a rate); the totals they move are no change of their
    own. The demo's one timeline change read "2 changes", the summary's line and the detailed one.
    A change is its action's by the action's id, never by its title: a cost line's change titled
    "Census (pilot) (2027)" read as one of "Census" when a set of titles happened to offer that one
    first, and the count changed from one run to the next."""
    moved = {c.action_id for c in changes} | {v.action_id for v in values if v.action_id}
    return len(moved) + sum(1 for v in values if not v.action_id and not v.what.startswith("total"))


def _old_titles(values: Sequence[ValueChange], actions: Sequence[Action], lang: str, s: Strings) -> dict[str, str]:
    """The titles an action carried when the plan was validated, as the report prints them in
    ``lang``: an old default title drafted from a recommendation in ``lang`` (it is stored in the
    language it was drafted in, and read "Strengthen…" in a French report), an officers' own as typed."""
    from ...catalog.recommendations import action_title

    by_id = {a.id: a for a in actions}
    return {v.old: bounded_text(action_title(replace(by_id[v.action_id], title=v.old), lang), lang, s)
            for v in values if v.what == "title" and v.old and v.action_id in by_id}


def cover_lines(validation: Validation | None, listed: int, lang: str, s: Strings) -> tuple[str, str]:
    """The cover's line on the plan's standing: proposed, validated, or validated and amended since,
    saying how many changes (``listed``, :func:`changes_counted`) and where they are listed (under
    "Changes since the validation", which the country report's plan chapter and the implementation
    report print);
    and the same line without where (a document that does not list them: the funding request)."""
    if validation is None:
        return s["plan_cover_proposed"], s["plan_cover_proposed"]
    fields = dict(date=fmt_date(validation.date, lang), event=bounded_text(validation.event, lang, s),
                  name=bounded_text(validation.approved_by, lang, s), position=bounded_text(validation.position, lang, s))
    if not listed:  # the user's event, name and position known as theirs in the line (budget.with_user_text)
        line = with_user_text(s["plan_cover_validated"], lang, **fields)
        return line, line
    count = plural(s["plan_cover_changes"], listed, lang)
    return (with_user_text(s["plan_cover_changed"], lang, **fields,
                           changes=fill(s["plan_cover_listed"], changes=count, where=s["plan_changes"])),
            with_user_text(s["plan_cover_changed"], lang, **fields, changes=count))


def plan_record(stored: Sequence[Action] | None, plan: ActionPlan, finance: Finance | None,
                validation: Validation | None, lang: str, s: Strings,
                history: Sequence[ValidationEvent] = (), chain: ResultsChain | None = None) -> PlanRecord:
    """The report's record of the plan (``plan`` is the chapter's rows, from ``stored`` or drafted;
    ``chain`` its results chain, the logframe and results framework, None or empty: none given)."""
    finance = finance or Finance()
    actions = sorted_plan(stored or [])
    chosen = [r for r in plan.actions if r.chosen][:PRIORITY_ACTIONS_MAX]  # the glance holds one page
    if chosen:
        intro, rows = s["plan_glance_chosen"], chosen
    else:
        ranked = sorted((a for a in plan.actions if a.open), key=lambda a: (a.urgency, a.order))
        intro, rows = s["plan_glance_ranked"], ranked[:5]
    annex = bool(chosen) and len(plan.actions) > len(chosen)
    glance = glance_rows(actions, rows, finance, lang, s) if actions else [
        GlanceRow(r.order, r.title, r.milestone, r.owners, r.owners_agreed, r.timeline, s["plan_not_costed"], "",
                  [], r.status, "") for r in rows]
    g_total, g_note = glance_total(actions, glance, finance, lang, s, priority=bool(chosen)) if actions else (None, "")
    pieces = [p for g in glance for t in (g.cost, g.cost_usd, *g.cost_parts) for p in _unbreakable(t)]
    pieces += [p for t in ((g_total.cost, g_total.cost_usd) if g_total else ()) for p in _unbreakable(t)]
    g_width, g_size = amount_columns(pieces, 1, least=GLANCE_COST_MM[0], most=GLANCE_COST_MM[1])
    sheets = action_sheets(actions, chosen, finance, lang, s, chain) if actions and chosen else []
    sheet_width, sheet_size = amount_columns(
        [t for sh in sheets for t in (*(x for ln in sh.lines for x in (ln.amount, ln.converted)), sh.total)], 1,
        **_sheet_bounds(sheets))
    changes = changes_since(validation, actions)
    values = value_changes(validation, actions, finance)
    # a line's funding secured or moved to another stage is progress in financing, no amendment:
    # listed apart, and never counted as a change on the cover
    values, progress = split_funding_progress(changes, values)
    # an action's title as the chapter prints it (a default title in the report's language)
    shown = ({a.title: r.title for a, r in zip(actions, plan.actions, strict=True)}
             if stored and len(actions) == len(plan.actions) else {})
    shown = {**_old_titles(values, actions, lang, s), **shown}
    lines = []
    for c in changes:
        title = shown.get(c.title) or bounded_text(c.title, lang, s)
        if c.kind == "changed":
            lines.append(fill(s["plan_change_changed"],
                              title=title, parts=fmt_list([part_words(p, s, lang) for p in c.named or c.parts], lang)))
        else:
            lines.append(fill(s[f"plan_change_{c.kind}"], title=title))
    # the detailed list's lead-in is a sentence above its bullets, never one of them
    value_lines = [value_line(v, lang, s, shown) for v in values]
    cover, cover_unlisted = cover_lines(validation, changes_counted(changes, values), lang, s)
    return PlanRecord(
        validated=validation is not None, cover_line=cover, cover_unlisted=cover_unlisted, stamp="" if validation is not None else s["plan_stamp"],
        glance_intro=intro, glance=glance,
        glance_more=fill(s["plan_glance_more"], n=len(plan.actions), annex=s["annex_plan_ref"]) if annex else "",
        costs=plan_costs(actions, finance, lang, s) if actions else None,
        changes_intro=fill(s["plan_changes_intro"], date=fmt_date(validation.date, lang)) if validation else "",
        changes=lines, values_intro=s["plan_values_intro"] if value_lines else "", values=value_lines,
        funding_intro=s["plan_funding_progress_intro"] if progress else "",
        funding=[value_line(v, lang, s, shown) for v in progress],
        annex=annex, glance_total=g_total, glance_note=g_note,
        sheets=sheets, sheet_amount_mm=sheet_width, sheet_amount_pt=sheet_size, sheet_currency=finance.currency or USD,
        history=history_lines(history, lang, s), glance_cost_mm=g_width, glance_cost_pt=g_size,
        glance_when_mm=timeline_mm([g.timeline for g in glance], lang),
        results=results_chapter(chain, actions, [shown.get(a.title) or a.title for a in actions], lang, s)
        if chain is not None and stored else None)


__all__ = ["timeline_mm", "action_sheets", "basis_text", "cover_lines", "depends_text", "results_cells", "results_text", "change_text", "changes_of", "cost_lines_text", "glance_rows", "money", "plan_costs", "plan_intro",
           "plan_record"]
