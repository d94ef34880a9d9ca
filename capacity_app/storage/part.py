"""What the parts of :class:`~capacity_app.storage.store.Store` (its mixins: the action plan, the
reviews, the sign-off) use of it, declared once for the type checker."""
from __future__ import annotations

from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .db import Connection


class StorePart:
    """The base of a part of :class:`~capacity_app.storage.store.Store` (a mixin)."""

    if TYPE_CHECKING:
        @property
        def db(self) -> Connection: ...

        operator: str

        def transaction(self) -> AbstractContextManager[None]: ...
        def assessment(self, assessment_id: int) -> Any: ...
        def _history(self, assessment_id: int, key: str, field: str, old: Any, new: Any,
                     stamp: str) -> None: ...
        def _touch(self, assessment_id: int, stamp: str) -> None: ...
        def _forget_actions(self, aid: int, action_ids: set[str], stamp: str) -> None: ...
        def action_progress(self, assessment_id: int, action_id: str | None = None) -> list[Any]: ...
        def save_answer(self, assessment_id: int, key: str, status: str, value: Any = None,
                        comment: str | None = None) -> str: ...


__all__ = ["StorePart"]
