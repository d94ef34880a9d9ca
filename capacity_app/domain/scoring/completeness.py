"""Completeness: the share of the scorable items given an answer (docs/methodology.md,
"Completeness").

A scorable item is one answer the scores read: a scored simple item, each relevant scored column of
a grid row (with S1's year, definition and breakdowns once the statistic is available, and S6B's
last round once the survey exists), S6A's census year and topics, and each expected cell of the
policy question × source matrix (counted once, given when its "exists" field is answered). An item
is *given* when it is answered, "don't know" or "not applicable": "don't know" is an answer (it is
listed for follow-up and earns nothing), only a blank is missing.

A section's completeness is given ÷ scorable; the overall completeness is the mean of the sections'
completeness weighted by the section weights (sections with weight 0 or nothing scorable are left
out), so that it measures the same thing the overall score averages.
"""
from __future__ import annotations

from collections.abc import Mapping

from ..questionnaire import Item, Questionnaire, Section
from .view import EMPTY, View

S1_GRID = "s1_statistics"
S1_DERIVED = ("year", "definition", "breakdowns")
S1_REMITTANCE_ROWS = {"remit_in", "remit_out"}
S6B_GRID = "s6b_surveys"


def _grid_keys(view: View, item: Item) -> list[str]:
    keys: list[str] = []
    for row in item.rows:
        for col in item.columns:
            scored = col.scored and (col.type == "rating" or any(c.score for c in col.choices))
            derived = False
            if item.id == S1_GRID and col.id in S1_DERIVED:
                derived = view.value(f"{item.id}.{row.code}.available") == "yes" and not (
                    col.id == "breakdowns" and row.code in S1_REMITTANCE_ROWS)
            elif item.id == S6B_GRID and col.id == "last_year":
                derived = view.value(f"{item.id}.{row.code}.exists") == "yes"
            if not (scored or derived):
                continue
            if not view.grid_cell_relevant(item, row.code, col):
                continue
            keys.append(f"{item.id}.{row.code}.{col.id}")
    return keys


def section_units(q: Questionnaire, view: View, section: Section) -> list[str]:
    """The keys of the section's scorable items (matrix cells as ``<item>.<pq>.<src>.exists``)."""
    keys: list[str] = []
    for item in section.items:
        if item.type == "note":
            continue
        if item.type == "matrix":
            m = q.matrix
            if m is not None:
                keys.extend(f"{m.item_id}.{pq}.{src}.exists" for (pq, src) in m.relevance)
            continue
        if not item.field.scored or "need" in item.tags or not view.item_relevant(item):
            continue
        if item.type == "grid":
            keys.extend(_grid_keys(view, item))
        elif item.id in ("s6a_last_census_year", "s6a_topics"):
            keys.append(item.id)
        elif item.field.type == "rating" or any(c.score for c in item.field.choices):
            keys.append(item.id)
    return keys


def section_completeness(q: Questionnaire, view: View, section: Section) -> tuple[int, int]:
    """(given, scorable) of one scored section."""
    keys = section_units(q, view, section)
    return sum(1 for k in keys if view.status(k) != EMPTY), len(keys)


def overall_completeness(per_section: Mapping[str, tuple[int, int]], weights: Mapping[str, float]) -> float:
    """Mean of the sections' completeness weighted by their weights (0.0 when nothing counts)."""
    num = den = 0.0
    for sid, (given, total) in per_section.items():
        w = weights.get(sid, 0.0)
        if total and w > 0:
            num += w * given / total
            den += w
    return num / den if den else 0.0
