"""Where versions meet: an assessment stored under an earlier questionnaire version is
carried to the bundled one the first time a writer opens it under that questionnaire, as an import
of its workbook would carry it — its answers to questions the newer version no longer asks are
archived (kept in the assessment's settings, ``archived_answers``, as the import keeps them) and
said once — never left for the next export to drop without a word.

A chain of declared mappings that renames or recodes (none does today) is left to the import of
the assessment's workbook: the assessment keeps its version and :func:`carry_to_current` says so."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .. import jobs
from ..domain.assessment import Assessment
from ..domain.labels import RULES_VERSION, band_label, rules_change, rules_changes_since
from ..domain.summary import basis_rules
from ..domain.texts import TEXTS, text
from ..storage.clock import now_iso
from ..storage.db import StorageError
from ..storage.store import Store
from .base import storage_refusal
from .changes import Changes
from ..domain.texts import text as en_line  # the English of a line cli/said.py translates

if TYPE_CHECKING:
    from ..domain.answers import Answer
    from ..domain.questionnaire import Questionnaire
    from ..jobs import CancelCheck, Progress

# The answers' model and the declared mappings (PyYAML) load with the first carry: the command line
# asks whether there is one (carry_pending) at every writing open, and there seldom is.

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
        return en_line("cli.archived", id=a.id, country=a.country, round=a.round, was=self.from_version,
                    now=self.to_version, n=len(self.archived), keys=keys)


def _has_place(q: Questionnaire, key: str) -> bool:
    """Whether an answer under ``key`` has a place in ``q``: one of its answer keys, or a grid, the
    matrix or a note as a whole (their comment): what the window shows and its workbook exports
    (services.exchange)."""
    from ..exchange.workbook.codec import COMMENT_ONLY_ITEMS

    if q.resolve_key(key) is not None:
        return True
    item = q.item(key)
    return item is not None and item.type in COMMENT_ONLY_ITEMS


def _split(answers: dict[str, Answer], chain, q: Questionnaire) -> tuple[list[Answer], list[dict], bool]:
    """(answers kept, answers archived, whether the chain would rename or recode one). An answer is
    archived when the chain archives it, and also when the key it would be carried to has no place
    in ``q`` (a mapping that does not name a question its version removed): kept, it would be in no
    window and no workbook, dropped without a word at the next export."""
    from ..domain.answers import canonical_answers

    kept, archived, moved = [], [], False
    for key, ans in answers.items():
        new_key, value = chain.carry(key, ans.value)
        if new_key is None or not _has_place(q, new_key):
            archived.extend(canonical_answers({key: ans}))
        elif new_key != key or value != ans.value:
            moved = True
        else:
            kept.append(ans)
    return kept, archived, moved


# The settings entry of a carry whose answers are archived but whose assessment has not moved to the
# newer version yet: the keys archived. The version moves, and the carry is said, only once every
# assessment's answers are archived (:func:`_move`): a carry killed before that says at the next
# writing open what it archived, where the archive would otherwise never have been said.
CARRYING = "carrying"


@dataclass(frozen=True)
class _Archived:
    """An assessment whose answers with no place in the newer version are archived, to move on."""

    assessment: Assessment
    archived: list[dict]


def _archived_by_carry(settings: dict) -> list[dict]:
    """The archived answers (as canonical answers) of the carry recorded in ``settings``."""
    keys = settings.get(CARRYING)
    if not isinstance(keys, list):
        return []
    entries = {str(e.get("key")): e for e in settings.get(ARCHIVED) or [] if isinstance(e, dict)}
    return [entries[k] for k in dict.fromkeys(str(k) for k in keys) if k in entries]


def _carry_one(store: Store, q: Questionnaire, a: Assessment, mappings) -> Carried | _Archived:
    """``a``'s answers with no place in ``q`` archived, in one transaction with the record of it
    (:data:`CARRYING`); its version is moved by :func:`_move`. A chain that renames or recodes, or
    no chain, leaves it as it is."""
    from ..exchange.workbook.mapping import find_chain

    chain = find_chain(q.id, a.questionnaire_version, q.version, mappings)
    if chain is None:  # an unknown version: the import refuses its workbook alike
        return Carried(a, a.questionnaire_version, q.version,
                       left=f"no declared mapping to {q.version} (assessments/mappings): left as it is")
    # read and written in one transaction (under the store's lock): an answer or a setting the
    # officer saves while the window carries in the background is never written over
    with store.transaction():
        a = store.assessment(a.id)
        kept, archived, moved = _split(store.answers(a.id), chain, q)
        if moved:
            return Carried(a, a.questionnaire_version, q.version,
                           left=f"the mapping to {q.version} renames or recodes answers: import its workbook to "
                                "carry them; left as it is")
        if archived:
            when = now_iso()  # each with the version that asked it and when it was archived
            archived = [{**e, "version": a.questionnaire_version, "archived_at": when} for e in archived]
            settings = dict(a.settings or {})
            earlier = [e for e in settings.get(ARCHIVED) or [] if isinstance(e, dict)]
            settings[ARCHIVED] = earlier + archived
            settings[CARRYING] = [e["key"] for e in _archived_by_carry(settings)] + [e["key"] for e in archived]
            store.replace_answers(a.id, kept, note=f"questionnaire {a.questionnaire_version} -> {q.version}")
            a = store.update_assessment(a.id, settings=settings)
    return _Archived(a, _archived_by_carry(a.settings or {}))


def _move(store: Store, q: Questionnaire, ready: list[_Archived]) -> list[Carried]:
    """Every assessment of ``ready`` moved to ``q``'s version, its carry's record cleared, in one
    transaction (one history row each), read back inside it: nothing is left between the commit
    and the caller saying what was archived."""
    out = []
    with store.transaction():
        for r in ready:
            was = store.assessment(r.assessment.id)  # as it is now: a setting saved since is kept
            settings = {k: v for k, v in (was.settings or {}).items() if k != CARRYING}
            a = store.update_assessment(was.id, questionnaire_version=q.version, settings=settings)
            out.append(Carried(a, was.questionnaire_version, q.version, r.archived,
                               changes=Changes.of_listing(a.id, answers=bool(r.archived))))
    return out


def archived_answers(a: Assessment) -> list[str]:
    """The keys of the answers kept aside in ``a`` (by an import or a carry to a newer
    questionnaire): an export says they are on its Archived answers sheet."""
    entries = (a.settings or {}).get(ARCHIVED) or []
    return [str(e.get("key", "")) for e in entries if isinstance(e, dict)] if isinstance(entries, list) else []


def archived_rows_of(store: Store, assessment_id: int, q: Questionnaire | None, lang: str) -> list:
    """The answers kept aside in the assessment (to questions its questionnaire version no longer
    asks) as the window lists them (``domain.values.ArchivedRow``), in the order archived."""
    from ..domain.values import archived_rows

    return archived_rows((store.assessment(int(assessment_id)).settings or {}).get(ARCHIVED), q, lang)


def carry_to_current(store: Store, q: Questionnaire, progress: Progress = None,
                     cancelled: CancelCheck = None) -> list[Carried]:
    """Carry every assessment of an earlier version of ``q`` to ``q`` (see the module): each one's
    answers with no place in ``q`` archived in a transaction of its own, then every one moved to
    ``q``'s version in one; what was done, one :class:`Carried` per assessment (none when every one
    is already at ``q``'s version or the store is read-only: the next writer carries them). Every
    answer is either kept or archived; a carry killed before the move leaves every assessment on its
    version, and the next one says what it had archived. ``progress`` and ``cancelled`` (the job
    contract, capacity_app.jobs): one step an assessment; a cancel between two stops as a kill does,
    before the move."""
    if store.readonly:
        return []
    keep_earlier_scores(store)  # before anything derives them again under these rules
    if not _behind(store, q.id, q.version):
        return []
    behind = [a for a in store.assessments(include_deleted=True)
              if a.questionnaire_id == q.id and a.questionnaire_version != q.version]
    if not behind:
        return []
    from ..exchange.workbook.mapping import load_mappings

    mappings = load_mappings()
    done: dict[int, Carried] = {}
    ready: list[_Archived] = []
    for number, a in enumerate(behind):
        jobs.step(progress, cancelled, number / len(behind))
        try:
            one = _carry_one(store, q, a, mappings)
        except StorageError as exc:  # a storage failure as a refusal, named; the others go on
            one = Carried(a, a.questionnaire_version, q.version, left=str(storage_refusal(exc)))
        if isinstance(one, _Archived):
            ready.append(one)
        else:
            done[a.id] = one
    try:
        done.update((c.assessment.id, c) for c in (_move(store, q, ready) if ready else []))
    except StorageError as exc:  # none moved: their archive is said when the next writer moves them
        done.update((r.assessment.id, Carried(r.assessment, r.assessment.questionnaire_version, q.version,
                                              left=str(storage_refusal(exc)))) for r in ready)
    return [done[a.id] for a in behind]


EARLIER_SCORE = "earlier_score"  # the settings entry: a score stored under other scoring rules, kept


@dataclass(frozen=True)
class EarlierScore:
    """A summary stored under other scoring rules: its figure, band and rules."""

    overall: float | None
    band: str | None
    rules: str

    def beside(self, overall: float | None, band: str | None, lang: str = "en",
               number: Callable[[float], str] | None = None) -> str:
        """Both figures and the rules that changed the score, for a person, in ``lang``: "Scored
        44.9 (Developing capacity) under rules 2.0; 49.8 (Developing capacity) under rules 3.0.
        What changed: 3.0: …". ``band``: the current band's code; ``number`` how a figure is
        written (one decimal by default)."""
        def shown(x: float | None) -> str:
            if x is None:
                return "–"
            return number(x) if number is not None else f"{x:.1f}"

        def named(code: str | None) -> str:
            return (band_label(code, lang) if f"band.{code}" in TEXTS else code) if code else "–"

        sep = {"zh": "；", "ar": "؛ "}.get(lang, "; ")
        changed = sep.join(text("rules.changed_in", lang, rules=v, what=rules_change(v, lang))
                           for v, _what in rules_changes_since(self.rules)) or "—"
        return text("rules.earlier", lang, was=shown(self.overall), band_was=named(self.band),
                    rules_was=self.rules, now=shown(overall), band=named(band), rules=RULES_VERSION,
                    changes=changed)

    def as_dict(self) -> dict:
        return {"overall": self.overall, "band": self.band, "rules": self.rules}


def _behind(store: Store, questionnaire_id: str, version: str) -> bool:
    """Whether an assessment (one in the trash too) is of another version of the questionnaire."""
    return any(qid == questionnaire_id and v != version for qid, v in store.questionnaire_versions())


def carry_pending(store: Store, questionnaire_id: str, version: str) -> bool:
    """Whether :func:`carry_to_current` would write anything to carry the assessments to the
    questionnaire ``questionnaire_id`` ``version``: a score stored under other rules not kept yet,
    or an assessment of another version. Two small queries: the command line loads the
    questionnaire (0.15 s) only when this says so."""
    if store.readonly:
        return False
    return bool(_earlier_to_keep(store)) or _behind(store, questionnaire_id, version)


def _stored_under_other_rules(store: Store, ids: list[int] | None = None) -> dict[int, EarlierScore]:
    bases = None
    if ids is None:  # every listed one: the few bases the summaries name first, rows only of other rules
        bases = {b for b in store.summary_bases() if (basis_rules(b) or RULES_VERSION) != RULES_VERSION}
        if not bases:
            return {}
    out = {}
    for aid, stored in store.stored_summaries(ids, bases).items():
        rules = basis_rules(stored.basis)
        if rules and rules != RULES_VERSION:
            out[aid] = EarlierScore(stored.overall, stored.band, rules)
    return out


def scored_under_other_rules(store: Store, ids: list[int] | None = None) -> dict[int, EarlierScore]:
    """The assessments whose stored summary was computed under other scoring rules than these
    (read before :func:`services.summaries.summaries` derives them again), by id."""
    return _stored_under_other_rules(store, ids)


def _kept(a: Assessment) -> EarlierScore | None:
    entry = (a.settings or {}).get(EARLIER_SCORE)
    if not isinstance(entry, dict) or not isinstance(entry.get("rules"), str) or entry["rules"] == RULES_VERSION:
        return None
    overall = entry.get("overall")
    band = entry.get("band")
    return EarlierScore(float(overall) if isinstance(overall, (int, float)) else None,
                        band if isinstance(band, str) else None, entry["rules"])


def keep_earlier_scores(store: Store) -> list[int]:
    """A score stored under other scoring rules kept in its assessment's settings (``earlier_score``)
    before the next listing derives it again under these, so that ``score`` and the report show
    both figures after the upgrade too, not only the first command that meets it. One write (and
    one history row) per assessment, once; the ids of those kept."""
    if store.readonly:
        return []
    out = []
    for aid, (a, was) in _earlier_to_keep(store).items():
        try:
            store.update_assessment(aid, settings={**(a.settings or {}), EARLIER_SCORE: was.as_dict()})
        except StorageError:
            continue  # a database that cannot take the write now: the stored summary still says it
        out.append(aid)
    return out


def _earlier_to_keep(store: Store) -> dict[int, tuple[Assessment, EarlierScore]]:
    """The assessments whose stored summary was computed under other rules and not kept in their
    settings yet, with that score."""
    out = {}
    for aid, was in _stored_under_other_rules(store).items():
        a = store.assessment(aid)
        held = _kept(a)
        if held is None or held.rules != was.rules:
            out[aid] = (a, was)
    return out


def earlier_score(store: Store, assessment_id: int) -> EarlierScore | None:
    """The score ``assessment_id`` had under other scoring rules: the one kept in its settings, else
    its stored summary's while that is still the one computed under other rules; None when none."""
    aid = int(assessment_id)
    return _kept(store.assessment(aid)) or _stored_under_other_rules(store, [aid]).get(aid)


__all__ = ["ARCHIVED", "EARLIER_SCORE", "Carried", "EarlierScore", "archived_answers", "archived_rows_of",
           "carry_pending", "carry_to_current", "earlier_score", "keep_earlier_scores", "scored_under_other_rules"]
