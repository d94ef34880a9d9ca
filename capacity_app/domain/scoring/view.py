"""Read-only access to one assessment's answers while scoring (values, states, relevance)."""
from __future__ import annotations

from typing import Any
from collections.abc import Mapping

from ..answers import ANSWERED, DONT_KNOW, EMPTY, NOT_APPLICABLE, Answer
from ..expressions import ExpressionError, evaluate, parse
from ..questionnaire import Item, Questionnaire

__all__ = ["View", "ANSWERED", "DONT_KNOW", "EMPTY", "NOT_APPLICABLE"]


class View:
    def __init__(self, q: Questionnaire, answers: Mapping[str, Answer]):
        self.q = q
        self.answers = answers
        self._parsed: dict[str, Any] = {}

    def status(self, key: str) -> str:
        a = self.answers.get(key)
        return a.status if a is not None else EMPTY

    def value(self, key: str) -> Any:
        a = self.answers.get(key)
        return a.value if a is not None and a.status == ANSWERED else None

    def has(self, item_id: str) -> bool:
        return self.q.item(item_id) is not None

    # relevance with parsed expressions cached for the whole run ---------------------------------
    def _expr(self, text: str):
        e = self._parsed.get(text)
        if e is None:
            try:
                e = parse(text)
            except ExpressionError:
                e = False
            self._parsed[text] = e
        return e

    def _eval(self, text: str | None, prefix: str | None = None, local=()) -> bool:
        if not text:
            return True
        e = self._expr(text)
        if e is False:
            return True
        local = set(local)

        def lookup(name: str) -> Any:
            if prefix is not None and name in local:
                return self.value(f"{prefix}.{name}")
            return self.value(name)

        try:
            return bool(evaluate(e, lookup))
        except ExpressionError:
            return True

    def item_relevant(self, item: Item) -> bool:
        return self._eval(item.field.relevant)

    def grid_cell_relevant(self, item: Item, row: str, col) -> bool:
        return self._eval(col.relevant, f"{item.id}.{row}", [c.id for c in item.columns])
