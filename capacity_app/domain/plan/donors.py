"""What the donors' own formats ask of a funding request beyond its budget (pure).

* The **risk matrix** of the EU's Action Document: each risk with its likelihood and impact (low,
  medium, high), the mitigating measure, the institution that owns it and, optionally, the actions
  it concerns (:class:`Risk`).
* The **results framework** of the World Bank, per indicator of the plan's results chain
  (:class:`IndicatorDetail`): how often it is measured (:data:`FREQUENCIES`) and which institution
  is responsible; its data source is the indicator's means of verification and its end target the
  target of its last year (:func:`end_target`). An indicator may be **disbursement-linked**: it
  releases an amount of one partner's funding, in that partner's currency, and what a partner's
  indicators release together never exceeds that partner's lines in the plan.
* The **procurement plan** the World Bank agrees before negotiation (its STEP system's columns):
  per action, optionally per cost line, each package with its description, method
  (:data:`METHODS`), estimated cost and currency, planned start and end within the plan's years,
  and whether the Bank reviews it before (prior) or after (post) the contract (:class:`Package`).

They are kept in the funding request's record (``domain.plan.request.FundingRequest``; stored as
JSON in ``action_plans.funding_request``, keys written only when not empty). Each is checked
against the plan by :func:`validate_risks`, :func:`validate_details` and
:func:`validate_packages`: a refusal is one sentence from an entry of ``domain.texts``
(``cli.donors.*``), said in the user's language by whoever prints it.
"""
from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ..celltext import control_problem, text_problem
from ..texts import text as en_line
from .budget import lines_of, partner_currency, partners
from .cost import CostError, amount_text, exact_sum, parse_amount
from .results import ResultsChain, plan_years

LEVELS = ("low", "medium", "high")                     # a risk's likelihood and impact
# how often a results framework's indicator is measured ("mid_and_end": at mid-term and at the end)
FREQUENCIES = ("monthly", "quarterly", "semi_annual", "annual", "biennial", "mid_and_end")
# the World Bank's selection methods (Procurement Regulations for IPF Borrowers, as STEP lists them):
# goods, works and non-consulting services by request for bids, proposals or quotations; consulting
# services by quality- and cost-based selection, quality-based, fixed budget, least cost, consultant's
# qualifications; an individual consultant; direct selection (either)
METHODS = ("rfb", "rfp", "rfq", "qcbs", "qbs", "fbs", "lcs", "cqs", "individual", "direct")
REVIEWS = ("prior", "post")                             # the Bank's review: before or after the contract
TEXT_MAX = 1_000           # a risk, a mitigating measure, a package's description
NAME_MAX = 200             # an institution
RISKS_MAX = 50
PACKAGES_MAX = 200
ACTIONS_PER_RISK_MAX = 50
_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")


class DonorError(ValueError):
    """A risk, an indicator's details or a package that cannot be stored; one sentence."""

    user_error = True


@dataclass(frozen=True)
class Risk:
    """One row of the risk matrix; ``actions``: the ids of the actions it concerns (none: the plan)."""

    risk: str
    likelihood: str
    impact: str
    mitigation: str
    owner: str
    actions: tuple[str, ...] = ()


@dataclass(frozen=True)
class IndicatorDetail:
    """What the results framework adds to the chain's indicator ``indicator`` (its id): how often
    it is measured, the institution responsible, and when disbursement-linked the partner and the
    amount it releases (in that partner's currency)."""

    indicator: str
    frequency: str
    responsibility: str
    dli_partner: str = ""
    dli_amount: Decimal | None = None

    @property
    def disbursement_linked(self) -> bool:
        return bool(self.dli_partner)


@dataclass(frozen=True)
class Package:
    """A package of the procurement plan: for the action ``action`` (its id) and, when given, its
    cost line ``line`` (1, 2 ... as the action lists them), what is bought, how, for how much, when
    (``start`` and ``end``, YYYY-MM-DD) and the Bank's review."""

    action: str
    description: str
    method: str
    amount: Decimal
    currency: str
    start: str
    end: str
    review: str
    line: int | None = None


@dataclass(frozen=True)
class PlanFacts:
    """What the checks read of the plan: its actions (id → how many cost lines), the results
    chain's indicator ids, each partner's currency (None: several) and the sum of its lines in it,
    and the plan's first and last year (None: none yet)."""

    actions: Mapping[str, int] = field(default_factory=dict)
    indicators: frozenset[str] = frozenset()
    partners: Mapping[str, tuple[str | None, Decimal]] = field(default_factory=dict)
    years: tuple[int, int] | None = None


