"""The exchange workbook's action-plan sheets: written by the export, read back by the import.

* "Action plan": one row per action, in the plan's order (the rows' order is the plan's order on
  import), with its priority-action mark and strategy objective;
* "Action costs": one row per cost line (action id, year, amount, currency, funding source,
  partner, secured, executed); amounts are number cells holding the exact decimal (at most 15
  digits: a double keeps them exactly) and are read back through their shortest spelling, never
  summed or rounded on the way;
* "Plan validation": the plan's currency, its exchange rates and the validation record, one fact
  per row named in its Field column, and the funding request's record (who commits the national
  part, each signatory; format 3);
* "Results": the plan's results chain (:mod:`.results_sheet`), read after the actions it links;
* "Plan totals" (written only, never read): the plan's cost, the part secured and the financing
  gap, in all, by year, by lead institution and by funding source, one row per currency, with US
  dollar equivalents, summed by ``domain.plancost.plan_totals`` as the window and the report do;
  numbers in number cells, labels in the workbook's language, the sheet protected.

Every text cell is written as text through ``cells.write_text`` (escaped, never a formula); reading
checks each cell and the whole plan with the domain (``domain.actionplan``, ``plancost``,
``planvalidation``) and the currencies with ``catalog.currencies``, and names every problem as
(sheet, cell, reason). A workbook without a sheet (written before it existed) leaves that part of
the plan in the database as it is (``ActionPlanRead.carries``). Public and simple, for the
consolidated workbook too: :func:`write_action_plan` and :func:`read_action_plan`.
"""
from __future__ import annotations

import datetime as _dt
import json
import re

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from dataclasses import fields as dataclass_fields
from decimal import Decimal
from typing import Any

from ...catalog import currencies
from ...catalog.recommendations import action_title
from ...domain.plan.actions import (
    ACTIONS_MAX,
    PRIORITY_ACTIONS_MAX,
    Action,
    ActionError,
    dependency_problem,
    new_action_id,
    normalise_when,
    priority_actions_problem,
    validate_action,
)
from ...domain.plan.cost import (
    COST_CATEGORIES,
    COSTS_PER_ACTION_MAX,
    UN_RATE_SOURCE,
    USD,
    Cost,
    CostError,
    Finance,
    Rate,
    Total,
    convert,
    parse_amount,
    parse_quantity,
    plan_totals,
    rounded,
    to_usd,
    validate_cost,
    validate_costs,
    validate_finance,
)
from ...domain.editorial import date_long, number, period, semicolon_list, written_date
from ...domain.languages import LANGUAGES
from ...domain.texts import text
from ...domain.plan.validation import (
    change_words,
    changes_since,
    split_funding_progress,
    plan_version,
    value_changes,
    ValidatedAction,
    Validation,
    ValueChange,
    ValidationError,
    validate_validation,
    validated_action_problem,
)
from ...domain.plan.action_fields import ACTION_FIELDS, FIELD_BY_NAME, SHEET_FIELDS, ActionField
from ...domain.plan.fields import ACTION_TEXTS, BY_NAME, COST_BY_NAME, COST_FIELDS, CostField
from ...domain.plan.request import FundingRequest, RequestError, Signatory, validate_request
from ...domain.plan.results import ResultsChain
from .cells import find_columns, isolated, write_header, write_text
from .codec import text_of
from . import vocab
from .donors_sheet import EU_LINE, MODALITY
from .donors_sheet import SHEETS as DONOR_SHEETS
from .donors_sheet import read_donor_sheets
from .results_sheet import read_results, unread_fields
from .format import (
    ACTION_COSTS,
    ACTION_COSTS_COLUMNS,
    ACTION_COSTS_COLUMNS_V1,
    ACTION_PLAN,
    ACTION_PLAN_COLUMNS,
    ACTION_PLAN_COLUMNS_V1,
    PLAN_FIELD_NAMES,
    PLAN_TOTALS,
    PLAN_TOTALS_COLUMNS,
    PLAN_VALIDATION,
    PLAN_VALIDATION_COLUMNS,
    RESULTS,
    canonical_header,
    column_letter,
)

# the Action plan sheet's columns: the action's id, then each field an action declares under its
# header (domain.plan.action_fields, domain.plan.fields); some by their keys, where a problem points
ID = "Id"
TITLE, RECOMMENDATION, POLICY_QUESTIONS, INSTITUTIONS, START, END, RESOURCES, MILESTONE, PRIORITY, STATUS, \
    PRIORITY_ACTION, STRATEGY, DEPENDS_ON = (FIELD_BY_NAME[n].header for n in (
        "title", "recommendation_id", "policy_questions", "institutions", "start", "end", "resources", "milestone",
        "priority", "status", "priority_action", "strategy", "depends_on"))
INDICATOR, BASELINE, TARGET, VERIFICATION, RISKS, SDG_TARGET = (BY_NAME[n].header for n in (
    "indicator", "baseline", "target", "verification", "risks", "sdg_target"))
_WIDTHS = {ID: 14, **{f.header: f.width for f in SHEET_FIELDS}}
_WRAPPED = frozenset({*(f.header for f in ACTION_FIELDS if f.wrapped),
                      *(f.header for f in ACTION_TEXTS if f.lines > 1)})
# the fields of an action whose column a workbook may leave out (one written before it was there
# leaves it as it is here)
_OPTIONAL = {**{f.header: f.name for f in ACTION_FIELDS if f.optional}, **{f.header: f.name for f in ACTION_TEXTS}}
# the Action costs sheet's own columns (the action's id and title), then each field a cost line
# declares (domain.plan.fields) under its header; some by their keys, where a problem points
C_ID, C_TITLE = ACTION_COSTS_COLUMNS[:2]
C_YEAR, C_AMOUNT, C_CURRENCY, C_FUNDING, C_FUNDER, C_SECURED, C_EXECUTED, C_CATEGORY, C_UNIT, C_QUANTITY, \
    C_PIPELINE, C_RECURRENT, C_TAKEOVER_YEAR, C_TAKEOVER_AMOUNT = (COST_BY_NAME[n].header for n in (
        "year", "amount", "currency", "funding", "funder", "secured", "executed", "category", "unit_cost",
        "quantity", "pipeline", "recurrent", "takeover_year", "takeover_amount"))
_COST_WIDTHS = (14, 40, *(f.width for f in COST_FIELDS))
# the labels of a coded field's codes: the vocabulary the sheets have read them by (its name in a
# problem), else one made from the declaration
_VOCABULARIES = {v.prefix: v for v in (vocab.FUNDING, vocab.CATEGORY, vocab.PIPELINE, MODALITY, EU_LINE)}
# where a problem sentence of domain.plancost.cost_problem points (first match): a field declared
# after the first ones by its own word, then the first ones'
_COST_WORDS = (*((f.what, f.header) for f in COST_FIELDS if not f.worded),
               ("Recurrent", C_RECURRENT), ("takeover year", C_TAKEOVER_YEAR), ("takes it over from", C_TAKEOVER_YEAR),
               ("taken over a year", C_TAKEOVER_AMOUNT), ("takeover", C_TAKEOVER_AMOUNT),
               ("recurrent", C_RECURRENT), ("already pays", C_TAKEOVER_YEAR), ("is not the unit cost", C_AMOUNT), ("unit cost", C_UNIT), ("quantity", C_QUANTITY), ("category", C_CATEGORY),
               ("pipeline", C_PIPELINE), ("funding committed", C_PIPELINE), ("funding disbursed", C_PIPELINE),
               ("funding identified", C_PIPELINE), ("funding pledged", C_PIPELINE), ("cost basis", C_UNIT),
               ("executed", C_EXECUTED), ("year", C_YEAR), ("amount", C_AMOUNT), ("currenc", C_CURRENCY),
               ("funding", C_FUNDING), ("partner", C_FUNDER), ("funder", C_FUNDER), ("secured", C_SECURED),
               ("decimals", C_AMOUNT))

