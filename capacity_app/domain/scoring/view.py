"""Read-only access to one assessment's answers while scoring (values, states, relevance)."""
from __future__ import annotations

from typing import Any
from collections.abc import Mapping

from ..answers import Answer, AnswerSheet
from ..applicability import na_allowed
from ..questionnaire import Field, Item, Questionnaire
from ..status import ANSWERED, DONT_KNOW, EMPTY, NOT_APPLICABLE

__all__ = ["View", "ANSWERED", "DONT_KNOW", "EMPTY", "NOT_APPLICABLE"]


class View:
    def __init__(self, q: Questionnaire, answers: Mapping[str, Answer]):
        self.q = q
        self.answers = answers
        # relevance follows the answer model's rules (one evaluator for the form and the scores)
        self._sheet = AnswerSheet(q, answers if isinstance(answers, dict) else dict(answers))
        self._na: dict[str, bool] = {}

    def status(self, key: str) -> str:
        """The answer's state; "not applicable" where the questionnaire does not allow it (or its
        condition, e.g. the migration profile, does not hold) counts as not given: it never lifts a
        score (docs/methodology.md, "Blank, don't know, not applicable")."""
        a = self.answers.get(key)
        if a is None:
            return EMPTY
        if a.status == NOT_APPLICABLE and not self.na_ok(key):
            return EMPTY
        return a.status

    def na_ok(self, key: str) -> bool:
        if key not in self._na:
            self._na[key] = na_allowed(self.q, self.answers, key)
        return self._na[key]

    def refused_na(self) -> list[str]:
        """Keys answered "not applicable" where it is not allowed (scored as not given)."""
        return sorted(k for k, a in self.answers.items() if a.status == NOT_APPLICABLE and not self.na_ok(k))

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
