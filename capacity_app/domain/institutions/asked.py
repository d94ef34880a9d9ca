"""Which institution answers which part of the questionnaire, as plain data and pure rules.

A mission sends each institution its part before it arrives: the ministry of the interior the
registers and border records, the central bank the remittances. What is sent is a *unit*, as the
review names them (``domain.review``): a question (``s5_strategy``), a grid row
(``s6c_registers.pop``), a cell of the policy question × source matrix (``s3_matrix.A.BOR``).
Institutions are named by the row codes of the S0 grid of institutions (``s0_institutions``:
``nso``, ``interior``, ``foreign``, ``labour``, ``central_bank``, ``civil_registry``, ``other``).

Two layers decide who gets a unit:

* the **defaults** (:class:`InstitutionMap`, data in ``assessments/institutions.yaml``, loaded by
  ``catalog.institutions``): institutions per section, per item, per grid row, and the owners of
  each data source, who get the matrix cells the matrix expects for their source;
* the officer's **changes** for one assessment (:class:`Override`, stored in the database,
  ``services.institutions``): a unit, an item or a section given to (``assigned`` True) or taken
  from (False) an institution. The most specific change wins: unit, then item, then section;
  without any, the defaults decide.

:func:`institution_items` is what the workbook and the XLSForm of one institution are made from.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..mission import INSTITUTIONS

if TYPE_CHECKING:
    from ..questionnaire import Field, GridRow, Item, PolicyQuestion, Questionnaire, Source, Text

INSTITUTIONS_GRID = INSTITUTIONS  # the S0 grid whose rows name the institutions (domain.mission)
KEY_MAX = 40


@dataclass(frozen=True)
class InstitutionMap:
    """The defaults of ``assessments/institutions.yaml``: institutions (S0 row codes) per section id,
    item id, grid row (``item.row``) and matrix source code. The most specific entry present wins
    (row over item over section); a matrix cell the matrix expects (main or supporting) goes to the
    owners of its source, an unexpected cell to nobody."""

    sections: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    items: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    rows: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    sources: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    version: str = ""


@dataclass(frozen=True)
class Override:
    """The officer's change for one assessment: ``target`` (a section id, an item id or a unit)
    given to ``institution`` (``assigned`` True) or taken from it (False)."""

    target: str
    institution: str
    assigned: bool
    at: str = ""
    operator: str = ""

    def to_dict(self) -> dict[str, object]:
        return {"target": self.target, "institution": self.institution, "assigned": self.assigned,
                "at": self.at, "operator": self.operator}


@dataclass(frozen=True)
class Assignment:
    """Who answers what in one assessment: the defaults and the officer's changes (the
    "assessment state" the workbook, the XLSForm and the import read)."""

    defaults: InstitutionMap
    overrides: tuple[Override, ...] = ()

    def override(self, target: str, institution: str) -> Override | None:
        for o in self.overrides:
            if o.target == target and o.institution == institution:
                return o
        return None


@dataclass(frozen=True)
class InstitutionItem:
    """One unit an institution is asked, in questionnaire order: ``unit`` (its review unit key),
    the ``item`` it belongs to, its ``keys`` (answer key, field, coordinates: the values to give),
    and for a grid row its ``row``, for a matrix cell its ``policy_question`` and ``source``."""

    unit: str
    item: Item
    keys: tuple[tuple[str, Field, tuple[str, ...]], ...]
    row: GridRow | None = None
    policy_question: PolicyQuestion | None = None
    source: Source | None = None

    @property
    def section_id(self) -> str:
        return self.item.section_id


def institution_codes(q: Questionnaire) -> tuple[str, ...]:
    """The institutions a questionnaire knows: the row codes of its S0 grid, in order."""
    grid = q.item(INSTITUTIONS_GRID)
    return tuple(r.code for r in grid.rows) if grid is not None and grid.type == "grid" else ()


def institution_label(q: Questionnaire, institution: str) -> Text | None:
    """The S0 row label of an institution (a text per language), or None."""
    grid = q.item(INSTITUTIONS_GRID)
    row = grid.row(institution) if grid is not None and grid.type == "grid" else None
    return row.label if row is not None else None


def units(q: Questionnaire) -> Iterator[tuple[str, Item, tuple[str, ...]]]:
    """Every unit of the questionnaire (unit key, item, coordinates), in questionnaire order."""
    for item in q.items():
        if item.type == "grid":
            for r in item.rows:
                yield f"{item.id}.{r.code}", item, (r.code,)
        elif item.type == "matrix":
            for pq in q.policy_questions:
                for src in q.sources:
                    yield f"{item.id}.{pq.code}.{src.code}", item, (pq.code, src.code)
        elif item.type != "note":
            yield item.id, item, ()


def target_kind(q: Questionnaire, target: str) -> str | None:
    """What ``target`` names: "section", "item", "unit" (a grid row or matrix cell), or None when
    the questionnaire has no such thing (a note, an answer key of a grid cell, a misspelling)."""
    if q.section(target) is not None:
        return "section"
    parts = target.split(".")
    item = q.item(parts[0])
    if item is None or item.type == "note":
        return None
    if len(parts) == 1:
        return "item"
    if item.type == "grid" and len(parts) == 2 and item.row(parts[1]) is not None:
        return "unit"
    if item.type == "matrix" and len(parts) == 3 and q.policy_question(parts[1]) is not None \
            and q.source(parts[2]) is not None:
        return "unit"
    return None


def default_institutions(q: Questionnaire, m: InstitutionMap, unit: str) -> tuple[str, ...]:
    """The institutions the defaults give ``unit`` (none for an unknown unit)."""
    parts = unit.split(".")
    item = q.item(parts[0])
    if item is None:
        return ()
    if item.type == "matrix":
        if len(parts) != 3 or q.matrix is None or (parts[1], parts[2]) not in q.matrix.relevance:
            return ()
        return tuple(m.sources.get(parts[2], ()))
    if item.type == "grid" and len(parts) == 2 and unit in m.rows:
        return tuple(m.rows[unit])
    if item.id in m.items:
        return tuple(m.items[item.id])
    return tuple(m.sections.get(item.section_id, ()))


def is_assigned(q: Questionnaire, a: Assignment, unit: str, institution: str) -> bool:
    """Whether ``institution`` is asked ``unit``: the officer's most specific change (the unit, its
    item, its section), else the defaults."""
    item = q.item(unit.split(".")[0])
    if item is None:
        return False
    for target in (unit, item.id, item.section_id):
        o = a.override(target, institution)
        if o is not None:
            return o.assigned
    return institution in default_institutions(q, a.defaults, unit)


def institutions_of(q: Questionnaire, a: Assignment, unit: str) -> tuple[str, ...]:
    """The institutions asked ``unit``, in the S0 grid's order (then any other key, sorted)."""
    known = institution_codes(q)
    extra = sorted({o.institution for o in a.overrides} - set(known))
    return tuple(i for i in (*known, *extra) if is_assigned(q, a, unit, i))