# which column a problem sentence of domain.actionplan.action_problem is about (first match)
_FIELD_WORDS = (("dependenc", DEPENDS_ON), ("SDG target", SDG_TARGET), ("action id", ID), ("title", TITLE), ("recommendation id", RECOMMENDATION),
                ("policy question", POLICY_QUESTIONS), ("institution", INSTITUTIONS),
                ("the end", END), ("the start", START), ("resources", RESOURCES),
                ("milestone", MILESTONE), ("national strategy", STRATEGY), ("priority action", PRIORITY_ACTION),
                ("indicator", INDICATOR), ("baseline", BASELINE), ("means of verification", VERIFICATION),
                ("SDG target", SDG_TARGET), ("target", TARGET), ("risks", RISKS), ("depend", DEPENDS_ON),
                ("itself", DEPENDS_ON), ("circle", DEPENDS_ON),
                ("priority", PRIORITY), ("status", STATUS))


@dataclass
class ActionPlanRead:
    """The plan a workbook carries: its actions in row order, and the row of each action id."""

    actions: list[Action]
    rows: dict[str, int] = field(default_factory=dict)  # action id -> row number (1-based)
    # the Action fields the workbook carries beyond the first sheet's columns (an older workbook
    # carries none: the plan here keeps its costs, priority actions and strategy objectives)
    carries: frozenset[str] = frozenset()
    cost_rows: dict[str, int] = field(default_factory=dict)  # action id -> its first Action costs row
    # where each column of the Action costs sheet is (1-based), found by its header
    cost_places: dict[str, int] = field(default_factory=lambda: {c: i for i, c in enumerate(ACTION_COSTS_COLUMNS, 1)})
    has_record: bool = False  # the Plan validation sheet is there (else currency, rates, validation kept)
    finance: Finance = field(default_factory=Finance)
    validation: Validation | None = None
    results: ResultsChain | None = None  # the Results sheet's chain (None: no sheet, the chain here kept)
    # the fields of an outcome or indicator ((record, name)) whose column the Results sheet lacks:
    # kept as they are here (``results.with_fields_of``)
    results_unread: tuple[tuple[str, str], ...] = ()
    # the funding request's record (Plan validation's committed_by and signatory rows, format 3);
    # None: the workbook has none of those rows (written before), the record here kept
    request: FundingRequest | None = None
    # the funding request's donor structures its sheets carry (Risks, Indicator details, Procurement
    # plan: "risks", "indicators", "procurement"); a part whose sheet is not there is kept here
    donors: dict[str, tuple[Any, ...]] = field(default_factory=dict)
    # where each column of the Action plan sheet is (1-based), found by its header
    places: dict[str, int] = field(default_factory=lambda: {c: i for i, c in enumerate(ACTION_PLAN_COLUMNS, 1)})

    def cell(self, action_id: str, column: str = TITLE) -> str:
        """'Action plan!B5': where an action's ``column`` is ("" when it is not in the sheet)."""
        r = self.rows.get(action_id)
        if r is None or column not in self.places:
            return ""
        return f"{ACTION_PLAN}!{column_letter(self.places[column])}{r}"


    def cost_cell(self, action_id: str, column: str = C_AMOUNT) -> str:
        """'Action costs!D5': an action's first cost line ("" when it has none in the sheet)."""
        r = self.cost_rows.get(action_id)
        if r is None:
            return ""
        place = self.cost_places.get(column, ACTION_COSTS_COLUMNS.index(column) + 1)
        return f"{ACTION_COSTS}!{column_letter(place)}{r}"


def action_cells(a: Action, lang: str = "en") -> tuple[Any, ...]:
    """An action as the sheet's row, in :data:`ACTION_PLAN_COLUMNS`' order, each declared field's
    cell written by its kind (:data:`_WRITE`: lists one per line or separated by commas; a start or
    end, status and priority-action mark as ``lang`` writes them, "III кв. 2026 г.", "prévue",
    "oui", read back in any language: :mod:`.vocab`, ``editorial.parse_period``; a default title in
    ``lang``, as the report prints it, read back as the title stored: services.actionplan
    with_uncarried_fields); each declared text as it is."""
    cells = {ID: a.id, **{f.header: _WRITE[f.kind](a, getattr(a, f.name), lang) for f in ACTION_FIELDS},
             **{f.header: getattr(a, f.name) for f in ACTION_TEXTS}}
    return tuple(cells[c] for c in ACTION_PLAN_COLUMNS)


def _title_cell(a: Action, value: str, lang: str) -> str:
    return action_title(a, lang)


def _id_cell(a: Action, value: str | None, lang: str) -> str:
    return value or ""


def _codes_cell(a: Action, value: tuple[str, ...], lang: str) -> str:
    return ", ".join(value)


def _names_cell(a: Action, value: tuple[str, ...], lang: str) -> str:
    return "\n".join(value)


def _when_cell(a: Action, value: str | None, lang: str) -> str:
    return period(value or "", lang)


def _as_is(a: Action, value: Any, lang: str) -> Any:
    return value


def _status_cell(a: Action, value: str, lang: str) -> str:
    return vocab.label(vocab.ACTION_STATUS, value, lang)


def _bool_cell(a: Action, value: bool, lang: str) -> str:
    return vocab.label(vocab.YES_NO, "yes", lang) if value else ""


# a declared field's cell, by its kind (domain.plan.action_fields.ACTION_KINDS)
_WRITE: dict[str, Any] = {"title": _title_cell, "id": _id_cell, "codes": _codes_cell, "names": _names_cell,
                          "when": _when_cell, "text": _as_is, "line": _as_is, "priority": _as_is,
                          "status": _status_cell, "bool": _bool_cell}


def cost_vocabulary(f: CostField) -> vocab.Vocabulary:
    """The labels of a coded field's codes (yes or no for a yes-or-no field)."""
    if f.kind == "bool":
        return vocab.YES_NO
    return _VOCABULARIES.get(f.labels) or vocab.Vocabulary(f"the {f.what}", f.choices, f.labels)


def _cost_cell(f: CostField, value: Any, lang: str) -> Any:
    """A field of a cost line as its cell: a code as ``lang``'s label, a yes-or-no as "yes" (and
    "no" for a field ``always`` said, else empty), an amount as its exact decimal, nothing as ""."""
    if f.kind == "choice":
        return vocab.label(cost_vocabulary(f), value, lang)
    if f.kind == "bool":
        return vocab.label(vocab.YES_NO, "yes" if value else "no", lang) if value or f.always else ""
    return "" if value is None else value


