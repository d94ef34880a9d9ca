"""Primary questions, follow-ups, completeness and the documented section weights
(docs/methodology.md, "Completeness" and "Section weights").

A **primary question** is one a section asks whatever the other answers of that section: a scored
item not opened by another item of its section, each grid row's scored columns that are always
asked (a statistic's "available", a survey's or a register's "exists", an indicator's "produced",
a new source's "use"), and each expected cell of the policy question × source matrix (its
"exists" field). A **follow-up** details an answer (a statistic's year and definition once it is
available, a strategy's funding once there is one, a register's access once it exists, a cell's
fields once the source exists): it earns points when answered and nothing when not, and it is
listed for follow-up, but it does not count in completeness, so that a better answer that opens
follow-ups can never lower completeness.

A question is **known** when it is answered, or "not applicable" where the questionnaire allows
it; "don't know" is an honest answer but not evidence, and a blank is not an answer.

Some questions are not scored at all for this country: a row where the questionnaire fixes that
the question cannot apply (``not_applicable: rows``, e.g. SDG indicators compiled globally), or a
question whose "not applicable" condition holds (``not_applicable: when``, e.g. mirror data for a
country that is not one of origin). They leave the denominators whatever the answer, so answering
"not applicable" there is never an advantage.

A section's **weight** in the overall score is the number of its primary units in the
questionnaire (an item, a grid row, a policy question of S3): a section weighs what it measures.
The section holding the need ratings (S2, policy demand) weighs 0: demand is the context of the
priorities, not capacity.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from ..expressions import ExpressionError, parse
from ..questionnaire import Field, Item, Questionnaire, Section
from .view import ANSWERED, NOT_APPLICABLE, View

S1_GRID = "s1_statistics"
S6B_GRID = "s6b_surveys"
S6A_YEAR, S6A_TOPICS = "s6a_last_census_year", "s6a_topics"
SPECIAL_ITEMS = (S6A_YEAR, S6A_TOPICS)  # scored by rule, without choice scores


R = TypeVar("R")


def _per_object(fn: Callable[[Any], R]) -> Callable[[Any], R]:
    """Memoise a fact about an immutable questionnaire object (a Field, an Item), keyed by the
    object itself (identity checked: an id is reused only once the object is gone)."""
    memo: dict[int, tuple[Any, R]] = {}

    def wrapper(obj: Any) -> R:
        hit = memo.get(id(obj))
        if hit is not None and hit[0] is obj:
            return hit[1]
        value = fn(obj)
        memo[id(obj)] = (obj, value)
        return value

    wrapper.__doc__ = fn.__doc__
    return wrapper


@_per_object
def scored_choice_max(fld: Field) -> float | None:
    scores = [c.score for c in fld.choices if c.score is not None]
    return max(scores) if scores else None


@_per_object
def is_scored_field(fld: Field) -> bool:
    if not fld.scored:
        return False
    if fld.type == "rating":
        return True
    return fld.type == "select_one" and bool(scored_choice_max(fld))


def _references(expr: str | None) -> set[str]:
    if not expr:
        return set()
    try:
        return set(parse(expr).references)
    except ExpressionError:
        return set()


def opened_in_section(q: Questionnaire, item: Item) -> bool:
    """True when the item is opened by another answer of its own section (a follow-up, e.g. the
    strategy's funding); False when it is always asked, or asked according to the country's
    migration profile (an answer of another section)."""
    refs = _references(item.field.relevant)
    if not refs:
        return False
    sections = set()
    for ref in refs:
        other = q.item(ref)
        sections.add(other.section_id if other is not None else "")
    return sections == {item.section_id}


def scored_item(item: Item) -> bool:
    """A simple (non-grid, non-matrix) item the section score reads."""
    if item.type in ("note", "matrix", "grid") or not item.field.scored or "need" in item.tags:
        return False
    return item.id in SPECIAL_ITEMS or is_scored_field(item.field)


def fixed_out(col: Field, row: str) -> bool:
    """The questionnaire fixes that this grid column cannot apply in this row (``not_applicable:
    rows``): the cell is not scored, whatever the answer."""
    return bool(col.not_applicable and col.na_rows and row in col.na_rows)


def row_out(item: Item, row: str) -> bool:
    """The whole row is out of the score: its always-asked question cannot apply in it (an SDG
    indicator compiled globally)."""
    return any(fixed_out(c, row) for c in item.columns if is_scored_field(c) and not c.relevant)


def checked_out(view: View, item: Item) -> bool:
    """The item's "not applicable" condition holds for this country (``not_applicable: when``,
    e.g. mirror data for a country that is not one of origin): not scored, whatever the answer."""
    return bool(item.field.not_applicable and item.field.na_when and view.na_ok(item.id))


def na_kind(fld: Field) -> str:
    """How a "not applicable" the questionnaire allows is scored: "fixed" (rows), "checked"
    (a condition on other answers) or "declared" (the country's own statement)."""
    if fld.na_rows:
        return "fixed"
    if fld.na_when:
        return "checked"
    return "declared"


def known(view: View, key: str) -> bool:
    """Answered, or "not applicable" where allowed (``View.status`` turns a refused one into a
    blank)."""
    return view.status(key) in (ANSWERED, NOT_APPLICABLE)


def scored_rows(view: View, item: Item) -> list[str]:
    """The codes of a scored grid's rows that count for this country (none when the grid is not
    scored or not asked; a row fixed out of the score is left out)."""
    if not item.field.scored or "need" in item.tags or not view.item_relevant(item):
        return []
    return [row.code for row in item.rows if not row_out(item, row.code)]


def primary_keys(q: Questionnaire, view: View, section: Section) -> list[str]:
    """The keys of the section's primary questions asked of this country (matrix cells as
    ``<item>.<pq>.<src>.exists``)."""
    keys: list[str] = []
    for item in section.items:
        if item.type == "matrix":
            m = q.matrix
            if m is not None:
                keys.extend(f"{m.item_id}.{pq}.{src}.exists" for (pq, src) in m.relevance)
            continue
        if item.type == "grid":
            for row in scored_rows(view, item):
                keys.extend(f"{item.id}.{row}.{c.id}" for c in item.columns if is_scored_field(c) and not c.relevant)
            continue
        if not scored_item(item) or opened_in_section(q, item) or not view.item_relevant(item):
            continue
        if checked_out(view, item):
            continue
        keys.append(item.id)
    return keys


def followup_keys(q: Questionnaire, view: View, section: Section) -> list[str]:
    """The keys of the follow-ups now open (their gate answered so that they apply): the scored
    follow-up items and grid cells, S1's year, definition and breakdowns of an available
    statistic, S6B's last round of an existing survey. Matrix cell fields are listed by the
    engine (only in cells whose source exists)."""
    keys: list[str] = []
    for item in section.items:
        if item.type == "grid":
            for row in scored_rows(view, item):
                for col in item.columns:
                    if not col.relevant or fixed_out(col, row):
                        continue
                    derived = (item.id == S1_GRID and col.id in ("year", "definition", "breakdowns")) or (
                        item.id == S6B_GRID and col.id == "last_year")
                    if (is_scored_field(col) or derived) and view.grid_cell_relevant(item, row, col):
                        keys.append(f"{item.id}.{row}.{col.id}")
            continue
        if scored_item(item) and opened_in_section(q, item) and view.item_relevant(item):
            keys.append(item.id)
    return keys


def demand_section(section: Section) -> bool:
    """The section holding the need ratings (policy demand, S2)."""
    return any("need" in it.tags for it in section.items)


def section_units(q: Questionnaire, section: Section) -> int:
    """The number of primary units the questionnaire gives the section, whatever the answers: its
    documented weight (0 for the demand section)."""
    if demand_section(section):
        return 0
    n = 0
    for item in section.items:
        if item.type == "matrix":
            n += len(q.policy_questions) if q.matrix is not None else 0
        elif item.type == "grid":
            if item.field.scored and "need" not in item.tags:
                n += sum(1 for row in item.rows if not row_out(item, row.code))
        elif scored_item(item) and not opened_in_section(q, item):
            n += 1
    return n


def default_weights(q: Questionnaire) -> dict[str, float]:
    """The documented weight of every scored section: its number of primary units."""
    return {s.id: float(section_units(q, s)) for s in q.sections if s.scored}


def weighted_share(per_section: Mapping[str, tuple[int, int]], weights: Mapping[str, float]) -> float:
    """Mean of the sections' shares (count ÷ primary) weighted by their weights (0.0 when nothing
    counts)."""
    num = den = 0.0
    for sid, (count, total) in per_section.items():
        w = weights.get(sid, 0.0)
        if total and w > 0:
            num += w * count / total
            den += w
    return num / den if den else 0.0