def plan_facts(actions: Sequence[Any], chain: ResultsChain | None = None) -> PlanFacts:
    """The :class:`PlanFacts` of the plan ``actions`` (``actions.Action``) and its results chain."""
    money: dict[str, tuple[str | None, Decimal]] = {}
    for name in partners(actions):
        code = partner_currency(name, actions)
        lines = [c.amount for c in lines_of(actions) if c.funding == "partner" and c.funder == name]
        money[name] = (code, exact_sum(lines) if code else Decimal(0))
    return PlanFacts({a.id: len(a.costs) for a in actions},
                     frozenset(i.id for i in (chain.indicators if chain else ())), money, plan_years(actions))


def end_target(chain: ResultsChain, indicator: str) -> tuple[int, Decimal] | None:
    """The target of the indicator's last year (the results framework's end target), or None."""
    i = chain.indicator(indicator)
    if i is None or not i.targets:
        return None
    last = max(i.targets, key=lambda t: t.year)
    return last.year, last.value


# --- checks ------------------------------------------------------------------------------------

def _line(value: object, word: str, limit: int, *, required: bool = True, multiline: bool = False) -> str:
    """A text as stored (one line unless ``multiline``, trimmed), or :class:`DonorError` naming it
    by ``word`` (its entries ``cli.donors.empty_<word>``, ``control_<word>``, ``long_<word>``)."""
    raw = str(value if value is not None else "")
    if not multiline and re.search(r"[\r\n]", raw):
        raise DonorError(en_line(f"cli.donors.control_{word}", "en"))
    if control_problem(raw) is not None or re.search(r"[\x7f]", raw):
        raise DonorError(en_line(f"cli.donors.control_{word}", "en"))
    out = raw.strip() if multiline else " ".join(raw.split())
    if required and not out:
        raise DonorError(en_line(f"cli.donors.empty_{word}", "en"))
    if len(out) > limit:
        raise DonorError(en_line(f"cli.donors.long_{word}", "en", n=limit))
    bad = text_problem(out, word, limit)  # not text (half a character pair), or too long for a cell
    if bad is not None:
        raise DonorError(bad)
    return out


def _code(value: object, codes: Sequence[str], key: str) -> str:
    got = str(value if value is not None else "").strip().lower().replace("-", "_").replace(" ", "_")
    if got not in codes:
        raise DonorError(en_line(key, "en", codes=", ".join(codes), got=repr(str(value)[:40])))
    return got


def _numbered(key: str, n: object, problem: DonorError) -> DonorError:
    return DonorError(en_line(key, "en", n=n, problem=str(problem)))


def validate_risk(r: Risk, facts: PlanFacts) -> Risk:
    actions = tuple(dict.fromkeys(str(x).strip() for x in r.actions if str(x).strip()))
    if len(actions) > ACTIONS_PER_RISK_MAX:
        raise DonorError(en_line("cli.donors.risk_actions_max", "en", n=ACTIONS_PER_RISK_MAX))
    for a in actions:
        if a not in facts.actions:
            raise DonorError(en_line("cli.donors.unknown_action", "en", action=a[:64]))
    return Risk(_line(r.risk, "risk", TEXT_MAX, multiline=True),
                _code(r.likelihood, LEVELS, "cli.donors.likelihood"), _code(r.impact, LEVELS, "cli.donors.impact"),
                _line(r.mitigation, "mitigation", TEXT_MAX, multiline=True), _line(r.owner, "owner", NAME_MAX),
                actions)


def _rows(items: Iterable[Any], facts: PlanFacts, check: Callable[[Any, PlanFacts], Any], most: int,
          too_many: str, row: str) -> tuple[Any, ...]:
    """``items`` each checked by ``check``, in their order: at most ``most`` (refused by entry
    ``too_many``), a row's refusal numbered by entry ``row``."""
    rows = list(items)
    if len(rows) > most:
        raise DonorError(en_line(too_many, "en", n=most))
    out = []
    for n, r in enumerate(rows, 1):
        try:
            out.append(check(r, facts))
        except DonorError as e:
            raise _numbered(row, n, e) from None
    return tuple(out)


def validate_risks(risks: Iterable[Risk], facts: PlanFacts) -> tuple[Risk, ...]:
    """The risk matrix as stored, in its order, or :class:`DonorError` naming the row."""
    return _rows(risks, facts, validate_risk, RISKS_MAX, "cli.donors.risks_max", "cli.donors.risk_row")


