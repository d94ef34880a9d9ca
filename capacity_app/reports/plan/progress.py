"""The implementation report: the plan followed in one reporting period, as a ministry
sends it to its partners and its statistical council, printed by ``resources/report/progress.html.j2``
through the report's one pipeline (PDF and Word) when the report context carries it
(``ReportContext.progress``).

Built from ``domain.plan.progress.PeriodSummary`` and, when the caller gives them, the plan's
money settings (its currency and exchange rates), every progress entry and every indicator value
recorded: a summary (what was achieved, the budget executed, the overruns, who reported; the actions
on track, at risk, off track, not judged, with the written rule), the money by partner (pledged,
committed, disbursed, spent, per currency, with the totals that add up: ``money_totals``), the
execution rates (spent and disbursed against the plan's budget, per action, per partner and in
all, in the period and since the plan began, in the plan's currency), the overruns, the reasons of
the actions at risk or off track, the next period's actions and budget, the lead institutions that
reported and those that did not, every action's status, standing and reason, a page per priority
action, the indicators measured and each indicator's series, the reasons given and the signatures.
Every amount table goes through the one rounding rule (``domain.rounding.apportion``: each column
adds up to its total as printed); every figure and date through the report's formatting
(``reports.format``, ``money``); user text is data, escaped by the template.
"""
from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from ...domain import editorial
from ...domain.plan.actions import Action
from ...domain.plan.budget import line_amounts
from ...domain.plan.cost import Finance, amount_text, convert, exact_sum, rounded
from ...domain.plan.overrun import Overrun, overrun_standing
from ...domain.plan.period_report import Measure, PeriodReport
from ...domain.plan.progress import (
    MONEY_KINDS,
    NOT_JUDGED,
    ActionProgress,
    ActionRow,
    IndicatorValue,
    Partner,
    PeriodSummary,
    action_lead,
    money_by_currency,
    money_by_partner,
    money_by_partner_to_date,
    next_period,
    other_year_lines,
    period_dates,
    plan_first_year,
    plan_leads,
    runs_in,
    timeline,
)
from ...domain.plan.progress_fields import ProgressField, fields_of
from ...domain.plan.results import Indicator, ResultsChain
from ...domain.placeholders import fill
from ...domain.texts import text as catalogue_text
from ...domain.rounding import apportion
from ..budget import bounded_text
from ..format import fmt_date, fmt_list, fmt_percent, fmt_quarter
from ..measure import text_mm
from .results import value as shown  # an indicator's value as the language writes numbers, one rule
from ..model import (
    Achieved,
    AchievedRow,
    ActionMoney,
    IndicatorLine,
    LeadLine,
    NextAction,
    OverrunLine,
    PartnerMoney,
    ProgressAction,
    ProgressReport,
    RateBlock,
    RateRow,
    RateTable,
    RiskLine,
    SeriesRow,
    SignatureBox,
)
from ..money import (Amount, WholeAmounts, whole_dates, currency_name, fill_money, format_amount, format_money, money_in_words,
                     rate_in_words)
from .chapter import display_places, plan_places

_FUNDING = {"national": "plan_national", "partner": "plan_partner", "other": "plan_other"}
RATE_KINDS = ("budget", "disbursed", "spent")           # the amounts of an execution table
PARTNER_KINDS = ("pledged", *MONEY_KINDS)               # the amounts of the money by partner


def _standing(code: str, s: Mapping[str, Any]) -> str:
    return str(s[f"progress_{code}"])


def status_word(status: str, s: Mapping[str, Any]) -> str:
    """An action's status as the implementation report says it: "planned" is "not started" there,
    as its summary counts it (the plan's own chapters keep "planned")."""
    return str(s["progress_status_planned" if status == "planned" else f"action_status_{status}"])


def _partner(funding: str, funder: str, s: Mapping[str, Any]) -> str:
    return funder or str(s[_FUNDING.get(funding, "plan_other")])


def period_words(period: str, lang: str, use: str = "name") -> str:
    """A reporting period as the report's sentences name it ("2026 год", "the first half of 2026":
    domain.editorial.reporting_period), one rule for every sentence and heading; ``use``: how the
    sentence uses it ("in", "end", "for", "title", "into": in French, Spanish and Portuguese with
    the preposition the sentence leaves out, "au premier semestre 2026")."""
    return editorial.reporting_period(period, lang, use)


def _joined(parts: Iterable[str], lang: str) -> str:
    """Sentences one after the other (Chinese: no space between them)."""
    return ("" if lang == "zh" else " ").join(p for p in parts if p)


# --- amounts as printed: the one rounding rule ---------------------------------------------------

class Printed:
    """A table's amounts in one currency as printed: per row and kind, each column's cells its
    exact amounts apportioned from the column's exact total rounded once
    (``domain.rounding.apportion``), so that every column adds up to its total as printed; the
    exact amounts are kept for the rates. ``given``: a kind's cells already printed elsewhere (the
    budget in the plan's currency: the sums of its cost lines as the funding request and the plan's
    chapters round them, ``budget.line_amounts``), its total their sum; ``places``: theirs."""

    def __init__(self, currency: str, exact: Mapping[Any, Mapping[str, Decimal]], kinds: Sequence[str],
                 given: Mapping[str, Mapping[Any, Decimal]] | None = None, places: int | None = None) -> None:
        self.currency = currency
        self.exact = {label: {k: row.get(k, Decimal(0)) for k in kinds} for label, row in exact.items()}
        self.exact_total = {k: exact_sum(row[k] for row in self.exact.values()) for k in kinds}
        self.places = places if places is not None else display_places(
            max((abs(v) for v in self.exact_total.values()), default=Decimal(0)), currency)
        self.total = {k: rounded(v, self.places) for k, v in self.exact_total.items()}
        self.rows: dict[Any, dict[str, Decimal]] = {label: {} for label in self.exact}
        for k in kinds:
            if given is not None and k in given:
                cells = [given[k].get(label, Decimal(0)) for label in self.exact]
                self.total[k] = sum(cells, Decimal(0))
            else:
                cells = apportion([row[k] for row in self.exact.values()], self.total[k], self.places)
            for label, v in zip(self.exact, cells, strict=True):
                self.rows[label][k] = v

    @property
    def rounded(self) -> bool:
        """Whether a printed amount differs from its exact amount (a rounding note applies)."""
        return any(self.total[k] != v for k, v in self.exact_total.items()) or any(
            self.rows[label][k] != v for label, row in self.exact.items() for k, v in row.items())

    def text(self, amount: Decimal, lang: str, *, code: bool = False) -> str:
        """A printed amount, with its currency code or without (a column headed by it)."""
        if code:
            return format_money(amount, self.currency, lang, places=self.places)
        return format_amount(amount, self.currency, lang, places=self.places)

    def words(self, amount: Decimal) -> Amount:
        """A printed amount as a sentence says it (``money.fill_money``: the currency named, or its
        code where the grammar cannot take the name)."""
        return Amount(amount, self.currency, self.places)


def shown_in(amount: Decimal, currency: str, finance: Finance) -> tuple[str, Decimal]:
    """``amount`` in the plan's currency at the plan's rates (``cost.convert``), else in its own
    currency (the plan names none, or no rate converts it)."""
    target = finance.currency
    if target and currency != target:
        converted = convert(amount, currency, target, finance)
        if converted is not None:
            return target, converted
    return currency, amount


Item = tuple[Any, str, str, Decimal, Any]   # row label, currency, kind, exact amount, its cost line's key (or None)
LineKey = tuple[str, int]                    # a cost line: its action's id, its index among the action's lines


