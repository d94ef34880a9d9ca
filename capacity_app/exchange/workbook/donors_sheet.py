"""The exchange workbook's sheets of the funding request's donor structures (``domain.plan.donors``),
written by the export and read back by the import exactly:

* "Risks": the risk matrix, one row per risk; Likelihood and Impact as labels in the workbook's
  language (read back in any language or as the code); Actions concerned the action ids, "; ".
* "Indicator details": per indicator of the results chain its frequency, the responsible
  institution, and for a disbursement-linked indicator the partner and the amount released (a
  number cell; the Indicator column shows its name and is not read back).
* "Procurement plan": one row per package, its action's id and cost line, the method (label),
  the estimated cost (a number cell) and currency, the planned dates (text, YYYY-MM-DD) and the
  Bank's review (label).

User text is always written as text, never a formula (``cells.write_text``). A sheet that is
there is read whole: its rows replace what the database holds (no row: none); a workbook without a
sheet leaves that part as it is (``ActionPlanRead.donors`` names the parts carried). Each row is
checked as the services check it, against the workbook's own actions, their cost lines and its
results chain; a problem names its cell.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from ...domain.plan.actions import Action
from ...domain.plan.cost import EU_LINES, MODALITIES
from ...domain.plan.donors import (
    FREQUENCIES,
    LEVELS,
    METHODS,
    REVIEWS,
    DonorError,
    IndicatorDetail,
    Package,
    PlanFacts,
    Risk,
    plan_facts,
    validate_details,
    validate_package,
    validate_risk,
    validate_detail,
)
from ...domain.plan.request import FundingRequest
from ...domain.plan.results import ResultsChain
from ...domain.texts import text
from .cells import write_header, write_text
from .codec import text_of
from .format import (
    INDICATOR_DETAILS,
    INDICATOR_DETAILS_COLUMNS,
    PROCUREMENT,
    PROCUREMENT_COLUMNS,
    RISKS,
    RISKS_COLUMNS,
    canonical_header,
    column_letter,
)
from .vocab import Vocabulary, code_of, label

# a risk's likelihood and its impact, each in its own words (the adjective agrees with its noun:
# probabilité moyenne, impact moyen); LEVEL: the one list of both an earlier workbook wrote, still read
LIKELIHOOD = Vocabulary("the likelihood", LEVELS, "wb.likelihood.")
IMPACT = Vocabulary("the impact", LEVELS, "wb.impact.")
LEVEL = Vocabulary("the level (likelihood or impact)", LEVELS, "wb.level.")
FREQUENCY = Vocabulary("the frequency", FREQUENCIES, "wb.freq.")
METHOD = Vocabulary("the procurement method", METHODS, "wb.method.")
REVIEW = Vocabulary("the review", REVIEWS, "wb.review.")
# the Action costs sheet's columns of the EU's indicative budget (actionplan_sheet.py)
MODALITY = Vocabulary("the implementation modality", MODALITIES, "wb.modality.")
EU_LINE = Vocabulary("the EU budget line", EU_LINES, "wb.euline.")
SHEETS = {RISKS: "risks", INDICATOR_DETAILS: "indicators", PROCUREMENT: "procurement"}  # sheet -> the record's part
_WIDTHS = {RISKS: (50, 12, 12, 50, 30, 36), INDICATOR_DETAILS: (12, 50, 18, 30, 30, 16),
           PROCUREMENT: (36, 10, 50, 30, 16, 10, 14, 14, 14)}
_COLUMNS = {RISKS: RISKS_COLUMNS, INDICATOR_DETAILS: INDICATOR_DETAILS_COLUMNS, PROCUREMENT: PROCUREMENT_COLUMNS}


def risk_rows(request: FundingRequest, lang: str = "en") -> list[tuple[Any, ...]]:
    return [(r.risk, label(LIKELIHOOD, r.likelihood, lang), label(IMPACT, r.impact, lang), r.mitigation, r.owner,
             "; ".join(r.actions)) for r in request.risks]


def detail_rows(request: FundingRequest, chain: ResultsChain, lang: str = "en") -> list[tuple[Any, ...]]:
    def name(i: str) -> str:
        found = chain.indicator(i)
        return found.name if found else ""

    return [(d.indicator, name(d.indicator), label(FREQUENCY, d.frequency, lang), d.responsibility, d.dli_partner,
             "" if d.dli_amount is None else d.dli_amount) for d in request.indicators]


def package_rows(request: FundingRequest, lang: str = "en") -> list[tuple[Any, ...]]:
    return [(p.action, "" if p.line is None else p.line, p.description, label(METHOD, p.method, lang), p.amount,
             p.currency, p.start, p.end, label(REVIEW, p.review, lang)) for p in request.procurement]


def write_donor_sheets(wb: Any, request: FundingRequest, chain: ResultsChain, lang: str = "en") -> None:
    """The three sheets, appended to the openpyxl workbook ``wb``."""
    from openpyxl.styles import Alignment

    wrap = Alignment(wrap_text=True, vertical="top")
    for sheet, rows in ((RISKS, risk_rows(request, lang)), (INDICATOR_DETAILS, detail_rows(request, chain, lang)),
                        (PROCUREMENT, package_rows(request, lang))):
        ws = wb.create_sheet(sheet)
        write_header(ws, _COLUMNS[sheet], _WIDTHS[sheet])
        for r, row in enumerate(rows, 2):
            for c, v in enumerate(row, 1):
                cell = write_text(ws, r, c, v)
                cell.number_format = "@" if isinstance(v, str) else "General"
                cell.alignment = wrap


# --- reading -----------------------------------------------------------------------------------

class _At(ValueError):
    def __init__(self, column: str, message: str) -> None:
        super().__init__(message)
        self.column = column


def _cell(v: Any) -> str:
    return text_of(v).strip()


def _coded(vocab: Vocabulary, v: Any, column: str, lang: str) -> str:
    try:
        return code_of(vocab, v, lang) or ""
    except ValueError as e:
        raise _At(column, str(e)) from None


def _level(vocab: Vocabulary, v: Any, column: str, lang: str) -> str:
    """A likelihood or impact: its own label, or the one list's label an earlier workbook wrote."""
    try:
        return code_of(vocab, v, lang) or ""
    except ValueError:
        try:
            return code_of(LEVEL, v, lang) or ""
        except ValueError:
            return _coded(vocab, v, column, lang)   # refused in the column's own words


