"""The donors' own workbook of a partner (``capacity-app actions donor-workbook``): the tables a
programme manager pastes into the donor's template, in the user's language.

* "Budget <currency>": the partner's indicative budget by outcome (and the lines kept apart from
  them: evaluation, audit, communication and visibility, contingencies, indirect costs) and
  implementation modality, one sheet per currency the report shows it in, with the report's
  figures (``domain.plan.budget.outcome_by_modality``, the same decimals: each cost line rounded
  once, every cell and total a sum of rounded lines, so that it adds up as printed); for a partner
  whose lines give no modality (a World Bank project), its cost by outcome (component) and year
  (``domain.plan.budget.outcome_by_year``);
* "Logframe": the partner's part of the results chain, as its edition of the funding request prints
  it: a row per indicator of the impact, of the outcomes its actions serve and of its actions'
  outputs (each output its action's number and title, its assumptions the action's risks), with its
  baseline, end target, sources of data and the assumptions;
* "Risks": the risk matrix, the risks that concern its actions and those of the whole plan;
* "Results framework": the indicators of the same part and those linked to its disbursements, with
  their yearly targets, end target, frequency, data source, responsibility and, when
  disbursement-linked to this partner, the amount it releases;
* "Procurement plan": the packages the partner's lines fund (a package of a cost line of the
  partner, or of an action the partner funds a line of).

Under a table, the sentences its edition prints under it (``reports.plan.donors``: the partner's
lines of no modality under the EU budget, of no package under the procurement plan, an indicator
targeted after its last line under the results framework), as plain text; an EU partner's results
framework in its edition's words (the logframe's levels).

Nothing is written to the database; the file is replaced whole or not at all."""
from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from ...domain.plan import budget
from ...domain.plan.actions import Action, sorted_plan
from ...domain.plan.cost import Finance
from ...domain.plan.donors import end_target, plan_facts
from ...domain.plan.request import FundingRequest
from ...domain.plan.result_fields import LATER_FIELDS
from ...domain.plan.results import ResultsChain, field_text
from ...domain.texts import text
from ...exchange.workbook.donor_workbook import Table, write_tables
from ...reports.format import load_strings
from ...reports.plan.donors import (
    dli_gaps,
    framework_level,
    modality_gaps,
    package_gaps,
    partner_actions,
    partner_indicators,
)
from ...reports.plan.request import table_places
from ...storage.store import Store
from ..base import ServiceError, get_assessment
from ..outputs import check_store_output
from .actions import plan_finance


def _capital(s: str) -> str:
    return s[:1].upper() + s[1:]


def _plain(said: Sequence[str]) -> list[str]:
    """The sentences the edition prints under a table, as a cell holds them: without the places a
    long word may break at in the PDF (zero-width spaces)."""
    return [str(x).replace("\u200b", "") for x in said]


def budget_tables(name: str, actions: Sequence[Action], chain: ResultsChain, finance: Finance,
                  lang: str) -> list[Table]:
    """The partner's budget by outcome and modality (for a partner whose lines give no modality
    and a plan with outcomes, a World Bank project's cost by component: by outcome and year), a
    sheet per currency shown; [] when it has no line or a line does not convert."""
    lines = [c for _, c in budget.eu_lines(name, actions)]
    own = budget.partner_currency(name, actions)
    codes = budget.shown_currencies(lines, finance, (own,) if own else ())
    if not lines or not codes:
        return []
    by_year = not budget.says_modality(name, actions) and bool(chain.outcomes)
    build = budget.outcome_by_year if by_year else budget.outcome_by_modality
    m = build(name, actions, {x.action: x.outcome for x in chain.links}, [o.id for o in chain.outcomes], finance,
              table_places(actions, codes, finance))  # its lines as the report's tables read them
    labels = []
    for key in m.rows:
        kind, _, code = key.partition(":")
        outcome = chain.outcome(code) if kind == "outcome" and code else None
        labels.append(_capital(text(f"wb.euline.{code}", lang)) if kind == "eu" else
                      text("dw.outcome", lang, n=chain.outcome_number(code), outcome=outcome.name) if outcome else
                      text("dw.unlinked", lang))
    if by_year:
        header = [text("dw.corner_component", lang), *m.columns, text("dw.total", lang)]
    else:
        header = [text("dw.corner", lang), *(_capital(text(f"wb.modality.{k}", lang)) if k else
                                             text("dw.no_modality", lang) for k in m.columns), text("dw.total", lang)]
    # the edition's note under the table: the lines of no modality, with their amounts
    notes = () if by_year else _plain(modality_gaps(actions, finance, lang, load_strings(lang), name))
    out = []
    for code in dict.fromkeys([*([own] if own in m.currencies else []), *m.currencies]):  # its own currency first
        rows: list[list[Any]] = [[label, *(m.cells[code].get((r, c), "") for c in m.columns), m.row_totals[code][r]]
                                 for label, r in zip(labels, m.rows, strict=True)]
        rows.append([text("dw.total", lang), *(m.column_totals[code][c] for c in m.columns), m.total[code]])
        lead = text("dw.lead.budget_year" if by_year else "dw.lead.budget", lang, partner=name, currency=code)
        out.append(Table(text("dw.sheet.budget", lang, currency=code), header, rows,
                         (50, *(22 for _ in m.columns), 18), lead, frozenset({len(rows) - 1}), notes))
    return out


