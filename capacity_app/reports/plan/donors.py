"""What the donors' own formats ask of the funding request beyond its budget, as the report prints
it (``resources/report/donors.html.j2``, included from ``funding.html.j2``): the EU Action
Document's risk matrix and indicative budget by outcome and implementation modality (by the one
rounding rule of every budget table, ``domain.plan.budget``), the World Bank results framework's
columns (data source, frequency, responsibility, end target, disbursement-linked amounts) and the
procurement plan. A partner's edition (``partner``) holds only that partner's part of each: its
budget by outcome and modality, the risks that concern its actions and those of the whole plan, the
indicators of its part of the results framework (``edition.logframe_part``'s) and those linked to
its disbursements, with only the amounts it releases, and the packages of its actions and lines;
each row numbered and figured as the full report prints it.

Codes are printed in the report's language from the entries the workbook shares
(``domain.texts``: ``wb.likelihood.*``, ``wb.impact.*``, ``wb.freq.*``, ``wb.method.*``, ``wb.review.*``); amounts in
their own currency, as typed (no conversion: a partner's disbursement and a package's estimate are
agreed in that currency). Nothing here reads the database."""
from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from decimal import Decimal

from ...domain.plan import budget
from ...domain.plan.actions import Action, sorted_plan
from ...domain.plan.cost import Cost, Finance, exact_sum
from ...domain.plan.donors import Package, end_target, plan_facts
from ...domain.plan.request import FundingRequest
from ...domain.plan.results import Indicator, ResultsChain
from ...domain.placeholders import fill
from ...domain.texts import text
from ..budget import bounded_text, with_user_text
from ..format import Strings, fmt_date, fmt_list
from ..model import BudgetTable, DonorIndicatorRow, DonorRecord, PackageRow, RiskRow
from ..measure import header_mm, text_mm
from ..money import NBSP, format_money, whole_dates
from .request import budget_table
from .request import edition_currencies, table_places
from .chapter import plan_places
from .results import value


def _numbers(actions: Sequence[Action]) -> dict[str, int]:
    """Each action's number in the plan as the report prints it (its order)."""
    return {a.id: n for n, a in enumerate(sorted_plan(actions), 1)}


def partner_actions(actions: Sequence[Action], partner: str | None) -> set[str] | None:
    """The ids of the actions a line of ``partner`` funds (those its edition asks it for: none
    dropped); None for the full report (every action)."""
    if partner is None:
        return None
    return {a.id for a in actions if a.status != "dropped"
            and any(c.funding == "partner" and c.funder == partner for c in a.costs)}


def partner_indicators(chain: ResultsChain, mine: set[str], request: FundingRequest, partner: str) -> set[str]:
    """The indicators of a partner's part of the results framework: the overall objective's, those
    of the outcomes its actions serve, its actions' outputs', and those linked to its disbursements."""
    served = {o.id for a in mine if (o := chain.outcome_of(a)) is not None}
    linked = {d.indicator for d in request.indicators if d.dli_partner == partner}
    return {i.id for i in chain.indicators if i.id in linked or i.level == "objective"
            or (i.level == "outcome" and i.parent in served) or (i.level == "output" and i.parent in mine)}


def risk_rows(request: FundingRequest, actions: Sequence[Action], lang: str, s: Strings,
              partner: str | None = None) -> list[RiskRow]:
    """The risk matrix (of ``partner``'s edition: the risks that concern its actions and those of
    the whole plan, numbered as in the full report)."""
    numbers = _numbers(actions)
    mine = partner_actions(actions, partner)

    def concerned(ids: Sequence[str]) -> str:
        if not ids:
            return str(s["donor_whole_plan"])
        return fmt_list([str(numbers[i]) if i in numbers else bounded_text(i, lang, s) for i in ids], lang)

    return [RiskRow(str(n), bounded_text(r.risk, lang, s), text(f"wb.likelihood.{r.likelihood}", lang),
                    text(f"wb.impact.{r.impact}", lang), bounded_text(r.mitigation, lang, s),
                    bounded_text(r.owner, lang, s), concerned(r.actions))
            for n, r in enumerate(request.risks, 1)
            if mine is None or not r.actions or any(i in mine for i in r.actions)]