def plan_lines(actions: Sequence[Action], finance: Finance | None) -> tuple[dict[LineKey, Decimal], int]:
    """Each cost line in the plan's currency as the funding request and the plan's chapters print
    it (``budget.line_amounts``: the one rounding of each line, over the whole plan), by
    :data:`LineKey`, and the places it is printed with; ``({}, 0)`` without a plan currency."""
    code = finance.currency if finance is not None else ""
    if finance is None or not code:
        return {}, 0
    acts = list(actions)
    places = plan_places(acts, finance, code)
    return {(acts[i].id, j): v for (i, j), v in line_amounts(acts, finance, code, places).items()}, places


def budget_items(actions: Iterable[tuple[Any, Action]], year: int, to_date: bool) -> list[Item]:
    """The budget of ``year`` (``to_date``: of every year up to it) of ``actions``, each given with
    its row's label: an item per cost line, keyed for :func:`plan_lines`."""
    return [(label, c.currency, "budget", c.amount, (a.id, j)) for label, a in actions
            for j, c in enumerate(a.costs) if c.year == year or (to_date and c.year < year)]


def blocks_of(items: Iterable[Item], finance: Finance, kinds: Sequence[str],
              lines: tuple[Mapping[LineKey, Decimal], int] | None = None) -> list[Printed]:
    """Amounts gathered per currency shown (the plan's first, then each currency that does not
    convert to it, on its own), per row in the order met, per kind, and printed by the rule; the
    budget in the plan's currency from ``lines`` (:func:`plan_lines`) when every one of its lines
    is there (a line of a dropped action is not: the table keeps its own rounding), so that a
    year's budget reads as the funding request prints it."""
    exact: dict[str, dict[Any, dict[str, Decimal]]] = {}
    given: dict[str, dict[Any, Decimal]] = {}   # kind -> row -> the sum of its lines as printed
    whole = lines is not None
    for label, currency, kind, amount, key in items:
        if not amount:
            continue
        cur, value = shown_in(amount, currency, finance)
        row = exact.setdefault(cur, {}).setdefault(label, {})
        row[kind] = exact_sum((row.get(kind, Decimal(0)), value))
        if lines is not None and key is not None and cur == finance.currency:
            printed = lines[0].get(key)
            whole = whole and printed is not None
            cells = given.setdefault(kind, {})
            cells[label] = cells.get(label, Decimal(0)) + (printed or Decimal(0))
    order = sorted(exact, key=lambda c: (c != finance.currency, c))
    plan = finance.currency if whole and given else None
    return [Printed(c, exact[c], kinds, given, lines[1]) if c == plan and lines is not None
            else Printed(c, exact[c], kinds) for c in order]


def share_text(part: Decimal, whole: Decimal, lang: str) -> str:
    """``part`` ÷ ``whole`` of the exact amounts as a percentage ("–" when there is no budget)."""
    return "–" if whole <= 0 else fmt_percent(float(part / whole), lang)


def table_totals(blocks: Sequence[Printed], converted: Sequence[Printed]) -> tuple[list[Printed], Printed | None]:
    """The totals of a money table printed a block per currency as recorded, one rule for every
    such table (the money by partner, by action): each currency's total under more than one row of
    it (a single row's would only repeat it), then, when the table holds more than one currency,
    its total converted into the plan's currency (``converted``: the same amounts through
    :func:`blocks_of`, the execution tables' conversion and rounding), given only when every
    currency converts into it: never a "Total" that sums some of the rows printed above it."""
    own = [b for b in blocks if len(b.rows) > 1]
    grand = converted[0] if len(blocks) > 1 and len(converted) == 1 else None
    return own, grand


def total_label(b: Printed, several: bool, lang: str, s: Mapping[str, Any]) -> str:
    """A currency's total row's label: "Total", with the currency's code in brackets when the table
    holds more than one currency ("Total (USD)", as the execution tables name a block's currency)."""
    return str(s["progress_total"]) + (editorial.bracketed(b.currency, lang) if several else "")


def converted_label(b: Printed, s: Mapping[str, Any]) -> str:
    """The label of a table's total converted into the plan's currency."""
    return fill(str(s["progress_total_converted"]), code=b.currency)


# --- the money by partner in the period ------------------------------------------------------------

def partner_blocks(summary: PeriodSummary, s: Mapping[str, Any],
                   by_partner: Mapping[Partner, Mapping[str, Decimal]] | None = None) -> list[Printed]:
    """The money by partner of the period (or ``by_partner``, since the plan began, say), a block
    per currency as recorded (never converted)."""
    out = []
    money = summary.by_partner if by_partner is None else by_partner
    for currency in summary.totals if by_partner is None else sorted({cur for _f, _n, cur in money}):
        rows: dict[Any, dict[str, Decimal]] = {}
        for (funding, funder, cur), row in money.items():
            if cur == currency:
                mine = rows.setdefault(_partner(funding, funder, s), {})
                for k in PARTNER_KINDS:
                    mine[k] = mine.get(k, Decimal(0)) + row[k]
        out.append(Printed(currency, rows, PARTNER_KINDS))
    return out


def committed_span(period: str) -> str | None:
    """What a half-year's Committed column counts: the commitments of its year to its end ("2026"
    for "2026-H2", the half-year itself for "2026-H1"), set beside the year's pledges (a commitment
    recorded in the first half still stands in the second: a column of the half-year alone read "0"
    for money committed); None for a year, whose column is its own."""
    if len(period) != 7 or period[4:6] != "-H":
        return None
    return period[:4] if period.endswith("H2") else period


def committed_in_year(summary: PeriodSummary, entries: Sequence[ActionProgress] | None
                      ) -> dict[Partner, Decimal] | None:
    """Each partner's commitments of a half-year's year to its end (:func:`committed_span`); None
    for a year, or without the plan's entries (the period's own then)."""
    span = committed_span(summary.period)
    if span is None or entries is None:
        return None
    by_partner = money_by_partner([r.action for r in summary.rows], entries, span)
    return {key: row["committed"] for key, row in by_partner.items() if row["committed"]}


def with_committed(by_partner: Mapping[Partner, Mapping[str, Decimal]], committed: Mapping[Partner, Decimal]
                   ) -> dict[Partner, dict[str, Decimal]]:
    """``by_partner`` with its committed amounts replaced by ``committed`` (a partner that
    committed earlier in the year and nothing else in the period: a row of its own)."""
    out = {key: {**row, "committed": committed.get(key, Decimal(0))} for key, row in by_partner.items()}
    for key, amount in committed.items():
        out.setdefault(key, {**{k: Decimal(0) for k in PARTNER_KINDS}, "committed": amount})
    return dict(sorted(out.items()))


def _typed_partner(label: str, lang: str, s: Mapping[str, Any]) -> str:
    """A partner's label as a table prints it: a funder's name as typed (``budget.bounded_text``:
    never hyphenated by the report's language), the report's own words for the others."""
    return label if label in {str(s[k]) for k in _FUNDING.values()} else bounded_text(label, lang, s)


