"""What the action plan costs and who pays for it (pure).

An action's cost is a list of :class:`Cost` lines: an estimated amount for one year in an ISO 4217
currency, with its funding source (the national budget, a named development partner, or another
source) and whether that funding is secured. The plan's :class:`Finance` names its currency (new
lines take it; by default the country's) and the exchange rates to the US dollar, each with its
date, that give the optional USD equivalents. :func:`plan_totals` sums the lines by year, by
responsible institution and by funding source, with the **financing gap** (the cost not secured).

Amounts are :class:`~decimal.Decimal`, never float: parsed from their decimal spelling
(:func:`parse_amount`), kept exact, summed exactly, and rounded half-up only when a person reads
them. An amount has at most :data:`AMOUNT_DECIMALS` decimals and :data:`AMOUNT_DIGITS` digits in
all, so it is also exact in a spreadsheet's number cell (a double holds 15 significant digits).
"""
from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import MISSING, dataclass, field, replace
from dataclasses import fields as dataclass_fields
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation, localcontext
from typing import Any, Protocol

from ..celltext import text_problem
from ..texts import text as en_line  # a refusal in English, from its entry (cli/said.py translates it)

# the vocabularies of a line's coded fields, declared with the fields (domain.plan.fields): the
# funding sources, cost categories (PARIS21 ADAPT), pipeline statuses (IATI: committed and disbursed
# funding is secured, identified and pledged is not), the EU's implementation modalities and the
# lines its indicative budget keeps apart from the outcomes
from .fields import COST_CATEGORIES as COST_CATEGORIES
from .fields import COST_FIELDS, CostField
from .fields import EU_LINES as EU_LINES
from .fields import FUNDING_SOURCES as FUNDING_SOURCES
from .fields import MODALITIES as MODALITIES
from .fields import PIPELINE_STATUSES as PIPELINE_STATUSES

SECURED_PIPELINE = ("committed", "disbursed")
QUANTITY_LIMIT = Decimal(10) ** 9        # a cost basis's quantity is below a billion units
USD = "USD"
# a rate's source as the officers enter the UN's; the workbook writes it in its language and reads
# any language's back as this (exchange.actionplan_sheet)
UN_RATE_SOURCE = "UN operational rate of exchange"

COSTS_PER_ACTION_MAX = 100
RATES_MAX = 50
FUNDER_MAX = 500
RATE_SOURCE_MAX = 500
YEAR_MIN, YEAR_MAX = 2000, 2100
AMOUNT_DECIMALS = 4                      # the most any ISO 4217 currency uses (CLF, UYW; KWD has 3)
AMOUNT_DIGITS = 15                       # digits in all: exact in a spreadsheet's number cell
AMOUNT_LIMIT = Decimal(10) ** 13         # amounts are below ten trillion units
RATE_DIGITS = 15
RATE_DECIMALS = 8
CONVERTED_PLACES = 6                     # a converted line is kept to a millionth of a unit
# Converted amounts are exact to CONVERTED_PLACES decimals and summed without any rounding: an
# amount below 10**13 times a rate below 10**13 over another is below 10**26 (32 digits with the
# decimals), and a plan's sums stay far below this context's 80 digits.
_EXACT = Context(prec=80, rounding=ROUND_HALF_UP)
_CONVERTED_QUANTUM = Decimal(1).scaleb(-CONVERTED_PLACES)

_CURRENCY_RE = re.compile(r"[A-Z]{3}")
_AMOUNT_RE = re.compile(r"\d(?:_?\d)*(?:\.\d+)?")
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f]")


class CostError(ValueError):
    """A cost, rate or amount that cannot be stored; the message is one sentence."""

    user_error = True


@dataclass(frozen=True)
class Cost:
    """One line of an action's cost: ``amount`` of ``currency`` in ``year``, paid by ``funding``
    ("national" budget, a development "partner" named in ``funder``, or "other", which ``funder``
    may describe), ``secured`` or not; ``executed``: the amount spent, when known (the round
    comparison sets it against the amount planned)."""

    year: int
    amount: Decimal
    currency: str
    funding: str = "national"
    funder: str = ""
    secured: bool = False
    executed: Decimal | None = None
    category: str = ""                   # one of COST_CATEGORIES, "" when not said
    unit_cost: Decimal | None = None     # the cost basis: unit_cost × quantity = amount
    quantity: Decimal | None = None
    pipeline: str = ""                   # one of PIPELINE_STATUSES, "" when not said
    # sustainability: a recurrent cost (staff, running costs) and, for a line a partner
    # or another source pays, the year from which the national budget takes it over and the
    # amount a year it then pays (in the line's currency), after the partner's funding ends
    recurrent: bool = False
    takeover_year: int | None = None
    takeover_amount: Decimal | None = None
    # the EU's indicative budget: the line's implementation modality (one of MODALITIES) and, for a
    # line kept apart from the outcomes, which (one of EU_LINES); "" when not said
    modality: str = ""
    eu_line: str = ""

    @property
    def gap(self) -> Decimal:
        """The part of the cost not yet secured (all of it, or nothing)."""
        return Decimal(0) if self.secured else self.amount


