"""Section scores (0-100) and the section-specific findings of the outline.

A section score is Σ points ÷ Σ maximum × 100 over its scoring units:

* a single-choice item whose chosen choice carries a score: points = that score, maximum = the
  best choice's score; a rating (0-3): value ÷ 3 of 1 (S2 need ratings are needs, not capacity,
  and are never scored);
* a grid row: the mean of its scored cells (columns whose choices carry scores, ratings, and the
  derived checks below), worth 1 point, so a "yes" that opens follow-up columns never lowers it;
* derived checks where the outline gives a rule (docs/methodology.md): S1 recency (a stock within
  10 years; a flow, an acquisition of citizenship or a remittance figure within 2), S1 definition
  (a flow by the 12-month usual-residence rule scores 1, by birth or citizenship 0.5; a stock by
  country of birth or citizenship 1; not judged for acquisitions of citizenship and remittances),
  S1 breakdowns (sex, age; not for remittances); S6A census recency (≤ 10 years) and core topics
  (birth country, citizenship, arrival year: count ÷ 3); S6B survey recency (last round ≤ 5 years).

One policy for every module (rules 3.0): a blank and a "don't know" both earn nothing (0 of the
unit's maximum) and both are listed for follow-up; an age without a valid reference date is not
judged and earns nothing; a follow-up closed by a shortfall answer of its own section (no strategy,
so no funded strategy) earns nothing; "not applicable" is never an advantage: where the
questionnaire fixes it (rows) or checks it (a condition on other answers) the question is not
scored whatever the answer, and where the country declares it (a register or a new source that
does not exist by design) it earns nothing. A section in which nothing is known yet is "not yet
assessed" (no score).

An item tagged ``finding:<code>`` in the questionnaire yields that section finding when it is
answered short of full marks (a grid: when every row is known and no answered row earns
anything); nothing is drawn from a blank. The recommendations library answers every finding code.
"""
from __future__ import annotations

from collections.abc import Iterable

from typing import Any

from ..editorial import enumeration, join_list, row_and_column, written_date
from ..questionnaire import Field, GridRow, Item, Questionnaire, Section, tr
from .cells import reference_year
from .completeness import (
    S1_GRID, S6A_TOPICS, S6A_YEAR, S6B_GRID, checked_out, fixed_out, is_scored_field, na_kind,
    opened_in_section, row_out, scored_choice_max, scored_item,
)
from .model import Finding, FollowUpItem
from ..texts import text
from .view import ANSWERED, DONT_KNOW, EMPTY, NOT_APPLICABLE, View

__all__ = ["Tally", "tally_section", "other_findings", "tagged_findings", "follow_up", "answer_label", "FINDING_CODES",
           "S1_FLOW_ROWS", "S1_EVENT_ROWS", "S1_REMITTANCE_ROWS", "S1_STOCK_ROWS", "is_scored_field",
           "scored_choice_max", "field_points", "CORE_TOPICS"]

# The S1 statistics by kind (docs/methodology.md, "S1"). Flows are movements across the border
# within a year, judged by the 12-month usual-residence rule of the UN Recommendations; an
# acquisition of citizenship is a legal event, not a migration flow: counted yearly (recency 2
# years) but with no migrant definition to judge; remittances are balance-of-payments flows
# (BPM6): recency 2 years, no migrant definition, no breakdown by sex and age. Every other row is
# a stock (recency 10 years, by country of birth or citizenship).
S1_FLOW_ROWS = frozenset({"imm_flow", "emi_flow", "returning"})
S1_EVENT_ROWS = frozenset({"naturalisations"})
S1_REMITTANCE_ROWS = frozenset({"remit_in", "remit_out"})
S1_STOCK_ROWS = frozenset({"imm_stock_birth", "foreign_stock", "citizens_abroad", "refugees", "workers_in",
                           "workers_out"})
S1_YEARLY_LIMIT, S1_STOCK_LIMIT = 2, 10
CORE_TOPICS = ("birth_country", "citizenship", "arrival_year")


