"""The national statistics office's sign-off in the window: "Validate for the national
statistics office…" (Edit menu) asks who validates (name, position, institution) and the date, and
moves the assessment to final; leaving final (the status control) asks why, and the reason is
recorded with the operator's name and the time (``services.signoff``).

Validating is a checked act: the dialog opens on the readiness summary (completeness
against the method's threshold, answers not reviewed, open follow-ups, disputed answers, documents
cited as evidence and not attached, a provisional score); below the threshold or with a follow-up
open the *Validate* button is disabled and the dialog says why; otherwise what stands open is
written into the validation's record. It starts from the last validation recorded (name,
position, institution). The reopening dialog says that the validation is withdrawn.

Each dialog writes when its button is pressed (``AssessmentSession.sign_off`` / ``set_status``): a
refusal is told under the fields and the dialog stays open with what was typed; it opens with
``open()``, so the window goes on painting while it is shown."""
from __future__ import annotations

import datetime as _dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget,
)

from ...domain.team.signoff import Readiness, SignOff
from ..widgets.datefield import DateField
from ..numbers import percent_text
from ..writing import isolated
from ..numbers import date_text


def readiness_lines(r: Readiness) -> list[tuple[str, bool]]:
    """The readiness summary as the dialog shows it: (line, whether it blocks the validation)."""
    lines = [(QCoreApplication.translate("SignOff", "Completeness: %1 of the primary questions answered or not applicable, weighted by section (the method asks at least %2).")
              .replace("%1", percent_text(r.completeness)).replace("%2", percent_text(r.threshold, 0)),
              not r.complete_enough),
             (QCoreApplication.translate("SignOff", "Open follow-ups: %1.").replace("%1", str(r.follow_up)), r.follow_up > 0),
             (QCoreApplication.translate("SignOff", "Answers not reviewed: %1 of %2.").replace("%1", str(r.not_reviewed))
              .replace("%2", str(r.answers)), False),
             (QCoreApplication.translate("SignOff", "Disputed answers: %1.").replace("%1", str(r.disputed)), False),
             (QCoreApplication.translate("SignOff", "Answers citing a document that is not attached: %1.")
              .replace("%1", str(len(r.missing_documents))), False)]
    if r.provisional:
        lines.append((QCoreApplication.translate("SignOff", "The score is provisional: too little is known for a band."), False))
    if r.reviewed_known:
        lines.append((review_signoff_text(r.reviewed) if r.reviewed is not None else QCoreApplication.translate(
            "SignOff", "The supervisor has not signed the reviews off (Edit ▸ Sign off the reviews)."), False))
    return lines


def review_readiness_lines(r: Readiness) -> list[tuple[str, bool]]:
    """What the supervisor's review sign-off rests on: (line, whether it blocks it)."""
    lines = [(QCoreApplication.translate("SignOff", "Answers reviewed: %1 of %2.")
              .replace("%1", str(r.answers - r.not_reviewed)).replace("%2", str(r.answers)),
              r.not_reviewed > 0 or not r.answers),
             (QCoreApplication.translate("SignOff", "Open follow-ups: %1.").replace("%1", str(r.follow_up)), r.follow_up > 0),
             (QCoreApplication.translate("SignOff", "Disputed answers: %1.").replace("%1", str(r.disputed)), False),
             (QCoreApplication.translate("SignOff", "Answers citing a document that is not attached: %1.")
              .replace("%1", str(len(r.missing_documents))), False)]
    return lines


def review_readiness_verdict(r: Readiness) -> str:
    if r.review_refusal():
        return QCoreApplication.translate("SignOff", "The reviews cannot be signed off yet: review every answer "
                                          "(F8 goes to the next one) and settle every follow-up first.")
    return QCoreApplication.translate("SignOff", "The reviews can be signed off. Disputed answers and missing "
                                      "documents are written into the record and printed on the report's cover.")


def review_signoff_text(s: SignOff) -> str:
    """"Reviews signed off by Grace Kamau (Mission supervisor) on 11 June 2026." as the window says it."""
    return (QCoreApplication.translate("SignOff", "Reviews signed off by %1 (%2) on %3.")
            .replace("%1", isolated(s.name)).replace("%2", isolated(s.position))
            .replace("%3", isolated(date_text(s.date))))