def _amount(value: object) -> Decimal:
    try:
        d = parse_amount(value)
    except CostError:
        raise DonorError(en_line("cli.donors.amount", "en", got=repr(str(value)[:40]))) from None
    if d <= 0:
        raise DonorError(en_line("cli.donors.amount", "en", got=repr(str(value)[:40])))
    return d


def validate_detail(d: IndicatorDetail, facts: PlanFacts) -> IndicatorDetail:
    if d.indicator not in facts.indicators:
        raise DonorError(en_line("cli.donors.unknown_indicator", "en", id=str(d.indicator)[:64]))
    frequency = _code(d.frequency, FREQUENCIES, "cli.donors.frequency")
    responsible = _line(d.responsibility, "responsibility", NAME_MAX)
    partner = _line(d.dli_partner, "partner", NAME_MAX, required=False)
    if bool(partner) != (d.dli_amount not in (None, "")):
        raise DonorError(en_line("cli.donors.dli_both", "en"))
    if not partner:
        return IndicatorDetail(d.indicator, frequency, responsible)
    known = {p.casefold(): p for p in facts.partners}
    if partner.casefold() not in known:
        listed = ", ".join(sorted(known.values(), key=str.casefold)) or en_line("cli.request.none_yet", "en")
        raise DonorError(en_line("cli.request.unknown_partner", "en", partner=partner, partners=listed))
    return IndicatorDetail(d.indicator, frequency, responsible, known[partner.casefold()], _amount(d.dli_amount))


def validate_details(details: Iterable[IndicatorDetail], facts: PlanFacts) -> tuple[IndicatorDetail, ...]:
    """The results framework's details as stored, one per indicator, in the chain's order of
    entry; what a partner's disbursement-linked indicators release together within its lines."""
    out: list[IndicatorDetail] = []
    for d in details:
        try:
            v = validate_detail(d, facts)
        except DonorError as e:
            raise _numbered("cli.donors.indicator_row", str(d.indicator)[:64], e) from None
        if any(x.indicator == v.indicator for x in out):
            raise DonorError(en_line("cli.donors.indicator_twice", "en", id=v.indicator))
        out.append(v)
    for name, (code, lines) in facts.partners.items():
        released = [x.dli_amount for x in out if x.dli_partner == name and x.dli_amount is not None]
        if not released:
            continue
        if code is None:
            raise DonorError(en_line("cli.donors.dli_currencies", "en", partner=name))
        whole = exact_sum(released)
        if whole > lines:
            raise DonorError(en_line("cli.donors.dli_over", "en", partner=name, amount=amount_text(whole),
                                     lines=amount_text(lines), currency=code))
    return tuple(out)


def dli_currency(d: IndicatorDetail, facts: PlanFacts) -> str | None:
    """The currency a disbursement-linked indicator's amount is in: its partner's."""
    return facts.partners.get(d.dli_partner, (None, Decimal(0)))[0] if d.dli_partner else None


def _date(value: object, key: str) -> _dt.date:
    s = str(value if value is not None else "").strip()
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            raise ValueError(s)
        return _dt.date.fromisoformat(s)
    except ValueError:
        raise DonorError(en_line(key, "en", got=repr(s[:40]))) from None


def validate_package(p: Package, facts: PlanFacts) -> Package:
    action = str(p.action or "").strip()
    if action not in facts.actions:
        raise DonorError(en_line("cli.donors.unknown_action", "en", action=action[:64] or "''"))
    line = p.line
    if line is not None and (isinstance(line, bool) or not isinstance(line, int)
                             or not 1 <= line <= facts.actions[action]):
        raise DonorError(en_line("cli.donors.no_line", "en", action=action, line=str(line)[:20]))
    description = _line(p.description, "description", TEXT_MAX)
    method = _code(p.method, METHODS, "cli.donors.method")
    amount = _amount(p.amount)
    currency = str(p.currency or "").strip().upper()
    if not re.fullmatch(r"[A-Z]{3}", currency):
        raise DonorError(en_line("cli.donors.currency", "en", got=repr(str(p.currency)[:20])))
    start, end = _date(p.start, "cli.donors.start"), _date(p.end, "cli.donors.end")
    if end < start:
        raise DonorError(en_line("cli.donors.order", "en", start=start.isoformat(), end=end.isoformat()))
    if facts.years is None:
        raise DonorError(en_line("cli.donors.no_years", "en"))
    first, last = facts.years
    if start.year < first or end.year > last:
        raise DonorError(en_line("cli.donors.outside", "en", start=start.isoformat(), end=end.isoformat(),
                                 first=first, last=last))
    return Package(action, description, method, amount, currency, start.isoformat(), end.isoformat(),
                   _code(p.review, REVIEWS, "cli.donors.review"), line)