class Tally:
    """Points of one section."""

    def __init__(self) -> None:
        self.points = 0.0
        self.max_points = 0.0
        self.units = 0
        self.dont_know = 0
        self.not_applicable = 0
        self.blank = 0
        self.closed = 0      # follow-ups closed by a shortfall answer of the section (earn nothing)
        self.not_judged = 0  # ages not judged (no valid reference date)

    def add(self, points: float, maximum: float) -> None:
        self.points += points
        self.max_points += maximum
        self.units += 1


def field_points(fld: Field, value: Any) -> tuple[float, float] | None:
    """(points, maximum) of an answered value, or None when the value carries no score."""
    if fld.type == "rating":
        hi = fld.maximum if fld.maximum is not None else 3
        return (max(0.0, min(float(value), hi)) / hi if hi else 0.0), 1.0
    c = fld.choice(value)
    top = scored_choice_max(fld)
    if c is None or c.score is None or not top:
        return None
    return float(c.score), float(top)


def _item_top(item: Item) -> float:
    top = 1.0 if item.field.type == "rating" else scored_choice_max(item.field)
    assert top is not None  # is_scored_field: a scored select_one has a choice with a score
    return top


def _simple_item(view: View, item: Item, tally: Tally) -> None:
    st = view.status(item.id)
    if st == NOT_APPLICABLE:  # allowed and not "checked" (that one is not scored): declared, earns nothing
        tally.not_applicable += 1
        tally.add(0.0, _item_top(item))
    elif st in (DONT_KNOW, EMPTY):
        if st == DONT_KNOW:
            tally.dont_know += 1
        else:
            tally.blank += 1
        tally.add(0.0, _item_top(item))
    elif st == ANSWERED:
        pm = field_points(item.field, view.value(item.id))
        if pm is not None:
            tally.add(*pm)


def _grid_row(view: View, item: Item, row: str, tally: Tally, extra: Iterable[tuple[float, float]] = ()
              ) -> float | None:
    """Adds the row's unit; returns its share of the point (None: no unit)."""
    if row_out(item, row):
        return None
    pts = mx = 0.0
    n = 0
    for col in item.columns:
        if not is_scored_field(col) or fixed_out(col, row):
            continue
        key = f"{item.id}.{row}.{col.id}"
        if not view.grid_cell_relevant(item, row, col):
            continue  # closed by the row's own answer (a "no" that earns nothing)
        st = view.status(key)
        if st == NOT_APPLICABLE:
            if na_kind(col) == "checked":
                continue
            tally.not_applicable += 1  # declared: the register or source does not exist by design
            mx += 1.0
            n += 1
        elif st in (DONT_KNOW, EMPTY):
            if st == DONT_KNOW:
                tally.dont_know += 1
            else:
                tally.blank += 1
            mx += 1.0
            n += 1
        else:
            pm = field_points(col, view.value(key))
            if pm is not None:
                pts += pm[0] / pm[1]
                mx += 1.0
                n += 1
    for p, m in extra:
        pts += p / m
        mx += 1.0
        n += 1
    if n:
        tally.add(pts / mx, 1.0)
        return pts / mx
    return None


# --- S1: basic statistics ------------------------------------------------------------------------

S1_FLOW_DEFINITION = {"residence12": 1.0, "birth": 0.5, "citizenship": 0.5}  # UN: change of usual residence
S1_STOCK_DEFINITION = {"birth": 1.0, "citizenship": 1.0}


def s1_limit(row: str) -> int:
    """Years an S1 figure may be behind the reference year."""
    return S1_STOCK_LIMIT if row not in (S1_FLOW_ROWS | S1_EVENT_ROWS | S1_REMITTANCE_ROWS) else S1_YEARLY_LIMIT


