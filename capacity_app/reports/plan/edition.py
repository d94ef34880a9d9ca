"""What makes a partner's edition of the funding request complete on its own, as the cover of the
European Union's Action Document ("Total cost EUR …, EU contribution EUR …") and a World Bank
project paper's results annex make theirs: on its first page, the plan's total cost, the partner's
request and the national counterpart, each in the partner's currency with the plan's and the dollar
beside where they differ; the national counterpart to the partner's actions, in the same currencies,
and how much of it is secured;
and the partner's part of the logframe and results framework (``results.results_chapter`` kept to
the outcomes its actions serve and to its actions, their numbers those of the whole plan).

Every figure follows the one rounding rule (``domain.rounding.added_up``), on the same rows as the
table that prints it too, so that each reads the same here, in the edition's tables and in the
full report: the total cost is the budgets' grand total, the request the partner's budget's and
the line "Total requested", the national counterpart the national budget's row of co-financing and
of the cost by funding source. Nothing here reads the database."""
from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from ...domain import editorial
from ...domain.placeholders import fill
from ...domain.plan import budget
from ...domain.plan.actions import Action
from ...domain.plan.cost import Cost, Finance, conversion_targets, convert, exact_sum
from ...domain.plan.results import ResultsChain
from ...domain.rounding import added_up
from ..budget import bounded_text
from ..format import Strings
from ..model import Counterpart, CounterpartRow, EditionFigure, ResultsChapter
from ..money import format_money
from .chapter import display_places
from .results import results_chapter

SECURED, UNSECURED = "secured", "unsecured"


def _in(lines: Sequence[Cost], code: str, finance: Finance) -> list[Decimal] | None:
    """``lines`` converted exactly into ``code``; None when one of them has no rate."""
    values = [convert(c.amount, c.currency, code, finance) for c in lines]
    return None if any(v is None for v in values) else [v for v in values if v is not None]


def total_amounts(lines: Sequence[Cost], codes: Sequence[str], finance: Finance, lang: str) -> list[str]:
    """The exact total of ``lines`` rounded once in each of ``codes`` it converts into, as a budget
    table's grand total prints it (whole units unless the total is small)."""
    out = []
    for code in codes:
        values = _in(lines, code, finance)
        if values is not None:
            whole = exact_sum(values)
            out.append(format_money(whole, code, lang, places=display_places(whole, code)))
    return out


def source_figures(actions: Sequence[Action], key: str, codes: Sequence[str],
                   finance: Finance) -> tuple[dict[str, Decimal], dict[str, int]]:
    """A funding source's total (``key``: ``budget.source_key``) in each of ``codes`` the whole
    plan converts into, as the plan's tables by funding source print it
    (``budget.source_totals``: the cost by year and funding source, co-financing), and the places
    it is printed in; the partner's edition, its budgets and the donors' workbooks take the
    partner's figure from here, so that it reads the same in every table and edition."""
    lines = budget.lines_of(actions)
    figures_: dict[str, Decimal] = {}
    places: dict[str, int] = {}
    for code in codes:
        values = _in(lines, code, finance)
        if not values:
            continue
        p = display_places(exact_sum(values), code)
        shown = budget.source_totals(actions, finance, code, p)
        if shown is not None:
            figures_[code], places[code] = shown.get(key, Decimal(0)), p
    return figures_, places


def partner_figures(actions: Sequence[Action], partner: str, codes: Sequence[str],
                    finance: Finance) -> tuple[dict[str, Decimal], dict[str, int]]:
    """The partner's total in each of ``codes`` the whole plan converts into, and its places
    (:func:`source_figures`)."""
    return source_figures(actions, budget.source_key(("partner", partner)), codes, finance)