def framework_level(i: Indicator, chain: ResultsChain, numbers: Mapping[str, int], s: Strings,
                    eu: bool = False) -> str:
    """The framework's level of an indicator as a task team reads it: the development objective's
    (the overall objective's), the development objective's for an outcome, which outcome
    ("Development objective · Outcome 2"), an intermediate result's, which action's output, by
    their numbers in the plan, as the logframe and the results framework with yearly targets
    number them. ``eu``: as the EU's logframe names its levels ("Specific objective (outcome) 2",
    "Output: action 4"), in an edition for a partner whose lines follow the EU's Action Document."""
    if eu:
        return _eu_level(i, chain, numbers, s)
    if i.level == "objective":
        return str(s["donor_pdo"])
    if i.level == "outcome":
        n = chain.outcome_number(i.parent)
        return f"{s['donor_pdo']} · {_unbroken(fill(s['plan_rf_outcome'], n=n))}" if n else str(s["donor_pdo"])
    n = numbers.get(i.parent)
    return f"{s['donor_intermediate']} · {_unbroken(fill(s['plan_rf_output'], n=n))}" if n else str(
        s["donor_intermediate"])


def _eu_level(i: Indicator, chain: ResultsChain, numbers: Mapping[str, int], s: Strings) -> str:
    """The logframe's level of an indicator (the labels of the logframe's rows)."""
    n = chain.outcome_number(i.parent) if i.level == "outcome" else numbers.get(i.parent)
    if i.level == "objective" or not n:
        return str(s["plan_lf_objective"]) if i.level == "objective" else str(s["donor_intermediate"])
    # the number kept with its word in the narrow level column ("Output: action" / "1" read as two rows)
    template = str(s["plan_lf_outcome" if i.level == "outcome" else "plan_lf_output"])
    return fill(template.replace(" {n}", "\u00a0{n}"), n=n)


def _unbroken(label: str) -> str:
    """"Action 2" never broken before its number in a narrow column."""
    return label.replace(" ", "\u00a0")


def framework_rows(request: FundingRequest, chain: ResultsChain, actions: Sequence[Action], lang: str,
                   s: Strings, partner: str | None = None, *,
                   eu: bool = False) -> tuple[list[DonorIndicatorRow], list[str]]:
    """Every indicator of the chain (the development objective's and the outcomes' first, then the
    outputs', the intermediate results) with its details, and per partner what its
    disbursement-linked indicators release in all beside its lines; ([], []) without details.
    ``partner``: its edition's indicators (``partner_indicators``) and only its own
    disbursement-linked amounts; ``eu``: their levels as the EU's logframe names them."""
    if not request.indicators:
        return [], []
    details = {d.indicator: d for d in request.indicators}
    facts = plan_facts(actions, chain)
    numbers = _numbers(actions)
    mine = partner_actions(actions, partner)
    kept = None if mine is None or partner is None else partner_indicators(chain, mine, request, partner)
    rows = []
    for i in sorted(chain.indicators, key=lambda i: i.level == "output"):
        if kept is not None and i.id not in kept:
            continue
        d = details.get(i.id)
        end = end_target(chain, i.id)
        dli = ""
        if (d is not None and d.dli_partner and d.dli_amount is not None
                and partner in (None, d.dli_partner)):
            code = facts.partners.get(d.dli_partner, (None, Decimal(0)))[0]
            dli = with_user_text(s["donor_dli_amount"], lang, partner=bounded_text(d.dli_partner, lang, s),
                                 amount=format_money(d.dli_amount, code, lang) if code else str(d.dli_amount))
        rows.append(DonorIndicatorRow(
            framework_level(i, chain, numbers, s, eu), bounded_text(i.name, lang, s),
            bounded_text(i.verification, lang, s) if i.verification else "–",
            text(f"wb.freq.{d.frequency}", lang) if d else "–",
            bounded_text(d.responsibility, lang, s) if d else "–",
            f"{value(end[1], lang)} ({end[0]})" if end else "–", dli or "–"))
    totals = []
    for name, (code, lines) in facts.partners.items():
        if partner is not None and name != partner:
            continue
        released = [d.dli_amount for d in request.indicators if d.dli_partner == name and d.dli_amount is not None]
        if released and code:
            totals.append(with_user_text(s["donor_dli_total"], lang, partner=bounded_text(name, lang, s),
                                         amount=format_money(exact_sum(released), code, lang),
                                         lines=format_money(lines, code, lang)))
    return rows, totals


def _partners_package(p: Package, by_id: Mapping[str, Action], mine: set[str], partner: str) -> bool:
    """Whether the package ``p`` is of the partner's: of one of its actions, and when it names a cost
    line, a line the partner funds."""
    if p.action not in mine:
        return False
    if p.line is None:
        return True
    costs = by_id[p.action].costs
    return 0 < p.line <= len(costs) and costs[p.line - 1].funding == "partner" and costs[p.line - 1].funder == partner