def readiness_verdict(r: Readiness) -> str:
    """Whether it can be validated, and what follows, in a sentence."""
    if r.refusal():
        return QCoreApplication.translate("SignOff", "It cannot be validated yet: bring completeness up to the "
                                          "threshold and settle every follow-up first.")
    if r.open_points():
        return QCoreApplication.translate("SignOff", "It can be validated. What stands open above is written into "
                                          "the validation's record and printed under the validation on the "
                                          "report's cover.")
    return QCoreApplication.translate("SignOff", "It can be validated: nothing stands open.")


def signoff_text(s: SignOff) -> str:
    """"Validated for the national statistics office by Dr A. Mensah (Director-General, KNBS) on
    2026-06-12." as the window says it."""
    return (QCoreApplication.translate("SignOff", "Validated for the national statistics office by %1 (%2, %3) on %4.")
            .replace("%1", isolated(s.name)).replace("%2", isolated(s.position)).replace("%3", isolated(s.institution))
            .replace("%4", isolated(date_text(s.date))))



def _readiness_labels(dialog, name: str, lines, verdict: str) -> tuple[QLabel, QLabel]:
    """A sign-off dialog's readiness summary (one line a check, ✗ where it blocks) and its verdict in
    bold, added to ``dialog.box``; both hidden when there is no readiness (``lines`` None)."""
    summary = QLabel(dialog)
    summary.setObjectName(f"{name}Readiness")
    summary.setWordWrap(True)
    summary.setTextFormat(Qt.TextFormat.PlainText)
    verdict_label = QLabel(dialog)
    verdict_label.setObjectName(f"{name}Verdict")
    verdict_label.setWordWrap(True)
    if lines is not None:
        summary.setText("\n".join(("✗ " if blocks else "• ") + line for line, blocks in lines))
        verdict_label.setText(verdict)
        font = verdict_label.font()
        font.setBold(True)
        verdict_label.setFont(font)
    summary.setVisible(lines is not None)
    verdict_label.setVisible(lines is not None)
    dialog.box.addWidget(summary)
    dialog.box.addWidget(verdict_label)
    return summary, verdict_label

class _WritingDialog(QDialog):
    """A dialog whose button writes (``write`` returns None when done, else the refusal to show)."""

    def __init__(self, parent: QWidget | None, ok_text: str) -> None:
        super().__init__(parent)
        self.write: Callable[[], str | None] = lambda: None
        self.box = QVBoxLayout(self)
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        self.box.addWidget(self.error)
        self.box.addWidget(self.buttons)

    def tell(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def missing(self) -> str:
        return ""

    def accept(self) -> None:
        refused = self.missing() or self.write()
        if refused:
            self.tell(refused)
            return
        super().accept()


class SignOffDialog(_WritingDialog):
    """Who validates the assessment for the national statistics office, and when."""

    def __init__(self, parent: QWidget | None, institution: str = "", readiness: Readiness | None = None,
                 last: SignOff | None = None) -> None:
        super().__init__(parent, QCoreApplication.translate("SignOff", "&Validate"))
        self.setObjectName("signOffDialog")
        self.setWindowTitle(QCoreApplication.translate("SignOff", "Validate for the national statistics office"))
        self.resize(560, 330)
        intro = QLabel(QCoreApplication.translate(
            "SignOff", "Record who validates this assessment for the national statistics office. It "
            "becomes final: read-only until it is reopened, with a reason. The validation is printed on "
            "the report's cover and carried in the workbook."), self)
        intro.setWordWrap(True)
        self.box.addWidget(intro)
        self.readiness = readiness
        # the readiness summary
        self.summary, self.verdict = _readiness_labels(
            self, "signOff", readiness_lines(readiness) if readiness is not None else None,
            readiness_verdict(readiness) if readiness is not None else "")
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name = QLineEdit(last.name if last is not None else "", self)
        self.name.setObjectName("signOffName")
        self.position = QLineEdit(last.position if last is not None else "", self)
        self.position.setObjectName("signOffPosition")
        self.position.setPlaceholderText(QCoreApplication.translate("SignOff", "e.g. Director-General"))
        self.institution = QLineEdit(last.institution if last is not None else institution, self)
        self.institution.setObjectName("signOffInstitution")
        self.date = DateField(self)
        self.date.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.date.set_iso(_dt.date.today().isoformat())
        for text, w in ((QCoreApplication.translate("SignOff", "&Name:"), self.name),
                        (QCoreApplication.translate("SignOff", "&Position:"), self.position),
                        (QCoreApplication.translate("SignOff", "&Institution:"), self.institution),
                        (QCoreApplication.translate("SignOff", "&Date:"), self.date)):
            label = QLabel(text, self)
            label.setBuddy(w.edit if isinstance(w, DateField) else w)
            form.addRow(label, w)
        self.box.addLayout(form)
        # the spare height under the fields: it went above and below the explanation (a gap of
        # about 60 px over the text, seen at 1366×768)
        self.box.addStretch(1)
        self.finish_layout()
        self.resize(600, max(self.box.totalHeightForWidth(600), self.minimumSizeHint().height()))  # no empty band
        self.date.invalid.connect(self.tell)
        refused = readiness is not None and bool(readiness.refusal())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not refused)
        if refused:
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setFocus()
        else:
            self.name.setFocus()

    def fields(self) -> dict[str, str]:
        return {"name": self.name.text(), "position": self.position.text(), "institution": self.institution.text(),
                "date": self.date.iso() or self.date.edit.text()}

    def missing(self) -> str:
        """What is missing, in the interface's language ("" when every field is given; the service
        checks the rest)."""
        if all(v.strip() for v in self.fields().values()):
            return ""
        return QCoreApplication.translate("SignOff", "Give the name, position and institution of the person who "
                                          "validates, and the date.")


