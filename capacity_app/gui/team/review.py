"""The review of an answer in the window: "Review: [Not reviewed ▾] [note] by whom, when"
under a question, following the current row of a grid, and in the matrix's cell panel.

Choosing a status records it at once (``AssessmentSession.set_review``: the operator, now, with a
history row); the note is saved when it is left or on Enter. Keyboard: Tab reaches the drop-down
after the answer (arrows or the first letter choose), then the note. A changed answer shows "Not
reviewed" with what its review was ("changed after it was validated by …"). A final assessment
shows the review, read-only."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...domain.team.review import DISPUTED, FOLLOW_UP, NOT_REVIEWED, REVIEW_STATUSES, VALIDATED, UnitReview
from ...services.team.reviews import review_key
from ..numbers import when_text
from ..writing import isolated


def review_label(code: str) -> str:
    """A review status as the interface names it."""
    return {
        NOT_REVIEWED: QCoreApplication.translate("Review", "Not reviewed"),
        VALIDATED: QCoreApplication.translate("Review", "Validated"),
        FOLLOW_UP: QCoreApplication.translate("Review", "Needs follow-up"),
        DISPUTED: QCoreApplication.translate("Review", "Disputed"),
    }.get(code, code)


# the mark a reviewed answer carries in a grid's row header and a matrix cell (explained beside them)
MARKS = {VALIDATED: "✓", FOLLOW_UP: "?", DISPUTED: "✗"}


def review_mark(code: str) -> str:
    return MARKS.get(code, "")


def marks_legend() -> str:
    return QCoreApplication.translate("Review", "Review: ✓ validated, ? needs follow-up, ✗ disputed.")


def review_verb(code: str) -> str:
    """"validated" in "changed after it was validated by …"."""
    return {
        VALIDATED: QCoreApplication.translate("Review", "validated"),
        FOLLOW_UP: QCoreApplication.translate("Review", "marked for follow-up"),
        DISPUTED: QCoreApplication.translate("Review", "disputed"),
    }.get(code, code)


def review_info(shown: UnitReview) -> str:
    """Who reviewed it and when, or what its review was before the answer changed."""
    r = shown.review
    if r is None:
        return ""
    who = r.reviewer or QCoreApplication.translate("Review", "someone")
    if shown.changed_since:
        return (QCoreApplication.translate("Review", "the answer changed after it was %1 by %2 on %3")
                .replace("%1", review_verb(r.status)).replace("%2", isolated(who)).replace("%3", isolated(when_text(r.at))))
    return (QCoreApplication.translate("Review", "by %1, %2").replace("%1", isolated(who))
            .replace("%2", isolated(when_text(r.at))))


class ReviewBar(QWidget):
    """The review of one unit (``set_unit``): a drop-down, a note and who and when."""

    def __init__(self, session, unit: str = "", parent: QWidget | None = None, *, compact: bool = False) -> None:
        """``compact``: the drop-down, the note and who reviewed it on lines of their own (a
        narrow panel: the matrix's)."""
        super().__init__(parent)
        self.session = session
        self.unit = unit
        self.setObjectName("reviewBar")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(3)
        box = QHBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(6)
        outer.addLayout(box)
        self.label = QLabel(self.tr("Review:"), self)
        self.label.setObjectName("reviewLabel")
        # a long unit name ("Review of “Ministry of …”:") wraps rather than widening the window
        self.label.setWordWrap(True)
        self.combo = QComboBox(self)
        self.combo.setObjectName("reviewCombo")
        for code in REVIEW_STATUSES:
            self.combo.addItem(review_label(code), code)
        # as narrow as a panel needs (its list opens as wide as its longest status)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(10)
        self.label.setBuddy(self.combo)
        self.note = QLineEdit(self)
        self.note.setObjectName("reviewNote")
        self.note.setAccessibleName(self.tr("Review note"))
        self.info = QLabel(self)
        self.info.setObjectName("reviewInfo")
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        box.addWidget(self.label)
        box.addWidget(self.combo)
        if compact:
            outer.addWidget(self.note)
            outer.addWidget(self.info)
        else:
            box.addWidget(self.note, 2)  # the note is what a reader needs most of
            box.addWidget(self.info, 1)
        box.addStretch(0)  # label and drop-down together when the note is hidden
        self.message = QLabel(self)  # a refusal (a final assessment) under the bar
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        outer.addWidget(self.message)
        self.combo.activated.connect(self._on_activated)
        self.note.editingFinished.connect(self._on_note_finished)
        session.reviewsChanged.connect(self.refresh)
        session.answerChanged.connect(self._on_answer_changed)
        session.readOnlyChanged.connect(self._apply_read_only)
        session.failed.connect(self._on_failed)
        session.accepted.connect(self._on_accepted)
        self._apply_read_only(session.read_only)
        self.refresh()

    def set_unit(self, unit: str) -> None:
        if unit != self.unit:
            self.unit = unit
            self.message.setVisible(False)
            self.refresh()

    def refresh(self) -> None:
        if not self.unit:
            return
        shown = self.session.review(self.unit)
        self.combo.setCurrentIndex(max(0, self.combo.findData(shown.status)))
        self.combo.setProperty("review", shown.status)
        self.combo.style().unpolish(self.combo)
        self.combo.style().polish(self.combo)
        r = shown.review
        note = r.note if r is not None and not shown.changed_since else ""
        if not self.note.hasFocus() or self.note.text() == note:
            self.note.setText(note)
            self.note.setCursorPosition(0)  # a long note shows its beginning
        self.note.setToolTip(note)
        self.note.setPlaceholderText(self.tr("Note (optional)") if shown.status == VALIDATED else
                                     self.tr("Note: what is disputed, what to follow up"))
        self.note.setVisible(shown.status != NOT_REVIEWED)
        self.info.setText(review_info(shown))
        self.info.setVisible(bool(self.info.text()))
        self.combo.setAccessibleName(self.tr("Review of this answer: %s") % review_label(shown.status))
        self.combo.setToolTip(self.info.text())

    def _apply_read_only(self, why: str) -> None:
        self.combo.setEnabled(not why)
        self.note.setReadOnly(bool(why))

    def _on_answer_changed(self, key: str) -> None:
        if self.unit and (key == self.unit or key.startswith(self.unit + ".")):
            self.refresh()

    def _on_activated(self, index: int) -> None:
        code = self.combo.itemData(index)
        shown = self.session.review(self.unit)
        if code == shown.status and code != NOT_REVIEWED:
            return
        if code == NOT_REVIEWED and shown.review is None:
            return
        note = self.note.text() if code != NOT_REVIEWED else ""
        if not self.session.set_review(self.unit, code, note):
            self.refresh()
            return
        self.refresh()

    def _on_note_finished(self) -> None:
        shown = self.session.review(self.unit)
        if shown.status == NOT_REVIEWED or shown.review is None:
            return
        if self.note.text().strip() != shown.review.note:
            self.session.set_review(self.unit, shown.status, self.note.text())

    def _on_failed(self, key: str, message: str) -> None:
        if self.unit and key == review_key(self.unit):
            self.message.setText(message)
            self.message.setVisible(True)

    def _on_accepted(self, key: str) -> None:
        if self.unit and key == review_key(self.unit):
            self.message.setVisible(False)

    def focus(self) -> None:
        self.combo.setFocus(Qt.FocusReason.ShortcutFocusReason)  # the page scrolls to the control


__all__ = ["ReviewBar", "marks_legend", "review_info", "review_label", "review_mark"]
