"""Read-only access to one assessment's answers while scoring (values, states, relevance)."""
from __future__ import annotations

from typing import Any
from collections.abc import Iterable, Mapping

from ..answers import Answer
from ..expressions import Expression, ExpressionError, evaluate, parse
from ..questionnaire import Field, Item, Questionnaire
from ..status import ANSWERED, DONT_KNOW, EMPTY, NOT_APPLICABLE

__all__ = ["View", "ANSWERED", "DONT_KNOW", "EMPTY", "NOT_APPLICABLE"]


class View:
    def __init__(self, q: Questionnaire, answers: Mapping[str, Answer]):
        self.q = q
        self.answers = answers
        self._parsed: dict[str, Expression | None] = {}  # None: the text does not parse

    def status(self, key: str) -> str:
        a = self.answers.get(key)
        return a.status if a is not None else EMPTY

    def value(self, key: str) -> Any:
        a = self.answers.get(key)
        return a.value if a is not None and a.status == ANSWERED else None

    def has(self, item_id: str) -> bool:
        return self.q.item(item_id) is not None

    # relevance with parsed expressions cached for the whole run ---------------------------------
    def _expr(self, text: str) -> Expression | None:
        if text not in self._parsed:
            try:
                self._parsed[text] = parse(text)
            except ExpressionError:
                self._parsed[text] = None
        return self._parsed[text]

    def _eval(self, text: str | None, prefix: str | None = None, local_names: Iterable[str] = ()) -> bool:
        if not text:
            return True
        e = self._expr(text)
        if e is None:
            return True
        local = set(local_names)

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

    def grid_cell_relevant(self, item: Item, row: str, col: Field) -> bool:
        return self._eval(col.relevant, f"{item.id}.{row}", [c.id for c in item.columns])