def money_rows(summary: PeriodSummary, lang: str, s: Mapping[str, Any],
               committed: Mapping[Partner, Decimal] | None = None,
               finance: Finance | None = None) -> tuple[PartnerMoney, ...]:
    """The partners' rows of each currency, then the totals by :func:`table_totals` (each the sum
    of exactly the rows it covers, as printed: the one rounding rule). ``committed``: the
    commitments of the half-year's year to its end (:func:`committed_in_year`), printed instead of
    the period's; ``finance``: the plan's currency and rates (the table's converted total)."""
    out = []
    money = summary.by_partner if committed is None else with_committed(summary.by_partner, committed)
    blocks = partner_blocks(summary, s, None if committed is None else money)
    actions = [r.action for r in summary.rows]
    items = [(label, cur, "pledged", amount, key) for found in partner_lines(actions, s, int(summary.period[:4])).values()
             for label, cur, _kind, amount, key in found]
    items += [(_partner(funding, funder, s), cur, k, row[k], None) for (funding, funder, cur), row in money.items()
              for k in PARTNER_KINDS if k != "pledged"]
    own, grand = table_totals(blocks, blocks_of(items, finance or Finance(), PARTNER_KINDS, plan_lines(actions, finance)))
    for b in blocks:
        for label, row in b.rows.items():
            out.append(PartnerMoney(_typed_partner(label, lang, s), b.currency,
                                    tuple(b.text(row[k], lang, code=True) for k in PARTNER_KINDS)))
        if b in own:
            out.append(PartnerMoney(total_label(b, len(blocks) > 1, lang, s), b.currency,
                                    tuple(b.text(b.total[k], lang, code=True) for k in PARTNER_KINDS), True))
    if grand is not None:
        out.append(PartnerMoney(converted_label(grand, s), grand.currency,
                                tuple(grand.text(grand.total[k], lang, code=True) for k in PARTNER_KINDS), True))
    return tuple(out)


ACTION_KINDS = ("budget", *MONEY_KINDS)               # the amounts of the money by action


def action_money(summary: PeriodSummary, lang: str, s: Mapping[str, Any],
                 entries: Sequence[ActionProgress] | None = None,
                 finance: Finance | None = None) -> tuple[ActionMoney, ...]:
    """Every action of the period with its money, a row per currency as recorded (never converted):
    the budget of the period's year (its cost lines), committed (a half-year's: in its year to its
    end, :func:`committed_span`, given ``entries``), disbursed and spent in the period; an action
    with none a row of dashes; then the totals by :func:`table_totals` (the money by partner's
    rule, the table's converted into the plan's currency, ``finance``), each the sum of its rows as
    printed (the one rounding rule), except that a table of several currencies gives each
    currency's total, a single row's too: its rows follow the plan's order, not their currency's,
    so a total under only some currencies read as the column's."""
    span = committed_span(summary.period) if entries is not None else None
    year = int(summary.period[:4])
    exact: dict[str, dict[Any, dict[str, Decimal]]] = {}

    def add(currency: str, number: int, kind: str, amount: Decimal) -> None:
        row = exact.setdefault(currency, {}).setdefault(number, {})
        row[kind] = exact_sum((row.get(kind, Decimal(0)), amount))

    for r in summary.rows:
        for c in r.action.costs:
            if c.year == year:
                add(c.currency, r.number, "budget", c.amount)
        for k in MONEY_KINDS:
            money = r.in_period[k]
            if k == "committed" and span is not None and entries is not None:
                money = money_by_currency(entries, r.action.id, k, inside=span)
            for cur, v in money.items():
                add(cur, r.number, k, v)
    blocks = [Printed(c, exact[c], ACTION_KINDS) for c in sorted(exact)]
    out = []
    for r in summary.rows:
        mine = [b for b in blocks if r.number in b.rows]
        out += [ActionMoney(r.number, r.action.title, b.currency,
                            tuple(b.text(b.rows[r.number][k], lang) for k in ACTION_KINDS), first=i == 0)
                for i, b in enumerate(mine)]
        if not mine:
            out.append(ActionMoney(r.number, r.action.title, "–", ("–",) * len(ACTION_KINDS)))
    items = budget_items([(r.number, r.action) for r in summary.rows], year, False)
    items += [(n, cur, k, v, None) for cur, rows in exact.items() for n, row in rows.items() for k, v in row.items()
              if k != "budget"]
    lines = plan_lines([r.action for r in summary.rows], finance)   # the budget as the funding request prints it
    own, grand = table_totals(blocks, blocks_of(items, finance or Finance(), ACTION_KINDS, lines))
    own = blocks if len(blocks) > 1 else own
    out += [ActionMoney(0, str(s["progress_total"]), b.currency, tuple(b.text(b.total[k], lang) for k in ACTION_KINDS),
                        total=True) for b in own]
    if grand is not None:
        out.append(ActionMoney(0, converted_label(grand, s), grand.currency,
                               tuple(grand.text(grand.total[k], lang) for k in ACTION_KINDS), total=True))
    return tuple(out)


def above_plan(summary: PeriodSummary, lang: str, s: Mapping[str, Any],
               since: Mapping[Partner, Mapping[str, Decimal]] | None = None) -> tuple[str, ...]:
    """Money spent above what was pledged for the period's year, said in a sentence per partner
    (and per currency's total when it has more than one partner), in the figures printed.
    ``since``: the money by partner since the plan began; a partner (or total) that spends in the
    period what it pledged for an earlier year (an earlier line's money spent late), its spending
    to date within its pledges to date, is not above the plan."""
    out = []
    total = str(s["progress_total"])
    earlier = {b.currency: b for b in partner_blocks(summary, s, since)} if since is not None else {}
    for b in partner_blocks(summary, s):
        rows = [*b.rows.items(), *([(total, b.total)] if len(b.rows) > 1 else [])]
        for label, row in rows:
            before = earlier.get(b.currency)
            to_date = None if before is None else before.total if label == total else before.rows.get(label)
            if row["spent"] > row["pledged"] and (to_date is None or to_date["spent"] > to_date["pledged"]):
                out.append(fill_money(str(s["progress_above_plan"]), lang, partner=label,
                                      period=period_words(summary.period, lang, "in"), year=summary.period[:4],
                                      spent=b.words(row["spent"]), pledged=b.words(row["pledged"]),
                                      over=b.words(row["spent"] - row["pledged"])))
    return tuple(out)


def other_years(summary: PeriodSummary, entries: Sequence[ActionProgress] | None, lang: str,
                s: Mapping[str, Any]) -> tuple[str, ...]:
    """The money by partner's rows above their pledges because of other years' lines, each said
    by one rule: a row (a partner in a currency) whose money committed, disbursed or spent in the
    period is above what it pledged for the period's year, and part of which was recorded on its
    cost lines of other years (``progress.other_year_lines``), gets a sentence naming those years,
    earlier (spent late), later (committed or paid early) or both. ``entries``: every entry of the
    plan (None: none said)."""
    if entries is None:
        return ()
    years: dict[tuple[str, Any], set[int]] = {}
    for (funding, funder, cur), met in other_year_lines([r.action for r in summary.rows], entries,
                                                        summary.period).items():
        years.setdefault((cur, _partner(funding, funder, s)), set()).update(met)
    year, out = int(summary.period[:4]), []
    for b in partner_blocks(summary, s):
        for label, row in b.exact.items():
            found = sorted(years.get((b.currency, label), ()))
            if not found or not any(row[k] > row["pledged"] for k in MONEY_KINDS):
                continue
            when = "earlier" if found[-1] < year else "later" if found[0] > year else "both"
            out.append(fill(str(s[f"progress_other_years_{when}"]), partner=label, year=year,
                            period=period_words(summary.period, lang, "in"),
                            years=fmt_list([str(y) for y in found], lang)))
    return tuple(out)


# --- execution rates ---------------------------------------------------------------------------------

def action_items(rows: Sequence[ActionRow], year: int, to_date: bool) -> list[Item]:
    """Each action's budget (its cost lines of ``year``, or of every year up to it ``to_date``)
    and its money disbursed and spent (in the period, or to its end), by currency."""
    out: list[Item] = []
    for r in rows:
        label = f"{r.number}. {r.action.title}"
        out += budget_items([(label, r.action)], year, to_date)
        money = r.to_date if to_date else r.in_period
        out += [(label, cur, k, v, None) for k in ("disbursed", "spent") for cur, v in money[k].items()]
    return out


