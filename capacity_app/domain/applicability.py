"""Where "not applicable" is a legitimate answer (pure).

The questionnaire declares it per field (``not_applicable: {reason, when, rows}``,
docs/questionnaire-format.md): the reason is shown with the answer, ``when`` is checked against the
other answers (usually the country's migration profile, ``s2_profile``), ``rows`` limits a grid
column's allowance to some rows. Everywhere else "not applicable" is refused when it is recorded, and
ignored (an answer still to be given) when it is scored: it can never lift a score.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from .expressions import ExpressionError, evaluate, parse
from .texts import text
from .questionnaire import Field, Questionnaire, tr
from .status import ANSWERED

def _msg(name: str, lang: str, **params: str) -> str:
    return text(f"na.{name}", lang, **params)  # the engine's sentences "na.*" (texts.py)


def _lookup(q: Questionnaire, answers: Mapping[str, Any], prefix: str | None,
            local: set[str]) -> Callable[[str], Any]:
    def value(key: str) -> Any:
        a = answers.get(key)
        return getattr(a, "value", None) if a is not None and getattr(a, "status", None) == ANSWERED else None

    def lookup(name: str) -> Any:
        if prefix is not None and name in local:
            return value(f"{prefix}.{name}")
        return value(name)

    return lookup


def na_refusal(q: Questionnaire, answers: Mapping[str, Any], key: str, lang: str = "en") -> str | None:
    """Why "not applicable" cannot be recorded for ``key`` given ``answers`` (None: it can)."""
    resolved = q.resolve_key(key)
    if resolved is None:
        return _msg("not_allowed", lang)
    item, fld, coords = resolved
    if not fld.not_applicable:
        return _msg("not_allowed", lang)
    if fld.na_rows and item.type == "grid" and coords and coords[0] not in fld.na_rows:
        return _msg("not_in_row", lang, rows=", ".join(fld.na_rows))
    if fld.na_when:
        prefix = key.rsplit(".", 1)[0] if item.type in ("grid", "matrix") else None
        local = {c.id for c in q.cell_fields(item)} if prefix is not None else set()
        try:
            ok = bool(evaluate(parse(fld.na_when), _lookup(q, answers, prefix, local)))
        except ExpressionError:
            ok = False
        if not ok:
            return _msg("condition", lang, reason=tr(fld.na_reason, lang).rstrip(". "))
    return None


def na_allowed(q: Questionnaire, answers: Mapping[str, Any], key: str) -> bool:
    """True when "not applicable" is a legitimate answer for ``key`` given ``answers``."""
    return na_refusal(q, answers, key) is None


def na_reason(fld: Field, lang: str = "en") -> str:
    """The questionnaire's reason for allowing "not applicable" ("" when it is not allowed)."""
    return tr(fld.na_reason, lang) if fld.na_reason else ""


__all__ = ["na_allowed", "na_reason", "na_refusal"]
