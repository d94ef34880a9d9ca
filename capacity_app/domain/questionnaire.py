"""The questionnaire as plain, immutable Python objects (no I/O).

An *item* is a question (or a note). Most items hold one value; a ``grid`` holds one value per
row × column, and the ``matrix`` holds one value per policy question × source × field. Every single
value has an *answer key*:

* ``item_id``                          simple item
* ``item_id.ROW.COLUMN``               grid cell (e.g. ``s6b_surveys.lfs.last_year``)
* ``item_id.PQ.SOURCE.FIELD``          matrix cell field (e.g. ``s3_matrix.A.CEN.exists``)

Answers, history, comments and evidence are all stored per answer key.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from collections.abc import Callable, Iterator, Mapping

from .languages import LANGUAGES as LANGUAGES  # re-exported; listed once in languages.py
from .languages import Review

# Types named as in XLSForm where one exists, plus our own.
SIMPLE_TYPES = ("text", "integer", "decimal", "date", "select_one", "select_multiple", "note",
                "year", "rating")
COMPOSITE_TYPES = ("grid", "matrix")
ITEM_TYPES = SIMPLE_TYPES + COMPOSITE_TYPES
FIELD_TYPES = tuple(t for t in SIMPLE_TYPES if t != "note")

RELEVANCE_LEVELS = ("main", "supporting")

Text = Mapping[str, str]  # language code -> text


def tr(text: Text | None, lang: str = "en") -> str:
    """Text in ``lang``, falling back to English, then any language."""
    if not text:
        return ""
    return text.get(lang) or text.get("en") or next(iter(text.values()), "")


@dataclass(frozen=True)
class Choice:
    code: str
    label: Text
    help: Text | None = None
    score: float | None = None  # optional partial credit (ODIN style: 1 / 0.5 / 0)


@dataclass(frozen=True)
class Field:
    """A typed value slot: a simple item's value, a grid column, or a matrix cell field."""

    id: str
    type: str
    label: Text
    help: Text | None = None
    choices: tuple[Choice, ...] = ()
    anchors: Mapping[int, Text] | None = None  # rating: 0..3 written anchors
    minimum: float | None = None
    maximum: float | None = None
    relevant: str | None = None
    constraint: str | None = None
    constraint_message: Text | None = None
    required: bool = False
    dont_know: bool = True
    not_applicable: bool = False  # "not applicable" is allowed (with na_reason; see na_when, na_rows)
    scored: bool = True
    line: int = 0
    na_reason: Text | None = None  # why "not applicable" may be the answer (shown with it)
    na_when: str | None = None     # expression: N/A is accepted only when it holds (e.g. the profile)
    na_rows: tuple[str, ...] = ()  # grid column: N/A is accepted only in these rows (empty: all)

    def choice(self, code: str) -> Choice | None:
        for c in self.choices:
            if c.code == code:
                return c
        return None

    @property
    def choice_codes(self) -> tuple[str, ...]:
        return tuple(c.code for c in self.choices)


@dataclass(frozen=True)
class GridRow:
    code: str
    label: Text
    help: Text | None = None


@dataclass(frozen=True)
class Item:
    """A question in a section. ``field`` describes its value (simple types); grids have ``rows``
    and ``columns``; the matrix item refers to the questionnaire's ``matrix``."""

    id: str
    type: str
    section_id: str
    field: Field
    rows: tuple[GridRow, ...] = ()
    columns: tuple[Field, ...] = ()
    tags: tuple[str, ...] = ()
    line: int = 0

    @property
    def label(self) -> Text:
        return self.field.label

    @property
    def help(self) -> Text | None:
        return self.field.help

    @property
    def relevant(self) -> str | None:
        return self.field.relevant

    def column(self, col_id: str) -> Field | None:
        for c in self.columns:
            if c.id == col_id:
                return c
        return None

    def row(self, code: str) -> GridRow | None:
        for r in self.rows:
            if r.code == code:
                return r
        return None


@dataclass(frozen=True)
class Section:
    id: str
    label: Text
    items: tuple[Item, ...]
    help: Text | None = None
    scored: bool = True
    line: int = 0


@dataclass(frozen=True)
class PolicyQuestion:
    code: str  # "A" .. "O"
    label: Text
    kind: str = "stock"  # "flow" (needs annual or continuous data) | "stock" | "characteristics"
    variables: Text | None = None  # the question-specific variables a source must collect
    short: Text | None = None  # a short title for sentences ("return flows"), lower case


@dataclass(frozen=True)
class Source:
    code: str  # "CEN", "HHS", ...
    label: Text
    kind: str = "other"  # "census" | "survey" | "register" | "other"


@dataclass(frozen=True)
class Matrix:
    item_id: str
    fields: tuple[Field, ...]
    relevance: Mapping[tuple[str, str], str]  # (pq, source) -> "main" | "supporting"

    def field(self, field_id: str) -> Field | None:
        for f in self.fields:
            if f.id == field_id:
                return f
        return None


@dataclass(frozen=True)
class GlossaryEntry:
    term: str
    label: Text
    definition: Text