def cost_cells(a: Action, c: Cost, lang: str = "en") -> tuple[Any, ...]:
    """A cost line as the Action costs sheet's row, in :data:`ACTION_COSTS_COLUMNS`' order (amounts
    as exact decimals in number cells; the funding source, secured, category and funding stage as
    ``lang``'s labels)."""
    return (a.id, action_title(a, lang), *(_cost_cell(f, getattr(c, f.name), lang) for f in COST_FIELDS))


def _choices(values: Sequence[str]):
    """A drop-down list of ``values`` (labels; a code or another language's label typed instead is
    read too, so the list warns of nothing)."""
    from openpyxl.worksheet.datavalidation import DataValidation

    return DataValidation(type="list", formula1='"' + ",".join(values) + '"', allow_blank=True)


def write_action_plan(ws: Any, actions: Sequence[Action], lang: str = "en") -> None:
    """Fill the openpyxl worksheet ``ws`` with the plan (header, rows, drop-down lists), its coded
    cells in ``lang``."""
    from openpyxl.styles import Alignment
    from openpyxl.worksheet.datavalidation import DataValidation

    write_header(ws, ACTION_PLAN_COLUMNS, [_WIDTHS[c] for c in ACTION_PLAN_COLUMNS])
    wrap = Alignment(wrap_text=True, vertical="top")
    for r, a in enumerate(actions, 2):
        for c, v in enumerate(action_cells(a, lang), 1):
            cell = write_text(ws, r, c, v)
            cell.number_format = "@" if isinstance(v, str) else "0"
            if ACTION_PLAN_COLUMNS[c - 1] in _WRAPPED:
                cell.alignment = wrap
    last = max(len(actions) + 1, 200)  # room for rows added by hand, with the same drop-downs
    col = {name: column_letter(i) for i, name in enumerate(ACTION_PLAN_COLUMNS, 1)}
    lists = {"status": lambda: _choices(vocab.labels(vocab.ACTION_STATUS, lang)),
             "priority": lambda: DataValidation(type="whole", operator="between", formula1="1", formula2="3",
                                                allow_blank=True, showErrorMessage=True,
                                                error=text("wb.dv.priority", lang)),
             "bool": lambda: _choices([vocab.label(vocab.YES_NO, "yes", lang)])}
    for kind, made in lists.items():  # a drop-down list (or a check) for each field of these kinds
        for f in ACTION_FIELDS:
            if f.kind == kind:
                dv = made()
                dv.add(f"{col[f.header]}2:{col[f.header]}{last}")
                ws.add_data_validation(dv)
    ws.freeze_panes = "C2"


def _amount_format(d: Decimal) -> str:
    exp = d.as_tuple().exponent
    places = -exp if isinstance(exp, int) and exp < 0 else 0
    return "#,##0" + ("." + "0" * places if places else "")


def write_action_costs(ws: Any, actions: Sequence[Action], lang: str = "en") -> None:
    """Fill ``ws`` with one row per cost line of ``actions`` (header, rows, drop-down lists), its
    coded cells in ``lang``."""
    from openpyxl.worksheet.datavalidation import DataValidation

    write_header(ws, ACTION_COSTS_COLUMNS, _COST_WIDTHS)
    r = 1
    for a in actions:
        for c in a.costs:
            r += 1
            for i, v in enumerate(cost_cells(a, c, lang), 1):
                cell = write_text(ws, r, i, v)
                if isinstance(v, Decimal):
                    cell.number_format = _amount_format(v)
                elif isinstance(v, str):
                    cell.number_format = "@"
    last = max(r, 500)
    col = {name: column_letter(i) for i, name in enumerate(ACTION_COSTS_COLUMNS, 1)}
    for f in COST_FIELDS:  # a drop-down list for each coded field
        if f.kind in ("choice", "bool"):
            dv = _choices(vocab.labels(cost_vocabulary(f), lang))
            dv.add(f"{col[f.header]}2:{col[f.header]}{last}")
            ws.add_data_validation(dv)
    year = DataValidation(type="whole", operator="between", formula1="2000", formula2="2100",
                          allow_blank=True, showErrorMessage=True, error=text("wb.dv.year", lang))
    for f in COST_FIELDS:
        if f.kind == "year":
            year.add(f"{col[f.header]}2:{col[f.header]}{last}")
    ws.add_data_validation(year)
    ws.freeze_panes = "C2"


def _rate_source(value: str, lang: str = "en") -> str:
    """A rate's source as read: the UN's operational rate as any language writes it is stored as
    :data:`UN_RATE_SOURCE` (the workbook writes it in its own language, ``lang``, looked at first:
    then no other language's catalogue is read); any other as typed."""
    if value == text("wb.rate_source_un", lang):
        return UN_RATE_SOURCE
    return UN_RATE_SOURCE if value in {text("wb.rate_source_un", x) for x in LANGUAGES} else value