def _derived(view: View, key: str, tally: Tally) -> tuple[str, Any]:
    """(state, value) of a derived check's answer; blank and "don't know" are counted here."""
    st = view.status(key)
    if st == DONT_KNOW:
        tally.dont_know += 1
    elif st == EMPTY:
        tally.blank += 1
    return st, view.value(key)


def _age_check(view: View, key: str, limit: int, ref: str, tally: Tally) -> tuple[float, Any] | None:
    """(credit, year) of a "within ``limit`` years of the reference date" check; None when the
    answer is "not applicable". Blank, "don't know" and an age not judged (no valid reference
    date) earn nothing."""
    st, year = _derived(view, key, tally)
    if st == NOT_APPLICABLE:
        return None
    if st != ANSWERED or year is None:
        return 0.0, None
    ref_year = reference_year(ref)
    if ref_year is None:
        tally.not_judged += 1
        return 0.0, year
    return (0.0 if ref_year - int(year) > limit else 1.0), year


def _s1_row(view: View, item: Item, row: GridRow, ref: str, lang: str, tally: Tally, findings: list[Finding]) -> None:
    prefix = f"{item.id}.{row.code}"
    stat = tr(row.label, lang)
    extra: list[tuple[float, float]] = []
    available = view.value(f"{prefix}.available")
    if available == "no" and row.code not in S1_REMITTANCE_ROWS:  # remittances: one finding for both directions
        findings.append(Finding("s1_not_available", "S1", f"{prefix}.available",
                                text("find.s1_not_available", lang, stat=stat)))
    elif available == "yes":
        flow = row.code in S1_FLOW_ROWS
        limit = s1_limit(row.code)
        if item.column("year") is not None:
            check = _age_check(view, f"{prefix}.year", limit, ref, tally)
            if check is not None:
                extra.append((check[0], 1.0))
                year = check[1]
                if year is not None and check[0] == 0 and reference_year(ref) is not None:
                    code = "s1_old_stock" if limit == S1_STOCK_LIMIT else "s1_old_flow"
                    findings.append(Finding(code, "S1", f"{prefix}.year",
                                            text(f"find.{code}", lang, stat=stat, year=year, ref=written_date(ref, lang))))
        if item.column("definition") is not None and (flow or row.code in S1_STOCK_ROWS):
            st, d = _derived(view, f"{prefix}.definition", tally)
            if st in (DONT_KNOW, EMPTY):
                extra.append((0.0, 1.0))
            elif st == ANSWERED and d is not None:
                credit = (S1_FLOW_DEFINITION if flow else S1_STOCK_DEFINITION).get(d, 0.0)
                extra.append((credit, 1.0))
                if credit < 1:
                    findings.append(Finding("s1_definition", "S1", f"{prefix}.definition",
                                            text("find.s1_definition_flow" if flow else "find.s1_definition",
                                                 lang, stat=stat)))
        if item.column("breakdowns") is not None and row.code not in S1_REMITTANCE_ROWS:
            st, b = _derived(view, f"{prefix}.breakdowns", tally)
            if st in (DONT_KNOW, EMPTY):
                extra.append((0.0, 1.0))
            elif st == ANSWERED:
                b = b or ()
                have = [k for k in ("sex", "age") if k in b]
                extra.append((len(have) / 2, 1.0))
                missing = [text(f"breakdown.{k}", lang) for k in ("sex", "age") if k not in b]
                if missing:
                    findings.append(Finding("s1_breakdown", "S1", f"{prefix}.breakdowns",
                                            text("find.s1_breakdown", lang, stat=stat,
                                                 missing=join_list(missing, lang, labels=True))))
        if view.value(f"{prefix}.publication") == "internal":
            findings.append(Finding("s1_internal", "S1", f"{prefix}.publication",
                                    text("find.s1_internal", lang, stat=stat)))
    _grid_row(view, item, row.code, tally, extra)