# which column a refusal of domain.plan.donors is about: words of its English (first match)
_WORDS = {RISKS: (("likelihood", "Likelihood"), ("impact", "Impact"), ("mitigating", "Mitigating measure"),
                  ("owns the risk", "Risk owner"), ("action", "Actions concerned")),
          INDICATOR_DETAILS: (("frequency", "Frequency"), ("responsible", "Responsible institution"),
                              ("amount", "Amount released"), ("partner", "Disbursement-linked partner"),
                              ("funds", "Disbursement-linked partner")),
          PROCUREMENT: (("cost line", "Cost line"), ("action", "Action id"), ("description", "Package"),
                        ("method", "Method"), ("amount", "Estimated cost"), ("currency", "Currency"),
                        ("planned start", "Planned start"), ("planned end", "Planned end"),
                        ("dates", "Planned start"), ("plan has no years", "Planned start"),
                        ("review", "Prior or post review"))}


def _column_of(sheet: str, message: str) -> str:
    return next((c for w, c in _WORDS[sheet] if w in message), _COLUMNS[sheet][0])


def _risk(v: dict[str, Any], facts: PlanFacts, lang: str) -> Risk:
    r = Risk(text_of(v["Risk"]), _level(LIKELIHOOD, v["Likelihood"], "Likelihood", lang),
             _level(IMPACT, v["Impact"], "Impact", lang), text_of(v["Mitigating measure"]), text_of(v["Risk owner"]),
             tuple(x.strip() for x in text_of(v["Actions concerned"]).split(";") if x.strip()))
    return validate_risk(r, facts)


def _amount(v: Any, column: str) -> Decimal | None:
    """A number cell's amount (None: empty); refused in the services' words when it is none."""
    s = _cell(v)
    if not s:
        return None
    if re.fullmatch(r"\d+(?:\.\d+)?", s) is None:
        raise _At(column, text("cli.donors.amount", "en", got=repr(s[:40])))
    return Decimal(s)