def logframe_table(chain: ResultsChain, lang: str, actions: Sequence[Action] = (),
                   kept: set[str] | None = None) -> Table:
    """The results chain as the EU's logframe lists it: a row per indicator of each level, an
    output by its action's number and title with the action's risks as its assumptions; ``kept``:
    only those indicators (a partner's part), an outcome or output with none of them left out."""
    rows: list[list[Any]] = []
    # an indicator's fields declared after the first ones (domain/plan/result_fields.py): a column each
    later = [f for f in LATER_FIELDS if f.record == "indicator"]

    def add(level: str, result: str, parent_level: str, parent: str, assumptions: str) -> None:
        found = [i for i in chain.indicators_of(parent_level, parent) if kept is None or i.id in kept]
        if kept is not None and not found and parent_level != "objective":
            return
        for i in found or (None,):
            end = end_target(chain, i.id) if i else None
            rows.append([level, result, i.name if i else "", "" if i is None or i.baseline is None else i.baseline,
                         "" if i is None or i.baseline_year is None else i.baseline_year,
                         "" if end is None else end[1], "" if end is None else end[0],
                         i.verification if i else "", assumptions,
                         *(field_text(f, getattr(i, f.name)) if i else "" for f in later)])

    if chain.objective or chain.indicators_of("objective"):
        add(text("dw.lv_impact", lang), chain.objective, "objective", "", chain.assumptions)
    for n, o in enumerate(chain.outcomes, 1):
        add(text("dw.lv_outcome", lang, n=n), o.name, "outcome", o.id, o.assumptions)
    by_id = {a.id: (n, a) for n, a in enumerate(actions, 1)}
    for parent in dict.fromkeys(i.parent for i in chain.indicators if i.level == "output"):
        named = by_id.get(parent)
        add(text("dw.lv_output", lang), f"{named[0]}. {named[1].title}" if named else "", "output", parent,
            named[1].risks if named else "")
    header = [text("dw.level", lang), text("dw.results_chain", lang), text("wb.col.Indicator", lang),
              text("wb.col.Baseline", lang), text("wb.col.Baseline year", lang), text("dw.target", lang),
              text("dw.target_year", lang), text("dw.sources", lang), text("dw.assumptions", lang),
              *(text(f.label_key, lang) for f in later)]
    return Table(text("dw.sheet.logframe", lang), header, rows,
                 (22, 50, 50, 12, 10, 12, 10, 40, 40, *(f.width for f in later)))


def risks_table(request: FundingRequest, actions: Sequence[Action], lang: str,
                mine: set[str] | None = None) -> Table:
    """The risk matrix; ``mine``: only the risks that concern those actions and the whole plan's."""
    numbers = {a.id: n for n, a in enumerate(actions, 1)}
    rows = [[r.risk, text(f"wb.likelihood.{r.likelihood}", lang), text(f"wb.impact.{r.impact}", lang), r.mitigation,
             r.owner, ", ".join(str(numbers.get(x, x)) for x in r.actions) or text("dw.whole_plan", lang)]
            for r in request.risks if mine is None or not r.actions or set(r.actions) & mine]
    header = [text(f"wb.col.{c}", lang) for c in ("Risk", "Likelihood", "Impact", "Mitigating measure", "Risk owner",
                                                   "Actions concerned")]
    return Table(text("dw.sheet.risks", lang), header, rows, (50, 12, 12, 50, 30, 20))


