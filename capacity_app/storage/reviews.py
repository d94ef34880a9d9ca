"""The reviews of answers (schema step m006_reviews): reading and the writes of :class:`Store`.

Each write is one committed transaction with its history row (``field`` "review", ``key`` the
review unit, old and new as plain data: status, reviewer, note, at). A unit back to "not reviewed"
has no row. Statuses and notes must already be checked (``domain.review.review_problem``, done by
``services.reviews``)."""
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .clock import now_iso
from .part import StorePart

if TYPE_CHECKING:
    from ..domain.team.review import Review

_COLUMNS = ("unit", "status", "reviewer", "at", "note", "answer_check")


def review_plain(r: Review | None) -> dict[str, Any] | None:
    """A review as its history row records it."""
    if r is None:
        return None
    return {"status": r.status, "reviewer": r.reviewer, "at": r.at, "note": r.note}


class ReviewStore(StorePart):
    """The review part of :class:`~capacity_app.storage.store.Store` (a mixin)."""

    def reviews(self, assessment_id: int) -> dict[str, Review]:
        """The assessment's reviews by unit (units never reviewed have none)."""
        from ..domain.team.review import Review  # not for the first window (tests/test_launch.py)

        cur = self.db.execute(f"SELECT {', '.join(_COLUMNS)} FROM reviews WHERE assessment_id = ?",
                              [int(assessment_id)])
        return {r[0]: Review(*r) for r in cur.fetchall()}

    def review(self, assessment_id: int, unit: str) -> Review | None:
        from ..domain.team.review import Review

        row = self.db.execute(f"SELECT {', '.join(_COLUMNS)} FROM reviews WHERE assessment_id = ? AND unit = ?",
                              [int(assessment_id), unit]).fetchone()
        return None if row is None else Review(*row)

    def save_review(self, assessment_id: int, unit: str, status: str, note: str = "",
                    answer_check: str = "", reviewer: str | None = None) -> Review | None:
        """Record the review of ``unit`` (``status`` not_reviewed removes it) by ``reviewer`` (the
        operator by default), now, in one transaction with its history row. Returns the review as
        stored (None when not reviewed)."""
        from ..domain.team.review import NOT_REVIEWED, Review

        aid = int(assessment_id)
        self.assessment(aid)
        stamp = now_iso()
        who = self.operator if reviewer is None else reviewer
        with self.transaction():
            old = self.review(aid, unit)
            if status == NOT_REVIEWED:
                new = None
                if old is None:
                    return None
                self.db.execute("DELETE FROM reviews WHERE assessment_id = ? AND unit = ?", [aid, unit])
            else:
                new = Review(unit, status, who, stamp, note, answer_check)
                self._write_review(aid, new)
            self._history(aid, unit, "review", review_plain(old), review_plain(new), stamp)
            self._touch(aid, stamp)
        return new

    def replace_reviews(self, assessment_id: int, reviews: Iterable[Review], note: str = "import") -> None:
        """Make the assessment's reviews exactly ``reviews`` (imports), each kept as given (its
        reviewer and time), with a history row per review added, changed or removed."""
        from ..domain.team.review import NOT_REVIEWED

        aid = int(assessment_id)
        stamp = now_iso()
        new = {r.unit: r for r in reviews if r.status != NOT_REVIEWED}
        with self.transaction():
            old = self.reviews(aid)
            if old == new:
                return
            self.db.execute("DELETE FROM reviews WHERE assessment_id = ?", [aid])
            for r in new.values():
                self._write_review(aid, r)
            for unit in sorted(set(old) | set(new)):
                if old.get(unit) != new.get(unit):
                    self._history(aid, unit, "review", review_plain(old.get(unit)), review_plain(new.get(unit)),
                                  stamp)
            self._history(aid, "", "assessment", None, {"replaced_reviews": note}, stamp)
            self._touch(aid, stamp)

    def _write_review(self, aid: int, r: Review) -> None:
        self.db.execute(
            "INSERT INTO reviews (assessment_id, unit, status, reviewer, note, answer_check, at, operator)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(assessment_id, unit) DO UPDATE SET"
            " status = excluded.status, reviewer = excluded.reviewer, note = excluded.note,"
            " answer_check = excluded.answer_check, at = excluded.at, operator = excluded.operator",
            [aid, r.unit, r.status, r.reviewer, r.note, r.answer_check, r.at, self.operator])


__all__ = ["ReviewStore", "review_plain"]