@dataclass(frozen=True)
class Rate:
    """An exchange rate: ``per_usd`` units of ``currency`` for one US dollar, as of ``date``
    (an ISO date), from ``source`` (e.g. "UN operational rate of exchange")."""

    currency: str
    per_usd: Decimal
    date: str
    source: str = ""


@dataclass(frozen=True)
class Finance:
    """The plan's money settings: its ``currency`` (None: the country's, or none known yet) and
    the exchange rates to the US dollar (one per currency)."""

    currency: str | None = None
    rates: tuple[Rate, ...] = ()

    def rate(self, currency: str) -> Rate | None:
        return next((r for r in self.rates if r.currency == currency), None)


# --- amounts ---------------------------------------------------------------------------------

def canonical(amount: Decimal) -> Decimal:
    """``amount`` in one spelling: no exponent, no trailing zeros after the point (45000000,
    1234.5), so equal amounts are stored, exported and fingerprinted alike."""
    if amount == amount.to_integral_value():
        return Decimal(int(amount))
    return amount.normalize()


def amount_text(amount: Decimal) -> str:
    """The canonical decimal spelling ("45000000", "1234.5"), as stored and exported."""
    return format(canonical(amount), "f")


def parse_amount(text: object, what: str = "amount") -> Decimal:
    """An amount from its decimal spelling: digits with an optional point, "_" allowed between
    digits ("45_000_000"); an int or a Decimal as it is. Never a float (a binary fraction is not
    the amount a person typed): a caller holding one converts its shortest spelling, ``repr``.
    Raises :class:`CostError` naming ``what``."""
    if isinstance(text, bool) or isinstance(text, float):
        raise CostError(en_line("cli.cost.not_decimal", what=what, type=type(text).__name__))
    if isinstance(text, int):
        d = Decimal(text)
    elif isinstance(text, Decimal):
        d = text
    else:
        s = str(text).strip()
        if s.startswith("-") and _AMOUNT_RE.fullmatch(s[1:].strip()):
            raise CostError(en_line("cli.cost.negative", what=what, value=s[:40]))
        if not _AMOUNT_RE.fullmatch(s):
            raise CostError(en_line("cli.cost.not_amount", what=what, value=repr(s[:40])))
        d = Decimal(s.replace("_", ""))
    return check_amount(d, what)


def check_amount(d: Decimal, what: str = "amount") -> Decimal:
    """``d`` canonical, or :class:`CostError`: not a finite number, negative, too large, too
    many decimals or digits."""
    if not isinstance(d, Decimal) or not d.is_finite():
        raise CostError(en_line("cli.cost.nan", what=what))
    if d < 0:
        raise CostError(en_line("cli.cost.negative", what=what, value=amount_text(d)))
    if d >= AMOUNT_LIMIT:
        raise CostError(en_line("cli.cost.too_large", what=what, value=amount_text(d)))
    d = canonical(d)
    exp = d.as_tuple().exponent
    decimals = -exp if isinstance(exp, int) and exp < 0 else 0
    if decimals > AMOUNT_DECIMALS:
        raise CostError(en_line("cli.cost.decimals", what=what, value=amount_text(d), decimals=decimals,
                                limit=AMOUNT_DECIMALS))
    if len(d.as_tuple().digits) > AMOUNT_DIGITS:
        raise CostError(en_line("cli.cost.digits", what=what, value=amount_text(d), limit=AMOUNT_DIGITS))
    return d


def parse_rate(text: object) -> Decimal:
    """An exchange rate (units for one US dollar): a positive decimal number."""
    if isinstance(text, (bool, float)):
        raise CostError(en_line("cli.rate.not_decimal", type=type(text).__name__))
    try:
        d = text if isinstance(text, Decimal) else Decimal(str(text).strip().replace("_", ""))
    except InvalidOperation:
        raise CostError(en_line("cli.rate.not_number", value=repr(str(text)[:40]))) from None
    return check_rate(d)