def framework_table(name: str, request: FundingRequest, chain: ResultsChain, actions: Sequence[Action],
                    lang: str, kept: set[str] | None = None) -> Table:
    """Every indicator (``kept``: those only; the development objective's first, then the
    intermediate results) with its yearly targets and the results framework's columns; the amount
    released when it is disbursement-linked to the partner ``name``. For a partner whose lines give
    an implementation modality (the EU), its levels and title in the logframe's words, as its
    edition prints them; under it, the edition's note of an indicator targeted after the
    partner's last line."""
    s = load_strings(lang)
    eu = budget.says_modality(name, actions)   # the edition's choice of words (reports/plan/request.py)
    numbers = {a.id: n for n, a in enumerate(actions, 1)}
    details = {d.indicator: d for d in request.indicators}
    code = plan_facts(actions, chain).partners.get(name, (None, Decimal(0)))[0] or ""
    years = chain.years()
    rows: list[list[Any]] = []
    for i in sorted(chain.indicators, key=lambda i: i.level == "output"):
        if kept is not None and i.id not in kept:
            continue
        d = details.get(i.id)
        end = end_target(chain, i.id)
        mine = d is not None and d.dli_partner == name and d.dli_amount is not None
        level = (framework_level(i, chain, numbers, s, eu=True) if eu
                 else text("dw.intermediate" if i.level == "output" else "dw.pdo", lang))
        rows.append([level, i.name, i.unit,
                     "" if i.baseline is None else i.baseline, "" if i.baseline_year is None else i.baseline_year,
                     *("" if (t := i.target_in(y)) is None else t for y in years), "" if end is None else end[1],
                     text(f"wb.freq.{d.frequency}", lang) if d else "", i.verification, d.responsibility if d else "",
                     d.dli_amount if mine and d else "", code if mine else ""])
    header = [text("dw.level", lang), text("wb.col.Indicator", lang), text("wb.col.Unit", lang),
              text("wb.col.Baseline", lang), text("wb.col.Baseline year", lang), *(str(y) for y in years),
              text("dw.end_target", lang), text("wb.col.Frequency", lang), text("dw.data_source", lang),
              text("wb.col.Responsible institution", lang), text("wb.col.Amount released", lang),
              text("wb.col.Currency", lang)]
    return Table(text("dw.sheet.framework_eu" if eu else "dw.sheet.framework", lang), header, rows,
                 (26, 50, 12, 10, 10, *(10 for _ in years), 12, 16, 40, 30, 16, 10),
                 notes=_plain(dli_gaps(request, chain, actions, lang, s, name)))


def procurement_table(name: str, request: FundingRequest, actions: Sequence[Action], lang: str,
                      finance: Finance | None = None) -> Table:
    """The packages the partner's lines fund, and under them the edition's note of its lines no
    package covers, with their amounts (in its edition's currencies: ``finance``)."""
    numbers = {a.id: n for n, a in enumerate(actions, 1)}
    by_id = {a.id: a for a in actions}

    def funds(action: str, line: int | None) -> bool:
        a = by_id.get(action)
        if a is None:
            return False
        costs = [a.costs[line - 1]] if line is not None and 0 < line <= len(a.costs) else list(a.costs)
        return any(c.funding == "partner" and c.funder == name for c in costs)

    rows = [[f"P-{n}", p.description, f"{numbers.get(p.action, '')}. {by_id[p.action].title}" if p.action in by_id
             else p.action, "" if p.line is None else p.line, text(f"wb.method.{p.method}", lang),
             text(f"wb.review.{p.review}", lang), p.amount, p.currency, p.start, p.end]
            for n, p in enumerate(request.procurement, 1) if funds(p.action, p.line)]
    header = [text("dw.reference", lang), *(text(f"wb.col.{c}", lang) for c in (
        "Package", "Action", "Cost line", "Method", "Prior or post review", "Estimated cost", "Currency",
        "Planned start", "Planned end"))]
    notes = _plain(package_gaps(request, actions, finance or Finance(), lang, load_strings(lang), name)) if rows else []
    return Table(text("dw.sheet.procurement", lang), header, rows, (10, 50, 40, 10, 36, 14, 16, 10, 14, 14),
                 notes=notes)


def write_donor_workbook(store: Store, assessment_id: Any, partner: str, out_path: str | Path,
                         lang: str = "en") -> Path:
    """The donors' workbook of ``partner`` (its name as the plan's lines give it, any case) at
    ``out_path``; a ServiceError naming the partners when no line of the plan is funded by it, an
    ``OutputRefused`` when ``out_path`` is the database, one of its side files or backups, a link
    or a special file (``services.outputs``)."""
    a = get_assessment(store, assessment_id)
    out_path = check_store_output(out_path, store, "the workbook")  # never the database, a backup, a FIFO
    actions = sorted_plan(x for x in store.action_plan(a.id))
    named = {p.casefold(): p for p in budget.partners(actions)}
    name = named.get(" ".join(partner.split()).casefold())
    if name is None:
        listed = ", ".join(sorted(named.values(), key=str.casefold)) or text("cli.request.none_yet", "en")
        raise ServiceError(text("cli.donors.no_partner", "en", partner=repr(partner[:80]), partners=listed))
    chain = store.results_chain(a.id)
    request = store.plan_request(a.id)
    mine = partner_actions(actions, name) or set()
    kept = partner_indicators(chain, mine, request, name)   # its part, as its edition prints it
    finance = plan_finance(store, a.id)
    tables = [*budget_tables(name, actions, chain, finance, lang),
              logframe_table(chain, lang, actions, kept), risks_table(request, actions, lang, mine),
              framework_table(name, request, chain, actions, lang, kept),
              procurement_table(name, request, actions, lang, finance)]
    return write_tables(tables, out_path, lang)


__all__ = ["budget_tables", "framework_table", "logframe_table", "procurement_table", "risks_table",
           "write_donor_workbook"]
