"""Values proposed by institutions, as plain data and pure rules.

An institution's reply (its workbook, an ODK or KoboToolbox submission) never writes an answer: each
value becomes a *proposal* for one answer key, credited to the institution and its respondent, with
where it came from. The officer accepts it (the answer takes its value, the history says whose it
was), edits it then accepts, or rejects it. A newer proposal of the same institution for the same
key supersedes its open one; proposals of different institutions for the same key stay side by
side (:func:`conflicts`) until the officer decides.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..status import ANSWERED, DONT_KNOW, NOT_APPLICABLE

OPEN, ACCEPTED, REJECTED, SUPERSEDED = "open", "accepted", "rejected", "superseded"
STATES = (OPEN, ACCEPTED, REJECTED, SUPERSEDED)
PROPOSED_STATUSES = (ANSWERED, DONT_KNOW, NOT_APPLICABLE)
RESPONDENT_MAX = 200
SOURCE_MAX = 300
NOTE_MAX = 4_000
COMMENT_MAX = 20_000


@dataclass(frozen=True)
class NewProposal:
    """A value an institution proposes for ``key`` (not stored yet): ``status`` answered (with
    ``value``, already checked against its field), dont_know or not_applicable, and the respondent's
    ``comment``."""

    key: str
    institution: str
    status: str
    value: Any = None
    comment: str = ""
    respondent: str = ""


@dataclass(frozen=True)
class Proposal:
    """A proposal as stored: its ``id``, the proposed answer, who proposed it (``institution``,
    ``respondent``), where it came from (``source``: the file and form), when it was received,
    and what became of it (``state``; ``decided_at``, ``decided_by``, the officer's ``note``)."""

    id: int
    key: str
    institution: str
    respondent: str
    status: str
    value: Any
    comment: str
    source: str
    received_at: str
    state: str = OPEN
    decided_at: str = ""
    decided_by: str = ""
    note: str = ""

    @property
    def is_open(self) -> bool:
        return self.state == OPEN

    def provenance(self) -> dict[str, Any]:
        """What the history records of an accepted proposal: whose value it was and where from."""
        return {"proposal": self.id, "institution": self.institution, "respondent": self.respondent,
                "source": self.source, "received_at": self.received_at}

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "key": self.key, "institution": self.institution, "respondent": self.respondent,
                "status": self.status, "value": self.value, "comment": self.comment, "source": self.source,
                "received_at": self.received_at, "state": self.state, "decided_at": self.decided_at,
                "decided_by": self.decided_by, "note": self.note}


def same_proposal(p: Proposal, n: NewProposal) -> bool:
    """Whether ``n`` proposes exactly what ``p`` does (the same reply imported twice)."""
    return (p.key, p.institution, p.status, p.value, p.comment, p.respondent) == \
        (n.key, n.institution, n.status, n.value if n.status == ANSWERED else None, n.comment, n.respondent)


def by_key(proposals: Iterable[Proposal]) -> dict[str, list[Proposal]]:
    """Proposals grouped by answer key (in the order given)."""
    out: dict[str, list[Proposal]] = {}
    for p in proposals:
        out.setdefault(p.key, []).append(p)
    return out


def conflicts(proposals: Iterable[Proposal]) -> dict[str, list[Proposal]]:
    """The answer keys for which open proposals of two or more institutions differ (status or
    value), each with its open proposals side by side, in the order given."""
    out = {}
    for key, ps in by_key(p for p in proposals if p.is_open).items():
        if len({p.institution for p in ps}) > 1 and len({(p.status, _hashable(p.value)) for p in ps}) > 1:
            out[key] = ps
    return out


def _hashable(v: Any) -> Any:
    if isinstance(v, list):
        return tuple(_hashable(x) for x in v)
    if isinstance(v, dict):
        return tuple(sorted((k, _hashable(x)) for k, x in v.items()))
    return v


def differs_from(p: Proposal | NewProposal, status: str, value: Any) -> bool:
    """Whether accepting ``p`` would change an answer of ``status`` and ``value``."""
    pv = p.value if p.status == ANSWERED else None
    cv = value if status == ANSWERED else None
    return (p.status, _hashable(pv)) != (status, _hashable(cv))


def counts(proposals: Iterable[Proposal]) -> Mapping[str, Mapping[str, int]]:
    """Proposals by institution and state: ``{institution: {state: n}}``."""
    out: dict[str, dict[str, int]] = {}
    for p in proposals:
        d = out.setdefault(p.institution, {s: 0 for s in STATES})
        d[p.state] = d.get(p.state, 0) + 1
    return out


__all__ = ["ACCEPTED", "OPEN", "PROPOSED_STATUSES", "Proposal", "NewProposal", "REJECTED", "STATES", "SUPERSEDED",
           "by_key", "conflicts", "counts", "differs_from", "same_proposal"]