def check_rate(d: Decimal) -> Decimal:
    if not d.is_finite() or d <= 0:
        raise CostError(en_line("cli.rate.not_positive", value=str(d)[:40]))
    d = canonical(d)
    exp = d.as_tuple().exponent
    decimals = -exp if isinstance(exp, int) and exp < 0 else 0
    if decimals > RATE_DECIMALS or len(d.as_tuple().digits) > RATE_DIGITS or d >= AMOUNT_LIMIT:
        raise CostError(en_line("cli.rate.digits", value=amount_text(d), digits=RATE_DIGITS, decimals=RATE_DECIMALS))
    return d


def to_usd(amount: Decimal, currency: str, finance: Finance) -> Decimal | None:
    """``amount`` of ``currency`` in US dollars (exact to 28 digits, unrounded), or None when the
    plan gives no rate for ``currency``."""
    if currency == USD:
        return amount
    rate = finance.rate(currency)
    if rate is None:
        return None
    with localcontext() as ctx:
        ctx.prec = 28
        return amount / rate.per_usd


def per_usd(currency: str, finance: Finance) -> Decimal | None:
    """Units of ``currency`` for one US dollar (1 for the dollar itself), None without a rate."""
    if currency == USD:
        return Decimal(1)
    rate = finance.rate(currency)
    return rate.per_usd if rate is not None else None


def convert(amount: Decimal, currency: str, to: str, finance: Finance) -> Decimal | None:
    """``amount`` of ``currency`` in the currency ``to``, through the plan's rates to the US
    dollar (``amount`` × rate of ``to`` ÷ rate of ``currency``, one division), rounded half-up to
    :data:`CONVERTED_PLACES` decimals; the amount itself when the currencies are the same; None
    when a rate is missing. Converted amounts add up exactly (:func:`exact_sum`)."""
    if currency == to:
        return amount
    src, dst = per_usd(currency, finance), per_usd(to, finance)
    if src is None or dst is None:
        return None
    return _EXACT.divide(_EXACT.multiply(amount, dst), src).quantize(_CONVERTED_QUANTUM, context=_EXACT)


def exact_sum(amounts: Iterable[Decimal]) -> Decimal:
    """The sum of ``amounts`` without any rounding (80 significant digits)."""
    total = Decimal(0)
    for a in amounts:
        total = _EXACT.add(total, a)
    return total


def rounded(amount: Decimal, places: int = 0) -> Decimal:
    """``amount`` rounded half-up to ``places`` decimals, for a person to read."""
    return amount.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


# --- checks ----------------------------------------------------------------------------------

def currency_problem(code: object) -> str | None:
    if not isinstance(code, str) or not _CURRENCY_RE.fullmatch(code):
        return en_line("cli.donors.currency", got=repr(str(code)[:20]))
    return None


def normalise_currency(code: object) -> str:
    """A currency code upper-cased and trimmed; :class:`CostError` when it is not three letters."""
    c = str(code or "").strip().upper()
    bad = currency_problem(c)
    if bad:
        raise CostError(bad)
    return c


def cost_problem(c: Cost) -> str | None:
    """Why the cost line ``c`` cannot be stored, in one sentence, or None."""
    if isinstance(c.year, bool) or not isinstance(c.year, int) or not YEAR_MIN <= c.year <= YEAR_MAX:
        return en_line("cli.cost.year", got=repr(str(c.year)[:20]), low=YEAR_MIN, high=YEAR_MAX)
    for what, value in (("amount", c.amount), ("amount executed", c.executed)):
        if value is None and what != "amount":
            continue
        try:
            if not isinstance(value, Decimal) or check_amount(value, what) != value:
                return f"the {what} {value!r} is not written as a canonical decimal"
        except CostError as e:
            return str(e)
    bad = currency_problem(c.currency)
    if bad:
        return bad
    if c.funding not in FUNDING_SOURCES:
        return en_line("cli.cost.funding", codes=", ".join(FUNDING_SOURCES), got=repr(str(c.funding)[:40]))
    if c.funding == "partner" and not c.funder.strip():
        return en_line("cli.cost.partner_unnamed")
    if c.funding == "national" and c.funder:
        return en_line("cli.cost.national_funder")
    if _CONTROL_RE.search(c.funder):
        return en_line("cli.cost.funder_line")
    bad = text_problem(c.funder, "funder's name", FUNDER_MAX)
    if bad:
        return bad
    if not isinstance(c.secured, bool):
        return f"secured must be yes or no, got {c.secured!r}"
    return donor_problem(c) or sustainability_problem(c) or declared_problem(c)