PROC_DATES_MM = 26.0   # the procurement plan's dates column (donors.html.j2), widened by dates_mm


def package_dates(p: Package, lang: str, s: Strings) -> str:
    """A package's planned dates, each kept whole on its line ("15 كانون الثاني/ | يناير 2027" was cut
    in the narrow column): its spaces no-break ones (which hold it in the Word copy too) and the
    sentence a :class:`WholeAmounts` naming them (never hyphenated in the PDF), as the next period's
    timeline (``progress.next_timeline``)."""
    start, end = (fmt_date(d, lang) for d in (p.start, p.end))
    return whole_dates(with_user_text(s["donor_dates"], lang, start=start, end=end), (start, end))


def dates_mm(rows: Sequence[PackageRow]) -> float:
    """The dates column widened to its widest date kept whole (the table's 8 pt, its cell's
    padding) when one is wider than :data:`PROC_DATES_MM` ("30 September 2027", an Arabic month's
    two names); 0.0: the column's own."""
    widest = max((text_mm(d, 8.0) + 3.0 for r in rows for d in getattr(r.dates, "amounts", ())), default=0.0)
    return math.ceil(widest * 10) / 10 if widest > PROC_DATES_MM else 0.0   # a tenth more, never less


def estimate_mm(rows: Sequence[PackageRow], s: Strings) -> float:
    """The estimated cost's column as wide as its widest amount and its header's words on two
    lines, never wider than its own 33 mm: what a wider dates column takes is given back to the
    package's description ("Statisti-/cian-/program-/mer" beside "EUR 48,000")."""
    widest = max((text_mm(r.amount, 8.0) + 3.0 for r in rows), default=0.0)
    return min(33.0, math.ceil(max(widest, header_mm(str(s["donor_estimate"]), 16.0, lines=2)) * 10) / 10)


def package_rows(request: FundingRequest, actions: Sequence[Action], lang: str, s: Strings,
                 partner: str | None = None) -> tuple[list[PackageRow], list[str]]:
    """The procurement plan's packages in their order (of ``partner``'s edition: those of its actions
    and lines, numbered as in the full report), and their estimated cost in all per currency."""
    numbers = _numbers(actions)
    titles = {a.id: a.title for a in actions}
    mine = partner_actions(actions, partner)
    by_id = {a.id: a for a in actions}
    packages = [(n, p) for n, p in enumerate(request.procurement, 1)
                if mine is None or partner is None or _partners_package(p, by_id, mine, partner)]
    rows = []
    for n, p in packages:
        # the line's number tied to its word ("(بند التكلفة" above "1)" in the narrow column)
        line = (f" ({fill(str(s['donor_line']).replace(' {line}', NBSP + '{line}'), line=p.line)})"
                if p.line is not None else "")
        action = (with_user_text("{n}. {title}{line}", lang, n=numbers[p.action],
                                 title=bounded_text(titles[p.action], lang, s), line=line) if p.action in numbers
                  else with_user_text("{title}{line}", lang, title=bounded_text(p.action, lang, s), line=line))
        rows.append(PackageRow(str(n), action, bounded_text(p.description, lang, s), text(f"wb.method.{p.method}", lang),
                               format_money(p.amount, p.currency, lang), package_dates(p, lang, s),
                               text(f"wb.review.{p.review}", lang)))
    by_code: dict[str, list[Decimal]] = {}
    for _, p in packages:
        by_code.setdefault(p.currency, []).append(p.amount)
    totals = [format_money(exact_sum(v), code, lang) for code, v in sorted(by_code.items())]
    return rows, totals


def _capital(text_: str) -> str:
    return text_[:1].upper() + text_[1:]


