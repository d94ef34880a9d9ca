"""Values proposed by institutions: received, listed, accepted, edited then accepted,
rejected.

A reply from an institution (its workbook, ``exchange/institutions/workbook.py``; an ODK or
KoboToolbox submission) never writes an answer: :func:`add_proposals` stores each value as a
proposal credited to the institution and its respondent, with where it came from. Nothing changes
an answer until the officer accepts (:func:`accept`, :func:`accept_edited`,
:func:`accept_institution`): the answer takes the value in one transaction with its history rows,
the "value" row and the "proposal" row naming whose value it was (the provenance); the institution
(its own name and kind, :func:`institution_shown`), the respondent and their comment are added to
the answer's evidence (kind ``institution``), which the report's annex lists. :func:`reject` sets one aside. Proposals of two institutions that differ for one
answer stay side by side (:func:`conflicts`) until the officer decides; accepting one of them
leaves the other open, to be rejected."""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ...domain import mission
from ...domain.institutions import proposals as dp
from ...domain.answers import AnswerSheet, AnswerValueError, check_value, coerce_text
from ...domain.celltext import evidence_problem, text_problem
from ...domain.editorial import bracketed, code_colon_name
from ...domain.institutions.asked import institution_label
from ...domain.questionnaire import Questionnaire, tr
from ...domain.status import ANSWERED, DONT_KNOW, NOT_APPLICABLE
from ...storage.db import StorageError
from ...storage.proposals import is_plan_key
from ...storage.store import Store
from ..base import ServiceError, editable, get_assessment, storage_refusal, text_kept_within
from ..changes import Changes
from .asked import check_institution

EVIDENCE_KIND = "institution"


def check_proposal(q: Questionnaire, n: dp.NewProposal, lang: str = "en") -> dp.NewProposal:
    """``n`` with its value normalised (type, range, choices of its field; the questionnaire's
    constraints, which read other answers, are checked when it is accepted), or a refusal naming
    the key and the reason."""
    resolved = q.resolve_key(n.key)
    if resolved is None:
        raise ServiceError(f"{n.key[:80]!r}: unknown answer key")
    fld = resolved[1]
    check_institution(q, n.institution)
    value = None
    if n.status == ANSWERED:
        try:
            value = check_value(fld, n.value, n.key, lang)
        except AnswerValueError as exc:
            raise ServiceError(str(exc)) from None
    elif n.status == DONT_KNOW:
        if not fld.dont_know:
            raise ServiceError(f"{n.key}: 'don't know' is not accepted for this item")
    elif n.status != NOT_APPLICABLE:
        raise ServiceError(f"{n.key}: a proposal is a value, 'don't know' or 'not applicable'")
    for what, text, limit in (("comment", n.comment, dp.COMMENT_MAX), ("respondent", n.respondent, dp.RESPONDENT_MAX)):
        problem = text_problem(text, what, limit)
        if problem:
            raise ServiceError(f"{n.key}: {problem}")
    return dp.NewProposal(n.key, n.institution, n.status, value, n.comment, n.respondent)


@dataclass(frozen=True)
class Received:
    """Proposals stored by :func:`add_proposals`: their ids, how many were already there (the same
    reply imported twice), and the changes to publish."""

    ids: tuple[int, ...]
    unchanged: int
    assessment_id: int

    @property
    def changes(self) -> Changes:
        return Changes(self.assessment_id, proposals=True)


def add_proposals(store: Store, q: Questionnaire, assessment_id: Any, proposals: Iterable[dp.NewProposal],
                  source: str, lang: str = "en", *, settled: Iterable[tuple[str, str]] = ()) -> Received:
    """Store institutions' proposals for the assessment, all or none, in one transaction with a
    history row each; ``source`` says where they came from (the file and its form). Every value is
    checked first (:func:`check_proposal`): one refused, none is stored. A proposal identical to an
    open one is not stored again; a different one from the same institution for the same key
    supersedes it; ``settled`` ((institution, key) pairs: what the institution's newer reply gives
    as the answer already is, or no longer gives) supersedes its open proposals for those keys in
    the same transaction. No answer changes. Refused on a final assessment."""
    checked = [check_proposal(q, n, lang) for n in proposals]
    problem = text_problem(source, "source", dp.SOURCE_MAX)
    if problem:
        raise ServiceError(problem)
    a = editable(store, assessment_id)
    try:
        ids = store.add_proposals(a.id, checked, source, settled=settled)
    except StorageError as exc:
        raise storage_refusal(exc) from None
    return Received(tuple(ids), len(checked) - len(ids), a.id)


