"""The sign-off record of assessments (schema step m007_signoffs): reading, and the writes of
:class:`Store` that move an assessment to final with its validation or back to in progress with the
reason, each in one committed transaction with one history row (``field`` "signoff").

A validation's row keeps in its ``reason`` column what stood open when it was validated (
``domain.signoff.open_points_json``, "" for nothing); a reopening's, why it was reopened. The
supervisor's review sign-off (kind "reviewed", schema step m011) is a row of the same record: who
signed the reviews off and what stood open then; it leaves the status as it is."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.assessment import FINAL
from .clock import now_iso
from .part import StorePart

if TYPE_CHECKING:
    from ..domain.team.signoff import SignOff, SignOffEvent

_COLUMNS = "kind, name, position, institution, date, reason, at, operator"


def _event(row: tuple) -> SignOffEvent:
    from ..domain.team.signoff import REVIEWED, VALIDATED, SignOff, SignOffEvent, open_points_from  # not for the first window

    kind, name, position, institution, date, reason, at, operator = row
    if kind in (VALIDATED, REVIEWED):
        return SignOffEvent(kind, at, operator, SignOff(name, position, institution, date, at, operator,
                                                        open_points_from(reason)))
    return SignOffEvent(kind, at, operator, None, reason)


class SignOffStore(StorePart):
    """The sign-off part of :class:`~capacity_app.storage.store.Store` (a mixin)."""

    def signoff_events(self, assessment_id: int) -> list[SignOffEvent]:
        """The assessment's validations and reopenings, oldest first."""
        cur = self.db.execute(f"SELECT {_COLUMNS} FROM signoffs WHERE assessment_id = ? ORDER BY id",
                              [int(assessment_id)])
        return [_event(r) for r in cur.fetchall()]

    def record_signoff(self, assessment_id: int, signoff: SignOff, new_status: str = FINAL) -> SignOffEvent:
        """Record a validation for the national statistics office and set the status (final), in
        one transaction with one history row. ``signoff.at`` / ``operator`` given (an import) are
        kept; empty, they are now and the operator."""
        from ..domain.team.signoff import VALIDATED

        return self._record(assessment_id, VALIDATED, new_status, signoff=signoff)

    def record_review_signoff(self, assessment_id: int, signoff: SignOff) -> SignOffEvent:
        """Record the supervisor's review sign-off (the status unchanged), in one
        transaction with one history row. ``signoff.at`` / ``operator`` given (an import) are kept."""
        from ..domain.team.signoff import REVIEWED

        return self._record(assessment_id, REVIEWED, self.assessment(int(assessment_id)).status, signoff=signoff)

    def record_reopening(self, assessment_id: int, reason: str, new_status: str) -> SignOffEvent:
        """Record why a final assessment is reopened and set its new status, in one transaction
        with one history row."""
        from ..domain.team.signoff import REOPENED

        return self._record(assessment_id, REOPENED, new_status, reason=reason)

    def _record(self, assessment_id: int, kind: str, new_status: str, signoff: SignOff | None = None,
                reason: str = "") -> SignOffEvent:
        from ..domain.team.signoff import SignOff, SignOffEvent, open_points_json

        aid = int(assessment_id)
        before = self.assessment(aid)
        stamp = now_iso()
        at = (signoff.at if signoff is not None and signoff.at else stamp)
        who = (signoff.operator if signoff is not None and signoff.operator else self.operator)
        s = signoff or SignOff("", "", "", "")
        event = SignOffEvent(kind, at, who, SignOff(s.name, s.position, s.institution, s.date, at, who,
                                                    s.open_points)
                             if signoff is not None else None, reason)
        if signoff is not None:
            reason = open_points_json(s.open_points)  # what stood open, kept in the row's free text
        with self.transaction():
            self.db.execute(
                "INSERT INTO signoffs (assessment_id, kind, name, position, institution, date, reason, at, operator)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [aid, kind, s.name, s.position, s.institution, s.date, reason, at, who])
            self.db.execute("UPDATE assessments SET status = ?, updated_at = ? WHERE id = ?", [new_status, stamp, aid])
            self._history(aid, "", "signoff", {"status": before.status},
                          {"status": new_status, **event.to_dict()}, stamp)
        return event


__all__ = ["SignOffStore"]
