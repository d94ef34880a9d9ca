"""What the donors' own formats ask of the funding request beyond its budget, as the report prints
it (``resources/report/donors.html.j2``, included from ``funding.html.j2``): the EU Action
Document's risk matrix and indicative budget by outcome and implementation modality (by the one
rounding rule of every budget table, ``domain.plan.budget``), the World Bank results framework's
columns (data source, frequency, responsibility, end target, disbursement-linked amounts) and the
procurement plan.

Codes are printed in the report's language from the entries the workbook shares
(``domain.texts``: ``wb.level.*``, ``wb.freq.*``, ``wb.method.*``, ``wb.review.*``); amounts in
their own currency, as typed (no conversion: a partner's disbursement and a package's estimate are
agreed in that currency). Nothing here reads the database."""
from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from ...domain.plan import budget
from ...domain.plan.actions import Action, sorted_plan
from ...domain.plan.cost import Finance, exact_sum
from ...domain.plan.donors import end_target, plan_facts
from ...domain.plan.request import FundingRequest
from ...domain.plan.results import ResultsChain
from ...domain.placeholders import fill
from ...domain.texts import text
from ..budget import bounded_text, with_user_text
from ..format import Strings, fmt_date, fmt_list
from ..model import BudgetTable, DonorIndicatorRow, DonorRecord, PackageRow, RiskRow
from ..money import format_money
from .request import budget_table
from .request import _places as places_of
from .results import value


def _numbers(actions: Sequence[Action]) -> dict[str, int]:
    """Each action's number in the plan as the report prints it (its order)."""
    return {a.id: n for n, a in enumerate(sorted_plan(actions), 1)}


def risk_rows(request: FundingRequest, actions: Sequence[Action], lang: str, s: Strings) -> list[RiskRow]:
    numbers = _numbers(actions)

    def concerned(ids: Sequence[str]) -> str:
        if not ids:
            return str(s["donor_whole_plan"])
        return fmt_list([str(numbers[i]) if i in numbers else bounded_text(i, lang, s) for i in ids], lang)

    return [RiskRow(str(n), bounded_text(r.risk, lang, s), text(f"wb.level.{r.likelihood}", lang),
                    text(f"wb.level.{r.impact}", lang), bounded_text(r.mitigation, lang, s),
                    bounded_text(r.owner, lang, s), concerned(r.actions))
            for n, r in enumerate(request.risks, 1)]


def framework_rows(request: FundingRequest, chain: ResultsChain, actions: Sequence[Action], lang: str,
                   s: Strings) -> tuple[list[DonorIndicatorRow], list[str]]:
    """Every indicator of the chain (the development objective's and the outcomes' first, then the
    outputs', the intermediate results) with its details, and per partner what its
    disbursement-linked indicators release in all beside its lines; ([], []) without details."""
    if not request.indicators:
        return [], []
    details = {d.indicator: d for d in request.indicators}
    facts = plan_facts(actions, chain)
    rows = []
    for i in sorted(chain.indicators, key=lambda i: i.level == "output"):
        d = details.get(i.id)
        end = end_target(chain, i.id)
        dli = ""
        if d is not None and d.dli_partner and d.dli_amount is not None:
            code = facts.partners.get(d.dli_partner, (None, Decimal(0)))[0]
            dli = with_user_text(s["donor_dli_amount"], lang, partner=bounded_text(d.dli_partner, lang, s),
                                 amount=format_money(d.dli_amount, code, lang) if code else str(d.dli_amount))
        rows.append(DonorIndicatorRow(
            str(s["donor_intermediate" if i.level == "output" else "donor_pdo"]), bounded_text(i.name, lang, s),
            bounded_text(i.verification, lang, s) if i.verification else "–",
            text(f"wb.freq.{d.frequency}", lang) if d else "–",
            bounded_text(d.responsibility, lang, s) if d else "–",
            f"{value(end[1], lang)} ({end[0]})" if end else "–", dli or "–"))
    totals = []
    for name, (code, lines) in facts.partners.items():
        released = [d.dli_amount for d in request.indicators if d.dli_partner == name and d.dli_amount is not None]
        if released and code:
            totals.append(with_user_text(s["donor_dli_total"], lang, partner=bounded_text(name, lang, s),
                                         amount=format_money(exact_sum(released), code, lang),
                                         lines=format_money(lines, code, lang)))
    return rows, totals


def package_rows(request: FundingRequest, actions: Sequence[Action], lang: str,
                 s: Strings) -> tuple[list[PackageRow], list[str]]:
    """The procurement plan's packages in their order, and the estimated cost in all per currency."""
    numbers = _numbers(actions)
    titles = {a.id: a.title for a in actions}
    rows = []
    for n, p in enumerate(request.procurement, 1):
        action = (f"{numbers[p.action]}. {bounded_text(titles[p.action], lang, s)}" if p.action in numbers
                  else bounded_text(p.action, lang, s))
        if p.line is not None:
            action += f" ({fill(str(s['donor_line']), line=p.line)})"
        rows.append(PackageRow(str(n), action, bounded_text(p.description, lang, s), text(f"wb.method.{p.method}", lang),
                               format_money(p.amount, p.currency, lang),
                               with_user_text(s["donor_dates"], lang, start=fmt_date(p.start, lang),
                                              end=fmt_date(p.end, lang)),
                               text(f"wb.review.{p.review}", lang)))
    by_code: dict[str, list[Decimal]] = {}
    for p in request.procurement:
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
                                   places_of(lines, codes, finance))
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


def donor_record(actions: Sequence[Action], request: FundingRequest, chain: ResultsChain | None, lang: str,
                 s: Strings, finance: Finance | None = None) -> DonorRecord | None:
    """The donors' structures as printed; None when the request has none of them and no line
    gives its implementation modality."""
    finance = finance or Finance()
    chain = chain or ResultsChain()
    eu = [t for name in budget.partners(actions) if budget.says_modality(name, actions)
          if (t := eu_budget(name, actions, chain, finance, lang, s)) is not None]
    if not (request.risks or request.indicators or request.procurement or eu):
        return None
    framework, dli_total = framework_rows(request, chain, actions, lang, s)
    packages, package_total = package_rows(request, actions, lang, s)
    return DonorRecord(risk_rows(request, actions, lang, s), framework, dli_total, packages, package_total, eu)


__all__ = ["donor_record", "eu_budget", "framework_rows", "package_rows", "risk_rows"]