def _s1_remittances(view: View, item: Item, lang: str) -> list[Finding]:
    """One finding for the statistic "personal remittances" (received and paid are its two
    directions): when every remittance row is answered "not available"."""
    rows = [r for r in item.rows if r.code in S1_REMITTANCE_ROWS]
    if rows and all(view.value(f"{item.id}.{r.code}.available") == "no" for r in rows):
        stat = " / ".join(tr(r.label, lang) for r in rows)
        return [Finding("s1_remittances", "S1", f"{item.id}.{rows[0].code}.available",
                        text("find.s1_remittances", lang, stat=stat))]
    return []


# --- S6B: household surveys ------------------------------------------------------------------

SURVEY_LIMIT = 5


def _s6b_row(view: View, item: Item, row: str, ref: str, tally: Tally) -> None:
    """A survey row, plus its recency: last round within 5 years of the reference date."""
    extra: list[tuple[float, float]] = []
    col = item.column("last_year")
    if col is not None and view.value(f"{item.id}.{row}.exists") == "yes":
        check = _age_check(view, f"{item.id}.{row}.last_year", SURVEY_LIMIT, ref, tally)
        if check is not None:
            extra.append((check[0], 1.0))
    _grid_row(view, item, row, tally, extra)


# --- S6A: census ---------------------------------------------------------------------------------

CENSUS_LIMIT = 10


def _s6a_year(view: View, ref: str, lang: str, tally: Tally, findings: list[Finding]) -> None:
    st = view.status(S6A_YEAR)
    if st == NOT_APPLICABLE:
        tally.not_applicable += 1  # declared
        tally.add(0.0, 1.0)
        return
    check = _age_check(view, S6A_YEAR, CENSUS_LIMIT, ref, tally)
    assert check is not None
    tally.add(check[0], 1.0)
    if check[1] is not None and check[0] == 0 and reference_year(ref) is not None:
        findings.append(Finding("s6a_old_census", "S6A", S6A_YEAR,
                                text("find.s6a_old_census", lang, year=check[1], ref=written_date(ref, lang))))


def _s6a_topics(view: View, item: Item, lang: str, tally: Tally, findings: list[Finding]) -> None:
    st = view.status(item.id)
    if st in (DONT_KNOW, EMPTY, NOT_APPLICABLE):
        if st == DONT_KNOW:
            tally.dont_know += 1
        elif st == EMPTY:
            tally.blank += 1
        else:
            tally.not_applicable += 1
        tally.add(0.0, 1.0)
    elif st == ANSWERED:
        chosen = set(view.value(item.id) or ())
        core = [choice for c in CORE_TOPICS if (choice := item.field.choice(c)) is not None]
        if not core:
            return
        have = [choice for choice in core if choice.code in chosen]
        tally.add(len(have) / len(core), 1.0)
        missing = [tr(choice.label, lang) for choice in core if choice.code not in chosen]
        if missing:
            findings.append(Finding("s6a_core_missing", "S6A", item.id,
                                    text("find.s6a_core_missing", lang, missing=enumeration(missing, lang, labels=True))))


# --- findings without points of their own ------------------------------------------------------