def declared_problem(c: Cost) -> str | None:
    """Why a field declared after the first ones (``domain.plan.fields``, not ``worded``) cannot be
    stored, or None: a text too long or not one line, a code not of its choices, an amount or a year
    that is not one."""
    for f in COST_FIELDS:
        value = getattr(c, f.name)
        if f.worded or not _is_set(value):
            continue
        if f.kind == "text" and isinstance(value, str):
            bad = (en_line("cli.cell.one_line", what=f.what) if _CONTROL_RE.search(value)
                   else text_problem(value, f.what, f.limit))
        elif f.kind == "choice":
            bad = None if value in f.choices else en_line("cli.cost.choice", what=f.what, codes=", ".join(f.choices),
                                                         got=repr(str(value)[:40]))
        elif f.kind in ("amount", "quantity"):
            try:
                canonical_value = check_amount(value, f.what) if f.kind == "amount" else check_quantity(value)
                bad = None if canonical_value == value else f"the {f.what} {value!r} is not written as a canonical decimal"
            except CostError as e:
                bad = str(e)
        elif f.kind == "year":
            bad = None if isinstance(value, int) and YEAR_MIN <= value <= YEAR_MAX else en_line(
                "cli.cost.year", got=repr(str(value)[:20]), low=YEAR_MIN, high=YEAR_MAX)
        else:
            bad = None if isinstance(value, (str, bool)) else f"the {f.what} {value!r} is not a {f.kind}"
        if bad:
            return bad
    return None


def _declared_clean(f: CostField, value: object) -> Any:
    """A field declared after the first ones as stored: a text on one line of single spaces, a code
    in lower case, an amount canonical (its spelling parsed)."""
    if f.kind == "text":
        return value if not isinstance(value, str) or _CONTROL_RE.search(value) else " ".join(value.split())
    if f.kind == "choice":
        return str(value or "").strip().lower().replace(" ", "_")
    if f.kind == "amount" and value is not None:
        return parse_amount(value, f.what)
    if f.kind == "quantity" and value is not None:
        return parse_quantity(value)
    return value


def sustainability_problem(c: Cost) -> str | None:
    """Why a line's sustainability (recurrent, taken over by the national budget from a year, for
    an amount a year) cannot be stored, or None."""
    if not isinstance(c.recurrent, bool):
        return f"recurrent must be yes or no, got {c.recurrent!r}"
    if (c.takeover_year is None) != (c.takeover_amount is None):
        return en_line("cli.cost.takeover_both")
    if c.takeover_year is None:
        return None
    if not c.recurrent:
        return en_line("cli.cost.takeover_recurrent")
    if c.funding == "national":
        return en_line("cli.cost.takeover_national")
    y = c.takeover_year
    if isinstance(y, bool) or not isinstance(y, int) or not YEAR_MIN <= y <= YEAR_MAX:
        return f"the takeover year {str(y)[:20]!r} must be a year from {YEAR_MIN} to {YEAR_MAX}"
    try:
        amount = c.takeover_amount
        if not isinstance(amount, Decimal) or check_amount(amount, "amount taken over a year") != amount:
            return f"the amount taken over a year {amount!r} is not written as a canonical decimal"
    except CostError as e:
        return str(e)
    return None


def takeover_problems(costs: Sequence[Cost]) -> str | None:
    """A takeover year not after the last year its funder pays for the action (the national
    budget cannot take over a cost the partner still funds), or an amount a year above the line
    itself (typed in another currency than the line's, most often: 5200000 meant in francs CFA on a
    line of 650000 euros), or None."""
    for i, c in enumerate(costs, 1):
        if c.takeover_year is None:
            continue
        if c.takeover_amount is not None and c.takeover_amount > c.amount:
            return en_line("cli.cost.takeover_more", n=i, amount=amount_text(c.takeover_amount), currency=c.currency,
                           line=amount_text(c.amount))
        last = max(x.year for x in costs if x.funding == c.funding and x.funder.casefold() == c.funder.casefold())
        if c.takeover_year <= last:
            who = c.funder or c.funding
            return en_line("cli.cost.takeover_early", n=i, year=c.takeover_year, who=who, last=last)
    return None