def list_proposals(store: Store, assessment_id: Any, *, state: str | None = None, key: str | None = None,
                   institution: str | None = None) -> list[dp.Proposal]:
    """The assessment's proposals, oldest first, filtered by state (open, accepted, rejected,
    superseded), answer key or institution."""
    if state is not None and state not in dp.STATES:
        raise ServiceError(f"{state[:40]!r}: a proposal's state is one of {', '.join(dp.STATES)}")
    a = get_assessment(store, assessment_id)
    try:
        return store.proposals(a.id, state=state, key=key, institution=institution)
    except StorageError as exc:
        raise storage_refusal(exc) from None


def open_count(store: Store, assessment_id: Any, item_id: str) -> int:
    """How many open proposals a question has (its grid rows and matrix cells included): what
    the question's page says beside its answer; 0 when they cannot be read."""
    try:
        return store.open_proposal_count(int(assessment_id), item_id)
    except (StorageError, ValueError):
        return 0


def open_by_key(store: Store, assessment_id: Any) -> dict[str, list[dp.Proposal]]:
    """The open proposals by answer key (what the window shows beside each answer)."""
    return dp.by_key(list_proposals(store, assessment_id, state=dp.OPEN))


def conflicts(store: Store, assessment_id: Any) -> dict[str, list[dp.Proposal]]:
    """The answer keys for which open proposals of two or more institutions differ, side by side."""
    return dp.conflicts(list_proposals(store, assessment_id, state=dp.OPEN))


def _proposal(store: Store, assessment_id: int, proposal_id: Any) -> dp.Proposal:
    try:
        pid = int(str(proposal_id)[:19])
        owner, p = store.proposal(pid)
    except ValueError:
        raise ServiceError(f"proposal id must be a number, got {str(proposal_id)[:40]!r}") from None
    except StorageError as exc:
        raise storage_refusal(exc) from None
    if owner != assessment_id:
        raise ServiceError(f"proposal {pid} is not one of assessment {assessment_id}'s")
    if is_plan_key(p.key):   # decided where it is listed
        raise ServiceError(f"proposal {pid} is of the plan's progress, not of an answer: "
                           f"capacity-app actions progress accept|reject {assessment_id} {pid}")
    if not p.is_open:
        raise ServiceError(f"proposal {pid} is already {p.state}")
    return p


def institution_shown(q: Questionnaire, answers: Mapping[str, Any], institution: str, lang: str) -> str:
    """The institution that proposed a value, as the window, the annex and the evidence name it:
    its own name given in S0 first, its kind as its description ("Migración Colombia — Autoridad
    migratoria", ``domain.mission.named``); its kind alone when S0 gives no name; its code when it
    is no row of S0."""
    return mission.institution_named(q, answers, institution, lang) or tr(institution_label(q, institution), lang) \
        or institution


def _evidence_text(q: Questionnaire, answers: Mapping[str, Any], p: dp.Proposal, lang: str) -> str:
    """The evidence line an accepted proposal adds: the institution by its own name and kind, the
    respondent in brackets, then the comment, in the language's punctuation ("国家统计局（国家统计机构）（张伟）：…")."""
    who = institution_shown(q, answers, p.institution, lang)
    if p.respondent:
        who += bracketed(p.respondent, lang)
    text = code_colon_name(who, p.comment, lang) if p.comment else who
    return text[:1000]


@dataclass(frozen=True)
class Accepted:
    """Proposals accepted: their ids, the answer keys written, and the changes to publish."""

    ids: tuple[int, ...]
    keys: tuple[str, ...]
    assessment_id: int
    metadata: bool = False

    @property
    def changes(self) -> Changes:
        return Changes(self.assessment_id, frozenset(self.keys), answers=bool(self.keys), scores=bool(self.keys),
                       proposals=True, metadata=self.metadata)