def eu_budget(name: str, actions: Sequence[Action], chain: ResultsChain, finance: Finance, lang: str,
              s: Strings) -> BudgetTable | None:
    """The partner ``name``'s indicative budget by outcome (and the lines kept apart from them:
    evaluation, audit, communication and visibility, contingencies, indirect costs) and
    implementation modality, as the EU's Action Document sets it out; None when a line does not
    convert."""
    lines = [c for _, c in budget.eu_lines(name, actions)]
    own = budget.partner_currency(name, actions)
    codes = budget.shown_currencies(lines, finance, (own,) if own else ())
    if not lines or not codes:
        return None
    outcome_of = {x.action: x.outcome for x in chain.links}
    m = budget.outcome_by_modality(name, actions, outcome_of, [o.id for o in chain.outcomes], finance,
                                   table_places(actions, codes, finance))  # its lines as every table reads them
    labels = {}
    for key in m.rows:
        kind, _, code = key.partition(":")
        if kind == "eu":
            labels[key] = _capital(text(f"wb.euline.{code}", lang))
        elif code and (o := chain.outcome(code)) is not None:
            labels[key] = with_user_text(s["donor_eu_outcome"], lang, n=chain.outcome_number(code),
                                         outcome=bounded_text(o.name, lang, s))
        else:
            labels[key] = str(s["donor_eu_unlinked"])
    columns = {k: _capital(text(f"wb.modality.{k}", lang)) if k else str(s["donor_eu_no_modality"]) for k in m.columns}
    return budget_table(with_user_text(s["donor_eu_budget"], lang, partner=bounded_text(name, lang, s)),
                        s["donor_eu_corner"], m, labels, columns, lang, s)


def outcome_budget(name: str, actions: Sequence[Action], chain: ResultsChain, finance: Finance, lang: str,
                   s: Strings) -> BudgetTable | None:
    """The partner ``name``'s cost by outcome (a World Bank project's cost by component) and year,
    for a partner whose lines give no implementation modality: its outcomes as the logframe names
    them, in its currency, the plan's and the dollar (``budget.outcome_by_year``); None without an
    outcome in the results chain or when a line does not convert."""
    lines = [c for _, c in budget.eu_lines(name, actions)]
    own = budget.partner_currency(name, actions)
    codes = budget.shown_currencies(lines, finance, (own,) if own else ())
    if not lines or not codes or not chain.outcomes:
        return None
    m = budget.outcome_by_year(name, actions, {x.action: x.outcome for x in chain.links},
                               [o.id for o in chain.outcomes], finance, table_places(actions, codes, finance))
    labels = {}
    for key in m.rows:
        code = key.partition(":")[2]
        o = chain.outcome(code) if code else None
        labels[key] = (with_user_text(s["donor_eu_outcome"], lang, n=chain.outcome_number(code),
                                      outcome=bounded_text(o.name, lang, s)) if o is not None
                       else str(s["donor_eu_unlinked"]))
    return budget_table(with_user_text(s["donor_outcome_budget"], lang, partner=bounded_text(name, lang, s)),
                        s["donor_outcome_corner"], m, labels, {}, lang, s)


def _line_words(a: Action, j: int, numbers: Mapping[str, int], lang: str, s: Strings) -> str:
    """"action 2, Title, cost line 3": a line named in a sentence (its action's number read as a
    number, not a count)."""
    return with_user_text(s["donor_gap_line"], lang, n=numbers[a.id], title=bounded_text(a.title, lang, s), line=j)


def _lines_amounts(actions: Sequence[Action], name: str, lines: Sequence[Cost], finance: Finance,
                   lang: str) -> list[str]:
    """The sum of ``lines`` (of the partner ``name``) in its edition's currencies they convert
    into, from the lines' rounded amounts (``budget.total_of``), as every table adds them."""
    ids = {id(c) for c in lines}

    def picked(_a: object, c: Cost) -> bool:
        return id(c) in ids

    return [format_money(v, code, lang, places=p) for code in edition_currencies(name, actions, finance)
            if (v := budget.total_of(actions, finance, code, p := plan_places(actions, finance, code),
                                     picked)) is not None]


def package_gaps(request: FundingRequest, actions: Sequence[Action], finance: Finance, lang: str, s: Strings,
                 partner: str | None = None) -> list[str]:
    """Per partner with a package in the procurement plan (``partner``: that one), the sum of its
    lines no package covers (a package that names no line covers the action's lines of the
    partner) in its edition's currencies, from the lines' rounded amounts, and their actions."""
    numbers, by_id, out = _numbers(actions), {a.id: a for a in actions}, []
    for name in budget.partners(actions):
        mine = partner_actions(actions, name) or set()
        packages = [p for p in request.procurement if partner in (None, name) and _partners_package(p, by_id, mine, name)]
        if not packages:
            continue
        covered = {(p.action, p.line) for p in packages} | {(p.action, None) for p in packages if p.line is None}
        bare = [(a, j, c) for a, j, c in budget.partner_lines(name, actions)
                if (a.id, j) not in covered and (a.id, None) not in covered]
        if not bare:
            continue
        amounts = _lines_amounts(actions, name, [c for *_, c in bare], finance, lang)
        titles = [_line_words(a, j, numbers, lang, s) for a, j, _ in bare]
        out.append(with_user_text(s["donor_gap_packages"], lang, amount=" · ".join(amounts),
                                  partner=bounded_text(name, lang, s), actions=fmt_list(titles, lang)))
    return out


