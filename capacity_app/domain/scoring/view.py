"""Read-only access to one assessment's answers while scoring (values, states, relevance)."""
from __future__ import annotations

from typing import Any
from collections.abc import Mapping

from ..answers import Answer, AnswerSheet
from ..questionnaire import Field, Item, Questionnaire
from ..status import ANSWERED, DONT_KNOW, EMPTY, NOT_APPLICABLE

__all__ = ["View", "ANSWERED", "DONT_KNOW", "EMPTY", "NOT_APPLICABLE"]


class View:
    def __init__(self, q: Questionnaire, answers: Mapping[str, Answer]):
        self.q = q
        self.answers = answers
        # relevance follows the answer model's rules (one evaluator for the form and the scores)
        self._sheet = AnswerSheet(q, answers if isinstance(answers, dict) else dict(answers))

    def status(self, key: str) -> str:
        a = self.answers.get(key)
        return a.status if a is not None else EMPTY

    def value(self, key: str) -> Any:
        a = self.answers.get(key)
        return a.value if a is not None and a.status == ANSWERED else None

    def has(self, item_id: str) -> bool:
        return self.q.item(item_id) is not None

    # relevance: AnswerSheet's rules ----------------------------------------------------------------
    def item_relevant(self, item: Item) -> bool:
        return self._sheet.item_relevant(item)

    def grid_cell_relevant(self, item: Item, row: str, col: Field) -> bool:
        return self._sheet.cell_relevant(item, f"{item.id}.{row}", col)