def partner_lines(actions: Sequence[Action], s: Mapping[str, Any], year: int,
                  to_date: bool = False) -> dict[Partner, list[Item]]:
    """Each partner's pledges, line by line: its cost lines of ``year`` (or of every year up to it
    ``to_date``) as budget items keyed for :func:`plan_lines`."""
    out: dict[Partner, list[Item]] = {}
    for a in actions:
        for j, c in enumerate(a.costs):
            if c.year == year or (to_date and c.year < year):
                out.setdefault((c.funding, c.funder.strip(), c.currency), []).append(
                    (_partner(c.funding, c.funder.strip(), s), c.currency, "budget", c.amount, (a.id, j)))
    return out


def partner_items(by_partner: Mapping[Partner, Mapping[str, Decimal]], s: Mapping[str, Any],
                  actions: Sequence[Action], year: int, to_date: bool = False) -> list[Item]:
    """Each partner's budget (its pledges: :func:`partner_lines`) and its money disbursed and spent,
    by currency, the partners in ``by_partner``'s order."""
    lines = partner_lines(actions, s, year, to_date)
    out: list[Item] = []
    for key, row in by_partner.items():
        funding, funder, cur = key
        out += lines.get(key, [])
        out += [(_partner(funding, funder, s), cur, kind, row[kind], None) for kind in ("disbursed", "spent")]
    return out


def rate_table(anchor: str, title: str, corner: str, blocks: Sequence[Printed], lang: str,
               s: Mapping[str, Any], columns: tuple[str, ...] = ()) -> RateTable:
    """An execution table: per row and block, the budget, disbursed and spent as printed, then
    disbursed ÷ budget and spent ÷ budget of the exact amounts; the block's total row last (none
    under a single row, which it would only repeat).
    ``columns``: its own heads (a half-year's, against the year's budget), else the report's."""
    def cells(printed: Mapping[str, Decimal], exact: Mapping[str, Decimal], b: Printed) -> tuple[str, ...]:
        return (*(b.text(printed[k], lang) for k in RATE_KINDS), share_text(exact["disbursed"], exact["budget"], lang),
                share_text(exact["spent"], exact["budget"], lang))

    out = []
    for b in blocks:
        rows = [RateRow(str(label), cells(b.rows[label], b.exact[label], b)) for label in b.rows]
        if len(rows) > 1:
            rows.append(RateRow(str(s["progress_total"]), cells(b.total, b.exact_total, b), True))
        out.append(RateBlock(b.currency, tuple(rows)))
    return RateTable(anchor, title, corner, tuple(out), columns)


def execution_sentences(key: str, blocks: Sequence[Printed], lang: str, s: Mapping[str, Any],
                        **fields: Any) -> list[str]:
    """The execution of the whole plan in a sentence per currency shown, in the totals printed."""
    return [fill_money(str(s[key]), lang, **fields, budget=b.words(b.total["budget"]),
                       disbursed=b.words(b.total["disbursed"]), spent=b.words(b.total["spent"]),
                       disbursed_rate=share_text(b.exact_total["disbursed"], b.exact_total["budget"], lang),
                       spent_rate=share_text(b.exact_total["spent"], b.exact_total["budget"], lang)) for b in blocks]


def budget_note(actions: Sequence[Action], finance: Finance | None, lang: str, s: Mapping[str, Any]) -> str:
    """What the budget is, and the currency the tables are in with the plan's rates used (nothing
    of the currency when the plan's money settings are not given: each block names its own)."""
    parts = [str(s["progress_budget_note"])]
    used = {c.currency for a in actions for c in a.costs}
    target = finance.currency if finance is not None else None
    if finance is None or not target:
        if finance is not None and len(used) > 1:
            parts.append(str(s["progress_no_plan_currency"]))
        return _joined(parts, lang)
    codes = sorted(c for c in used | {target} if c != "USD" and finance.rate(c) is not None)
    if used - {target} and codes:
        rates = [rate_in_words(r.per_usd, c, lang) for c in codes if (r := finance.rate(c)) is not None]
        parts.append(fill(str(s["progress_converted_note"]), currency=currency_name(target, lang), code=target,
                          rates=editorial.semicolon_list(rates, lang)))
    return _joined(parts, lang)


def not_converted(actions: Sequence[Action], finance: Finance, lang: str, s: Mapping[str, Any]) -> str:
    """The cost lines no rate converts into the plan's currency, each named (their money is
    printed in their own currency, never left out)."""
    target = finance.currency
    if not target:
        return ""
    lines = [fill_money(str(s["progress_line_ref"]), lang, line=i, n=n, year=c.year, amount=Amount(c.amount, c.currency))
             for n, a in enumerate(actions, 1) for i, c in enumerate(a.costs, 1)
             if convert(c.amount, c.currency, target, finance) is None]
    return fill(str(s["progress_not_converted"]), currency=currency_name(target, lang), code=target,
                lines=editorial.semicolon_list(lines, lang)) if lines else ""


def year_heads(year: int, s: Mapping[str, Any]) -> tuple[str, ...]:
    """The heads of a half-year's execution table: the budget is the year's ("Budget 2026"), and
    the rates are of the year's budget ("Spent of the year's budget"), never read as the half's."""
    return (fill(str(s["progress_next_budget"]), year=year), str(s["progress_disbursed"]), str(s["progress_spent"]),
            str(s["progress_disbursed_rate_year"]), str(s["progress_spent_rate_year"]))