def other_findings(view: View, ref: str, lang: str) -> list[Finding]:
    """Findings read across a grid or a section; each needs the answers that show it (a survey
    finding needs every survey row answered: nothing is drawn from a blank)."""
    out: list[Finding] = []
    q = view.q
    ref_year = reference_year(ref)
    s1 = q.item(S1_GRID)
    if s1 is not None and s1.type == "grid":
        out.extend(_s1_remittances(view, s1, lang))
    surveys = q.item("s6b_surveys")
    if surveys is not None and surveys.type == "grid" and surveys.column("exists") is not None:
        all_known = bool(surveys.rows)
        identifying_years: list[int] = []
        identifying = False
        for row in surveys.rows:
            p = f"{surveys.id}.{row.code}"
            ex = view.value(f"{p}.exists")
            if ex is None:
                all_known = False
            mq = view.value(f"{p}.migration_questions")
            if ex == "yes" and mq in ("yes", "partly"):
                identifying = True
                y = view.value(f"{p}.last_year")
                if isinstance(y, int):
                    identifying_years.append(y)
            elif ex == "yes" and mq is None:
                all_known = False
        if all_known and not identifying:
            out.append(Finding("s6b_no_survey", "S6B", surveys.id, text("find.s6b_no_survey", lang)))
        elif identifying and identifying_years and ref_year is not None and ref_year - max(identifying_years) > SURVEY_LIMIT:
            out.append(Finding("s6b_old_survey", "S6B", surveys.id,
                               text("find.s6b_old_survey", lang, year=max(identifying_years))))
    registers = q.item("s6c_registers")
    if registers is not None and registers.type == "grid":
        for row in registers.rows:
            p = f"{registers.id}.{row.code}"
            if view.value(f"{p}.exists") != "yes":
                continue
            name = tr(row.label, lang)
            if view.value(f"{p}.access") == "none":
                out.append(Finding("s6c_no_access", "S6C", f"{p}.access",
                                   text("find.s6c_no_access", lang, register=name)))
            if view.value(f"{p}.used") == "no":
                out.append(Finding("s6c_not_used", "S6C", f"{p}.used",
                                   text("find.s6c_not_used", lang, register=name)))
    if view.has("s9_mechanism") and view.value("s9_mechanism") in ("none", "no"):
        out.append(Finding("s9_no_mechanism", "S9", "s9_mechanism", text("find.s9_no_mechanism", lang)))
    profile = view.value("s2_profile") or ()
    if "origin" in profile and view.has("s10_exchange") and view.has("s10_mirror"):
        if view.value("s10_exchange") == "no" and view.value("s10_mirror") == "no":
            out.append(Finding("s10_origin_no_exchange", "S10", "s10_exchange",
                               text("find.s10_origin_no_exchange", lang)))
    out.extend(tagged_findings(view, lang))
    return out


FINDING_TAG = "finding:"


def _answer_label(item: Item, value: Any, lang: str) -> str:
    if item.field.type == "rating":
        return f"{value}/3"
    c = item.field.choice(value)
    return tr(c.label, lang) if c is not None else str(value)


def tagged_findings(view: View, lang: str) -> list[Finding]:
    """Findings declared in the questionnaire by a ``finding:<code>`` tag: a simple item answered
    short of full marks, or a grid whose rows are all known (answered, or not applicable) with at
    least one answered, and whose answered rows earn nothing at all."""
    out: list[Finding] = []
    for item in view.q.items():
        codes = [t[len(FINDING_TAG):] for t in item.tags if t.startswith(FINDING_TAG)]
        if not codes or not view.item_relevant(item):
            continue
        label = tr(item.label, lang)
        if item.type == "grid":
            shares: list[float] = []
            complete = True
            for row in item.rows:
                if row_out(item, row.code):
                    continue
                asked = [c for c in item.columns if is_scored_field(c) and not c.relevant]
                states = [view.status(f"{item.id}.{row.code}.{c.id}") for c in asked]
                if any(st in (EMPTY, DONT_KNOW) for st in states):
                    complete = False
                    break
                if all(st == NOT_APPLICABLE for st in states):
                    continue  # does not exist by design: not a shortfall to remedy
                share = _grid_row(view, item, row.code, Tally())
                if share is not None:
                    shares.append(share)
            if complete and shares and max(shares) == 0:
                for code in codes:
                    out.append(Finding(code, item.section_id, item.id,
                                       text(f"find.{code}", lang, item=label, answer="")))
            continue
        if view.status(item.id) != ANSWERED or not is_scored_field(item.field):
            continue
        value = view.value(item.id)
        pm = field_points(item.field, value)
        if pm is None or pm[0] >= pm[1]:
            continue
        for code in codes:
            out.append(Finding(code, item.section_id, item.id,
                               text(f"find.{code}", lang, item=label, answer=_answer_label(item, value, lang))))
    return out