def _accept(store: Store, q: Questionnaire, assessment_id: Any,
            decisions: Sequence[tuple[dp.Proposal, str, Any, str]], lang: str) -> Accepted:
    """Check each decision (proposal, status, value, note) against the answers as they will be
    (constraints read other answers), then write them all in one transaction."""
    from ...domain.applicability import na_refusal  # only where the questionnaire allows it

    a = editable(store, assessment_id)
    keys = [p.key for p, _s, _v, _n in decisions]
    if len(set(keys)) != len(keys):
        dup = next(k for k in keys if keys.count(k) > 1)
        raise ServiceError(f"{dup}: two proposals for one answer: accept one of them")
    try:
        sheet = AnswerSheet(q, store.answers(a.id))
    except StorageError as exc:
        raise storage_refusal(exc) from None
    rows: list[tuple[int, str, Any, str | None, str]] = []
    for p, status, value, note in decisions:
        resolved = q.resolve_key(p.key)
        if resolved is None:
            raise ServiceError(f"{p.key}: no longer in the questionnaire (reject the proposal)")
        fld = resolved[1]
        if status == ANSWERED:
            try:
                value = sheet.validate(p.key, value, lang)
            except AnswerValueError as exc:
                raise ServiceError(f"proposal {p.id}: {exc}") from None
        elif status == DONT_KNOW:
            if not fld.dont_know:
                raise ServiceError(f"proposal {p.id}: {p.key}: 'don't know' is not accepted for this item")
            value = None
        elif status == NOT_APPLICABLE:
            why_not = na_refusal(q, sheet.answers, p.key, lang)
            if why_not:
                raise ServiceError(f"proposal {p.id}: {p.key}: {why_not}")
            value = None
        else:
            raise ServiceError(f"proposal {p.id}: unknown answer status {status!r}")
        problem = text_problem(note, "note", dp.NOTE_MAX)
        if problem:
            raise ServiceError(f"proposal {p.id}: {problem}")
        rows.append((p.id, status, value, None, note))
    follows = False
    try:
        with text_kept_within(store, a.id):  # an accepted reply still exports
            done = store.accept_proposals(a.id, rows)
            answers = store.answers(a.id)  # the name an accepted proposal may have given
            for p, _s, _v, _n in decisions:
                if p.id not in done:
                    continue
                text = _evidence_text(q, answers, p, lang)
                present = store.answer(a.id, p.key).evidence
                if not any(e.kind == EVIDENCE_KIND and e.text == text for e in present) \
                        and evidence_problem(EVIDENCE_KIND, text, len(present)) is None:
                    store.add_evidence(a.id, p.key, EVIDENCE_KIND, text)
            mission_keys = [p.key for p, _s, _v, _n in decisions if mission.is_mission_key(p.key)]
            if mission_keys:  # the record follows S0's facts, in the same transaction
                fields = mission.record_fields(q, store.answers(a.id), store.assessment(a.id), mission_keys)
                if fields:
                    store.update_assessment(a.id, **fields)
                    follows = True
    except StorageError as exc:
        raise storage_refusal(exc) from None
    by_id = {p.id: p.key for p, _s, _v, _n in decisions}
    return Accepted(tuple(done), tuple(by_id[i] for i in done), a.id, metadata=follows)


def accept(store: Store, q: Questionnaire, assessment_id: Any, proposal_id: Any, *, note: str = "",
           lang: str = "en") -> Accepted:
    """Accept an open proposal: the answer takes its value (checked against the questionnaire and
    the other answers), with a history row naming the institution, respondent and source, and an
    ``institution`` evidence entry. Refused on a final assessment."""
    a = get_assessment(store, assessment_id)
    p = _proposal(store, a.id, proposal_id)
    return _accept(store, q, a.id, [(p, p.status, p.value, note)], lang)


def accept_edited(store: Store, q: Questionnaire, assessment_id: Any, proposal_id: Any, value: Any = None, *,
                  status: str = ANSWERED, text: str | None = None, note: str = "", lang: str = "en") -> Accepted:
    """Accept an open proposal with the officer's edit of it: ``value`` (or ``text`` typed at the
    command line, read as the field's type) and ``status``. The history says the value was the
    institution's, edited."""
    a = get_assessment(store, assessment_id)
    p = _proposal(store, a.id, proposal_id)
    if text is not None and status == ANSWERED:
        resolved = q.resolve_key(p.key)
        if resolved is None:
            raise ServiceError(f"{p.key}: no longer in the questionnaire (reject the proposal)")
        try:
            value = coerce_text(resolved[1], text, p.key, lang)
        except AnswerValueError as exc:
            raise ServiceError(str(exc)) from None
    return _accept(store, q, a.id, [(p, status, value, note or "edited")], lang)