def donor_problem(c: Cost) -> str | None:
    """Why a line's cost category, cost basis or pipeline status cannot be stored, or None."""
    if c.category not in ("", *COST_CATEGORIES):
        return en_line("cli.cost.category", codes=", ".join(COST_CATEGORIES), got=repr(str(c.category)[:40]))
    if (c.unit_cost is None) != (c.quantity is None):
        return en_line("cli.cost.basis_both")
    if c.unit_cost is not None and c.quantity is not None:
        try:
            if not isinstance(c.unit_cost, Decimal) or check_amount(c.unit_cost, "unit cost") != c.unit_cost:
                return f"the unit cost {c.unit_cost!r} is not written as a canonical decimal"
            if not isinstance(c.quantity, Decimal) or check_quantity(c.quantity) != c.quantity:
                return f"the quantity {c.quantity!r} is not written as a canonical decimal"
        except CostError as e:
            return str(e)
        product = _EXACT.multiply(c.unit_cost, c.quantity)
        if product != c.amount:
            return en_line("cli.cost.basis_differs", amount=amount_text(c.amount), unit=amount_text(c.unit_cost),
                           quantity=amount_text(c.quantity), product=format(canonical(product), "f"))
    if c.pipeline not in ("", *PIPELINE_STATUSES):
        return en_line("cli.cost.pipeline", codes=", ".join(PIPELINE_STATUSES), got=repr(str(c.pipeline)[:40]))
    if c.modality not in ("", *MODALITIES):
        return en_line("cli.donors.modality", "en", codes=", ".join(MODALITIES), got=repr(str(c.modality)[:40]))
    if c.eu_line not in ("", *EU_LINES):
        return en_line("cli.donors.eu_line", "en", codes=", ".join(EU_LINES), got=repr(str(c.eu_line)[:40]))
    if c.pipeline and c.secured != (c.pipeline in SECURED_PIPELINE):
        return en_line("cli.cost.pipeline_secured" if c.pipeline in SECURED_PIPELINE else "cli.cost.pipeline_unsecured",
                       pipeline=c.pipeline)
    return None


def check_quantity(d: Decimal) -> Decimal:
    """A cost basis's quantity, canonical, or :class:`CostError`: above zero, below a billion,
    at most :data:`AMOUNT_DECIMALS` decimals."""
    if not isinstance(d, Decimal) or not d.is_finite():
        raise CostError(en_line("cli.quantity.nan"))
    if d <= 0:
        raise CostError(en_line("cli.quantity.zero", value=amount_text(d)))
    if d >= QUANTITY_LIMIT:
        raise CostError(en_line("cli.quantity.too_large", value=amount_text(d)))
    d = canonical(d)
    exp = d.as_tuple().exponent
    if isinstance(exp, int) and -exp > AMOUNT_DECIMALS:
        raise CostError(en_line("cli.quantity.decimals", value=amount_text(d), limit=AMOUNT_DECIMALS))
    return d


def parse_quantity(text: object) -> Decimal:
    """A quantity from its decimal spelling (as :func:`parse_amount`), above zero."""
    if isinstance(text, (bool, float)):
        raise CostError(en_line("cli.quantity.not_decimal", type=type(text).__name__))
    if isinstance(text, (int, Decimal)):
        return check_quantity(Decimal(text))
    s = str(text).strip()
    if not _AMOUNT_RE.fullmatch(s):
        raise CostError(en_line("cli.quantity.not_number", value=repr(s[:40])))
    return check_quantity(Decimal(s.replace("_", "")))


def pipeline_secured(pipeline: str, secured: bool) -> bool:
    """Whether a line is secured once its pipeline status is ``pipeline`` (committed and disbursed
    funding is, identified and pledged is not; "": as ``secured`` says)."""
    return secured if not pipeline else pipeline in SECURED_PIPELINE


def basis_amount(unit_cost: Decimal, quantity: Decimal) -> Decimal:
    """unit cost × quantity, exact, checked as an amount (:class:`CostError` when it is not one)."""
    return check_amount(_EXACT.multiply(unit_cost, quantity), "amount (unit cost × quantity)")


def validate_cost(c: Cost) -> Cost:
    """``c`` as stored (amounts canonical, currency upper-case, funder trimmed), or CostError."""
    clean = replace(
        c, currency=str(c.currency or "").strip().upper(),
        funding=str(c.funding or "").strip().lower(), funder=" ".join(str(c.funder or "").split()),
        amount=parse_amount(c.amount),
        executed=None if c.executed is None else parse_amount(c.executed, "amount executed"),
        category=str(c.category or "").strip().lower().replace(" ", "_"),
        unit_cost=None if c.unit_cost is None else parse_amount(c.unit_cost, "unit cost"),
        quantity=None if c.quantity is None else parse_quantity(c.quantity),
        pipeline=str(c.pipeline or "").strip().lower(),
        modality=str(c.modality or "").strip().lower().replace(" ", "_"),
        eu_line=str(c.eu_line or "").strip().lower().replace(" ", "_"),
        takeover_amount=None if c.takeover_amount is None else parse_amount(c.takeover_amount,
                                                                            "amount taken over a year"),
        **{f.name: _declared_clean(f, getattr(c, f.name)) for f in COST_FIELDS if not f.worded})
    problem = cost_problem(clean)
    if problem:
        raise CostError(problem)
    return clean


