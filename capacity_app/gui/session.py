"""One open assessment: its answers, saving through the services, undo, debounced rescoring.

Widgets call :class:`AssessmentSession` and listen to its signals; they never touch the store
or score anything themselves."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..domain.answers import ANSWERED, DONT_KNOW, EMPTY, NOT_APPLICABLE, Answer
from ..domain.team import review as rv
from ..domain.assessment import FINAL
from ..domain.questionnaire import Item, Questionnaire, tr
from ..domain.scoring import ScoreResult
from ..services import assessments as svc
from ..services.team import reviews as review_svc
from ..services import scoring
from ..services import undo as undo_svc
from ..services.base import ServiceError
from ..services.changes import Changes
from .bus import ChangeBus
from .tasks import TaskRunner
from .writes import Refused, Writes, not_saved_text
from .writing import isolated
from .numbers import date_text

RESCORE_DELAY_MS = 120


@dataclass
class Unsaved:
    """A write the database could not take, kept while the window is open: ``key`` (an answer key,
    or ``comment_key`` / ``evidence_key`` of one, or an action's ``action:<id>``), why (a
    ``NotSaved`` reason), ``retry()`` (the same write again; True when it went through) and what
    its field shows meanwhile (``value``, ``status`` for an answer)."""

    key: str
    reason: str
    retry: Callable[[], bool]
    value: Any = None
    status: str = ANSWERED


def comment_key(key: str) -> str:
    return f"comment:{key}"


def evidence_key(key: str) -> str:
    return f"evidence:{key}"


def not_saved_message(reason: str) -> str:
    """"Not saved: <the reason>. …" as a field shows it."""
    return QCoreApplication.translate("AssessmentSession", "Not saved: %s. What you entered is kept here; "
                                      "try again when this is fixed.") % not_saved_text(reason)


UNDO_LABEL_MAX = 60


def short_label(q: Questionnaire, key: str, lang: str) -> str:
    """What an answer key is to a person, short enough for a menu: the item's label; a grid cell's
    row and column ("Immigrant stock by country of birth × Source"); a matrix cell's policy
    question and source ("A × Population census"). Cut at ``UNDO_LABEL_MAX`` characters."""
    resolved = q.resolve_key(key)
    if resolved is None:
        return key
    item, fld, coords = resolved
    if item.type == "grid" and coords:
        row = item.row(coords[0])
        text = f"{tr(row.label, lang) if row else coords[0]} × {tr(fld.label, lang)}"
    elif item.type == "matrix" and len(coords) == 2:
        source = q.source(coords[1])
        text = f"{coords[0]} × {tr(source.label, lang) if source else coords[1]}: {tr(fld.label, lang)}"
    else:
        text = tr(item.label, lang)
    text = " ".join(text.split())
    return text if len(text) <= UNDO_LABEL_MAX else text[:UNDO_LABEL_MAX - 1].rstrip() + "…"


class AnswerCommand(QUndoCommand):
    """Re-records the previous (undo) or new (redo) answer of one key through the service; the
    step is kept in the database (``seq``, services.undo) and marked undone or redone there, so the
    history survives a restart."""

    def __init__(self, session: AssessmentSession, key: str, old: Answer, new: Answer, seq: int = 0):
        super().__init__()
        self.session = session
        self.key = key
        self.old = (old.status, old.value)
        self.new = (new.status, new.value)
        self.seq = seq
        self._first = True
        # "Undo answer Reference date of the assessment" in the Edit menu (the toolbar shows "Undo")
        self.setText(QCoreApplication.translate("AnswerCommand", "answer %s")
                     % short_label(session.q, key, session.lang))

    def redo(self) -> None:
        if self._first or self.session._restoring:  # already committed when pushed, or put back
            self._first = False
            return
        if self.session._record(self.key, self.new[1], self.new[0]) is not None:
            self.session._mark_step(self.seq, True)

    def undo(self) -> None:
        if self.session._restoring:
            return
        if self.session._record(self.key, self.old[1], self.old[0]) is not None:
            self.session._mark_step(self.seq, False)


class AssessmentSession(QObject):
    answerChanged = Signal(str)        # answer key (or item id for comments / evidence)
    failed = Signal(str, str)          # key, one-line message
    accepted = Signal(str)             # key whose last attempt was accepted (clears messages)
    scoresChanged = Signal(object)     # the ScoreResult (domain.scoring) or None
    completionChanged = Signal()
    languageChanged = Signal(str)
    unsavedChanged = Signal()          # a write was kept to be tried again, or went through
    readOnlyChanged = Signal(str)      # why it cannot be changed now ("" when it can)
    reviewsChanged = Signal()          # a review written here or elsewhere (an import), or reloaded

    def __init__(self, store, questionnaire: Questionnaire, assessment_id: int, lang: str = "en",
                 parent: QObject | None = None, bus: ChangeBus | None = None, writes: Writes | None = None):
        """``bus``: where each write's :class:`Changes` is published (the window's; by default
        the session's own); ``writes``: the window's writer (gui/writes.py), by default one on
        ``bus``. The session rescoring follows the bus too."""
        super().__init__(parent)
        self.store = store
        self.bus = bus if bus is not None else ChangeBus(self)
        self.writes = writes if writes is not None else Writes(self.bus, self)
        self.unsaved: dict[str, Unsaved] = {}  # writes the database could not take, by key
        self.q = questionnaire
        self.assessment_id = int(assessment_id)
        self.assessment = svc.get_assessment(store, assessment_id)
        self._read_only = self._why_read_only()
        self.lang = lang
        self.sheet = svc.load_sheet(store, questionnaire, self.assessment_id)
        self.reviews: dict[str, rv.Review] = store.reviews(self.assessment_id)
        self.signoff_dialog = None  # Edit > Validate for the national statistics office… while open (gui/signoff)
        self.undo_stack = QUndoStack(self)
        self._restoring = False
        self._restore_undo()
        self.scores: ScoreResult | None = None
        self.last_score_ms = 0.0
        self.score_error = ""
        self._completion: dict[str, tuple[int, int]] | None = None
        self._items: dict[str, tuple[int, int, bool]] | None = None
        self._generation = 0
        # one thread: derivations run one after another, the newest result wins (_generation)
        self.runner = TaskRunner(self, max_threads=1, spawns=False)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RESCORE_DELAY_MS)
        self._timer.timeout.connect(self.refresh_in_background)
        self.bus.changed.connect(self._on_changes)

    # --- reading ------------------------------------------------------------------------------
    def answer(self, key: str) -> Answer:
        return self.sheet.get(key)

    def is_relevant(self, key: str) -> bool:
        return self.sheet.is_relevant(key)

    def item_relevant(self, item: Item) -> bool:
        return self.sheet.item_relevant(item)

    def text(self, t) -> str:
        return tr(t, self.lang)

    def completion(self) -> dict[str, tuple[int, int]]:
        if self._completion is None:
            self._apply(scoring.derive(*self._derive_args(with_scores=False)), emit=False)
        assert self._completion is not None  # set by _apply
        return self._completion

    def item_state(self, item_id: str) -> tuple[int, int, bool]:
        """(answered, countable, relevant) for one item, as of the last derivation."""
        if self._items is None:
            self._apply(scoring.derive(*self._derive_args(with_scores=False)), emit=False)
        assert self._items is not None  # set by _apply
        return self._items.get(item_id, (0, 0, True))

    def set_language(self, lang: str) -> None:
        if lang != self.lang:
            self.lang = lang
            self.languageChanged.emit(lang)
            self.refresh_derived()

    # --- writing ------------------------------------------------------------------------------
    # every write goes through ``self.writes`` (gui/writes.py): it publishes the Changes on the bus
    # and gives a refusal back as a value; a write the database could not take is kept in
    # ``unsaved`` with its retry, and what was typed stays in its field

    def set_answer(self, key: str, value: Any = None, status: str = ANSWERED) -> bool:
        """Commit one answer now (one transaction) and make it undoable."""
        old = self.sheet.get(key)
        if status != ANSWERED:
            value = None
        if (old.status, old.value) == (status, value) and key not in self.unsaved:
            self.accepted.emit(key)
            return True
        saved = self._record(key, value, status)
        if saved is None:
            return False
        self.undo_stack.push(AnswerCommand(self, key, old, saved, self._keep_step(key, old, saved)))
        return True

    # --- the undo history kept across a restart (services.undo) ------------------------
    def _keep_step(self, key: str, old: Answer, new: Answer) -> int:
        try:
            return undo_svc.record_step(self.store, self.assessment_id, key, old, new).id
        except ServiceError:  # the answer is saved; only its undo step is not kept past a restart
            return 0

    def _mark_step(self, seq: int, done: bool) -> None:
        if not seq:
            return
        try:
            undo_svc.mark_step(self.store, self.assessment_id, seq, done)
        except ServiceError:
            pass

    def _restore_undo(self) -> None:
        """The steps kept from an earlier session, back on the stack (the undone ones after the
        stack's index, to be redone), without writing anything."""
        try:
            steps = undo_svc.undo_history(self.store, self.assessment_id)
        except ServiceError:
            return
        self._restoring = True
        try:
            for step in steps:
                self.undo_stack.push(AnswerCommand(
                    self, step.key, Answer(step.key, step.old.get("value"), step.old.get("status") or EMPTY),
                    Answer(step.key, step.new.get("value"), step.new.get("status") or EMPTY), step.seq))
            self.undo_stack.setIndex(sum(1 for step in steps if step.done))
            self.undo_stack.setClean()
        finally:
            self._restoring = False

    def dont_know(self, key: str) -> bool:
        return self.set_answer(key, None, DONT_KNOW)

    def not_applicable(self, key: str) -> bool:
        return self.set_answer(key, None, NOT_APPLICABLE)

    def clear(self, key: str) -> bool:
        return self.set_answer(key, None, EMPTY)

    def _record(self, key: str, value: Any, status: str) -> Answer | None:
        saved = self.writes.run(svc.record_answer, self.store, self.q, self.assessment_id, key, value,
                                status=status, lang=self.lang, sheet=self.sheet, key=key)
        if isinstance(saved, Refused):
            self._failed(key, saved, Unsaved(key, saved.reason, lambda: self.set_answer(key, value, status),
                                             value, status))
            return None
        self._changed(key)
        return saved.answer

    def set_comment(self, key: str, comment: str) -> bool:
        if self.sheet.get(key).comment == comment and comment_key(key) not in self.unsaved:
            return True
        saved = self.writes.run(svc.set_comment, self.store, self.q, self.assessment_id, key, comment, key=key)
        if isinstance(saved, Refused):
            self._failed(comment_key(key), saved, Unsaved(comment_key(key), saved.reason,
                                             lambda: self.set_comment(key, comment), comment))
            return False
        self.sheet.put(saved.answer)
        self._changed(key, comment_key(key))
        return True

    def add_evidence(self, key: str, kind: str, text: str) -> bool:
        added = self.writes.run(svc.add_evidence, self.store, self.q, self.assessment_id, key, kind, text, key=key)
        if isinstance(added, Refused):
            self._failed(evidence_key(key), added, Unsaved(evidence_key(key), added.reason,
                                             lambda: self.add_evidence(key, kind, text), text))
            return False
        self.sheet.put(self.store.answer(self.assessment_id, key))
        self._changed(key, evidence_key(key))
        return True

    def remove_evidence(self, key: str, evidence_id: int) -> bool:
        saved = self.writes.run(svc.remove_evidence, self.store, self.assessment_id, key, evidence_id, key=key)
        if isinstance(saved, Refused):
            self._failed(evidence_key(key), saved)
            return False
        self.sheet.put(saved.answer)
        self._changed(key, evidence_key(key))
        return True

    # --- reviews -------------------------------------------------------------------------------
    def review(self, unit: str) -> rv.UnitReview:
        """A unit's review now (not reviewed once its answer changed since it was reviewed)."""
        return rv.unit_review(self.q, self.sheet.answers, self.reviews, unit)

    def review_coverage(self) -> rv.Coverage:
        return rv.coverage(self.q, self.sheet.answers, self.reviews)

    def reviews_to_follow_up(self) -> list[rv.UnitReview]:
        return rv.to_follow_up(self.q, self.sheet.answers, self.reviews)

    def set_review(self, unit: str, status: str, note: str = "") -> bool:
        """Review one answer (``services.reviews.set_review``) by the operator, now; a refusal
        (a final assessment) is told on ``failed`` under ``review:<unit>``."""
        done = self.writes.run(review_svc.set_review, self.store, self.q, self.assessment_id, unit, status, note,
                               key=review_svc.review_key(unit))
        if isinstance(done, Refused):
            self.failed.emit(review_svc.review_key(unit), done.message)
            return False
        self.accepted.emit(review_svc.review_key(unit))
        return True

    def _failed(self, key: str, refused: Refused, unsaved: Unsaved | None = None) -> None:
        """A write did not happen: its message on ``failed`` for whoever shows ``key`` (an answer
        key, or ``comment_key`` / ``evidence_key`` of one); one the database could not take is
        kept (``unsaved``) to be tried again."""
        if refused.not_saved and unsaved is not None:
            self.keep(unsaved)
            self.failed.emit(key, not_saved_message(refused.reason))
        else:
            self.failed.emit(key, refused.message)

    def _changed(self, key: str, written: str = "") -> None:
        """A write of ``key``'s answer (or of ``written``: its comment or evidence) went through."""
        written = written or key
        if self.unsaved.pop(written, None) is not None:
            self.unsavedChanged.emit()
        self.accepted.emit(written)
        self.answerChanged.emit(key)

    # --- what could not be saved ----------------------------------------------------------------
    def keep(self, unsaved: Unsaved) -> None:
        """Remember a write the database could not take (a newer one of the same key replaces it)."""
        self.unsaved[unsaved.key] = unsaved
        self.unsavedChanged.emit()

    def forget(self, key: str) -> None:
        """Drop a kept write (the field was changed back, or the officer chose to lose it)."""
        if self.unsaved.pop(key, None) is not None:
            self.unsavedChanged.emit()

    def retry(self) -> int:
        """Try every kept write again, oldest first; returns how many still could not be saved."""
        for u in list(self.unsaved.values()):
            if u.retry():
                self.forget(u.key)
            elif not self.unsaved:
                break
        return len(self.unsaved)

    def _on_changes(self, changes: Changes) -> None:
        """Any write to this assessment (here or elsewhere in the window): derive again."""
        if changes.assessment_id != self.assessment_id:
            return
        if changes.metadata:
            self.assessment = svc.get_assessment(self.store, self.assessment_id)
            self._update_read_only()
        if changes.reviews:  # written here or by an import: read them again
            self.reviews = self.store.reviews(self.assessment_id)
            self.reviewsChanged.emit()
        if changes.answers or changes.scores or changes.metadata:
            self._timer.start()

    # --- status and read-only -------------------------------------------------------------------
    @property
    def read_only(self) -> str:
        """Why this assessment cannot be changed now, in the interface language ("" when it can):
        its database cannot be written, or it is final (read-only until reopened)."""
        return self._read_only

    def _why_read_only(self) -> str:
        if getattr(self.store, "damaged", ""):
            return QCoreApplication.translate("AssessmentSession", "the database is damaged (it is open read-only): "
                                              "nothing can be changed until the last good backup is restored")
        if getattr(self.store, "readonly", False):
            return QCoreApplication.translate("AssessmentSession", "the database cannot be written (it is open "
                                              "read-only): nothing can be changed")
        if self.assessment.status == FINAL:
            s = self.signoff()
            if s is not None:
                return (QCoreApplication.translate(
                    "AssessmentSession", "this assessment was validated for the national statistics office by %1 "
                    "(%2, %3) on %4: reopen it, with a reason, to change it")
                    .replace("%1", isolated(s.name)).replace("%2", isolated(s.position))
                    .replace("%3", isolated(s.institution)).replace("%4", isolated(date_text(s.date))))
            return QCoreApplication.translate("AssessmentSession", "this assessment is final: set its status "
                                              "back to “In progress” to change it")
        return ""

    def signoff(self):
        """The national statistics office's sign-off that stands (``domain.signoff.SignOff``), or None."""
        from ..domain.team.signoff import standing

        try:
            return standing(self.store.signoff_events(self.assessment_id), self.assessment.status)
        except Exception:  # noqa: BLE001 - a database that cannot be read says so elsewhere
            return None

    def readiness(self):
        """What a validation would rest on now (``services.signoff.readiness``), or None when it
        cannot be read (the refusal is told on ``failed``)."""
        from ..services.team.signoff import readiness

        done = self.writes.run(readiness, self.store, self.assessment_id, self.q)
        return None if isinstance(done, Refused) else done

    def last_validation(self):
        """The last validation recorded (``domain.signoff.SignOff``, standing or withdrawn), or None."""
        from ..domain.team.signoff import last_validation

        try:
            return last_validation(self.store.signoff_events(self.assessment_id))
        except Exception:  # noqa: BLE001 - a database that cannot be read says so elsewhere
            return None

    def last_review(self):
        """The last review sign-off recorded (standing or withdrawn by a reopening), or None."""
        from ..domain.team.signoff import last_review

        try:
            return last_review(self.store.signoff_events(self.assessment_id))
        except Exception:  # noqa: BLE001 - a database that cannot be read says so elsewhere
            return None

    def sign_off_reviews(self, name: str, position: str, institution: str, date: str) -> str | None:
        """The supervisor's review sign-off (``services.signoff.sign_off_reviews``): the
        supervisor named, the status unchanged. None when done, else the refusal."""
        from ..services.team.signoff import sign_off_reviews

        return self._status_write(lambda *a: sign_off_reviews(*a, questionnaire=self.q), self.store,
                                  self.assessment_id, name, position, institution, date)

    def _update_read_only(self) -> None:
        why = self._why_read_only()
        if why != self._read_only:
            self._read_only = why
            self.readOnlyChanged.emit(why)

    def set_status(self, status: str, reason: str = "") -> str | None:
        """Draft, in progress or final (``services.assessments.set_status``: final makes the
        assessment read-only until it is reopened with a ``reason``, and the report loses its DRAFT
        mark). None when done, else the refusal (also told on ``failed``)."""
        return self._status_write(svc.set_status, self.store, self.assessment_id, status, reason)

    def sign_off(self, name: str, position: str, institution: str, date: str) -> str | None:
        """Validate for the national statistics office (``services.signoff.sign_off``): final, with
        who and when. None when done, else the refusal."""
        from ..services.team.signoff import sign_off

        return self._status_write(lambda *a: sign_off(*a, questionnaire=self.q), self.store, self.assessment_id,
                                  name, position, institution, date)

    def _status_write(self, fn, *args) -> str | None:
        done = self.writes.run(fn, *args)
        if isinstance(done, Refused):
            message = not_saved_message(done.reason) if done.not_saved else done.message
            self.failed.emit("", message)
            return message
        return None

    # --- derived results ------------------------------------------------------------------------

    def _derive_args(self, with_scores: bool = True) -> tuple:
        a = self.assessment
        weights = (a.settings or {}).get("weights")
        return (self.q, dict(self.sheet.answers), a.effective_reference_date,
                weights if isinstance(weights, dict) else None, self.lang, with_scores)

    def refresh_derived(self) -> None:
        """Recompute completion and scores now, on this thread (opening, tests, screenshots)."""
        self._timer.stop()
        self._generation += 1
        self._apply(scoring.derive(*self._derive_args()))

    def refresh_in_background(self) -> None:
        """Recompute completion and scores on a worker thread from a snapshot of the answers;
        a newer change supersedes an older result."""
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        self.runner.run("derive", scoring.derive, *self._derive_args(), quiet=True,
                        on_done=lambda result: self._on_job_done(generation, result),
                        on_error=lambda message: self._on_job_done(generation, message))

    def _on_job_done(self, generation: int, result: scoring.Derived | str) -> None:
        """``result``: the derivation, or the message of its failure."""
        if generation != self._generation:
            return  # an answer changed since: a newer job is on its way
        if isinstance(result, str):
            self.score_error = result
            return
        self._apply(result)

    def _apply(self, result: scoring.Derived, emit: bool = True) -> None:
        self._completion = result.sections
        self._items = result.items
        if not emit:
            return
        self.scores = result.scores
        self.score_error = result.score_error
        self.last_score_ms = result.score_ms
        self.completionChanged.emit()
        self.scoresChanged.emit(self.scores)

    def close(self) -> None:
        """Stop the timer and wait for a running derivation (before the store closes)."""
        self._timer.stop()
        self._generation += 1
        self.bus.changed.disconnect(self._on_changes)
        self.runner.wait()
        # delete the undo commands now, in order (left to garbage collection at exit,
        # PySide6 can crash while finalising many of them)
        self.undo_stack.clear()