def partner_years(actions: Sequence[Action], partner: str, codes: Sequence[str],
                  finance: Finance) -> dict[str, dict[str, Decimal]]:
    """The partner's cost by year in each of ``codes`` the whole plan converts into, as its row of
    the plan's table by year and funding source prints it (``budget.source_years``, the places of
    the plan's tables): the year totals of its budget in its edition."""
    lines = budget.lines_of(actions)
    places = {code: display_places(exact_sum(values), code) for code in codes
              if (values := _in(lines, code, finance))}
    years = budget.source_years(actions, finance, budget.source_key(("partner", partner)), places)
    return {code: v for code, v in years.items() if code in places}


def partner_amounts(actions: Sequence[Action], partner: str, codes: Sequence[str], finance: Finance,
                    lang: str) -> list[str]:
    """The partner's request in each of ``codes``: its row of the plan's table by funding source
    where the whole plan converts (:func:`partner_figures`), else (its own currency) its lines'
    exact total rounded once, as its budget's grand total prints it."""
    mine = [c for c in budget.lines_of(actions) if c.funding == "partner" and c.funder == partner]
    pinned, places = partner_figures(actions, partner, codes, finance)
    out = []
    for code in codes:
        if code in pinned:
            out.append(format_money(pinned[code], code, lang, places=places[code]))
        else:
            out.extend(total_amounts(mine, [code], finance, lang))
    return out


def national_amounts(actions: Sequence[Action], codes: Sequence[str], finance: Finance, lang: str) -> list[str]:
    """The national budget's part of the plan in each of ``codes``: its row of the table by funding
    source as the one rounding rule apportions it (the figure co-financing and the cost by year and
    funding source print), in each currency every line of the plan converts into."""
    shown, places = source_figures(actions, "national", codes, finance)
    return [format_money(shown[code], code, lang, places=places[code]) for code in codes if code in shown]


def figures(actions: Sequence[Action], partner: str, codes: Sequence[str], finance: Finance, lang: str,
            s: Strings) -> list[EditionFigure]:
    """The first page's figures: the plan's total cost, the partner's request and the national
    counterpart, each in ``codes`` (the partner's currency first)."""
    lines = budget.lines_of(actions)
    return [EditionFigure(str(s["req_fig_total"]), total_amounts(lines, codes, finance, lang)),
            EditionFigure(str(s["req_fig_asked"]), partner_amounts(actions, partner, codes, finance, lang)),
            EditionFigure(str(s["req_fig_national"]), national_amounts(actions, codes, finance, lang))]


def _national_cells(actions: Sequence[Action], code: str, finance: Finance) -> dict[tuple[str, str], Decimal] | None:
    """The national budget's lines of ``actions`` in ``code``, exactly, by (action, secured or
    not); None when one of them has no rate."""
    cells: dict[tuple[str, str], list[Decimal]] = {}
    for a in actions:
        for c in a.costs:
            if c.funding != "national":
                continue
            v = convert(c.amount, c.currency, code, finance)
            if v is None:
                return None
            cells.setdefault((a.id, SECURED if c.secured else UNSECURED), []).append(v)
    return {k: exact_sum(v) for k, v in cells.items()}


def counterpart_amounts(actions: Sequence[Action], codes: Sequence[str], finance: Finance, lang: str,
                        column: str | None = None) -> list[str]:
    """The national counterpart to ``actions`` in each of ``codes`` it converts into, as the
    counterpart's table prints its total (the one rounding rule on the same rows and columns), or
    its ``column``'s (the part secured)."""
    out = []
    for code in codes:
        exact = _national_cells(actions, code, finance)
        if not exact:
            continue
        p = display_places(exact_sum(exact.values()), code)
        shown = added_up(exact, [a.id for a in actions], [SECURED, UNSECURED], p)
        figure = shown.total if column is None else shown.columns.get(column, Decimal(0))
        out.append(format_money(figure, code, lang, places=p))
    return out