def validate_costs(costs: Iterable[Cost]) -> tuple[Cost, ...]:
    """Every line validated, in year order (the given order within a year); at most
    :data:`COSTS_PER_ACTION_MAX`."""
    lines = list(costs)
    if len(lines) > COSTS_PER_ACTION_MAX:
        raise CostError(en_line("cli.cost.too_many", limit=COSTS_PER_ACTION_MAX, count=len(lines)))
    out: list[Cost] = []
    for i, c in enumerate(lines, 1):
        try:
            out.append(validate_cost(c))
        except CostError as e:
            raise CostError(en_line("cli.plan.cost_line", n=i, problem=e)) from None
    problem = takeover_problems(out)
    if problem:
        raise CostError(problem)
    return tuple(sorted(out, key=lambda c: c.year))


def validate_rate(r: Rate) -> Rate:
    currency = normalise_currency(r.currency)
    if currency == USD:
        raise CostError(en_line("cli.rate.usd"))
    per_usd = check_rate(r.per_usd) if isinstance(r.per_usd, Decimal) else parse_rate(r.per_usd)
    try:
        date = _dt.date.fromisoformat(str(r.date).strip()).isoformat()
    except ValueError:
        raise CostError(en_line("cli.rate.date", currency=currency, got=repr(str(r.date)[:40]))) from None
    source = " ".join(str(r.source or "").split())
    bad = text_problem(source, "rate's source", RATE_SOURCE_MAX)
    if bad:
        raise CostError(bad)
    return Rate(currency, per_usd, date, source)


def validate_finance(f: Finance) -> Finance:
    """The plan's settings as stored: currency upper-case, one rate per currency (by code)."""
    currency = None if f.currency in (None, "") else normalise_currency(f.currency)
    if len(f.rates) > RATES_MAX:
        raise CostError(en_line("cli.rate.too_many", limit=RATES_MAX))
    rates: dict[str, Rate] = {}
    for r in f.rates:
        v = validate_rate(r)
        if v.currency in rates:
            raise CostError(en_line("cli.rate.twice", currency=v.currency))
        rates[v.currency] = v
    return Finance(currency, tuple(sorted(rates.values(), key=lambda r: r.currency)))


# --- plausibility: refused or warned at entry, never silent ---------------------------

RATE_SPREAD_WARN = Decimal(5)   # a rate 5 times above or below another for the same currency


def duplicate_lines(costs: Sequence[Cost]) -> list[tuple[int, int]]:
    """Pairs of line numbers (from 1) of ``costs`` that are the same line twice: same year,
    amount, currency, funding source and funder."""
    seen: dict[tuple[object, ...], int] = {}
    out = []
    for i, c in enumerate(costs, 1):
        key = (c.year, canonical(c.amount), c.currency, c.funding, c.funder.casefold())
        if key in seen:
            out.append((seen[key], i))
        else:
            seen[key] = i
    return out


def years_outside(costs: Sequence[Cost], first: int | None, last: int | None) -> list[int]:
    """The years of ``costs`` outside the action's timeline ``first``..``last`` (None: open)."""
    return sorted({c.year for c in costs if (first is not None and c.year < first)
                   or (last is not None and c.year > last)})


def rate_far_from(per_usd: Decimal, others: Iterable[Decimal]) -> Decimal | None:
    """The first of ``others`` that ``per_usd`` is :data:`RATE_SPREAD_WARN` times above or below
    (the same currency's rate elsewhere), or None."""
    for o in others:
        if o > 0 and (per_usd / o >= RATE_SPREAD_WARN or o / per_usd >= RATE_SPREAD_WARN):
            return o
    return None


# --- as plain data (the database's JSON, history rows, --json) --------------------------------

def _is_set(value: object) -> bool:
    return value is not None and value is not False and value != ""


def cost_to_plain(c: Cost) -> dict[str, object]:
    """A cost line as JSON-ready data, amounts as decimal text, its fields in their declared order
    (``domain.plan.fields``). A field not ``always`` written only when set (with the field it goes
    ``together`` with): a line without it is written as before (stored JSON, fingerprints and the
    plans approved by earlier validations stay the same)."""
    out: dict[str, object] = {}
    for f in COST_FIELDS:
        value = getattr(c, f.name)
        if f.always or (_is_set(value) and (not f.together or _is_set(getattr(c, f.together)))):
            out[f.name] = amount_text(value) if f.kind in ("amount", "quantity") and value is not None else value
    return out


_DEFAULTS = {f.name: f.default for f in dataclass_fields(Cost)}