def modality_gaps(actions: Sequence[Action], finance: Finance, lang: str, s: Strings,
                  partner: str | None = None) -> list[str]:
    """Per partner whose lines give an implementation modality, the sum of those of its lines that
    give none (the EU budget's column "Modality not given") in its edition's currencies, as the
    procurement note gives its lines', then each line ("action 3, Title, cost line 3")."""
    numbers, out = _numbers(actions), []
    for name in budget.partners(actions):
        if partner not in (None, name) or not budget.says_modality(name, actions):
            continue
        bare = [(a, j, c) for a, j, c in budget.partner_lines(name, actions) if not c.modality]
        if bare:
            out.append(with_user_text(s["donor_gap_modality"], lang, partner=bounded_text(name, lang, s),
                                      amount=" · ".join(_lines_amounts(actions, name, [c for *_, c in bare],
                                                                       finance, lang)),
                                      lines=fmt_list([_line_words(a, j, numbers, lang, s) for a, j, _ in bare], lang)))
    return out


def dli_gaps(request: FundingRequest, chain: ResultsChain, actions: Sequence[Action], lang: str, s: Strings,
             partner: str | None = None) -> list[str]:
    """Each disbursement-linked indicator (of ``partner``'s) whose end target's year is after the
    year of its partner's last line: the partner would release an amount after its lines end."""
    names = {i.id: i.name for i in chain.indicators}
    out = []
    for d in request.indicators:
        if not d.dli_partner or partner not in (None, d.dli_partner) or d.indicator not in names:
            continue
        years = [c.year for _, _, c in budget.partner_lines(d.dli_partner, actions)]
        end = end_target(chain, d.indicator)
        if years and end is not None and end[0] > max(years):
            out.append(with_user_text(s["donor_gap_dli"], lang, indicator=bounded_text(names[d.indicator], lang, s),
                                      year=str(end[0]), partner=bounded_text(d.dli_partner, lang, s),
                                      last=str(max(years))))
    return out


def donor_record(actions: Sequence[Action], request: FundingRequest, chain: ResultsChain | None, lang: str,
                 s: Strings, finance: Finance | None = None, partner: str | None = None) -> DonorRecord | None:
    """The donors' structures as printed (``partner``: that partner's part of them, for its
    edition); None when there is none of them to print."""
    finance = finance or Finance()
    chain = chain or ResultsChain()
    actions = sorted_plan(actions)   # the plan's order: that of its one rounding and its numbers
    eu = [t for name in budget.partners(actions) if partner in (None, name) and budget.says_modality(name, actions)
          if (t := eu_budget(name, actions, chain, finance, lang, s)) is not None]
    by_outcome = [t for name in budget.partners(actions)
                  if partner in (None, name) and not budget.says_modality(name, actions)
                  if (t := outcome_budget(name, actions, chain, finance, lang, s)) is not None]
    risks = risk_rows(request, actions, lang, s, partner)
    kind = "eu" if partner is not None and budget.says_modality(partner, actions) else ""
    framework, dli_total = framework_rows(request, chain, actions, lang, s, partner, eu=kind == "eu")
    packages, package_total = package_rows(request, actions, lang, s, partner)
    if not (risks or framework or packages or eu or by_outcome):
        return None
    intro = "" if partner is None else with_user_text(s["req_risks_intro"], lang, partner=bounded_text(partner, lang, s))
    return DonorRecord(risks, framework, dli_total, packages, package_total, eu, intro, kind, by_outcome,
                       package_gaps(request, actions, finance, lang, s, partner) if packages else [],
                       modality_gaps(actions, finance, lang, s, partner) if eu else [],
                       dli_gaps(request, chain, actions, lang, s, partner) if framework else [],
                       dates_mm(packages), estimate_mm(packages, s))


__all__ = ["dates_mm", "dli_gaps", "donor_record", "eu_budget", "framework_level", "modality_gaps", "estimate_mm", "outcome_budget", "package_dates", "package_gaps", "framework_rows", "package_rows", "partner_actions", "partner_indicators",
           "risk_rows"]