def validate_packages(packages: Iterable[Package], facts: PlanFacts) -> tuple[Package, ...]:
    """The procurement plan as stored, in its order, or :class:`DonorError` naming the package."""
    return _rows(packages, facts, validate_package, PACKAGES_MAX, "cli.donors.packages_max", "cli.donors.package_row")


# --- as plain data (the record's JSON, --json, the CLI's file) ----------------------------------

def risk_to_plain(r: Risk) -> dict[str, Any]:
    out: dict[str, Any] = {"risk": r.risk, "likelihood": r.likelihood, "impact": r.impact,
                           "mitigation": r.mitigation, "owner": r.owner}
    if r.actions:
        out["actions"] = list(r.actions)
    return out


def detail_to_plain(d: IndicatorDetail) -> dict[str, Any]:
    out: dict[str, Any] = {"indicator": d.indicator, "frequency": d.frequency, "responsibility": d.responsibility}
    if d.dli_partner and d.dli_amount is not None:
        out["dli_partner"] = d.dli_partner
        out["dli_amount"] = amount_text(d.dli_amount)
    return out


def package_to_plain(p: Package) -> dict[str, Any]:
    out: dict[str, Any] = {"action": p.action, "description": p.description, "method": p.method,
                           "amount": amount_text(p.amount), "currency": p.currency, "start": p.start,
                           "end": p.end, "review": p.review}
    if p.line is not None:
        out["line"] = p.line
    return out


def _text(d: Mapping[str, Any], key: str) -> str:
    v = d.get(key)
    return "" if v is None else str(v)


def risk_from_plain(d: Mapping[str, Any]) -> Risk:
    acts = d.get("actions") or ()
    return Risk(_text(d, "risk"), _text(d, "likelihood"), _text(d, "impact"), _text(d, "mitigation"),
                _text(d, "owner"), tuple(str(a) for a in (acts if isinstance(acts, (list, tuple)) else [acts])))


def detail_from_plain(d: Mapping[str, Any]) -> IndicatorDetail:
    """An indicator's details from plain data; an amount is kept as its text until checked
    (:func:`validate_detail` refuses one that is not an amount)."""
    amount = d.get("dli_amount")
    return IndicatorDetail(_text(d, "indicator"), _text(d, "frequency"), _text(d, "responsibility"),
                           _text(d, "dli_partner"), _decimal(amount))


def package_from_plain(d: Mapping[str, Any]) -> Package:
    return Package(_text(d, "action"), _text(d, "description"), _text(d, "method"),
                   _decimal(d.get("amount")) or Decimal(0), _text(d, "currency"), _text(d, "start"), _text(d, "end"),
                   _text(d, "review"), _line_number(d.get("line")))


def _line_number(line: object) -> int | None:
    """A package's cost line as a file gives it (a number, or its digits as text; none: None); anything
    else refused, never taken as no line ("²" is a digit int() refuses, 5,000 digits too)."""
    if line is None or line == "":
        return None
    if isinstance(line, int) and not isinstance(line, bool) and 0 < line < 10 ** 9:
        return line
    if isinstance(line, str) and line.strip().isdecimal() and len(line.strip()) <= 9:
        return int(line)
    raise DonorError(en_line("cli.donors.line_number", "en", got=repr(str(line)[:40])))


def _decimal(value: object) -> Decimal | None:
    """An amount's text (or number) as a Decimal, None when empty; a text that is no amount raises
    :class:`DonorError` (the record refuses it in one line)."""
    if value is None or value == "":
        return None
    if isinstance(value, Decimal):
        return value
    return _amount(value)


__all__ = ["FREQUENCIES", "LEVELS", "METHODS", "REVIEWS", "DonorError", "IndicatorDetail", "Package", "PlanFacts",
           "Risk", "detail_from_plain", "detail_to_plain", "dli_currency", "end_target", "package_from_plain",
           "package_to_plain", "plan_facts", "risk_from_plain", "risk_to_plain", "validate_details",
           "validate_packages", "validate_risks"]
