"""Where versions meet (issue 59): an assessment stored under an earlier questionnaire version is
carried to the bundled one the first time a writer opens it under that questionnaire, as an import
of its workbook would carry it — its answers to questions the newer version no longer asks are
archived (kept in the assessment's settings, ``archived_answers``, as the import keeps them) and
said once — never left for the next export to drop without a word.

A chain of declared mappings that renames or recodes (none does today) is left to the import of
the assessment's workbook: the assessment keeps its version and :func:`carry_to_current` says so."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..domain.answers import Answer, canonical_answers
from ..domain.assessment import Assessment
from ..domain.labels import RULES_VERSION, rules_changes_since
from ..domain.questionnaire import Questionnaire
from ..domain.summary import basis_rules
from ..exchange.workbook.mapping import find_chain, load_mappings
from ..storage.db import StorageError
from ..storage.store import Store
from .base import storage_refusal
from .changes import Changes

ARCHIVED = "archived_answers"  # the settings entry the import writes too (services.imports)


@dataclass(frozen=True)
class Carried:
    """One assessment carried from ``from_version`` to ``to_version`` (``archived``: its answers
    with no place in the newer version, as canonical answers), or left (``left``: why)."""

    assessment: Assessment
    from_version: str
    to_version: str
    archived: list[dict] = field(default_factory=list)
    left: str = ""
    changes: Changes | None = None

    def describe(self) -> str:
        """One line for a person: what happened to this assessment's answers."""
        a = self.assessment
        head = f"assessment {a.id} ({a.country} {a.round}), questionnaire {self.from_version}"
        if self.left:
            return f"{head}: {self.left}"
        if not self.archived:
            return f"{head} -> {self.to_version}: every answer carried over"
        keys = ", ".join(e["key"] for e in self.archived[:6]) + (" …" if len(self.archived) > 6 else "")
        return (f"{head} -> {self.to_version}: {len(self.archived)} answer(s) to questions {self.to_version} no "
                f"longer asks archived (kept in the assessment, not exported as answers): {keys}")


def _split(answers: dict[str, Answer], chain) -> tuple[list[Answer], list[dict], bool]:
    """(answers kept, answers archived, whether the chain would rename or recode one)."""
    kept, archived, moved = [], [], False
    for key, ans in answers.items():
        new_key, value = chain.carry(key, ans.value)
        if new_key is None:
            archived.extend(canonical_answers({key: ans}))
        elif new_key != key or value != ans.value:
            moved = True
        else:
            kept.append(ans)
    return kept, archived, moved


def _carry_one(store: Store, q: Questionnaire, a: Assessment, mappings) -> Carried | None:
    chain = find_chain(q.id, a.questionnaire_version, q.version, mappings)
    if chain is None:  # an unknown version: the import refuses its workbook alike
        return Carried(a, a.questionnaire_version, q.version,
                       left=f"no declared mapping to {q.version} (assessments/mappings): left as it is")
    kept, archived, moved = _split(store.answers(a.id), chain)
    if moved:
        return Carried(a, a.questionnaire_version, q.version,
                       left=f"the mapping to {q.version} renames or recodes answers: import its workbook to "
                            "carry them; left as it is")
    settings = dict(a.settings or {})
    if archived:
        earlier = [e for e in settings.get(ARCHIVED) or [] if isinstance(e, dict)]
        settings[ARCHIVED] = earlier + archived
    note = f"questionnaire {a.questionnaire_version} -> {q.version}"
    with store.transaction():
        if archived:
            store.replace_answers(a.id, kept, note=note)
        store.update_assessment(a.id, questionnaire_version=q.version, settings=settings)
    return Carried(store.assessment(a.id), a.questionnaire_version, q.version, archived,
                   changes=Changes.of_listing(a.id, answers=bool(archived)))


def archived_answers(a: Assessment) -> list[str]:
    """The keys of the answers kept aside in ``a`` (by an import or a carry to a newer
    questionnaire): an export says they are not in the workbook (issue 59)."""
    entries = (a.settings or {}).get(ARCHIVED) or []
    return [str(e.get("key", "")) for e in entries if isinstance(e, dict)] if isinstance(entries, list) else []


def carry_to_current(store: Store, q: Questionnaire) -> list[Carried]:
    """Carry every assessment of an earlier version of ``q`` to ``q`` (see the module), each in
    one transaction; what was done, one :class:`Carried` per assessment (none when every one is
    already at ``q``'s version or the store is read-only: the next writer carries them)."""
    if store.readonly:
        return []
    behind = [a for a in store.assessments(include_deleted=True)
              if a.questionnaire_id == q.id and a.questionnaire_version != q.version]
    if not behind:
        return []
    mappings = load_mappings()
    out = []
    for a in behind:
        try:
            done = _carry_one(store, q, a, mappings)
        except StorageError as exc:  # a storage failure as a refusal, named; the others go on
            done = Carried(a, a.questionnaire_version, q.version, left=str(storage_refusal(exc)))
        if done is not None:
            out.append(done)
    return out


@dataclass(frozen=True)
class EarlierScore:
    """A summary stored under other scoring rules: its figure, band and rules (issue 59)."""

    overall: float | None
    band: str | None
    rules: str

    def beside(self, overall: float | None, band_label: str) -> str:
        """Both figures and the rules that changed the score, for a person: "44.9 under rules 2.0,
        49.8 under rules 3.0 (Developing capacity); what changed: 3.0: …"."""
        def shown(x: float | None) -> str:
            return "–" if x is None else f"{x:.1f}"

        changed = "; ".join(f"{v}: {what}" for v, what in rules_changes_since(self.rules)) or "—"
        band = f" ({band_label})" if band_label else ""
        return (f"{shown(self.overall)} under rules {self.rules}, {shown(overall)} under rules {RULES_VERSION}"
                f"{band}; what changed: {changed}")


def scored_under_other_rules(store: Store, ids: list[int] | None = None) -> dict[int, EarlierScore]:
    """The assessments whose stored summary was computed under other scoring rules than these
    (read before :func:`services.summaries.summaries` derives them again), by id."""
    out = {}
    for a, _rev, stored in store.listing(ids=ids):
        rules = basis_rules(stored.basis) if stored is not None else None
        if stored is not None and rules and rules != RULES_VERSION:
            out[a.id] = EarlierScore(stored.overall, stored.band, rules)
    return out


__all__ = ["ARCHIVED", "Carried", "EarlierScore", "archived_answers", "carry_to_current",
           "scored_under_other_rules"]