def _from_plain(f: CostField, value: object) -> object:
    """A field's value from the line's JSON (absent: its default)."""
    default = _DEFAULTS[f.name]
    if f.kind == "bool":
        return value is True
    if f.kind in ("year", "amount", "quantity") and value is None and default is None:
        return None
    if f.kind == "year":
        return int(str(value))
    if f.kind == "amount":
        return parse_amount(value, f.what)
    if f.kind == "quantity":
        return parse_quantity(value)
    return str(value or ("" if default is MISSING else default))


def cost_from_plain(d: Mapping[str, object]) -> Cost:
    """The inverse of :func:`cost_to_plain` (amounts parsed from their text, never a float)."""
    return Cost(**{f.name: _from_plain(f, d.get(f.name)) for f in COST_FIELDS})  # type: ignore[arg-type]


def rate_to_plain(r: Rate) -> dict[str, str]:
    return {"currency": r.currency, "per_usd": amount_text(r.per_usd), "date": r.date, "source": r.source}


def rate_from_plain(d: Mapping[str, object]) -> Rate:
    return Rate(str(d.get("currency") or ""), parse_rate(d.get("per_usd")), str(d.get("date") or ""),
                str(d.get("source") or ""))


# --- totals ----------------------------------------------------------------------------------

@dataclass
class Converted:
    """Lines of a total converted into one currency (:func:`convert`): the exact sums of the
    converted cost, secured part and gap, the lines counted, and the lines left out for want of
    a rate (by the line's currency)."""

    cost: Decimal = Decimal(0)
    secured: Decimal = Decimal(0)
    gap: Decimal = Decimal(0)
    lines: int = 0
    left_out: dict[str, int] = field(default_factory=dict)

    def add(self, c: Cost, value: Decimal | None) -> None:
        if value is None:
            self.left_out[c.currency] = self.left_out.get(c.currency, 0) + 1
            return
        self.lines += 1
        self.cost = _EXACT.add(self.cost, value)
        if c.secured:
            self.secured = _EXACT.add(self.secured, value)
        else:
            self.gap = _EXACT.add(self.gap, value)


@dataclass
class Total:
    """Sums of cost lines, per currency: the cost, the part secured, the financing gap (cost not
    secured), the amount executed where entered and the cost of those lines; the same in US
    dollars when every line has a USD equivalent (``usd_lines`` of ``lines``); and ``converted``:
    the lines converted into each currency the totals are shown in (the plan's, the dollar)."""

    cost: dict[str, Decimal] = field(default_factory=dict)
    secured: dict[str, Decimal] = field(default_factory=dict)
    gap: dict[str, Decimal] = field(default_factory=dict)
    executed: dict[str, Decimal] = field(default_factory=dict)
    planned_of_executed: dict[str, Decimal] = field(default_factory=dict)
    lines: int = 0
    usd_lines: int = 0
    cost_usd: Decimal = Decimal(0)
    gap_usd: Decimal = Decimal(0)
    converted: dict[str, Converted] = field(default_factory=dict)

    def add(self, c: Cost, usd: Decimal | None, converted: Mapping[str, Decimal | None] | None = None) -> None:
        _plus(self.cost, c.currency, c.amount)
        _plus(self.secured, c.currency, c.amount - c.gap)
        _plus(self.gap, c.currency, c.gap)
        if c.executed is not None:
            _plus(self.executed, c.currency, c.executed)
            _plus(self.planned_of_executed, c.currency, c.amount)
        self.lines += 1
        if usd is not None:
            self.usd_lines += 1
            self.cost_usd += usd
            if not c.secured:
                self.gap_usd += usd
        for code, value in (converted or {}).items():
            self.converted.setdefault(code, Converted()).add(c, value)

    @property
    def in_usd(self) -> bool:
        """Every line has a USD equivalent (so the USD figures are the whole)."""
        return self.lines > 0 and self.usd_lines == self.lines

    @property
    def currencies(self) -> tuple[str, ...]:
        return tuple(sorted(self.cost))


def _plus(d: dict[str, Decimal], key: str, amount: Decimal) -> None:
    d[key] = _EXACT.add(d.get(key, Decimal(0)), amount)


class Costed(Protocol):
    """What :func:`plan_totals` reads of an action (``domain.actionplan.Action`` is one): its
    status, its responsible institutions (the first leads) and its cost lines."""

    @property
    def status(self) -> str: ...

    @property
    def institutions(self) -> tuple[str, ...]: ...

    @property
    def costs(self) -> tuple[Cost, ...]: ...