class ReviewSignOffDialog(_WritingDialog):
    """The supervisor's review sign-off: who signs the reviews off (never the laptop's
    operator, who is recorded as who entered it), on its readiness summary."""

    def __init__(self, parent: QWidget | None, readiness: Readiness | None = None, last: SignOff | None = None) -> None:
        super().__init__(parent, QCoreApplication.translate("SignOff", "&Sign off"))
        self.setObjectName("reviewSignOffDialog")
        self.setWindowTitle(QCoreApplication.translate("SignOff", "Sign off the reviews"))
        intro = QLabel(QCoreApplication.translate(
            "SignOff", "The mission's supervisor certifies that every answer was reviewed. This is not the "
            "national statistics office's validation, which comes after it. The supervisor is named here; "
            "the laptop's operator is recorded as who entered it."), self)
        intro.setWordWrap(True)
        self.box.addWidget(intro)
        self.summary, self.verdict = _readiness_labels(
            self, "reviewSignOff", review_readiness_lines(readiness) if readiness is not None else None,
            review_readiness_verdict(readiness) if readiness is not None else "")
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name = QLineEdit(last.name if last is not None else "", self)
        self.name.setObjectName("reviewSignOffName")
        self.position = QLineEdit(last.position if last is not None else "", self)
        self.position.setObjectName("reviewSignOffPosition")
        self.position.setPlaceholderText(QCoreApplication.translate("SignOff", "e.g. Mission supervisor"))
        self.institution = QLineEdit(last.institution if last is not None else "", self)
        self.institution.setObjectName("reviewSignOffInstitution")
        self.institution.setPlaceholderText(QCoreApplication.translate("SignOff", "optional"))
        self.date = DateField(self)
        self.date.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.date.set_iso(_dt.date.today().isoformat())
        for text, w in ((QCoreApplication.translate("SignOff", "&Name:"), self.name),
                        (QCoreApplication.translate("SignOff", "&Position:"), self.position),
                        (QCoreApplication.translate("SignOff", "&Institution:"), self.institution),
                        (QCoreApplication.translate("SignOff", "&Date:"), self.date)):
            label = QLabel(text, self)
            label.setBuddy(w.edit if isinstance(w, DateField) else w)
            form.addRow(label, w)
        self.box.addLayout(form)
        self.box.addStretch(1)
        self.finish_layout()
        self.resize(600, max(self.box.totalHeightForWidth(600), self.minimumSizeHint().height()))
        self.date.invalid.connect(self.tell)
        refused = readiness is not None and bool(readiness.review_refusal())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not refused)
        if refused:
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setFocus()
        else:
            self.name.setFocus()

    def fields(self) -> dict[str, str]:
        return {"name": self.name.text(), "position": self.position.text(), "institution": self.institution.text(),
                "date": self.date.iso() or self.date.edit.text()}

    def missing(self) -> str:
        f = self.fields()
        if f["name"].strip() and f["position"].strip() and f["date"].strip():
            return ""
        return QCoreApplication.translate("SignOff", "Give the supervisor's name and position, and the date.")


