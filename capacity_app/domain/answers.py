"""Answers, value checking, relevance and completion (pure Python, no I/O)."""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any
from collections.abc import Callable, Iterable, Mapping

from .expressions import ExpressionError, evaluate, parse
from .questionnaire import Field, Item, Questionnaire, Section, tr

from .status import (  # defined in status.py, re-exported here ("X as X")
    ANSWERED as ANSWERED, DONT_KNOW as DONT_KNOW, EMPTY as EMPTY, EVIDENCE_KINDS as EVIDENCE_KINDS,
    NOT_APPLICABLE as NOT_APPLICABLE, ANSWER_STATUSES as ANSWER_STATUSES,
)

from .celltext import TEXT_MAX as TEXT_MAX, text_problem
from .dates import is_date_serial, iso_date  # the limits every entry point applies
from .texts import TEXTS, text
from .numtext import NumberTextError, ambiguous_readings, plain_number, typed_number, whole_number

YEAR_MIN, YEAR_MAX = 1900, 2100


class AnswerValueError(ValueError):
    """A value that does not fit its item; ``message`` is one readable sentence."""

    def __init__(self, key: str, message: str):
        self.key = key
        self.message = message
        super().__init__(f"{key}: {message}")


@dataclass(frozen=True)
class Evidence:
    kind: str  # "document" | "url" | "institution" | "note"
    text: str
    id: int | None = None


@dataclass(frozen=True)
class Answer:
    key: str
    value: Any = None
    status: str = EMPTY
    comment: str = ""
    evidence: tuple[Evidence, ...] = ()

    @property
    def is_answered(self) -> bool:
        """True when the officer has given something that closes the question."""
        return self.status in (ANSWERED, DONT_KNOW, NOT_APPLICABLE)


# --- value checking -----------------------------------------------------------------------

# What a refused value is told in each questionnaire language (the officer reads it under the field;
# the workbook import and the command line in English).
_SAYS: dict[str, dict[str, str]] = {  # domain/texts.py "cli.answer.<what>" (the command line says them too)
    what: TEXTS[f"cli.answer.{what}"]
    for what in ("whole", "number", "below", "above", "choice", "list", "date", "serial", "text", "empty", "none",
                 "ambiguous", "ambiguous_whole", "too_large", "negative_zero")}


def _number_says(exc: NumberTextError, kind: str, lang: str, decimal_sign: str) -> str:
    """Why a number typed or read was refused, in ``lang``; an ambiguous one with its readings (the
    decimal one in ``decimal_sign``; none for a whole number)."""
    shown = repr(exc.got if len(exc.got) <= 24 else exc.got[:20] + "…")
    if exc.kind == "ambiguous":
        whole, decimal = ambiguous_readings(exc.got, decimal_sign)
        return _says("ambiguous" if kind == "number" else "ambiguous_whole", lang, got=exc.got.strip(),
                     whole=whole, decimal=decimal)
    if exc.kind in ("too_large", "negative_zero"):
        return _says(exc.kind, lang, got=shown)
    return _says(kind, lang, got=shown)


def _says(what: str, lang: str, **args: Any) -> str:
    return text(f"cli.answer.{what}", lang, **args)  # its English in _SAYS, its translations in the catalogues


def coerce_text(fld: Field, text: str, key: str | None = None, lang: str = "en") -> Any:
    """Turn text typed at a command line (or read from a workbook) into a typed value: a number is
    written the plain way (``domain.numtext.plain_number``)."""
    return _coerce(fld, text, key, lang, plain_number, ".")


def coerce_typed(fld: Field, text: str, key: str | None = None, lang: str = "en", decimal_sign: str = ".") -> Any:
    """:func:`coerce_text` for text typed in the window's number fields, in a window whose language
    writes decimals with ``decimal_sign``: they also take the other decimal sign, thousands
    separators and other digits, and refuse what reads two ways (``1,200`` in English; see
    ``domain.numtext.typed_number``)."""
    return _coerce(fld, text, key, lang, lambda t: typed_number(t, decimal_sign), decimal_sign)


def _coerce(fld: Field, text: str, key: str | None, lang: str, read_number: Callable[[str], float],
            decimal_sign: str) -> Any:
    key = key or fld.id
    raw = text.strip() if isinstance(text, str) else text
    if fld.type in ("integer", "year", "rating", "decimal"):
        whole = fld.type != "decimal"
        got = text if isinstance(text, str) else str(text)
        try:
            value = read_number(got)
            return whole_number(value, got) if whole else value
        except NumberTextError as exc:
            raise AnswerValueError(key, _number_says(exc, "whole" if whole else "number", lang,
                                                     decimal_sign)) from None
    if fld.type == "select_multiple":
        if isinstance(raw, (list, tuple)):
            return list(raw)
        parts = [p.strip() for p in str(raw).replace(";", ",").replace(" ", ",").split(",")]
        return [p for p in parts if p]
    return text