@dataclass(frozen=True)
class Questionnaire:
    id: str
    version: str
    title: Text
    based_on: str
    languages: tuple[str, ...]
    sections: tuple[Section, ...]
    policy_questions: tuple[PolicyQuestion, ...] = ()
    sources: tuple[Source, ...] = ()
    matrix: Matrix | None = None
    glossary: tuple[GlossaryEntry, ...] = ()
    sdg_framework: str = ""
    changelog: tuple[Mapping[str, str], ...] = ()
    # the content digest (:attr:`content_hash`), or what computes it when first asked for: it covers
    # the original French and Spanish texts, whose catalogues the loader reads only then
    digest: str | Callable[[], str] = field(default="", compare=False, repr=False)
    # the review of each catalogued language's translation (translations/<lang>.yaml): not part of
    # the content hash, which names the instrument as written in its inline languages
    reviews: Mapping[str, Review] = field(default_factory=dict)
    _items: dict[str, Item] = field(default_factory=dict, compare=False, repr=False)
    # resolve_key's answers (the questionnaire is immutable): importing and aggregating resolve
    # each of thousands of keys several times
    _resolved: dict[str, tuple[Item, Field, tuple[str, ...]] | None] = field(
        default_factory=dict, init=False, compare=False, repr=False)

    _digest: list[str] = field(default_factory=list, init=False, compare=False, repr=False)

    @property
    def content_hash(self) -> str:
        """The SHA-256 of the questionnaire's content as released (assessments/versions.yaml)."""
        if not callable(self.digest):
            return self.digest
        if not self._digest:
            self._digest.append(self.digest())
        return self._digest[0]

    def __getstate__(self) -> dict[str, object]:
        """Pickled with its digest computed (a worker process is handed a text, not its making)."""
        state = dict(self.__dict__)
        state["digest"] = self.content_hash
        return state

    def __post_init__(self) -> None:
        self._items.clear()
        for s in self.sections:
            for it in s.items:
                self._items[it.id] = it

    # --- look-ups -------------------------------------------------------------------------
    def item(self, item_id: str) -> Item | None:
        return self._items.get(item_id)

    def items(self) -> Iterator[Item]:
        for s in self.sections:
            yield from s.items

    def section(self, section_id: str) -> Section | None:
        for s in self.sections:
            if s.id == section_id:
                return s
        return None

    def policy_question(self, code: str) -> PolicyQuestion | None:
        for p in self.policy_questions:
            if p.code == code:
                return p
        return None

    def source(self, code: str) -> Source | None:
        for s in self.sources:
            if s.code == code:
                return s
        return None

    # --- answer keys ------------------------------------------------------------------------
    def resolve_key(self, key: str) -> tuple[Item, Field, tuple[str, ...]] | None:
        """Split an answer key into (item, field, coordinates), or None when it is not valid."""
        try:
            return self._resolved[key]
        except KeyError:
            pass
        found = self._resolve_key(key)
        if len(self._resolved) < 100_000:  # bounded: keys read from a hostile file may be many
            self._resolved[key] = found
        return found

    def _resolve_key(self, key: str) -> tuple[Item, Field, tuple[str, ...]] | None:
        parts = key.split(".")
        item = self._items.get(parts[0])
        if item is None:
            return None
        if item.type == "grid":
            if len(parts) != 3 or item.row(parts[1]) is None:
                return None
            col = item.column(parts[2])
            return (item, col, (parts[1],)) if col else None
        if item.type == "matrix":
            m = self.matrix
            if m is None or len(parts) != 4:
                return None
            if self.policy_question(parts[1]) is None or self.source(parts[2]) is None:
                return None
            f = m.field(parts[3])
            return (item, f, (parts[1], parts[2])) if f else None
        if len(parts) != 1 or item.type == "note":
            return None
        return item, item.field, ()

    def keys(self, item: Item) -> Iterator[tuple[str, Field, tuple[str, ...]]]:
        """Every answer key an item holds, in display order."""
        if item.type == "grid":
            for r in item.rows:
                for c in item.columns:
                    yield f"{item.id}.{r.code}.{c.id}", c, (r.code,)
        elif item.type == "matrix" and self.matrix is not None:
            for pq in self.policy_questions:
                for src in self.sources:
                    for f in self.matrix.fields:
                        yield f"{item.id}.{pq.code}.{src.code}.{f.id}", f, (pq.code, src.code)
        elif item.type != "note":
            yield item.id, item.field, ()

    def cell_fields(self, item: Item) -> tuple[Field, ...]:
        """The fields of one cell: a grid's columns, or the matrix's fields for the matrix item."""
        if item.type == "grid":
            return item.columns
        if item.type == "matrix" and self.matrix is not None:
            return self.matrix.fields
        return ()

    def all_keys(self) -> Iterator[tuple[str, Field, tuple[str, ...]]]:
        for it in self.items():
            yield from self.keys(it)

    def matrix_item(self) -> Item | None:
        for it in self.items():
            if it.type == "matrix":
                return it
        return None