def counterpart(actions: Sequence[Action], finance: Finance, lang: str, s: Strings,
                codes: Sequence[str] = ()) -> tuple[Counterpart, dict[str, str]]:
    """The national counterpart to the partner's ``actions`` in the plan's currency: a row per
    action (its contribution, the part secured — committed or disbursed — and the part not yet
    secured) and the total, rounded by the one rule so that rows and columns add up as printed,
    the share secured (of the exact amounts, rounded once); the cover's line with the total in
    each of ``codes`` (the edition's currencies, the partner's first) and the plan's; and each
    action's contribution as its sheet prints it ("–" when it has none)."""
    code = conversion_targets(finance)[0]
    exact = _national_cells(actions, code, finance)
    if exact is None:
        why = str(s["req_counterpart_rates"])
        return Counterpart(code, [], why, why), {a.id: "–" for a in actions}
    whole = exact_sum(exact.values())
    if not exact:
        why = str(s["req_counterpart_none"])
        return Counterpart(code, [], why, why), {a.id: "–" for a in actions}
    p = display_places(whole, code)
    shown = added_up(exact, [a.id for a in actions], [SECURED, UNSECURED], p)

    def money(v: Decimal | None) -> str:
        return "–" if v is None else format_money(v, code, lang, places=p)

    rows = [CounterpartRow(bounded_text(a.title, lang, s), money(shown.rows[a.id]),
                           money(shown.cells.get((a.id, SECURED))), money(shown.cells.get((a.id, UNSECURED))))
            for a in actions if a.id in shown.rows]
    # a column of no cell totals as its cells print ("–"), not a zero under dashes
    rows.append(CounterpartRow(str(s["plan_total"]), money(shown.total), money(shown.columns.get(SECURED)),
                               money(shown.columns.get(UNSECURED))))
    secured = exact_sum(v for (_, w), v in exact.items() if w == SECURED)
    fields = dict(amount=money(shown.total), secured=money(shown.columns.get(SECURED, Decimal(0))),
                  percent=editorial.percent(secured / whole * 100 if whole else Decimal(0), lang, 1),
                  unsecured=money(shown.columns.get(UNSECURED, Decimal(0))))
    national = {a.id: money(shown.rows.get(a.id)) for a in actions}
    # none of it secured, or all of it: said so, not "XOF 0 (0.0 %)" nor "MDL 0 not yet secured"
    none = "_unsecured" if not secured else "_secured" if secured == whole else ""
    # the cover's amounts as the other cover rows give theirs, the partner's currency first, the
    # part secured in the same currencies
    order = list(dict.fromkeys([*codes, code]))
    cover = dict(fields, amount=" · ".join(counterpart_amounts(actions, order, finance, lang)),
                 secured=" · ".join(counterpart_amounts(actions, order, finance, lang, SECURED)))
    return Counterpart(code, rows, fill(str(s[f"req_counterpart_sentence{none}"]), **fields),
                       fill(str(s[f"req_counterpart_cover{none}"]), **cover)), national


def logframe_part(chain: ResultsChain | None, stored: Sequence[Action], actions: Sequence[Action], lang: str,
                  s: Strings, words: str = "results") -> ResultsChapter | None:
    """The partner's part of the logframe and results framework: the overall objective, the
    outcomes its ``actions`` serve, those actions as outputs, with their indicators (baseline,
    yearly targets), sources of verification and assumptions, as the full report prints them
    (``stored``: the whole plan in order, which numbers them), in the partner's words (``words``:
    "eu" the logframe's, "results" the results framework's); None without a results chain."""
    if chain is None or chain.is_empty:
        return None
    served = {o.id for a in actions if (o := chain.outcome_of(a.id)) is not None}
    return results_chapter(chain, stored, [a.title for a in stored], lang, s, outcomes=served,
                           outputs={a.id for a in actions}, words=words)


__all__ = ["counterpart", "counterpart_amounts", "figures", "logframe_part", "national_amounts", "partner_amounts",
           "partner_figures", "partner_years", "source_figures", "total_amounts"]