# Every code a finding can carry; the recommendations library answers each one (tests/catalog).
FINDING_CODES = ("s1_not_available", "s1_old_stock", "s1_old_flow", "s1_definition", "s1_breakdown",
                 "s1_internal", "s1_remittances", "s2_no_policy", "s4_quick_win", "s5_no_strategy",
                 "s6a_old_census", "s6a_core_missing", "s6b_no_survey", "s6b_old_survey", "s6c_no_access",
                 "s6c_not_used", "s7_no_new_sources", "s8_not_online", "s8_not_machine_readable",
                 "s9_no_mechanism", "s10_origin_no_exchange", "s11_children_stock", "s11_left_behind",
                 "s11_unaccompanied", "s12_no_unit", "s12_no_budget")


def tally_section(q: Questionnaire, view: View, section: Section, ref: str, lang: str,
                  findings: list[Finding]) -> Tally:
    """Points of an ordinary (non-matrix) section; appends the section's findings."""
    tally = Tally()
    for item in section.items:
        if item.type in ("note", "matrix") or not item.field.scored or "need" in item.tags:
            continue
        if item.type == "grid":
            if not view.item_relevant(item):
                continue
            for row in item.rows:
                if item.id == S1_GRID:
                    _s1_row(view, item, row, ref, lang, tally, findings)
                elif item.id == S6B_GRID:
                    _s6b_row(view, item, row.code, ref, tally)
                else:
                    _grid_row(view, item, row.code, tally)
            continue
        if not scored_item(item):
            continue
        if not view.item_relevant(item):
            if opened_in_section(q, item):  # closed by a shortfall answer of this section
                tally.closed += 1
                tally.add(0.0, _item_top(item))
            continue
        if checked_out(view, item):
            continue
        if item.id == S6A_YEAR:
            _s6a_year(view, ref, lang, tally, findings)
        elif item.id == S6A_TOPICS and item.type == "select_multiple":
            _s6a_topics(view, item, lang, tally, findings)
        elif is_scored_field(item.field):
            _simple_item(view, item, tally)
    return tally


def answer_label(q: Questionnaire, key: str, lang: str) -> str:
    """A readable label of an answer key: the question, with the grid row and column or the matrix
    cell and field ("D × Census: Latest reference year")."""
    resolved = q.resolve_key(key)
    if resolved is None:
        return key
    item, fld, coords = resolved
    label = tr(item.label, lang)
    if item.type == "grid":
        r = item.row(coords[0])
        label = f"{label}: {row_and_column(tr(r.label, lang) if r else coords[0], tr(fld.label, lang), lang)}"
    elif item.type == "matrix":
        src = q.source(coords[1])
        label = f"{coords[0]} × {tr(src.label, lang) if src else coords[1]}: {tr(fld.label, lang)}"
    return label


def follow_up(q: Questionnaire, view: View, lang: str, blank_keys: Iterable[str] = (),
              no_reason: Iterable[str] = ()) -> list[FollowUpItem]:
    """Answers marked "don't know", the scorable items left blank (``blank_keys``) and the needs
    marked "not applicable" without a reason (``no_reason``), in questionnaire order, with a
    readable label: none earns anything until it is answered."""
    order = {s.id: i for i, s in enumerate(q.sections)}
    item_order = {it.id: i for i, it in enumerate(q.items())}
    rows = []
    todo = [(k, "dont_know") for k, a in view.answers.items() if a.status == DONT_KNOW]
    todo += [(k, "empty") for k in blank_keys if view.status(k) == EMPTY]
    todo += [(k, "no_reason") for k in no_reason]
    seen: set[str] = set()
    for key, status in todo:
        if key in seen:
            continue
        seen.add(key)
        resolved = q.resolve_key(key)
        if resolved is None:
            continue
        item = resolved[0]
        rows.append(((order.get(item.section_id, 99), item_order.get(item.id, 0), key),
                     FollowUpItem(key, answer_label(q, key, lang), item.section_id, status)))
    rows.sort(key=lambda r: r[0])
    return [r[1] for r in rows]