def execution(summary: PeriodSummary, given: Finance | None, entries: Sequence[ActionProgress] | None, lang: str,
              s: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The execution tables (per action and per partner, the period and since the plan began; per
    partner since the plan began only with ``entries``, every progress entry; none since the plan
    began when the period is a year and the plan began in it: they would repeat the period's) and
    the summary's sentences on the whole plan's execution."""
    period, year = summary.period, int(summary.period[:4])
    actions = [r.action for r in summary.rows]
    finance = given or Finance()
    first = min(plan_first_year(actions) or year, year)
    whole = first == year and "-H" not in period
    # two bare years: "2025–2026", closed up; a plan begun in the period's own year, that year alone
    # (a half-year of a plan's first year, never "2026–2026")
    years = str(year) if first == year else editorial.number_range(first, year, lang)

    # a half-year's money is read against the whole year's budget: its tables' heads say so
    half = year_heads(year, s) if "-H" in period else ()

    def table(anchor: str, key: str, corner: str, blocks: Sequence[Printed], heads: tuple[str, ...] = (),
              **when: Any) -> RateTable:
        return rate_table(anchor, fill(str(s[key]), **when), str(s[corner]), blocks, lang, s, heads)

    lines = plan_lines(actions, given)   # the budget as the funding request prints it
    in_period = blocks_of(action_items(summary.rows, year, False), finance, RATE_KINDS, lines)
    words = period_words(period, lang)
    tables = [table("progress-rates-actions", "progress_rates_action_period", "action", in_period, half, period=words)]
    sentences = execution_sentences("progress_exec_half" if half else "progress_exec_period", in_period, lang, s,
                                    period=period_words(period, lang, "in"))
    if whole:
        sentences.append(fill(str(s["progress_plan_began"]), year=year))
    else:
        to_date = blocks_of(action_items(summary.rows, year, True), finance, RATE_KINDS, lines)
        tables.append(table("progress-rates-actions-to-date", "progress_rates_action_to_date", "action", to_date,
                            years=years))
        sentences += execution_sentences("progress_exec_to_date", to_date, lang, s, years=years)
    tables.append(table("progress-rates-partners", "progress_rates_partner_period", "progress_partner",
                        blocks_of(partner_items(summary.by_partner, s, actions, year), finance, RATE_KINDS, lines),
                        half, period=words))
    if not whole and entries is not None:
        since = money_by_partner_to_date(actions, entries, period)
        tables.append(table("progress-rates-partners-to-date", "progress_rates_partner_to_date", "progress_partner",
                            blocks_of(partner_items(since, s, actions, year, True), finance, RATE_KINDS, lines),
                            years=years))
    note = budget_note(actions, given, lang, s)
    fields = dict(rate_columns=tuple(str(s[k]) for k in ("progress_budget", "progress_disbursed", "progress_spent",
                                                          "progress_disbursed_rate", "progress_spent_rate")),
                  rates=tuple(t for t in tables if t.blocks),
                  budget_note=_joined([note, sentences[-1] if whole else ""], lang),
                  not_converted=not_converted(actions, finance, lang, s), rounding_note=str(s["progress_rounding"]))
    return fields, sentences


# --- overruns, actions at risk, each indicator's series, the next period, who reported --------------

def overrun_words(o: Overrun, n: int, lang: str, s: Mapping[str, Any]) -> str:
    """An overrun in the words of every path (``domain.plan.overrun.overrun_text``), in ``lang``,
    its amounts as the report writes money."""
    return fill_money(str(s[f"progress_overrun_{o.kind}"]), lang, line=o.line, n=n,
                      amount=Amount(o.amount, o.currency), limit=Amount(o.limit, o.currency),
                      share="–" if o.share is None else fmt_percent(float(o.share), lang))


def overrun_kind(o: Overrun, lang: str, s: Mapping[str, Any]) -> str:
    """An overrun's kind and amounts, the cost line it is on said apart (the row's head): "295,000
    Moroccan dirhams spent to date is above the line's budget of 250,000 Moroccan dirhams (118%)"."""
    return fill_money(str(s[f"progress_overrun_kind_{o.kind}"]), lang, whole=True,
                      amount=Amount(o.amount, o.currency), limit=Amount(o.limit, o.currency),
                      share="–" if o.share is None else fmt_percent(float(o.share), lang))


def overrun_lines(summary: PeriodSummary, lang: str, s: Mapping[str, Any]) -> tuple[OverrunLine, ...]:
    """Every cost line with money above what it should hold to the period's end, a row each: the
    line named once, then each of its overruns (spent or disbursed above its budget, spent above
    disbursed, disbursed above committed), and once the note recorded on the line (which says why
    it holds more), else the reason given for the action in the period, else "no reason given"; a
    line none of whose overruns rates
    the action (spent above disbursed, disbursed above committed: flagged, not rated,
    ``overrun.overrun_standing``) says so, its action perhaps on track beside it."""
    out = []
    for r in summary.rows:
        reason = r.entry.reason if r.entry else ""
        notes = line_notes(r)
        for line in sorted({o.line for o in r.overruns}):
            found = [o for o in r.overruns if o.line == line]
            out.append(OverrunLine(f"{r.number}. {r.action.title}",
                                   fill(str(s["progress_overrun_line"]), line=line),
                                   notes.get(line) or reason or str(s["progress_no_reason"]),
                                   tuple(overrun_kind(o, lang, s) for o in found),
                                   "" if overrun_standing(found) else str(s["progress_overrun_flagged"])))
    return tuple(out)


def measure_detail(m: Measure | None, lang: str, s: Mapping[str, Any]) -> str:
    """Who takes a corrective measure and by when, as the language writes them ("" when neither):
    a line of its own, so its first word takes a capital where the language has them."""
    if m is None:
        return ""
    parts = []
    if m.who:
        parts.append(fill(str(s["progress_measure_who"]), who=m.who))
    if m.by:
        parts.append(fill(str(s["progress_measure_by"]), date=fmt_date(m.by, lang)))
    line = str(s["progress_measure_join"]).join(parts)
    return line[:1].upper() + line[1:]


def line_notes(r: ActionRow) -> dict[int, str]:
    """The notes recorded on the cost lines of an action that hold money above what they should:
    line number -> its last note (lines without one left out)."""
    return {o.line: o.note.strip() for o in r.overruns if o.note.strip()}


def _risk_reason(r: ActionRow, s: Mapping[str, Any]) -> str:
    """Why an action is at risk or off track, as given: the action's reason for the period, else the
    notes of its cost lines above their budget ("Cost line 1: two extra workshops"), else ""."""
    reason = r.entry.reason.strip() if r.entry else ""
    if reason:
        return reason
    return str(s["progress_measure_join"]).join(fill(str(s["progress_reason_line_note"]), line=line, note=note)
                     for line, note in sorted(line_notes(r).items()))


def _risk_line(r: ActionRow, measure: Measure | None, lang: str, s: Mapping[str, Any]) -> RiskLine:
    st = r.standing
    indicators = fmt_list([_standing(x, s) for x in st.indicators], lang) if st.indicators else "–"
    parts = fill(str(s["progress_parts"]), timeline=_standing(st.timeline or NOT_JUDGED, s),
                 money=_standing(st.money or NOT_JUDGED, s), indicators=indicators)
    reason = _risk_reason(r, s)
    return RiskLine(r.number, r.action.title, _standing(st.overall, s), st.overall, parts,
                    reason or str(s["progress_no_reason"]), bool(reason),
                    measure.text if measure else str(s["progress_no_measure"]), measure is not None,
                    measure_detail(measure, lang, s), done_why(r, lang, s))


def risk_lines(summary: PeriodSummary, lang: str, s: Mapping[str, Any],
               measures: Mapping[str, Measure] | None = None) -> tuple[RiskLine, ...]:
    """Every action at risk or off track, with the parts it was judged by, its reason (or the
    words "no reason given") and its corrective measure with who takes it and by when (or the
    words "no corrective measure"); ``measures``: the period's, by action id."""
    got = measures or {}
    return tuple(_risk_line(r, got.get(r.action.id), lang, s) for r in summary.rows
                 if r.standing.overall in ("at_risk", "off_track"))


def other_measures(summary: PeriodSummary, lang: str, s: Mapping[str, Any],
                   measures: Mapping[str, Measure] | None) -> tuple[RiskLine, ...]:
    """The measures written for actions neither at risk nor off track in the period (their
    standing changed since, say): printed apart, never left out."""
    got = measures or {}
    return tuple(_risk_line(r, got[r.action.id], lang, s) for r in summary.rows
                 if r.action.id in got and r.standing.overall not in ("at_risk", "off_track"))


def written_paragraphs(report: PeriodReport | None) -> tuple[str, ...]:
    """The planning unit's summary as paragraphs: each line typed one, blank lines between none."""
    if report is None:
        return ()
    return tuple(line.strip() for line in report.summary.splitlines() if line.strip())


def measured(d: Decimal, unit: str, lang: str) -> str:
    """An indicator's value (a baseline, a target, a value measured) as the report writes it: in a
    percentage's one form when the indicator is measured in per cent ("35 %", "35%", "35 في المائة":
    ``format.fmt_percent``, every percentage of the report), else as the language writes numbers."""
    if unit.strip() not in ("%", "per cent", "percent"):
        return shown(d, lang)
    exp = d.as_tuple().exponent
    return fmt_percent(float(d) / 100, lang, -exp if isinstance(exp, int) and exp < 0 else 0)


def _period_key(p: str) -> tuple[Any, int]:
    first, last = period_dates(p)
    return last, -first.toordinal()


def _with_year(value: str, year: int, lang: str) -> str:
    """A value and its year in brackets, the year free to go under the value in the series' narrow
    cell ("100 في المائة" then "(2026)" in Arabic, never past the table's edge): a plain space before
    the bracket, not the no-break space Arabic takes after a word."""
    return value + editorial.bracketed(str(year), lang).replace("\u00a0", " ")


def _series_row(i: Indicator, mine: Mapping[str, IndicatorValue], periods: Sequence[str], year: int, lang: str,
                s: Mapping[str, Any]) -> SeriesRow:
    baseline = "–" if i.baseline is None else measured(i.baseline, i.unit, lang)
    if i.baseline is not None and i.baseline_year:
        baseline = _with_year(baseline, i.baseline_year, lang)
    last = max(i.targets, key=lambda t: t.year) if i.targets else None
    target = i.target_in(year)
    return SeriesRow(f"{i.id}{s['colon']}{i.name}" if i.name else i.id, i.unit, baseline,
                     tuple(measured(mine[p].value, i.unit, lang) if p in mine else "–" for p in periods),
                     "–" if target is None else measured(target, i.unit, lang),
                     "–" if last is None else _with_year(measured(last.value, i.unit, lang), last.year, lang))


def series_rows(summary: PeriodSummary, values: Sequence[IndicatorValue] | None, chain: ResultsChain | None,
                lang: str, s: Mapping[str, Any]) -> tuple[tuple[str, ...], tuple[SeriesRow, ...]]:
    """Each indicator of the results chain from its baseline through the value of every period
    reported to the period's end, beside the target of the period's year and its end target (the
    last year's). Without ``chain`` and ``values``: the period's indicators and values."""
    indicators = chain.indicators if chain is not None else tuple(r.indicator for r in summary.indicators)
    end = period_dates(summary.period)[1]
    recorded = [v for v in (summary.values if values is None else values) if period_dates(v.period)[1] <= end]
    periods = tuple(sorted({v.period for v in recorded}, key=_period_key))
    rows = []
    for i in indicators:
        mine = {v.period: v for v in recorded if v.indicator_id == i.id}
        if mine or i.baseline is not None or i.targets:
            rows.append(_series_row(i, mine, periods, int(summary.period[:4]), lang, s))
    return periods, tuple(rows)


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")   # a timeline's side given as a date, not a quarter
NEXT_TIME_MM = 30.0                          # the next period's timeline column (plan.css, col.c-ntime)


def next_timeline(a: Action, lang: str) -> str:
    """An action's timeline as the next period's table prints it, each date kept whole on its line
    (never "31 декабря" above "2027 года" in the narrow column: a :class:`WholeAmounts` naming them,
    their spaces no-break ones, which hold them in the Word copy too: "29 | شباط/فبراير 2028" was
    cut there)."""
    if not a.start and not a.end:
        return "–"
    text = editorial.open_period_range(a.start or "", a.end or "", lang)
    dates = tuple(editorial.period(x.strip(), lang) for x in (a.start or "", a.end or "") if _DAY.fullmatch(x.strip()))
    return whole_dates(text, dates)


def next_time_mm(actions: Sequence[NextAction]) -> float:
    """The next period's timeline column widened to its widest date kept whole, when one is wider
    than the column's own width (the table's 8 pt, its cell's padding); 0.0: the column's own."""
    widest = max((text_mm(d, 8.0) + 3.0 for a in actions for d in getattr(a.timeline, "amounts", ())), default=0.0)
    return round(widest, 1) if widest > NEXT_TIME_MM else 0.0


def next_part(summary: PeriodSummary, finance: Finance, lang: str, s: Mapping[str, Any]) -> dict[str, Any]:
    """The next period: the actions whose timeline runs into it or that have cost lines in its year,
    with their budget (those lines, in the plan's currency; a currency no rate converts in a column
    of its own) and its total, the sum of every cost line of that year as printed."""
    nxt = next_period(summary.period)
    year = int(nxt[:4])
    rows = [r for r in summary.rows if runs_in(r.action, nxt) or any(c.year == year for c in r.action.costs)]
    items = budget_items([(r.number, r.action) for r in rows], year, False)
    blocks = blocks_of(items, finance, ("budget",), plan_lines([r.action for r in summary.rows], finance))
    actions = tuple(NextAction(r.number, r.action.title, action_lead(r.action), next_timeline(r.action, lang),
                               status_word(r.status, s),
                               tuple(b.text(b.rows[r.number]["budget"], lang) if r.number in b.rows else "–"
                                     for b in blocks)) for r in rows)
    return dict(next_period=nxt, next_words=period_words(nxt, lang),
                next_intro=fill(str(s["progress_next_intro" if rows else "progress_next_none"]),
                                period=period_words(nxt, lang, "into" if rows else "in"), year=year),
                next_currencies=tuple(b.currency for b in blocks), next_actions=actions,
                next_time_mm=next_time_mm(actions),
                # a total only where a column adds up more than one amount, the rounding note only
                # where an amount was rounded
                next_total=tuple(b.text(b.total["budget"], lang) for b in blocks)
                if any(len(b.rows) > 1 for b in blocks) else (),
                next_rounded=any(b.rounded for b in blocks))


def lead_lines(summary: PeriodSummary, lang: str, s: Mapping[str, Any]) -> tuple[str, tuple[LeadLine, ...]]:
    """The institutions leading the actions (the first each names, as the progress forms are
    addressed), those with a report for the period and those without, and the sentence counting them."""
    def key(name: str) -> str:
        return " ".join(name.split()).casefold()

    def numbers(rows: Sequence[ActionRow]) -> str:
        return fmt_list([str(r.number) for r in rows], lang) or "–"

    leads = plan_leads([r.action for r in summary.rows])
    groups = [(lead, [r for r in summary.rows if key(action_lead(r.action)) == key(lead)]) for lead in leads]
    orphans = [r for r in summary.rows if not action_lead(r.action)]
    if orphans:
        groups.append((str(s["plan_no_owner"]), orphans))
    lines = tuple(LeadLine(name, numbers(rows), numbers([r for r in rows if r.entry]),
                           numbers([r for r in rows if not r.entry]), any(r.entry for r in rows)) for name, rows in groups)
    line = fill(str(s["progress_leads_line"]), period=period_words(summary.period, lang, "for"), leads=len(leads),
                reported=sum(1 for x in lines[:len(leads)] if x.has_report))
    return line, lines


# --- the report ---------------------------------------------------------------------------------------

def _absorbed(r: ActionRow, lang: str) -> str:
    """The share of the money disbursed to date that is spent, per currency, as it is: above 100%
    when more was spent than disbursed (the standing's own share stops at 100%), never printed as
    "100%" over an overrun."""
    spent, disbursed = r.to_date.get("spent", {}), r.to_date.get("disbursed", {})
    return editorial.semicolon_list([f"{c} {fmt_percent(float(spent.get(c, Decimal(0)) / d), lang)}"
                                     for c, d in sorted(disbursed.items()) if d > 0], lang)


def _owners(action: Action, lang: str, s: Mapping[str, Any]) -> tuple[str, ...]:
    """The institutions an action names, each the user's text as typed (``budget.bounded_text``:
    never hyphenated by the report's language), printed one a line: two English names joined by "؛"
    in a right-to-left line wrapped around each other."""
    return tuple(bounded_text(x, lang, s) for x in action.institutions if x and x.strip())


def done_why(r: ActionRow, lang: str, s: Mapping[str, Any]) -> str:
    """Why an action reported done is rated at risk or off track, in sentences ("" for any other
    action): when it was done (and that it was after its planned end), then the part that rated it
    so, its money (the first overrun of each of its cost lines said) or its output indicators. Done and "at risk"
    side by side with no sentence read as a contradiction."""
    st = r.standing
    if r.status != "done" or st.overall not in ("at_risk", "off_track"):
        return ""
    completed = r.entry.completed if r.entry else None
    span = timeline(r.action)
    amounts: list[str] = []   # each amount of the overruns kept whole on its line (money.WholeAmounts)
    if not completed:
        out = [str(s["progress_done_undated"])]
    elif span is not None and _dt.date.fromisoformat(completed) > span[1]:
        out = [fill(str(s["progress_done_late"]), date=fmt_date(completed, lang), end=_end(r.action.end or "", lang))]
    else:
        out = [fill(str(s["progress_done_on"]), date=fmt_date(completed, lang))]
    if st.money in ("at_risk", "off_track") and r.overruns:
        # each cost line's first overrun (the Overruns table lists them all)
        first = {o.line: o for o in reversed(r.overruns)}
        # said under the action's own number: "cost line 1", never "cost line 1 of action 1"; the
        # overrun after its colon in lower case ("статья расходов 1: израсходованные …")
        kinds = {n: overrun_kind(first[n], lang, s) for n in first}
        overruns = editorial.semicolon_list([fill(str(s["progress_done_line"]), line=n, overrun=k[:1].lower() + k[1:])
                                             for n, k in sorted(kinds.items())], lang)
        amounts += [a for k in kinds.values() for a in getattr(k, "amounts", ())]
        out.append(fill(str(s["progress_done_money"]), standing=_standing(st.money, s), overruns=overruns))
    judged = [x for x in st.indicators if x in ("at_risk", "off_track")]
    if judged:
        out.append(fill(str(s["progress_done_indicators"]), standing=_standing(st.overall, s),
                        standings=fmt_list([_standing(x, s) for x in st.indicators], lang)))
    return WholeAmounts(_joined(out, lang), tuple(amounts)) if amounts else _joined(out, lang)


def declared_fields(record: str, given: Iterable[object]) -> tuple[ProgressField, ...]:
    """The fields of ``record`` ("entry", "value") declared after the first ones for the
    implementation report (``printed``) that one of ``given`` (its entries or values) gives: a
    column each, labelled as the workbook's column."""
    given = tuple(given)
    return tuple(f for f in fields_of(record) if not f.first and f.printed
                 and any(getattr(x, f.name, None) not in (None, "") for x in given))


def progress_cell(f: ProgressField, record: object, lang: str, s: Mapping[str, Any]) -> str:
    """A field declared later as its cell prints it: a date as the report writes dates, an amount
    or a value as the language writes numbers, a text as typed; "–" when not given."""
    value = getattr(record, f.name, None) if record is not None else None
    if value is None or value == "":
        return "–"
    if f.kind == "date":
        return fmt_date(str(value), lang)
    if isinstance(value, Decimal):
        return shown(value, lang)
    return bounded_text(str(value), lang, s)


def _action(r: ActionRow, lang: str, s: Mapping[str, Any], span: str | None = None,
            entries: Sequence[ActionProgress] | None = None,
            declared: Sequence[ProgressField] = ()) -> ProgressAction:
    """An action's page facts; its money table's Committed column counts what the report's other
    money tables count (``span``: a half-year's year to its end, :func:`committed_span`, read from
    ``entries``), so that one action's commitments read the same on its page and in the tables."""
    st = r.standing
    absorbed = _absorbed(r, lang)
    kinds = dict(r.in_period)
    if span is not None and entries is not None:
        kinds["committed"] = money_by_currency(entries, r.action.id, "committed", inside=span)
    money = tuple((c, tuple(format_money(kinds[k].get(c, Decimal(0)), c, lang) for k in MONEY_KINDS))
                  for c in sorted({c for k in MONEY_KINDS for c in kinds[k]}))
    done = r.status == "done"   # done: when it was completed, never a share of its time elapsed
    completed = fmt_date(r.entry.completed, lang) if done and r.entry and r.entry.completed else ""
    return ProgressAction(
        r.number, bounded_text(r.action.title, lang, s), _owners(r.action, lang, s), status_word(r.status, s),
        _standing(st.overall, s), st.overall, r.entry.reason if r.entry else "", r.entry is not None,
        r.action.priority_action, "" if st.elapsed is None or done else fmt_percent(float(st.elapsed), lang),
        absorbed, money, completed, done_why(r, lang, s),
        tuple((catalogue_text(f.label_key, lang), progress_cell(f, r.entry, lang, s)) for f in declared))


def indicator_lines(summary: PeriodSummary, lang: str, s: Mapping[str, Any],
                    declared: Sequence[ProgressField] = ()) -> tuple[IndicatorLine, ...]:
    """The results chain's indicators of the period (objective, outcomes, outputs: the year's
    target, the value that speaks for the period, the standing by the rule), then any value
    recorded under an id the chain no longer has; ``declared``: the fields of a value declared
    later printed in a column each (:func:`declared_fields`)."""
    out = []
    for r in summary.indicators:
        v = r.value
        code = r.standing or "not_judged"
        unit = r.indicator.unit
        out.append(IndicatorLine(
            r.indicator.id, "–" if v is None else measured(v.value, unit, lang),
            "" if v is None else fmt_date(v.date, lang), "" if v is None else v.source, r.indicator.name,
            "–" if r.target is None else measured(r.target, unit, lang), _standing(code, s), code,
            tuple(progress_cell(f, v, lang, s) for f in declared)))
    chained = {r.indicator.id for r in summary.indicators}
    out += [IndicatorLine(v.indicator_id, shown(v.value, lang), fmt_date(v.date, lang), v.source,
                          standing=_standing("not_judged", s),
                          declared=tuple(progress_cell(f, v, lang, s) for f in declared))
            for v in summary.values if v.indicator_id not in chained]
    return tuple(out)


def money_columns(period: str, in_year: bool, s: Mapping[str, Any]) -> tuple[str, ...]:
    """The money by partner's heads; its Committed column "Committed in 2026" when it counts the
    half-year's year to its end (``in_year``: :func:`committed_in_year`)."""
    committed = fill(str(s["progress_committed_year"]), year=period[:4]) if in_year else str(s["progress_committed"])
    return (str(s["progress_partner"]), str(s["progress_pledged"]), committed, str(s["progress_disbursed"]),
            str(s["progress_spent"]))


def summary_lines(summary: PeriodSummary, lang: str, s: Mapping[str, Any]) -> tuple[str, ...]:
    """What was achieved in the period: the actions by status, and the indicators judged against
    the year's target."""
    status = {k: sum(1 for r in summary.rows if r.status == k) for k in ("done", "in_progress", "planned", "dropped")}
    out = [fill(str(s["progress_statuses"]), period=period_words(summary.period, lang, "in"), total=len(summary.rows),
                done=status["done"],
                progress=status["in_progress"], planned=status["planned"], dropped=status["dropped"])]
    judged = [r.standing for r in summary.indicators if r.standing]
    if judged:
        out.append(fill(str(s["progress_indicators_line"]), year=summary.period[:4], judged=len(judged),
                        on=judged.count("on_track"), risk=judged.count("at_risk"), off=judged.count("off_track")))
    return tuple(out)


def progress_report(summary: PeriodSummary, lang: str, s: Mapping[str, Any], *, finance: Finance | None = None,
                    entries: Sequence[ActionProgress] | None = None, values: Sequence[IndicatorValue] | None = None,
                    chain: ResultsChain | None = None, words: PeriodReport | None = None,
                    measures: Mapping[str, Measure] | None = None) -> ProgressReport:
    """The implementation report's content in ``lang`` (``s``: the report's fixed texts).
    ``finance``: the plan's currency and exchange rates, into which the execution tables and the
    next period's budget are converted (None: each currency on its own); ``entries``: every
    progress entry of the plan (the partners' execution since the plan began; None: left out);
    ``values`` and ``chain``: every indicator value recorded and the results chain (each
    indicator's series; None: the period's own); ``words``: the planning unit's summary and the
    decisions it asks (None: none written); ``measures``: the period's corrective measures by action id."""
    c = summary.counts
    span = committed_span(summary.period)
    entry_fields = declared_fields("entry", (r.entry for r in summary.rows if r.entry))
    value_fields = declared_fields("value", (*(r.value for r in summary.indicators if r.value), *summary.values))
    actions = tuple(_action(r, lang, s, span, entries, entry_fields) for r in summary.rows)
    rates, money_sentences = execution(summary, finance, entries, lang, s)
    overruns = overrun_lines(summary, lang, s)
    periods, series = series_rows(summary, values, chain, lang, s)
    leads_line, leads = lead_lines(summary, lang, s)
    named = period_words(summary.period, lang)
    # the overruns table's rows are its cost lines: the count says so ("Cost lines with an overrun")
    over = fill(str(s["progress_overruns_line"]), n=len(overruns), period=period_words(summary.period, lang, "end"))
    committed = committed_in_year(summary, entries)
    return ProgressReport(
        period=summary.period,
        period_words=named,
        period_in=period_words(summary.period, lang, "in"),
        period_end=period_words(summary.period, lang, "end"),
        title=fill(str(s["progress_title"]), period=period_words(summary.period, lang, "title")),
        intro=fill(str(s["progress_intro"]), period=period_words(summary.period, lang, "in"), as_of=fmt_date(summary.as_of.isoformat(), lang)),
        counts=fill(str(s["progress_counts"]), on=c["on_track"], risk=c["at_risk"], off=c["off_track"],
                    none=c["not_judged"], unreported=len(summary.unreported), total=len(summary.rows)),
        rule=str(s["progress_rule"]),
        money_columns=money_columns(summary.period, committed is not None, s),
        committed_note="" if committed is None else fill(
            str(s["progress_committed_year_note"]), year=summary.period[:4],
            period_end=period_words(summary.period, lang, "end"), period=period_words(summary.period, lang, "in")),
        money=money_rows(summary, lang, s, committed, finance),
        actions=actions,
        action_notes=tuple(WholeAmounts(fill(str(s["progress_action_note"]), n=a.number, why=a.why),
                                        getattr(a.why, "amounts", ())) for a in actions if a.why),
        action_money=action_money(summary, lang, s, entries, finance),
        priority=tuple(a for a in actions if a.priority),
        indicators=indicator_lines(summary, lang, s, value_fields),
        entry_heads=tuple(catalogue_text(f.label_key, lang) for f in entry_fields),
        value_heads=tuple(catalogue_text(f.label_key, lang) for f in value_fields),
        reasons=tuple(a for a in actions if a.reason),
        achieved=(*summary_lines(summary, lang, s), *money_sentences, over, leads_line),
        done=tuple(f"{r.number}. {r.action.title}" for r in summary.rows if r.entry and r.entry.status == "done"),
        above_plan=above_plan(summary, lang, s, None if entries is None else
                              money_by_partner_to_date([r.action for r in summary.rows], entries, summary.period)),
        other_years=other_years(summary, entries, lang, s),
        overruns=overruns,
        risks=risk_lines(summary, lang, s, measures),
        written=written_paragraphs(words),
        decisions=words.decisions if words is not None else (),
        other_measures=other_measures(summary, lang, s, measures),
        series_periods=tuple(editorial.period_head(x, lang) for x in periods),
        series_target=fill(str(s["progress_period_target"]), year=summary.period[:4]),
        series=series,
        leads_line=leads_line,
        leads=leads,
        signatures=(SignatureBox(str(s["progress_sig_prepared"]), "", ""),
                    SignatureBox(str(s["progress_sig_approved"]), "", "")),
        **rates,
        **next_part(summary, finance or Finance(), lang, s),
    )


def _end(when: str, lang: str) -> str:
    """An action's end as the language writes it (a quarter, or a date)."""
    if len(when) == 7 and when[4:6] == "-Q":
        return fmt_quarter(int(when[:4]), int(when[-1]), lang)
    return fmt_date(when, lang)


def _notes(o: Any, lang: str, s: Mapping[str, Any]) -> tuple[str, ...]:
    """What is said under an action's outcome, as read once (``domain.plan.achieved``): whether it
    is late, and the money spent on it to date."""
    out = []
    if o.late and o.end:
        out.append(fill(str(s["achieved_late"]), end=_end(o.end, lang)))
    if o.spent:
        out.append(fill(str(s["achieved_spent"]),
                        amount=" + ".join(money_in_words(v, c, lang) for c, v in sorted(o.spent.items()))))
    return tuple(out)


def achieved(year: int, outcomes: Sequence[Any], lang: str, s: Mapping[str, Any]) -> Achieved:
    """"What the {year} plan achieved": ``outcomes`` as ``services.rounds.plan_achieved`` gives
    them (each action's number, title, outcome, period, reason, whether it is late, the money
    spent to date, and its gaps then and now; a gap not scored said in words)."""
    def score(v: Any) -> Any:
        return s["achieved_not_scored"] if v is None else v

    rows = []
    for o in outcomes:
        gaps = tuple(fill(str(s["achieved_gap_line"]), code=g.code, before=score(g.gap_before),
                          after=score(g.gap_after), trend=g.trend_label or g.trend) for g in o.gaps)
        status = status_word(o.outcome, s)
        outcome = f"{status} ({o.period})" if o.period else f"{status} ({s['achieved_no_report']})"
        rows.append(AchievedRow(o.number, o.title, outcome, o.reason, gaps, _notes(o, lang, s)))
    return Achieved(fill(str(s["achieved_title"]), year=year), fill(str(s["achieved_intro"]), year=year), tuple(rows))


def totals_add_up(summary: PeriodSummary) -> bool:
    """Each currency's total is the exact sum of its partners' rows (what the report prints)."""
    for currency, totals in summary.totals.items():
        rows = [r for (_f, _n, cur), r in summary.by_partner.items() if cur == currency]
        for k in ("pledged", *MONEY_KINDS):
            if sum((r[k] for r in rows), Decimal(0)) != totals[k]:
                return False
    return True


def plain_money(summary: PeriodSummary) -> Sequence[dict[str, str]]:
    """The money by partner as decimal text (the report's attached data)."""
    return [{"funding": f, "funder": n, "currency": c, **{k: amount_text(v) for k, v in row.items()}}
            for (f, n, c), row in summary.by_partner.items()]


__all__ = ["achieved", "IndicatorLine", "indicator_lines", "PartnerMoney", "ProgressAction", "ProgressReport", "money_rows", "plain_money",
           "progress_report", "totals_add_up", "Printed", "above_plan", "other_years", "action_items", "blocks_of", "execution",
           "lead_lines", "next_part", "not_converted", "overrun_kind", "overrun_lines", "overrun_words",
           "partner_blocks", "partner_items", "rate_table", "risk_lines", "series_rows", "shown_in", "summary_lines",
           "declared_fields", "next_time_mm", "next_timeline", "progress_cell"]
