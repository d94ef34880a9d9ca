"""What makes a partner's edition of the funding request complete on its own, as the cover of the
European Union's Action Document ("Total cost EUR …, EU contribution EUR …") and a World Bank
project paper's results annex make theirs: on its first page, the plan's total cost, the partner's
request and the national counterpart, each in the partner's currency with the plan's and the dollar
beside where they differ; the national counterpart to the partner's actions, in the same currencies,
and how much of it is secured;
and the partner's part of the logframe and results framework (``results.results_chapter`` kept to
the outcomes its actions serve and to its actions, their numbers those of the whole plan).

Every figure is a sum of the lines' rounded amounts (``budget.line_amounts``: each cost line rounded
once per currency), as every table's, so that each reads the same here, in the edition's tables
and in the full report: the total cost is the budgets' grand total, the request the partner's
budget's and the line "Total requested", the national counterpart the national budget's row of
co-financing and of the cost by funding source. Nothing here reads the database."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from ...domain import editorial
from ...domain.placeholders import fill
from ...domain.plan import budget
from ...domain.plan.actions import Action
from ...domain.plan.cost import SECURED_PIPELINE, Cost, Finance, conversion_targets, convert, exact_sum
from ...domain.plan.results import ResultsChain
from ..budget import bounded_text
from ..format import Strings, fmt_list
from ..model import Counterpart, CounterpartBlock, CounterpartRow, EditionFigure, ResultsChapter
from ..money import format_money
from .chapter import action_amounts, display_places, plan_places
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


def source_amounts(actions: Sequence[Action], key: str, codes: Sequence[str], finance: Finance,
                   lang: str) -> list[str]:
    """A funding source's figure (``key``: ``budget.source_key``) in each of ``codes`` all its lines
    convert into: the sum of its lines' rounded amounts (``budget.total_of``, the places of the
    plan's tables), the figure its row of every table prints; the partner's edition, its budgets
    and the donors' workbooks read the same sums, so that it reads the same in every table and
    edition."""
    out = []
    for code in codes:
        p = plan_places(actions, finance, code)
        figure = budget.total_of(actions, finance, code, p, lambda a, c: budget.source_key(budget.source_of(c)) == key)
        if figure is not None:
            out.append(format_money(figure, code, lang, places=p))
    return out


def partner_amounts(actions: Sequence[Action], partner: str, codes: Sequence[str], finance: Finance,
                    lang: str) -> list[str]:
    """The partner's request in each of ``codes`` its lines convert into (:func:`source_amounts`):
    its row of the plan's tables by funding source, its budget's grand total."""
    return source_amounts(actions, budget.source_key(("partner", partner)), codes, finance, lang)


def national_amounts(actions: Sequence[Action], codes: Sequence[str], finance: Finance, lang: str) -> list[str]:
    """The national budget's part of the plan in each of ``codes`` every line of the plan converts
    into: its row of the table by funding source (the figure co-financing and the cost by year and
    funding source print, :func:`source_amounts`)."""
    whole = [code for code in codes if _in(budget.lines_of(actions), code, finance) is not None]
    return source_amounts(actions, "national", whole, finance, lang)


def committed_split(actions: Sequence[Action], partner: str, codes: Sequence[str], finance: Finance, lang: str,
                    s: Strings) -> str:
    """The part of the partner's request the plan marks secured, by its funding stage as the plan
    words it ("of which already committed EUR 95,000; new request EUR 175,000"), in each of
    ``codes`` its lines convert into, from the lines' rounded amounts (the request's figure less
    the secured part: the sum of the lines not secured); "" when none of its lines is secured."""
    def mine(c: Cost) -> bool:
        return c.funding == "partner" and c.funder == partner

    def stage(c: Cost) -> str:
        return c.pipeline if c.pipeline in SECURED_PIPELINE else "" if c.secured else "-"

    held = list(dict.fromkeys(stage(c) for c in budget.lines_of(actions) if mine(c) and stage(c) != "-"))
    if not held:
        return ""
    def at(w: str) -> Callable[[object, Cost], bool]:
        return lambda _a, c: mine(c) and stage(c) == w

    parts: dict[str, list[str]] = {w: [] for w in held}
    new: list[str] = []
    for code in codes:
        p = plan_places(actions, finance, code)
        whole = budget.total_of(actions, finance, code, p, lambda _a, c: mine(c))
        found = {w: budget.total_of(actions, finance, code, p, at(w)) for w in held}
        if whole is None or any(v is None for v in found.values()):
            continue
        for w, v in found.items():
            parts[w].append(format_money(v or Decimal(0), code, lang, places=p))
        new.append(format_money(whole - sum((v or Decimal(0) for v in found.values()), Decimal(0)), code, lang, places=p))
    if not new:
        return ""
    said = [fill(str(s["req_committed_stage"]), stage=str(s[f"plan_pipe_{w}" if w else "plan_secured_yes"]),
                 amount=" · ".join(parts[w])) for w in held]
    return fill(str(s["req_committed"]), stages=fmt_list(said, lang), amount=" · ".join(new))


def figures(actions: Sequence[Action], partner: str, codes: Sequence[str], finance: Finance, lang: str,
            s: Strings) -> list[EditionFigure]:
    """The first page's figures: the plan's total cost, the partner's request and the national
    counterpart, each in ``codes`` (the partner's currency first)."""
    lines = budget.lines_of(actions)
    return [EditionFigure(str(s["req_fig_total"]), total_amounts(lines, codes, finance, lang)),
            EditionFigure(str(s["req_fig_asked"]), partner_amounts(actions, partner, codes, finance, lang),
                          committed_split(actions, partner, codes, finance, lang, s)),
            EditionFigure(str(s["req_fig_national"]), national_amounts(actions, codes, finance, lang))]


def _national_cells(actions: Sequence[Action], plan: Sequence[Action], code: str, finance: Finance,
                    places: int) -> dict[tuple[str, str], Decimal] | None:
    """The national budget's lines of ``actions`` (the partner's, of the ``plan``) in ``code``, each
    as every table prints it (``chapter.action_amounts``), summed by (action, secured or not); None
    when one of them has no rate."""
    amounts = action_amounts(plan, finance, code, places)
    cells: dict[tuple[str, str], Decimal] = {}
    for a in actions:
        for c, v in zip(a.costs, amounts[a.id], strict=True):
            if c.funding != "national":
                continue
            if v is None:
                return None
            key = (a.id, SECURED if c.secured else UNSECURED)
            cells[key] = cells.get(key, Decimal(0)) + v
    return cells


def _counterpart_rows(actions: Sequence[Action], cells: dict[tuple[str, str], Decimal], code: str, places: int,
                      lang: str, s: Strings) -> tuple[list[CounterpartRow], dict[str, Decimal]]:
    """The counterpart's table in ``code`` (``cells``: :func:`_national_cells`): a row per action
    of the partner's with a national line, the total last, each a sum of the lines' rounded
    amounts; and each action's contribution."""
    def money(v: Decimal | None) -> str:
        return "–" if v is None else format_money(v, code, lang, places=places)

    def column(w: str) -> Decimal | None:   # a column of no cell totals as its cells print ("–")
        found = [v for (_, ww), v in cells.items() if ww == w]
        return sum(found, Decimal(0)) if found else None

    own = {a.id: sum((v for (x, _), v in cells.items() if x == a.id), Decimal(0))
           for a in actions if any(x == a.id for x, _ in cells)}
    rows = [CounterpartRow(bounded_text(a.title, lang, s), money(own[a.id]), money(cells.get((a.id, SECURED))),
                           money(cells.get((a.id, UNSECURED)))) for a in actions if a.id in own]
    rows.append(CounterpartRow(str(s["plan_total"]), money(sum(own.values(), Decimal(0))), money(column(SECURED)),
                               money(column(UNSECURED))))
    return rows, own


def counterpart(actions: Sequence[Action], finance: Finance, lang: str, s: Strings,
                codes: Sequence[str] = (), plan: Sequence[Action] | None = None) -> tuple[Counterpart, dict[str, str]]:
    """The national counterpart to the partner's ``actions`` (of the whole ``plan``; None: they are
    the plan): a row per action (its contribution, the part secured — committed or disbursed — and
    the part not yet secured) and the total, each a sum of its lines' rounded amounts so that rows
    and columns add up as printed and each reads as in every table, in the plan's currency
    (``rows``) and in each of ``codes`` (the edition's currencies, the partner's first) and the
    plan's it converts into (``blocks``); the share secured (of the exact amounts, rounded once);
    the cover's line with the total in the same currencies; and each action's contribution as its
    sheet prints it, in the same currencies ("–" when it has none)."""
    plan = actions if plan is None else plan
    code = conversion_targets(finance)[0]
    p = plan_places(plan, finance, code)
    cells = _national_cells(actions, plan, code, finance, p)
    if cells is None or not cells:
        why = str(s["req_counterpart_rates" if cells is None else "req_counterpart_none"])
        return Counterpart(code, [], why, why), {a.id: "–" for a in actions}
    order = list(dict.fromkeys([*codes, code]))
    blocks: list[CounterpartBlock] = []
    contributions: dict[str, list[str]] = {a.id: [] for a in actions}
    for each in order:
        places = plan_places(plan, finance, each)
        found = cells if each == code else _national_cells(actions, plan, each, finance, places)
        if found:
            rows_in, own_in = _counterpart_rows(actions, found, each, places, lang, s)
            blocks.append(CounterpartBlock(each, rows_in))
            for a in actions:
                if a.id in own_in:
                    contributions[a.id].append(format_money(own_in[a.id], each, lang, places=places))
    rows = next(b.rows for b in blocks if b.currency == code)
    exact = [(c.secured, convert(c.amount, c.currency, code, finance) or Decimal(0))
             for a in actions for c in a.costs if c.funding == "national"]
    whole, secured = exact_sum(v for _, v in exact), exact_sum(v for held, v in exact if held)
    national = {a.id: " · ".join(contributions[a.id]) or "–" for a in actions}
    # none of it secured, or all of it: said so, not "XOF 0 (0.0 %)" nor "MDL 0 not yet secured"
    none = "_unsecured" if not secured else "_secured" if secured == whole else ""
    # the cover's and the sentence's amounts: each block's total row, the partner's currency first
    # (where both parts are said, both are secured and unsecured lines, so no total reads "–")
    totals = [b.rows[-1] for b in blocks]
    said = dict(amount=" · ".join(t.amount for t in totals), secured=" · ".join(t.secured for t in totals),
                unsecured=" · ".join(t.unsecured for t in totals),
                percent=editorial.percent(secured / whole * 100 if whole else Decimal(0), lang, 1))
    return Counterpart(code, rows, fill(str(s[f"req_counterpart_sentence{none}"]), **said),
                       fill(str(s[f"req_counterpart_cover{none}"]), **said), blocks=blocks), national


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


__all__ = ["committed_split", "counterpart", "figures", "logframe_part", "national_amounts", "partner_amounts",
           "source_amounts", "total_amounts"]