def accept_institution(store: Store, q: Questionnaire, assessment_id: Any, institution: str, *,
                       only_new: bool = False, lang: str = "en") -> Accepted:
    """Accept every open proposal of ``institution`` at once, all or none (one transaction):
    refused, naming the keys, when another institution's open proposal differs for the same answer
    (a conflict the officer settles one by one). ``only_new``: only the answers not given yet."""
    check_institution(q, institution)
    a = get_assessment(store, assessment_id)
    open_ = list_proposals(store, a.id, state=dp.OPEN)
    mine = [p for p in open_ if p.institution == institution]
    clashes = [k for k in dp.conflicts(open_) if any(p.key == k for p in mine)]
    if clashes:
        more = f" and {len(clashes) - 3} more" if len(clashes) > 3 else ""
        raise ServiceError(f"{len(clashes)} answers have differing proposals from other institutions "
                           f"({', '.join(clashes[:3])}{more}): settle them one by one first")
    if only_new:
        answers = store.answers(a.id)
        mine = [p for p in mine if p.key not in answers or answers[p.key].status == "empty"]
    if not mine:
        return Accepted((), (), a.id)
    return _accept(store, q, a.id, [(p, p.status, p.value, "") for p in mine], lang)


def reject(store: Store, assessment_id: Any, proposal_ids: Iterable[Any], *, note: str = "") -> Changes:
    """Reject open proposals (one transaction, a history row each, with the officer's ``note``).
    No answer changes. Refused on a final assessment."""
    a = editable(store, assessment_id)
    problem = text_problem(note, "note", dp.NOTE_MAX)
    if problem:
        raise ServiceError(problem)
    ps = [_proposal(store, a.id, pid) for pid in proposal_ids]
    try:
        done = store.reject_proposals(a.id, [p.id for p in ps], note)
    except StorageError as exc:
        raise storage_refusal(exc) from None
    return Changes(a.id, frozenset(p.key for p in ps if p.id in done), proposals=True)


def reject_institution(store: Store, q: Questionnaire, assessment_id: Any, institution: str, *,
                       note: str = "") -> Changes:
    """Reject every open proposal of ``institution``."""
    check_institution(q, institution)
    ids = [p.id for p in list_proposals(store, assessment_id, state=dp.OPEN, institution=institution)]
    return reject(store, assessment_id, ids, note=note)


@dataclass(frozen=True)
class ProposalLine:
    """A proposal as the report's annex and the command line list it: the question as a person
    reads it, who proposed what, and what became of it."""

    key: str
    question: str
    institution: str
    respondent: str
    proposed: str
    state: str
    received_at: str


def proposal_lines(store: Store, q: Questionnaire, assessment_id: Any, lang: str = "en",
                   states: Iterable[str] = dp.STATES) -> list[ProposalLine]:
    """Which institution proposed what (for the annex and ``capacity-app proposals``), in
    questionnaire order then by time."""
    from ...domain.team.review import review_unit, unit_wording
    from ...domain.values import display_text

    wanted = set(states)
    order = {k: i for i, (k, _f, _c) in enumerate(q.all_keys())}
    a = get_assessment(store, assessment_id)
    try:
        answers = store.answers(a.id)
    except StorageError as exc:
        raise storage_refusal(exc) from None
    out = []
    for p in sorted(list_proposals(store, a.id), key=lambda p: (order.get(p.key, 1 << 30), p.id)):
        if p.state not in wanted:
            continue
        resolved = q.resolve_key(p.key)
        unit = review_unit(q, p.key)
        question = unit_wording(q, unit, lang) if unit else p.key
        if resolved is not None and resolved[0].type in ("grid", "matrix"):
            question += f" — {tr(resolved[1].label, lang)}"
        if p.status == ANSWERED and resolved is not None:
            shown = display_text(resolved[1], p.value, lang)
        else:
            shown = p.status
        out.append(ProposalLine(p.key, question, institution_shown(q, answers, p.institution, lang),
                                p.respondent, shown, p.state, p.received_at))
    return out


__all__ = ["Accepted", "ProposalLine", "Received", "accept", "accept_edited", "accept_institution",
           "add_proposals", "check_proposal", "conflicts", "institution_shown", "list_proposals", "open_by_key", "open_count", "proposal_lines",
           "reject", "reject_institution"]