def _detail(v: dict[str, Any], facts: PlanFacts, lang: str) -> IndicatorDetail:
    d = IndicatorDetail(_cell(v["Indicator id"]), _coded(FREQUENCY, v["Frequency"], "Frequency", lang),
                        text_of(v["Responsible institution"]), text_of(v["Disbursement-linked partner"]),
                        _amount(v["Amount released"], "Amount released"))
    return validate_detail(d, facts)


def _package(v: dict[str, Any], facts: PlanFacts, lang: str) -> Package:
    line = _cell(v["Cost line"])
    if line and not (line.isdecimal() and len(line) <= 9):  # not "²" nor 5,000 digits
        raise _At("Cost line", text("cli.donors.line_number", "en", got=repr(line[:20])))
    p = Package(_cell(v["Action id"]), text_of(v["Package"]), _coded(METHOD, v["Method"], "Method", lang),
                _amount(v["Estimated cost"], "Estimated cost") or Decimal(0), _cell(v["Currency"]),
                _cell(v["Planned start"]), _cell(v["Planned end"]),
                _coded(REVIEW, v["Prior or post review"], "Prior or post review", lang), int(line) if line else None)
    try:
        return validate_package(p, facts)
    except DonorError as e:  # dates outside the plan's years: the cell of the one outside
        if facts.years is not None and "outside the plan's years" in str(e) and p.start[:4] >= str(facts.years[0]):
            raise _At("Planned end", str(e)) from None
        raise


_READERS: dict[str, Callable[[dict[str, Any], PlanFacts, str], Any]] = {
    RISKS: _risk, INDICATOR_DETAILS: _detail, PROCUREMENT: _package}


def _read_sheet(wb: Any, sheet: str, facts: PlanFacts, lang: str, add: Callable[[str, str, str], None]
                ) -> tuple[Any, ...] | None:
    """The entries of one sheet, checked; None when the header or a row has a problem (told to ``add``)."""
    columns = _COLUMNS[sheet]
    rows = wb.rows(sheet)
    header = canonical_header([_cell(x) for x in (rows[0] if rows else [])], columns, lang)
    for i, name in enumerate(columns):
        got = header[i] if i < len(header) else ""
        if got != name:
            add(sheet, f"{column_letter(i + 1)}1", f"expected the column {name!r} here, found {got!r} "
                                                   "(columns cannot be moved or renamed)")
            return None
    out, bad = [], False
    for r, row in enumerate(rows[1:], 2):
        cells = (list(row) + [""] * len(columns))[:len(columns)]
        if all(_cell(x) == "" for x in cells):
            continue
        try:
            out.append(_READERS[sheet](dict(zip(columns, cells, strict=True)), facts, lang))
        except _At as e:
            add(sheet, f"{column_letter(columns.index(e.column) + 1)}{r}", str(e))
            bad = True
        except DonorError as e:
            add(sheet, f"{column_letter(columns.index(_column_of(sheet, str(e))) + 1)}{r}", str(e))
            bad = True
    return None if bad else tuple(out)


def read_donor_sheets(wb: Any, actions: Sequence[Action], chain: ResultsChain | None, lang: str,
                      add: Callable[[str, str, str], None]) -> dict[str, tuple[Any, ...]]:
    """The parts of the funding request the workbook's donor sheets carry ({"risks": ..., ...},
    only the sheets that are there), checked against its ``actions`` and results ``chain``;
    every problem told to ``add(sheet, cell, reason)``."""
    facts = plan_facts(actions, chain)
    out: dict[str, tuple[Any, ...]] = {}
    for sheet, part in SHEETS.items():
        if sheet not in wb.sheet_names:
            continue
        read = _read_sheet(wb, sheet, facts, lang, add)
        if read is None:
            continue
        if part == "indicators":
            try:
                read = validate_details(read, facts)  # what each partner's indicators release in all
            except DonorError as e:
                add(sheet, f"{column_letter(INDICATOR_DETAILS_COLUMNS.index('Amount released') + 1)}2", str(e))
                continue
        out[part] = read
    return out


__all__ = ["EU_LINE", "FREQUENCY", "IMPACT", "LEVEL", "LIKELIHOOD", "METHOD", "MODALITY", "REVIEW", "SHEETS", "detail_rows", "package_rows", "read_donor_sheets",
           "risk_rows", "write_donor_sheets"]