def plan_rows(finance: Finance, validation: Validation | None, lang: str = "en",
              request: FundingRequest | None = None) -> list[tuple[Any, ...]]:
    """The Plan validation sheet's rows (without the header): field, values, notes (in the
    workbook's language, ``lang``; the import reads no note); with ``request``, the funding
    request's record last (its committed_by row always, even empty: the record is carried)."""
    rows: list[tuple[Any, ...]] = [("plan_currency", finance.currency or "", "", "", "",
                                    text("wb.plan_currency", lang))]
    for r in finance.rates:
        rows.append(("exchange_rate", r.currency, r.per_usd, r.date,
                     text("wb.rate_source_un", lang) if r.source == UN_RATE_SOURCE else r.source,
                     text("wb.exchange_rate", lang, rate=_rate_text(r.per_usd, lang), currency=r.currency,
                          date=written_date(r.date, lang))))
    if validation is not None:
        v = validation
        rows += [("validated_on", v.date, "", "", "", text("wb.validated_on", lang)),
                 ("validation_event", v.event, "", "", "", "")]
        rows += [("institution_present", name, "", "", "", "") for name in v.institutions]
        rows += [("approved_by", v.approved_by, "", "", "", ""), ("position", v.position, "", "", "", "")]
        rows += [("validated_action", x.id, x.title, x.fingerprint, "", text("wb.validated_action", lang))
                 for x in v.actions]
        if v.entered_by:
            rows.append(("validation_entered_by", v.entered_by, "", "", "", ""))
        if v.version and v.approved is not None:
            rows.append(("validation_version", v.version, "", "", "", ""))
            plain = json.dumps(dict(v.approved), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
            rows += [("validation_approved", plain[i:i + APPROVED_CHUNK], "", "", "", "")
                     for i in range(0, len(plain), APPROVED_CHUNK)]
    return rows + request_rows(request, lang)


def request_rows(request: FundingRequest | None, lang: str = "en") -> list[tuple[Any, ...]]:
    """The funding request's rows: who commits the national part, then each signatory (who it
    signs for as a label in ``lang``, name, title, the partner); none for None."""
    if request is None:
        return []
    rows: list[tuple[Any, ...]] = [("committed_by", request.committed_by, "", "", "", text("wb.committed_by", lang))]
    rows += [("signatory", vocab.label(vocab.SIGNS_FOR, s.role, lang), s.name, s.title, s.partner,
              text("wb.signatory", lang)) for s in request.signatories]
    return rows


def _rate_text(per_usd: Decimal, lang: str) -> str:
    """A rate as ``lang`` writes a number in a sentence, every decimal kept ("605,25", "1 234,5")."""
    exp = per_usd.as_tuple().exponent
    return number(per_usd, lang, -exp if isinstance(exp, int) and exp < 0 else 0)


APPROVED_CHUNK = 20_000  # characters of the approved plan's JSON per cell (a cell holds 32,767)


def write_plan_validation(ws: Any, finance: Finance, validation: Validation | None, lang: str = "en",
                          request: FundingRequest | None = None) -> None:
    """Fill ``ws`` with the plan's currency, exchange rates and validation record (notes in
    ``lang``), and the funding request's record when given."""
    from openpyxl.styles import Alignment

    write_header(ws, PLAN_VALIDATION_COLUMNS, (20, 44, 40, 30, 30, 50))
    wrap = Alignment(wrap_text=True, vertical="top")
    for r, row in enumerate(plan_rows(finance, validation, lang, request), 2):
        for i, v in enumerate(row, 1):
            cell = write_text(ws, r, i, v)
            if isinstance(v, Decimal):
                cell.number_format = _amount_format(v)
            else:
                cell.number_format = "@"
                cell.alignment = wrap


_TOTALS_KEYS = ("wb.totals.col.by", "wb.totals.col.item", "wb.totals.col.currency", "wb.totals.col.cost",
                "wb.totals.col.secured", "wb.totals.col.gap", "wb.totals.col.cost_usd", "wb.totals.col.gap_usd",
                "wb.totals.col.cost_plan", "wb.totals.col.gap_plan")
_TOTALS_WIDTHS = (22, 40, 14, 20, 20, 20, 20, 20, 22, 22)


CHANGES_NOTED_MAX = 100  # differences since the validation written in the note (one cell)


def totals_rows(actions: Sequence[Action], finance: Finance, lang: str = "en", validation: Validation | None = None
                ) -> tuple[list[tuple[Any, ...]], list[str]]:
    """The Plan totals sheet's rows (without the header) and its notes, in ``lang``. A row:
    (group, year or institution or source, currency, cost, secured, financing gap, cost in USD,
    gap in USD, cost in the plan's currency, gap in the plan's currency), amounts exact (Decimal),
    converted ones rounded to the cent (to the plan currency's decimals), None where no rate is
    given. An item in several currencies gets one more row, "All, in <plan currency>": its lines
    converted into the plan's currency and summed exactly."""
    totals = plan_totals(actions, finance)
    code = finance.currency
    places = (currencies.table()[code].minor_unit or 0) if code and code in currencies.table() else 2

    def usd(amount: Decimal, currency: str) -> Decimal | None:
        x = to_usd(amount, currency, finance)
        return None if x is None else rounded(x, 2)

    def in_plan(amount: Decimal, currency: str) -> Decimal | None:
        x = convert(amount, currency, code, finance) if code else None
        return None if x is None else rounded(x, places)

    def rows_of(group: str, item: Any, t: Total) -> list[tuple[Any, ...]]:
        order = sorted(t.currencies, key=lambda c: (c != code, c))  # the plan's currency first
        out: list[tuple[Any, ...]] = [
            (group, item, cur, t.cost[cur], t.secured[cur], t.gap[cur], usd(t.cost[cur], cur), usd(t.gap[cur], cur),
             in_plan(t.cost[cur], cur), in_plan(t.gap[cur], cur)) for cur in order]
        conv, dollars = (t.converted.get(code) if code else None), t.converted.get(USD)
        if len(order) > 1 and conv is not None and conv.lines and not conv.left_out:
            whole_usd = dollars is not None and not dollars.left_out
            out.append((group, item, text("wb.totals.all_in", lang, code=isolated(code, lang)), rounded(conv.cost, places),
                        rounded(conv.secured, places), rounded(conv.gap, places),
                        rounded(dollars.cost, 2) if whole_usd and dollars else None,
                        rounded(dollars.gap, 2) if whole_usd and dollars else None,
                        rounded(conv.cost, places), rounded(conv.gap, places)))
        return out

    def source(key: tuple[str, str]) -> str:
        funding, funder = key
        if funding == "partner":
            return text("wb.totals.partner", lang, name=isolated(funder, lang))
        if funding == "other":
            return (text("wb.totals.other_named", lang, name=isolated(funder, lang)) if funder
                    else text("wb.totals.other", lang))
        return text("wb.totals.national", lang)

    rows = rows_of(text("wb.totals.all", lang), text("wb.totals.total", lang), totals.all)
    for y, t in totals.by_year.items():
        rows += rows_of(text("wb.totals.year", lang), y, t)
    for inst, t in totals.by_institution.items():
        rows += rows_of(text("wb.totals.institution", lang), inst or text("wb.totals.no_owner", lang), t)  # as typed
    for key, t in totals.by_source.items():
        rows += rows_of(text("wb.totals.source", lang), source(key), t)
    rows += _budget_rows(actions, finance, lang, rows_of, source)
    notes = [text("wb.totals.read_only", lang)]
    if not totals.all.lines:
        notes.append(text("wb.totals.none", lang))
    else:
        notes += [text("wb.totals.gap_note", lang),
                  text("wb.totals.costed", lang, costed=totals.costed_actions, actions=totals.actions),
                  text("wb.totals.lead_note", lang), text("wb.totals.usd_note", lang)]
        if code:
            notes.append(text("wb.totals.plan_note", lang, code=isolated(code, lang)))
            all_in = text("wb.totals.all_in", lang, code=isolated(code, lang))
            if any(r[2] == all_in for r in rows):  # the note names a row only when the sheet has one
                notes.append(text("wb.totals.all_in_note", lang, code=isolated(code, lang)))
        if totals.missing_rates:
            notes.append(text("wb.totals.no_rate", lang, currencies=isolated(", ".join(totals.missing_rates), lang)))
    if totals.dropped_actions:
        notes.append(text("wb.totals.dropped", lang, n=totals.dropped_actions))
    if validation is not None and validation.approved is not None:
        notes += _change_notes(validation, actions, finance, lang)
    return rows, notes


def _titled(c: ValueChange, actions: Sequence[Action], lang: str) -> ValueChange:
    """``c`` with its action's title as the workbook prints it in ``lang`` (a default title drafted
    from a recommendation in ``lang``), the old title of a change of title too."""
    a = next((x for x in actions if x.id == c.action_id), None)
    if a is None or not a.recommendation_id:
        return c
    shown = action_title(a, lang)
    title = shown + c.title[len(a.title):] if c.title.startswith(a.title) else c.title  # "Title (2027)"
    if c.what == "title":
        return replace(c, title=title, old=action_title(replace(a, title=c.old), lang), new=shown)
    return replace(c, title=title)


def _change_notes(validation: Validation, actions: Sequence[Action], finance: Finance, lang: str) -> list[str]:
    """Every difference since the validation, old and new values, in ``lang``: the amendments in one
    note, a line's funding secured or moved to another stage (progress, no amendment) in another."""
    # the database's finance leaves the currency unset when it is the country's, which the record
    # approved: compared in it
    resolved = finance if finance.currency else replace(finance, currency=(validation.approved or {}).get("currency"))
    values = value_changes(validation, actions, resolved)
    date = date_long(_dt.date.fromisoformat(validation.date), lang)
    notes = []
    for key, part in zip(("wb.totals.changed", "wb.totals.funding_progress"),
                         split_funding_progress(changes_since(validation, actions), values), strict=True):
        changes = [change_words(_titled(c, actions, lang), lang) for c in part]
        if changes:
            shown = changes[:CHANGES_NOTED_MAX] + ([f"+{len(changes) - CHANGES_NOTED_MAX}"]
                                                    if len(changes) > CHANGES_NOTED_MAX else [])
            notes.append(text(key, lang, date=date, changes=semicolon_list(shown, lang)))
    return notes


def _budget_rows(actions: Sequence[Action], finance: Finance, lang: str, rows_of: Any, source: Any
                 ) -> list[tuple[Any, ...]]:
    """The budgets a donor reads as the sheet's rows: by cost category, by year and
    category ("2027 · staff"), by year and funding source, each as the other groups are (one row
    per currency, the exact sums, converted)."""
    from ...domain.plan.budget import lines_of, source_of, sources

    def label(cat: str) -> str:
        return vocab.label(vocab.CATEGORY, cat, lang) if cat else text("wb.totals.no_category", lang)

    def part(keep: Any) -> Total:
        return plan_totals([replace(a, costs=tuple(c for c in a.costs if keep(c))) for a in actions], finance).all

    lines = lines_of(actions)
    cats = [k for k in (*COST_CATEGORIES, "") if any(c.category == k for c in lines)]
    years = sorted({c.year for c in lines})
    out: list[tuple[Any, ...]] = []
    for cat in cats:
        out += rows_of(text("wb.totals.category", lang), label(cat), part(lambda c, k=cat: c.category == k))
    for y in years:
        for cat in cats:
            t = part(lambda c, y=y, k=cat: c.year == y and c.category == k)
            if t.lines:
                out += rows_of(text("wb.totals.year_category", lang), f"{isolated(str(y), lang)} · {label(cat)}", t)
    for y in years:
        for key in sources(lines):
            t = part(lambda c, y=y, k=key: c.year == y and source_of(c) == k)
            if t.lines:
                out += rows_of(text("wb.totals.year_source", lang), f"{isolated(str(y), lang)} · {source(key)}", t)
    return out


def write_plan_totals(ws: Any, actions: Sequence[Action], finance: Finance, lang: str = "en",
                      validation: Validation | None = None) -> None:
    """Fill ``ws`` with the plan's totals and financing gap (:func:`totals_rows`): headers and
    labels in ``lang``, amounts as numbers (never formulas), user text as text, the sheet protected.
    The import never reads it: a total edited by hand changes nothing."""
    from openpyxl.styles import Alignment, Font

    write_header(ws, [text(k, lang) for k in _TOTALS_KEYS], _TOTALS_WIDTHS)
    ws.row_dimensions[1].height = 30
    rows, notes = totals_rows(actions, finance, lang, validation)
    places = {code: cur.minor_unit for code, cur in currencies.table().items()}
    plan_places = (places.get(finance.currency or "") or 0) if finance.currency in places else 2
    first_of_group: Any = None
    r = 1
    for row in rows:
        r += 1
        for i, v in enumerate(row, 1):
            cell = write_text(ws, r, i, "" if v is None else v)
            if isinstance(v, Decimal):
                n = (2 if i in (7, 8) else plan_places if i > 8 else places.get(row[2], plan_places) or 0)
                cell.number_format = "#,##0" + ("." + "0" * n if n else "")
            elif isinstance(v, int):
                cell.number_format = "0"
            elif isinstance(v, str):
                cell.number_format = "@"
        if row[0] != first_of_group:
            first_of_group = row[0]
            ws.cell(r, 1).font = Font(bold=True)
    r += 1
    wrap = Alignment(wrap_text=True, vertical="top")
    for i, note in enumerate(notes):
        r += 1
        cell = write_text(ws, r, 1, note)
        cell.alignment = wrap
        if i == 0:
            cell.font = Font(italic=True, bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(PLAN_TOTALS_COLUMNS))
        ws.row_dimensions[r].height = 30 if len(note) > 110 else None
    ws.freeze_panes = "C2"
    ws.protection.sheet = True
    ws.protection.formatColumns = False


def _text_of(v: Any) -> str:
    """A cell as text, as the Answers sheet reads it (``codec.text_of``), a ticked box as "yes"."""
    if isinstance(v, bool):
        return "yes" if v else ""
    return text_of(v)


def _when(v: Any) -> str | None:
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        raise ValueError(text("cli.wb.date_number", value=_text_of(v)))
    return normalise_when(_text_of(v))


def _priority(v: Any) -> int:
    if isinstance(v, bool):
        raise ValueError(text("cli.wb.priority"))
    if v in ("", None):
        return 2
    try:
        n = float(str(v).strip())
    except ValueError:
        n = 0.0
    if not n.is_integer() or int(n) not in (1, 2, 3):
        raise ValueError(text("cli.wb.priority_got", value=repr(_text_of(v))))
    return int(n)


def _status(v: Any, lang: str = "en") -> str:
    """A status cell: its label in any language or its code; empty: planned."""
    return vocab.code_of(vocab.ACTION_STATUS, _text_of(v), lang) or "planned"


def _yes(v: Any, what: str, lang: str = "en") -> bool:
    """A yes-or-no cell ("yes", "oui", "是", a ticked box, "no" ...); empty: no."""
    try:
        return vocab.code_of(vocab.YES_NO, _text_of(v), lang) == "yes"
    except ValueError:
        yes, no = vocab.labels(vocab.YES_NO, lang)
        # the line starts with ``what`` as it is (the caller finds the column by it)
        raise ValueError(text("cli.wb.yes_no" if lang == "en" else "cli.wb.yes_no_codes", what=what, yes=yes,
                              no=no, codes="yes, no", value=repr(_text_of(v)[:40]))) from None


def _coded(words: vocab.Vocabulary, v: Any, lang: str) -> str:
    """A coded cell of the Action costs sheet as its code ("" when empty)."""
    return vocab.code_of(words, _text_of(v), lang) or ""


def _amount(v: Any, what: str) -> Decimal:
    """An amount cell: a number (its shortest spelling, exact for the 15 digits an amount has) or
    the text of one."""
    if isinstance(v, bool):
        raise CostError(text("cli.wb.must_be_number", what=what))
    return parse_amount(_text_of(v).strip(), what)


def _quantity(v: Any) -> Decimal:
    if isinstance(v, bool):
        raise CostError(text("cli.wb.quantity"))
    return parse_quantity(_text_of(v).strip())


class _Problems(list[tuple[str, str, str]]):
    def add(self, sheet: str, cell: str, reason: str) -> None:
        if len(self) < 1000:
            self.append((sheet, cell, reason))

    def unreadable_cells(self, wb: Any, sheet: str) -> bool:
        """Formulas and spreadsheet errors in ``sheet`` told; True when there were any."""
        n = len(self)
        for ref in wb.formula_cells(sheet):
            self.add(sheet, ref, text("cli.wb.formula"))
        for ref, error in wb.error_cells(sheet):
            self.add(sheet, ref, f"holds the spreadsheet error {error}, not a value (type the value, "
                                 "or clear the cell)")
        return len(self) > n


def _header_ok(rows: list[list[Any]], columns: Sequence[str], sheet: str, problems: _Problems,
               *legacies: Sequence[str], lang: str = "en") -> Sequence[str] | None:
    """The columns the sheet's header has (``columns``, or one of ``legacies`` for an older
    workbook, longest first), or None (told) when it has none of them; ``lang``: the workbook's
    language, whose labels are looked at first."""
    header = list(canonical_header([_text_of(v).strip() for v in (rows[0] if rows else [])], columns, lang))
    if tuple(header[:len(columns)]) != tuple(columns):
        for legacy in sorted(legacies, key=len, reverse=True):
            if tuple(header[:len(legacy)]) == tuple(legacy) and not any(header[len(legacy):]):
                return legacy
    for i, name in enumerate(columns):
        got = header[i] if i < len(header) else ""
        if got != name:
            problems.add(sheet, f"{column_letter(i + 1)}1", f"expected the column {name!r} here, found "
                                                             f"{got!r} (columns cannot be moved or renamed)")
            return None
    return columns


def _blank(cells: Sequence[Any]) -> bool:
    return all(_text_of(v).strip() == "" for v in cells)


def read_action_plan(wb: Any, policy_questions: Collection[str] | None = None
                     ) -> tuple[ActionPlanRead | None, list[tuple[str, str, str]]]:
    """The plan in the workbook ``wb`` (``exchange.reader.Workbook``), and every problem as
    (sheet, cell, reason). ``None`` when the workbook has no Action plan sheet (the plan is then
    left as it is). A row without an id gets a new one (a row added in the spreadsheet)."""
    if ACTION_PLAN not in wb.sheet_names:
        return None, []
    problems = _Problems()
    if problems.unreadable_cells(wb, ACTION_PLAN):
        return None, problems
    lang = vocab.workbook_language(wb)  # the language the problems name the accepted labels in
    read = _read_actions(wb, policy_questions, problems, lang)
    if read is None:
        return None, problems
    if ACTION_COSTS in wb.sheet_names and not problems.unreadable_cells(wb, ACTION_COSTS):
        _read_costs(wb, read, problems, lang)
    if PLAN_VALIDATION in wb.sheet_names and not problems.unreadable_cells(wb, PLAN_VALIDATION):
        _read_record(wb, read, problems, lang)
    if RESULTS in wb.sheet_names and not problems.unreadable_cells(wb, RESULTS):
        read.results = read_results(wb, read.actions, problems.add, lang)
        read.results_unread = unread_fields(wb, lang)
    donor_sheets = [x for x in DONOR_SHEETS if x in wb.sheet_names]
    if donor_sheets and not any([problems.unreadable_cells(wb, x) for x in donor_sheets]):
        read.donors = read_donor_sheets(wb, read.actions, read.results, lang, problems.add)
    return (None if problems else read), list(problems)


def _read_actions(wb: Any, policy_questions: Collection[str] | None, problems: _Problems,
                  lang: str = "en") -> ActionPlanRead | None:
    rows = wb.rows(ACTION_PLAN)
    places = _plan_header(rows, problems, lang)
    if places is None:
        return None
    n = max(places.values())
    headed = set(places.values())
    read = ActionPlanRead([], carries=frozenset(name for c, name in _OPTIONAL.items() if c in places),
                          places=places)
    seen: dict[str, int] = {}
    chosen = 0

    def add(cell: str, reason: str) -> None:
        problems.add(ACTION_PLAN, cell, reason)

    for r, row in enumerate(rows[1:], 2):
        cells = (list(row) + [""] * n)[:n]
        if _blank(cells) and _blank(row[n:]):
            continue
        if len(read.actions) >= ACTIONS_MAX:
            add(f"A{r}", f"more than {ACTIONS_MAX} actions: a plan holds at most {ACTIONS_MAX}")
            break
        stray = next((i for i, x in enumerate(row, 1) if i not in headed and _text_of(x).strip()), None)
        if stray is not None:  # text under no column's header would be lost: never read silently
            add(f"{column_letter(stray)}{r}", text("cli.wb.unheaded"))
            continue
        v = {c: cells[places[c] - 1] if c in places else "" for c in ACTION_PLAN_COLUMNS}

        def at(column: str, row: int = r) -> str:
            return f"{column_letter(places.get(column, 1))}{row}"

        aid = _text_of(v[ID]).strip()
        if aid in seen:
            add(at(ID), f"the action id {aid[:40]!r} is used twice (rows {seen[aid]} and {r}): "
                        "give the new row an empty Id")
            continue
        parsed: dict[str, Any] = {}
        for f in ACTION_FIELDS:  # each declared field's cell read by its kind
            try:
                parsed[f.name] = _READ[f.kind](v[f.header], f, lang)
            except ValueError as e:
                add(at(f.header), f"the {f.what}: {e}" if f.kind == "when" else str(e))
        if len(parsed) < len(ACTION_FIELDS):
            continue
        action = _action_of(aid, v, parsed, len(read.actions))
        try:
            action = validate_action(action, policy_questions)
        except ActionError as e:
            msg = str(e)
            column = next((c for words, c in _FIELD_WORDS if words in msg), TITLE)
            add(at(column), msg)
            continue
        if action.priority_action:
            chosen += 1
            if chosen == PRIORITY_ACTIONS_MAX + 1:
                add(at(PRIORITY_ACTION), priority_actions_problem(chosen))
        seen[action.id] = r
        read.actions.append(action)
        read.rows[action.id] = r
    _check_dependencies(read, problems)
    return read


def _action_of(aid: str, v: dict[str, Any], parsed: dict[str, Any], position: int) -> Action:
    """The action of a row (``v``: its cells by column, ``parsed``: its declared fields as read),
    not yet checked."""
    return Action(id=aid or new_action_id(), position=position, **parsed, **_texts_of(v))


def _read_text(v: Any, f: ActionField, lang: str) -> str:
    """A title or a text: the cell's text as it is (checked and trimmed by the domain)."""
    return _text_of(v)


def _read_id(v: Any, f: ActionField, lang: str) -> str | None:
    return _text_of(v).strip() or None


def _read_codes(v: Any, f: ActionField, lang: str) -> tuple[str, ...]:
    """Codes separated by commas (a semicolon or a line break read as one)."""
    return tuple(x.strip() for x in _text_of(v).replace(";", ",").replace("\n", ",").split(",") if x.strip())


def _read_names(v: Any, f: ActionField, lang: str) -> tuple[str, ...]:
    """Names one a line."""
    return tuple(x.strip() for x in _text_of(v).splitlines() if x.strip())


def _read_when(v: Any, f: ActionField, lang: str) -> str | None:
    return _when(v)


def _read_priority(v: Any, f: ActionField, lang: str) -> int:
    return _priority(v)


def _read_status(v: Any, f: ActionField, lang: str) -> str:
    return _status(v, lang)


def _read_bool(v: Any, f: ActionField, lang: str) -> bool:
    return _yes(v, f.header, lang)


# a declared field read from its cell, by its kind (raises ValueError, one sentence)
_READ: dict[str, Any] = {"title": _read_text, "id": _read_id, "codes": _read_codes, "names": _read_names,
                         "when": _read_when, "text": _read_text, "line": _read_text, "priority": _read_priority,
                         "status": _read_status, "bool": _read_bool}


def _texts_of(v: dict[str, Any]) -> dict[str, Any]:
    """The texts an action declares, from a row's cells by column."""
    return {f.name: _text_of(v[f.header]) for f in ACTION_TEXTS}


def _plan_header(rows: list[list[Any]], problems: _Problems, lang: str = "en", sheet: str = ACTION_PLAN,
                 columns: Sequence[str] = ACTION_PLAN_COLUMNS, first: Sequence[str] = ACTION_PLAN_COLUMNS_V1
                 ) -> dict[str, int] | None:
    """Where each column of the Action plan sheet (or ``sheet``, of ``columns``) is (1-based), found
    by its header in any language (``cells.find_columns``; the ``first`` columns, those every
    workbook has had, required); None when told a problem. A column a workbook leaves out leaves
    that field of each action as it is here (of each cost line: unset)."""
    return find_columns(rows, problems.add, sheet, columns, first, lang)


def _check_dependencies(read: ActionPlanRead, problems: _Problems) -> None:
    """Each action's dependencies name actions of the sheet and make no circle (told at the
    Depends on cell of the action the problem names)."""
    problem = dependency_problem(read.actions)
    if problem is None:
        return
    import re

    m = re.search(r"action (\d+)", problem)
    a = read.actions[int(m.group(1)) - 1] if m else read.actions[0]
    where = f"{column_letter(read.places.get(DEPENDS_ON, 1))}{read.rows[a.id]}"
    problems.add(ACTION_PLAN, where, problem.replace("action of the plan", "action of this sheet"))


def _read_costs(wb: Any, read: ActionPlanRead, problems: _Problems, lang: str = "en") -> None:
    """The Action costs sheet into ``read``'s actions (their ``costs``), each column found by its
    header (a column a workbook leaves out: that field of each line unset)."""
    rows = wb.rows(ACTION_COSTS)
    places = _plan_header(rows, problems, lang, ACTION_COSTS, ACTION_COSTS_COLUMNS, ACTION_COSTS_COLUMNS_V1)
    if places is None:
        return
    read.cost_places = places
    lines: dict[str, list[Cost]] = {a.id: [] for a in read.actions}
    line_rows: dict[str, list[int]] = {}

    def at(column: str, row: int) -> str:
        return f"{column_letter(places.get(column, ACTION_COSTS_COLUMNS.index(column) + 1))}{row}"

    headed = set(places.values())
    for r, row in enumerate(rows[1:], 2):
        if _blank(row):
            continue
        stray = next((i for i, x in enumerate(row, 1) if i not in headed and _text_of(x).strip()), None)
        if stray is not None:  # nothing typed is dropped: a cell under no header is told
            problems.add(ACTION_COSTS, f"{column_letter(stray)}{r}", text("cli.wb.unheaded"))
            continue
        v = {c: (row[i - 1] if i <= len(row) else "") for c, i in places.items()}
        aid = _text_of(v[C_ID]).strip()
        if aid not in lines:
            problems.add(ACTION_COSTS, at(C_ID, r),
                         f"no action with the id {aid[:40]!r} in the Action plan sheet (a new action "
                         "needs an id there first: type one, such as new1, in both sheets)" if aid else
                         "give the id of the action this cost belongs to (from the Action plan sheet)")
            continue
        if len(lines[aid]) >= COSTS_PER_ACTION_MAX:
            problems.add(ACTION_COSTS, at(C_ID, r), f"more than {COSTS_PER_ACTION_MAX} cost lines for one action")
            continue
        coded: dict[str, Any] = {}
        for f in COST_FIELDS:  # the coded cells first, each problem told at its cell
            if f.kind in ("choice", "bool"):
                try:
                    coded[f.name] = (_yes(v.get(f.header, ""), f.header, lang) if f.kind == "bool"
                                     else _coded(cost_vocabulary(f), v.get(f.header, ""), lang))
                except ValueError as e:
                    problems.add(ACTION_COSTS, at(f.header, r), str(e))
        if len(coded) < sum(f.kind in ("choice", "bool") for f in COST_FIELDS):
            continue
        try:
            cost = validate_cost(Cost(**{f.name: coded[f.name] if f.name in coded else _cost_value(f, v.get(f.header, ""))
                                         for f in COST_FIELDS}))
            problem = currencies.amount_problem(cost.amount, cost.currency) or currencies.amount_problem(
                cost.executed, cost.currency, "amount executed")
            if problem:
                raise CostError(problem)
        except (CostError, ValueError) as e:
            msg = str(e)
            column = C_SECURED if msg.startswith("Secured") else next(
                (c for words, c in _COST_WORDS if words in msg), C_AMOUNT)
            problems.add(ACTION_COSTS, at(column, r), msg)
            continue
        lines[aid].append(cost)
        line_rows.setdefault(aid, []).append(r)
        read.cost_rows.setdefault(aid, r)
    _set_costs(read, lines, line_rows, problems)


_YEAR_REFUSALS = {"takeover_year": "cli.wb.takeover_year"}  # a year field's refusal (else the line's year's)
_UNSET = {f.name: f.default for f in dataclass_fields(Cost)}


def _cost_value(f: CostField, cell: Any) -> Any:
    """A field of a cost line from its cell (an empty cell: the field unset, or a problem for the
    year and the amount a line must have); a code's cell is read by :func:`cost_vocabulary`."""
    typed = _text_of(cell).strip()
    unset = _UNSET[f.name]
    if f.kind in ("year", "amount", "quantity") and typed == "" and unset is None:
        return None
    if f.kind == "year":
        if not (typed.isdecimal() and len(typed) <= 4):  # not "²" nor 5,000 digits
            raise CostError(text(_YEAR_REFUSALS.get(f.name, "cli.wb.year"), value=repr(typed[:20])))
        return int(typed)
    if f.kind == "amount":
        return _amount(cell, f.what)
    if f.kind == "quantity":
        return _quantity(cell)
    return _text_of(cell)


def _set_costs(read: ActionPlanRead, lines: dict[str, list[Cost]], line_rows: dict[str, list[int]],
               problems: _Problems) -> None:
    """Each action's lines checked together (a takeover while its funder still pays: the row's
    takeover year named) and set on ``read``."""
    column = column_letter(read.cost_places.get(C_TAKEOVER_YEAR, ACTION_COSTS_COLUMNS.index(C_TAKEOVER_YEAR) + 1))
    for i, a in enumerate(read.actions):
        try:
            read.actions[i] = replace(a, costs=validate_costs(lines[a.id]))
        except CostError as e:  # "cost line N: ..."
            m = re.match(r"cost line (\d+): ", str(e))
            rows_of = line_rows.get(a.id, [2])
            row = rows_of[int(m.group(1)) - 1] if m and int(m.group(1)) <= len(rows_of) else rows_of[0]
            problems.add(ACTION_COSTS, f"{column}{row}", str(e))
    read.carries = read.carries | {"costs"}


def _approved(facts: dict[str, str], parts: list[str], first_row: dict[str, int], problems: _Problems
              ) -> tuple[str, dict[str, Any] | None]:
    """The plan approved and its version from the sheet's rows ("", None when not carried); a
    text that is not the JSON this application wrote, or does not match its version, is a problem."""
    version = facts.get("validation_version", "").strip()
    if not parts and not version:
        return "", None
    where = f"B{first_row.get('validation_approved', first_row.get('validation_version', 2))}"
    try:
        approved = json.loads("".join(parts))
    except ValueError:
        approved = None
    if not isinstance(approved, dict) or plan_version(approved) != version:
        problems.add(PLAN_VALIDATION, where, "the plan approved (validation_approved) does not match its version: "
                                             "do not edit these rows")
        return "", None
    return version, approved


def _read_record(wb: Any, read: ActionPlanRead, problems: _Problems, lang: str = "en") -> None:
    """The Plan validation sheet into ``read`` (its finance and validation); ``lang``: the
    workbook's language."""
    rows = wb.rows(PLAN_VALIDATION)
    if _header_ok(rows, PLAN_VALIDATION_COLUMNS, PLAN_VALIDATION, problems, lang=lang) is None:
        return
    currency = ""
    rates: list[Rate] = []
    facts: dict[str, str] = {}
    present: list[str] = []
    validated: list[ValidatedAction] = []
    approved_parts: list[str] = []
    first_row: dict[str, int] = {}
    signing: list[tuple[int, list[str]]] = []  # (row, cells) of each signatory row
    committed: str | None = None  # the committed_by row's value (None: no such row)
    for r, row in enumerate(rows[1:], 2):
        cells = [_text_of(x) for x in (list(row) + [""] * 5)[:5]]
        if _blank(cells):
            continue
        name, values = cells[0].strip(), cells[1:]
        first_row.setdefault(name, r)
        if name not in PLAN_FIELD_NAMES:
            problems.add(PLAN_VALIDATION, f"A{r}", f"{name[:40]!r} is not a field of this sheet (one of "
                                                   f"{', '.join(PLAN_FIELD_NAMES)})")
        elif name == "plan_currency":
            currency = values[0].strip().upper()
        elif name == "exchange_rate":
            rates.append(Rate(values[0].strip().upper(), values[1].strip(), values[2].strip(),  # type: ignore[arg-type]
                              _rate_source(values[3], lang)))
        elif name == "institution_present":
            present.append(values[0])
        elif name == "validated_action":
            va = ValidatedAction(values[0].strip(), values[1], values[2].strip())
            bad = validated_action_problem(va)
            if bad:
                column = "D" if "fingerprint" in bad else "C" if "title" in bad else "B"
                problems.add(PLAN_VALIDATION, f"{column}{r}", bad)
            validated.append(va)
        elif name == "validation_approved":
            approved_parts.append(values[0])
        elif name == "signatory":
            signing.append((r, values))
        elif name == "committed_by" and committed is not None:
            problems.add(PLAN_VALIDATION, f"A{r}", f"{name} is given twice (rows {first_row[name]} and {r})")
        elif name == "committed_by":
            committed = values[0]
        elif name in facts:
            problems.add(PLAN_VALIDATION, f"A{r}", f"{name} is given twice (rows {first_row[name]} and {r})")
        else:
            facts[name] = values[0]
    try:
        read.finance = validate_finance(Finance(currency or None, tuple(rates)))
        for code in [read.finance.currency or "", *(x.currency for x in read.finance.rates)]:
            if code and not currencies.known(code):
                raise CostError(f"{code} is not an ISO 4217 currency of the country table")
    except CostError as e:
        where = "exchange_rate" if "rate" in str(e) and "exchange_rate" in first_row else "plan_currency"
        problems.add(PLAN_VALIDATION, f"B{first_row.get(where, 2)}", str(e))
    if facts.get("validated_on", "").strip() or present or validated or any(facts.get(k) for k in facts):
        try:
            version, approved = _approved(facts, approved_parts, first_row, problems)
            read.validation = validate_validation(Validation(
                facts.get("validated_on", ""), facts.get("validation_event", ""), tuple(present),
                facts.get("approved_by", ""), facts.get("position", ""), tuple(validated),
                facts.get("validation_entered_by", ""), version, approved))
        except ValidationError as e:
            msg = str(e)
            field_of = next((f for f, words in (("validated_action", "validated action"),
                                                 ("validated_on", "validation date"), ("validation_event", "event"),
                                                 ("institution_present", "institution"),
                                                 ("approved_by", "name of the person"), ("position", "position"))
                             if words in msg), "validated_on")
            problems.add(PLAN_VALIDATION, f"B{first_row.get(field_of, 2)}", msg)
    if committed is not None or signing:
        read.request = _read_request(committed or "", signing, first_row, read, problems,
                                     vocab.workbook_language(wb))
    read.has_record = True


def _read_request(committed_by: str, signing: list[tuple[int, list[str]]], first_row: dict[str, int],
                  read: ActionPlanRead, problems: _Problems, lang: str) -> FundingRequest | None:
    """The funding request's record from its rows, checked as the services check it (a partner's
    signatory names a partner the Action costs sheet's lines name); a problem names its cell."""
    from ...domain.plan.budget import partners
    from ...domain.plan.request import validate_signatory

    signs: list[Signatory] = []
    bad = False
    for r, cells in signing:
        try:
            role = vocab.code_of(vocab.SIGNS_FOR, cells[0], lang) or ""
        except ValueError as e:
            problems.add(PLAN_VALIDATION, f"B{r}", str(e))
            bad = True
            continue
        s = Signatory(role, cells[1], cells[2], cells[3])
        try:
            validate_signatory(s)
        except RequestError as e:
            msg = str(e)
            column = ("E" if "partner" in msg and "role" not in msg else "D" if "title" in msg
                      else "C" if "name" in msg else "B")
            problems.add(PLAN_VALIDATION, f"{column}{r}", msg)
            bad = True
        signs.append(s)
    if bad:
        return None
    try:
        # the partners the Action costs sheet's lines name (unchecked without that sheet: the lines here kept)
        named = partners(read.actions) if "costs" in read.carries else None
        return validate_request(FundingRequest(committed_by, tuple(signs)), named)
    except RequestError as e:
        msg = str(e)
        where = next((f"E{r}" for r, cells in signing if cells[3].strip() and cells[3].strip() in msg), "")
        problems.add(PLAN_VALIDATION, where or f"B{first_row.get('committed_by', first_row.get('signatory', 2))}",
                     msg)
        return None


__all__ = ["ActionPlanRead", "PLAN_TOTALS", "action_cells", "cost_cells", "plan_rows", "read_action_plan",
           "totals_rows", "write_action_costs", "write_action_plan", "write_plan_totals", "write_plan_validation"]