def institution_items(q: Questionnaire, a: Assignment, institution: str) -> list[InstitutionItem]:
    """The units ``institution`` is asked, in questionnaire order, each with its answer keys (the
    one list the institution's workbook, its XLSForm and the import of its reply are made from)."""
    out: list[InstitutionItem] = []
    for unit, item, coords in units(q):
        if not is_assigned(q, a, unit, institution):
            continue
        if item.type == "grid":
            row = item.row(coords[0])
            keys = tuple((f"{unit}.{c.id}", c, coords) for c in item.columns)
            out.append(InstitutionItem(unit, item, keys, row=row))
        elif item.type == "matrix":
            fields = q.matrix.fields if q.matrix is not None else ()
            keys = tuple((f"{unit}.{f.id}", f, coords) for f in fields)
            out.append(InstitutionItem(unit, item, keys, policy_question=q.policy_question(coords[0]),
                                       source=q.source(coords[1])))
        else:
            out.append(InstitutionItem(unit, item, ((item.id, item.field, ()),)))
    return out


def institution_keys(q: Questionnaire, a: Assignment, institution: str) -> list[str]:
    """The answer keys ``institution`` is asked, in questionnaire order."""
    return [k for it in institution_items(q, a, institution) for k, _f, _c in it.keys]


def coverage(q: Questionnaire, a: Assignment) -> dict[str, int]:
    """How many units each institution is asked (S0 grid order; institutions asked nothing: 0)."""
    counts = {i: 0 for i in institution_codes(q)}
    for unit, _item, _c in units(q):
        for i in institutions_of(q, a, unit):
            counts[i] = counts.get(i, 0) + 1
    return counts


def unasked(q: Questionnaire, a: Assignment, section_ids: Iterable[str] = ()) -> list[str]:
    """The units no institution is asked (restricted to ``section_ids`` when given), excluding the
    matrix cells the matrix does not expect: what the mission alone will have to answer."""
    only = set(section_ids)
    out = []
    for unit, item, coords in units(q):
        if only and item.section_id not in only:
            continue
        if item.type == "matrix" and (q.matrix is None or tuple(coords) not in q.matrix.relevance):
            continue
        if not institutions_of(q, a, unit):
            out.append(unit)
    return out


def key_problem(key: str) -> str | None:
    """Why ``key`` cannot name an institution (None when it can): S0 row codes are codes."""
    if not key or len(key) > KEY_MAX or not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_\-]*", key):
        return f"an institution is named by a code of at most {KEY_MAX} letters, digits, _ or -"
    return None


__all__ = ["Assignment", "InstitutionItem", "InstitutionMap", "Override", "coverage", "default_institutions",
           "institution_codes", "institution_items", "institution_keys", "institution_label", "institutions_of",
           "is_assigned", "key_problem", "target_kind", "unasked", "units"]