def check_value(fld: Field, value: Any, key: str | None = None, lang: str = "en") -> Any:
    """Return the normalised value, or raise :class:`AnswerValueError` naming the reason (in
    ``lang``)."""
    key = key or fld.id
    t = fld.type
    if t == "note":
        raise AnswerValueError(key, "a note takes no answer")
    if value is None:
        raise AnswerValueError(key, _says("none", lang))
    if t in ("integer", "year", "rating"):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or (
                isinstance(value, float) and (not math.isfinite(value) or value != int(value))):
            raise AnswerValueError(key, _says("whole", lang, got=repr(value)))
        value = int(value)
        lo, hi = fld.minimum, fld.maximum
        if t == "year":
            lo = YEAR_MIN if lo is None else lo
            hi = YEAR_MAX if hi is None else hi
        if t == "rating":
            lo = 0 if lo is None else lo
            hi = 3 if hi is None else hi
        if lo is not None and value < lo:
            raise AnswerValueError(key, _says("below", lang, value=value, lo=f"{lo:g}"))
        if hi is not None and value > hi:
            raise AnswerValueError(key, _says("above", lang, value=value, hi=f"{hi:g}"))
        return value
    if t == "decimal":
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise AnswerValueError(key, _says("number", lang, got=repr(value)))
        value = float(value)
        if fld.minimum is not None and value < fld.minimum:
            raise AnswerValueError(key, _says("below", lang, value=f"{value:g}", lo=f"{fld.minimum:g}"))
        if fld.maximum is not None and value > fld.maximum:
            raise AnswerValueError(key, _says("above", lang, value=f"{value:g}", hi=f"{fld.maximum:g}"))
        return value
    if t == "select_one":
        if not isinstance(value, str) or fld.choice(value) is None:
            raise AnswerValueError(key, _says("choice", lang, got=repr(value), codes=", ".join(fld.choice_codes)))
        return value
    if t == "select_multiple":
        if not isinstance(value, (list, tuple)):
            raise AnswerValueError(key, _says("list", lang, got=repr(value)))
        seen: list[str] = []
        for v in value:
            if not isinstance(v, str) or fld.choice(v) is None:
                raise AnswerValueError(key, _says("choice", lang, got=repr(v), codes=", ".join(fld.choice_codes)))
            if v not in seen:
                seen.append(v)
        order = {c: i for i, c in enumerate(fld.choice_codes)}
        return sorted(seen, key=order.__getitem__)
    if t == "date":
        if not isinstance(value, str):
            raise AnswerValueError(key, _says("date", lang, got=repr(value)))
        try:
            return iso_date(value)
        except ValueError:
            serial = is_date_serial(value)
            raise AnswerValueError(key, _says("serial" if serial else "date", lang,
                                              got=value.strip() if serial else repr(value))) from None
    if t == "text":
        if not isinstance(value, str):
            raise AnswerValueError(key, _says("text", lang, got=repr(value)))
        if value == "":  # it would count as answered and read back as "no value" from a workbook
            raise AnswerValueError(key, _says("empty", lang))
        too_long = text_problem(value, "text")
        if too_long:
            raise AnswerValueError(key, too_long)
        return value
    raise AnswerValueError(key, f"cannot answer an item of type {t!r}")


# --- the answers of one assessment ----------------------------------------------------------

