"""What a write changed, as returned by every write in ``services`` (like Anki's ``OpChanges``).

The GUI publishes the value on one signal after each write; the list, the navigator, the dashboard
and the window title refresh what it names instead of being refreshed by hand. The command line
ignores it or prints the id it carries. A leaf module: standard library only.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    """Which assessment a write touched, and what about it.

    ``keys``: the answer keys (or item ids, for comments and evidence) written. ``answers``: its
    answers, comments or evidence changed (so completion and scores must be derived again).
    ``metadata``: its title, round, status or settings (weights) changed. ``scores``: its scores
    changed (answers or weights). ``listing``: the list of assessments changed (created, moved to
    or out of the trash, imported). ``preferences``: a preference stored in the database changed.
    ``actions``: its action plan changed (``services.actionplan``). ``reviews``: the review of
    some of its answers changed (``services.reviews``; ``keys`` names the review units).
    ``documents``: the documents attached to it changed (``services.documents``; ``keys`` names
    the targets). ``proposals``: who is asked what, the institutions' requests or the values they
    proposed changed (``services.institutions``, ``services.proposals``; an accepted proposal also
    sets ``answers``).
    """

    assessment_id: int | None = None
    keys: frozenset[str] = field(default_factory=frozenset)
    answers: bool = False
    metadata: bool = False
    scores: bool = False
    listing: bool = False
    preferences: bool = False
    actions: bool = False
    reviews: bool = False
    documents: bool = False
    proposals: bool = False

    @classmethod
    def of_answers(cls, assessment_id: int, *keys: str) -> Changes:
        return cls(int(assessment_id), frozenset(keys), answers=True, scores=True)

    @classmethod
    def of_assessment(cls, assessment_id: int, *, scores: bool = False) -> Changes:
        """Its metadata or settings (weights: ``scores=True``)."""
        return cls(int(assessment_id), metadata=True, scores=scores)

    @classmethod
    def of_listing(cls, assessment_id: int | None = None, *, answers: bool = False) -> Changes:
        """Assessments created, trashed, restored or imported (``answers``: with their answers)."""
        return cls(None if assessment_id is None else int(assessment_id), listing=True,
                   metadata=assessment_id is not None, answers=answers, scores=answers)


@dataclass(frozen=True)
class WithId:
    """A write that created something (an assessment, an evidence entry): its id, and the changes
    (Anki's ``OpChangesWithId``)."""

    id: int
    changes: Changes


__all__ = ["Changes", "WithId"]