@dataclass
class PlanTotals:
    """The plan's costs summed: in all, by year, by responsible institution (the first one named,
    the lead; "" for an action with no owner yet) and by funding source ((source, funder) pairs,
    funder "" for the national budget). Dropped actions are left out (``dropped_actions``).
    ``targets``: the currencies every total is converted into (the plan's, then the US dollar);
    ``missing_rates``: the currencies whose rate to the dollar a conversion needs and the plan
    lacks (a line in such a currency is left out of the converted totals and listed)."""

    all: Total
    by_year: dict[int, Total]
    by_institution: dict[str, Total]
    by_source: dict[tuple[str, str], Total]
    costed_actions: int
    actions: int
    dropped_actions: int
    missing_rates: tuple[str, ...]
    targets: tuple[str, ...] = (USD,)
    by_currency: dict[str, Total] = field(default_factory=dict)   # the lines of each currency

    def complete_in(self, currency: str) -> bool:
        """Every line is counted in the totals converted into ``currency``."""
        conv = self.all.converted.get(currency)
        return conv is not None and not conv.left_out


def conversion_targets(finance: Finance) -> tuple[str, ...]:
    """The currencies the plan's totals are shown in: its own (when set), then the US dollar."""
    return tuple(dict.fromkeys([c for c in (finance.currency, USD) if c]))


def plan_totals(actions: Iterable[Costed], finance: Finance = Finance()) -> PlanTotals:
    """Sum the cost lines of ``actions`` (dropped ones left out) as :class:`PlanTotals`."""
    total = Total()
    by_year: dict[int, Total] = {}
    by_inst: dict[str, Total] = {}
    by_source: dict[tuple[str, str], Total] = {}
    by_currency: dict[str, Total] = {}
    costed = counted = dropped = 0
    missing: set[str] = set()
    targets = conversion_targets(finance)
    for a in actions:
        if a.status == "dropped":
            dropped += 1
            continue
        counted += 1
        if a.costs:
            costed += 1
        lead = a.institutions[0] if a.institutions else ""
        for c in a.costs:
            usd = to_usd(c.amount, c.currency, finance)
            conv = {t: convert(c.amount, c.currency, t, finance) for t in targets}
            missing.update(_missing_for(c.currency, targets, finance))
            total.add(c, usd, conv)
            by_year.setdefault(c.year, Total()).add(c, usd, conv)
            by_inst.setdefault(lead, Total()).add(c, usd, conv)
            by_source.setdefault((c.funding, c.funder if c.funding != "national" else ""), Total()).add(c, usd, conv)
            by_currency.setdefault(c.currency, Total()).add(c, usd, conv)
    order = {s: i for i, s in enumerate(FUNDING_SOURCES)}
    return PlanTotals(
        total, dict(sorted(by_year.items())),
        dict(sorted(by_inst.items(), key=lambda kv: (kv[0] == "", kv[0].casefold()))),
        dict(sorted(by_source.items(), key=lambda kv: (order.get(kv[0][0], 9), kv[0][1].casefold()))),
        costed, counted, dropped, tuple(sorted(missing)), targets,
        dict(sorted(by_currency.items(), key=lambda kv: (targets.index(kv[0]) if kv[0] in targets else 9, kv[0]))))


def _missing_for(currency: str, targets: Sequence[str], finance: Finance) -> set[str]:
    """The rates a line in ``currency`` needs to be converted into each of ``targets`` and the
    plan lacks."""
    out: set[str] = set()
    for t in targets:
        if t == currency:
            continue
        out.update(code for code in (currency, t) if per_usd(code, finance) is None)
    return out


def cost_by_currency(costs: Iterable[Cost]) -> Mapping[str, Decimal]:
    """An action's cost lines summed per currency."""
    out: dict[str, Decimal] = {}
    for c in costs:
        _plus(out, c.currency, c.amount)
    return out


__all__ = [
    "sustainability_problem", "takeover_problems",
    "COST_CATEGORIES", "PIPELINE_STATUSES", "SECURED_PIPELINE", "basis_amount", "check_quantity", "donor_problem",
    "parse_quantity", "pipeline_secured",
    "AMOUNT_DECIMALS", "AMOUNT_DIGITS", "AMOUNT_LIMIT", "COSTS_PER_ACTION_MAX", "FUNDING_SOURCES",
    "CONVERTED_PLACES", "Converted", "Costed", "Cost", "CostError", "Finance", "PlanTotals", "RATES_MAX", "Rate", "Total", "USD",
    "RATE_SPREAD_WARN", "duplicate_lines", "rate_far_from", "years_outside",
    "amount_text", "canonical", "conversion_targets", "convert", "exact_sum", "per_usd", "check_amount", "cost_by_currency", "cost_from_plain", "cost_problem",
    "cost_to_plain", "currency_problem", "rate_from_plain", "rate_to_plain",
    "normalise_currency", "parse_amount", "parse_rate", "plan_totals", "rounded", "to_usd",
    "validate_cost", "validate_costs", "validate_finance", "validate_rate",
]