@dataclass
class AnswerSheet:
    """All answers of one assessment against its questionnaire, with relevance and constraints."""

    questionnaire: Questionnaire
    answers: dict[str, Answer] = field(default_factory=dict)

    @classmethod
    def of(cls, q: Questionnaire, answers: Iterable[Answer]) -> AnswerSheet:
        return cls(q, {a.key: a for a in answers})

    def get(self, key: str) -> Answer:
        return self.answers.get(key) or Answer(key)

    def value(self, key: str) -> Any:
        a = self.answers.get(key)
        return a.value if a is not None and a.status == ANSWERED else None

    def put(self, answer: Answer) -> None:
        self.answers[answer.key] = answer

    # relevance ----------------------------------------------------------------------------
    def _lookup(self, coords_prefix: str | None, local_names: Iterable[str] = ()) -> Callable[[str], Any]:
        local = set(local_names)

        def lookup(name: str) -> Any:
            if coords_prefix is not None and name in local:
                return self.value(f"{coords_prefix}.{name}")
            return self.value(name)

        return lookup

    def _holds(self, rule: str | None, coords_prefix: str | None = None,
               local_names: Iterable[str] = ()) -> bool:
        """A relevance rule against these answers: true when there is none, or when it does not
        parse or cannot be evaluated (a faulty rule never hides a question)."""
        if not rule:
            return True
        try:
            return bool(evaluate(parse(rule), self._lookup(coords_prefix, local_names)))
        except ExpressionError:
            return True

    def _item_relevant(self, item: Item) -> bool:
        return self._holds(item.field.relevant)

    def cell_relevant(self, item: Item, cell_prefix: str, fld: Field) -> bool:
        """The rule of ``fld`` in one cell of a grid or the matrix (``cell_prefix``: the key up to
        the field, ``item.row`` or ``matrix.pq.source``), where the cell's own fields are read by
        their bare ids; the item's own rule is not part of it."""
        return self._holds(fld.relevant, cell_prefix, [c.id for c in self.questionnaire.cell_fields(item)])

    def is_relevant(self, key: str) -> bool:
        resolved = self.questionnaire.resolve_key(key)
        if resolved is None:
            return False
        item, fld, coords = resolved
        if not self._item_relevant(item):
            return False
        if item.type in ("grid", "matrix") and fld.relevant:
            return self.cell_relevant(item, key.rsplit(".", 1)[0], fld)
        return True

    def item_relevant(self, item: Item) -> bool:
        return self._item_relevant(item)

    # constraints ---------------------------------------------------------------------------
    def constraint_error(self, key: str, value: Any, lang: str = "en") -> str | None:
        """The constraint message when ``value`` breaks the field's constraint, else None."""
        resolved = self.questionnaire.resolve_key(key)
        if resolved is None:
            return None
        item, fld, _ = resolved
        if not fld.constraint:
            return None
        if item.type in ("grid", "matrix"):
            prefix = key.rsplit(".", 1)[0]
            names = [c.id for c in self.questionnaire.cell_fields(item)]
            lookup = self._lookup(prefix, names)
        else:
            lookup = self._lookup(None)
        try:
            ok = evaluate(parse(fld.constraint), lookup, current=value)
        except ExpressionError:
            return None
        if ok:
            return None
        return tr(fld.constraint_message, lang) or f"value does not satisfy {fld.constraint}"

    def validate(self, key: str, value: Any, lang: str = "en") -> Any:
        """Check a value for ``key`` (type, range, choices, constraint); returns the normalised value."""
        resolved = self.questionnaire.resolve_key(key)
        if resolved is None:
            raise AnswerValueError(key, "unknown item id")
        _, fld, _ = resolved
        value = check_value(fld, value, key, lang)
        msg = self.constraint_error(key, value, lang)
        if msg:
            raise AnswerValueError(key, msg)
        return value

    # completion ----------------------------------------------------------------------------
    def countable_keys(self, item: Item) -> Iterable[str]:
        """Keys that count towards completion: relevant ones, and in the matrix only the cells
        with an expected relevance or that the officer has started."""
        q = self.questionnaire
        if not self._item_relevant(item):
            return
        if item.type == "matrix" and q.matrix is not None:
            started = {k.rsplit(".", 1)[0] for k, a in self.answers.items()
                       if k.startswith(item.id + ".") and a.is_answered}
            for pq in q.policy_questions:
                for src in q.sources:
                    prefix = f"{item.id}.{pq.code}.{src.code}"
                    if (pq.code, src.code) not in q.matrix.relevance and prefix not in started:
                        continue
                    for f in q.matrix.fields:
                        key = f"{prefix}.{f.id}"
                        if self.is_relevant(key) and f.type != "text":
                            yield key
            return
        for key, fld, _ in q.keys(item):
            if item.type == "grid" and fld.type == "text" and not fld.required:
                continue  # free-text grid notes do not count
            if self.is_relevant(key):
                yield key

    def item_completion(self, item: Item) -> tuple[int, int]:
        """(answered, relevant) over the item's countable keys; (0, 0) when the item does not apply."""
        done = total = 0
        for key in self.countable_keys(item):
            total += 1
            if self.get(key).is_answered:
                done += 1
        return done, total

    def completion(self, section: Section) -> tuple[int, int]:
        """(answered, relevant) over the section's countable keys."""
        done = total = 0
        for item in section.items:
            d, t = self.item_completion(item)
            done, total = done + d, total + t
        return done, total

    def completion_by_item(self) -> dict[str, tuple[int, int, bool]]:
        """Item id -> (answered, relevant, whether the item applies): the navigator's markers."""
        return {it.id: (*self.item_completion(it), self.item_relevant(it))
                for s in self.questionnaire.sections for it in s.items}

    def completion_by_section(self, by_item: Mapping[str, tuple[int, int, bool]] | None = None
                              ) -> dict[str, tuple[int, int]]:
        """Section id -> (answered, relevant), the sums over its items (``by_item``: the
        :meth:`completion_by_item` already computed, which is then not counted again)."""
        counts = self.completion_by_item() if by_item is None else by_item
        return {s.id: (sum(counts[it.id][0] for it in s.items), sum(counts[it.id][1] for it in s.items))
                for s in self.questionnaire.sections}

    def overall_completion(self) -> float:
        done = total = 0
        for d, t in self.completion_by_section().values():
            done += d
            total += t
        return 0.0 if total == 0 else done / total


def canonical_answers(answers: Mapping[str, Answer]) -> list[dict[str, Any]]:
    """A stable, JSON-ready list of answers (sorted by key) for checksums and exports."""
    out = []
    for key in sorted(answers):
        a = answers[key]
        out.append({
            "key": a.key,
            "status": a.status,
            "value": a.value,
            "comment": a.comment,
            "evidence": [{"kind": e.kind, "text": e.text} for e in a.evidence],
        })
    return out
