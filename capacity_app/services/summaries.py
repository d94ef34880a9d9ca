"""The list of assessments with what it shows of each (completion, overall score, band), cheap
whatever the number of assessments.

Summaries are derived by the domain (``domain.summary``), stored in the ``summaries`` table and
checked against the assessment's revision, a change counter the database raises on every change to
the assessment, its answers or its evidence (see ``storage.schema.m002_summaries``), and against the
basis they were computed with (application version, questionnaire files). :func:`listing` shows only
summaries that pass both checks and never computes; :func:`derive_summary` computes one (from the
answers, as scoring does) and stores it; :func:`summaries` does both, for the command line. A stale
or missing summary is therefore never shown: it is computed again first.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from collections.abc import Iterable

from .. import __version__
from ..catalog.digest import bundled_digest
from ..domain.assessment import Assessment
from ..domain.summary import Summary, stored_share, summarize, summary_basis
from ..storage.core import StoredSummary, WriteError

if TYPE_CHECKING:
    from ..domain.questionnaire import Questionnaire
    from ..storage.store import Store


@dataclass(frozen=True)
class Listed:
    """One row of the list: the assessment and its summary (None: to be derived)."""

    assessment: Assessment
    revision: int
    summary: Summary | None


def current_basis() -> str:
    """The basis summaries are computed with by this application and its bundled questionnaire."""
    return summary_basis(__version__, bundled_digest())


# The summaries table keeps the completeness as the exact fraction of its float in its ``answered``
# and ``total`` columns (summary version 3: domain.summary.stored_share), so the list shows the
# figure the score shows.


def _fresh(stored: StoredSummary | None, revision: int, basis: str) -> Summary | None:
    if stored is None or stored.revision != revision or stored.basis != basis:
        return None
    completion = stored.answered / stored.total if stored.total else None
    return Summary(completion, stored.overall, stored.band)


def listing(store: Store, *, only_deleted: bool = False, ids: Iterable[int] | None = None,
            limit: int | None = None) -> list[Listed]:
    """The assessments (or those in the trash, or those of ``ids``), newest change first, each with
    its stored summary when it is up to date (else None); ``limit``: the first so many. Reads;
    never computes."""
    basis = current_basis()
    return [Listed(a, rev, _fresh(stored, rev, basis))
            for a, rev, stored in store.listing(only_deleted=only_deleted, ids=ids, limit=limit)]


def listed_count(store: Store, *, only_deleted: bool = False) -> int:
    """How many assessments the list (or the trash) holds."""
    return store.listed_count(only_deleted=only_deleted)


@dataclass(frozen=True)
class Computed:
    """A summary computed from the assessment's state at ``revision``; ``scored``: the answers
    could be scored (only then is it worth storing)."""

    revision: int
    summary: Summary
    scored: bool


def compute_summary(store: Store, assessment_id: int, questionnaire: Questionnaire | None = None) -> Computed:
    """Compute an assessment's summary from its answers (against the bundled questionnaire);
    reads only, so it may run on a read-only connection off the window's thread."""
    # start-up: the scoring service loads PyYAML (the recommendation library) and the engine, and the
    # answer and questionnaire models take about 10 ms: all load with the first summary computed
    from .assessments import questionnaire_for
    from .scoring import score_answers

    q = questionnaire if questionnaire is not None else questionnaire_for()
    aid = int(assessment_id)
    revision = store.revision(aid)  # read first: a write after it makes this summary stale
    a = store.assessment(aid)
    answers = store.answers(aid)
    weights = (a.settings or {}).get("weights")
    try:
        result = score_answers(q, answers, a.effective_reference_date,
                               weights if isinstance(weights, dict) else None)
    except Exception:  # noqa: BLE001 - an assessment that cannot be scored still lists
        result = None
    return Computed(revision, summarize(result), result is not None)


def keep_summary(store: Store, assessment_id: int, computed: Computed) -> bool:
    """Store a computed summary (the writer's side of :func:`compute_summary`), unless it could not
    be scored or the assessment changed since it was computed. Returns whether it was stored. The
    stored summary only spares the next listing its computation: a database that cannot be written
    now (a drive turned read-only, a full disk) keeps none, and the list shows the summary all the
    same (a refused answer is told where the answer is given, not here)."""
    if not computed.scored or store.readonly:
        return False
    s = computed.summary
    part, whole = stored_share(s.completion or 0.0)
    try:
        return store.put_summary(int(assessment_id), StoredSummary(computed.revision, current_basis(), part,
                                                                   whole, s.overall, s.band))
    except WriteError:
        return False


def derive_summary(store: Store, assessment_id: int, questionnaire: Questionnaire | None = None) -> Summary:
    """Compute an assessment's summary from its answers (against the bundled questionnaire) and
    store it, unless the store is read-only or the assessment changed meanwhile (then it is
    stale at once and the next listing computes it again)."""
    computed = compute_summary(store, assessment_id, questionnaire)
    keep_summary(store, assessment_id, computed)
    return computed.summary


def summaries(store: Store, questionnaire: Questionnaire | None = None, *,
              only_deleted: bool = False) -> list[Listed]:
    """:func:`listing` with every missing or stale summary derived (and stored) first."""
    rows = listing(store, only_deleted=only_deleted)
    out = []
    for row in rows:
        if row.summary is None:
            row = Listed(row.assessment, row.revision, derive_summary(store, row.assessment.id, questionnaire))
        out.append(row)
    return out


__all__ = ["Computed", "Listed", "compute_summary", "current_basis", "derive_summary", "keep_summary",
           "listed_count", "listing", "summaries"]