class ReopenDialog(_WritingDialog):
    """Why a final assessment is reopened."""

    def __init__(self, parent: QWidget | None, current: str = "") -> None:
        super().__init__(parent, QCoreApplication.translate("SignOff", "&Reopen"))
        self.setObjectName("reopenDialog")
        self.setWindowTitle(QCoreApplication.translate("SignOff", "Reopen the assessment"))
        self.resize(520, 260)
        self.current = QLabel(current, self)  # who validated it, when it was
        self.current.setWordWrap(True)
        self.current.setVisible(bool(current))
        self.box.addWidget(self.current)
        withdrawn = QLabel(QCoreApplication.translate(
            "SignOff", "Reopening withdraws the validation: the report's cover and the workbook will say it was "
            "withdrawn, when, by whom and why, and list the answers changed afterwards. It can be validated "
            "again once the changes are made."), self)
        withdrawn.setObjectName("reopenWithdrawn")
        withdrawn.setWordWrap(True)
        self.box.addWidget(withdrawn)
        reviews = QLabel(QCoreApplication.translate(
            "SignOff", "It withdraws the supervisor's review sign-off too: the reviews are signed off again "
            "before the next validation."), self)
        reviews.setObjectName("reopenReviewsWithdrawn")
        reviews.setWordWrap(True)
        self.box.addWidget(reviews)
        label = QLabel(QCoreApplication.translate(
            "SignOff", "This assessment is final. Say why it is reopened: the rea&son is recorded with your "
            "name and the time."), self)
        label.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("reopenReason")
        self.reason.setTabChangesFocus(True)
        label.setBuddy(self.reason)
        self.box.addWidget(label)
        self.box.addWidget(self.reason)
        self.finish_layout()
        # four lines for the reason, and the height the wrapped texts need at this width (seen
        # under Xvfb: a fixed 260 px squeezed the reason to one line and the texts into each other)
        self.reason.setMinimumHeight(4 * self.reason.fontMetrics().lineSpacing() + 12)
        self.resize(560, max(260, self.box.totalHeightForWidth(560), self.minimumSizeHint().height()))
        self.reason.setFocus()

    def text(self) -> str:
        return self.reason.toPlainText()

    def missing(self) -> str:
        """"" when a reason is given, else what to do (in the interface's language)."""
        if self.text().strip():
            return ""
        return QCoreApplication.translate("SignOff", "Say why the assessment is reopened: a reason is required.")


def open_signoff(parent: QWidget, session) -> SignOffDialog | None:
    """Edit ▸ Validate for the national statistics office…: the dialog, opened on ``parent`` (not
    on a final assessment: it says to reopen it first)."""
    from ...domain.assessment import FINAL

    if session.assessment.status == FINAL:
        session.failed.emit("", QCoreApplication.translate(
            "SignOff", "This assessment is already final: reopen it (Status), with a reason, to validate it again."))
        return None
    lead = session.answer("s0_lead_institution").value  # the mission's lead institution (S0), usually the office
    dlg = SignOffDialog(parent.window(), lead.strip() if isinstance(lead, str) else "", session.readiness(),
                        session.last_validation())
    dlg.write = lambda: session.sign_off(**dlg.fields())
    dlg.finished.connect(lambda _r: dlg.deleteLater())
    session.signoff_dialog = dlg  # tests and the keyboard walk find it here
    dlg.open()
    return dlg


def open_review_signoff(parent: QWidget, session) -> ReviewSignOffDialog | None:
    """Edit ▸ Sign off the reviews (supervisor)…: the dialog, opened on ``parent`` (not on a final
    assessment: the reviews are signed off before the validation)."""
    from ...domain.assessment import FINAL

    if session.assessment.status == FINAL:
        session.failed.emit("", QCoreApplication.translate(
            "SignOff", "This assessment is final: the reviews are signed off before the validation. Reopen it "
            "(Status), with a reason, to sign them off again."))
        return None
    dlg = ReviewSignOffDialog(parent.window(), session.readiness(), session.last_review())
    dlg.write = lambda: session.sign_off_reviews(**dlg.fields())
    dlg.finished.connect(lambda _r: dlg.deleteLater())
    session.signoff_dialog = dlg
    dlg.open()
    return dlg


__all__ = ["ReopenDialog", "ReviewSignOffDialog", "SignOffDialog", "open_review_signoff", "open_signoff",
           "readiness_lines", "readiness_verdict", "review_readiness_lines", "review_signoff_text", "signoff_text"]
