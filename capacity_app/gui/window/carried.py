"""Assessments of an earlier questionnaire version carried to the bundled one when the window
opens a database for writing, as the command line carries them: through the service
(``services.versions.carry_to_current``: answers to questions the newer version no longer asks
archived in the assessment, its version moved on), said to the officer once, in the interface
language — the carry happens once, so the notice does too. It runs on the window's task runner,
with its progress and a Cancel."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt

from ...services import versions
from ...services.changes import Changes
from ..service_text import service_text
from ..writes import Refused
from ..writing import isolated

SHOWN_KEYS = 6  # the archived answers' keys named in the notice, then "…"


def carried_text(c: versions.Carried) -> str:
    """One carried assessment as the officer reads it ("" when every answer was carried over)."""
    a = c.assessment
    if c.left:
        return (QCoreApplication.translate("CarriedAssessments", "Assessment %1 (%2 %3) stays on questionnaire %4: it could not be carried to %5 here (%6).")
                .replace("%1", str(a.id)).replace("%2", isolated(str(a.country))).replace("%3", str(a.round))
                .replace("%4", isolated(c.from_version)).replace("%5", isolated(c.to_version))
                .replace("%6", service_text(c.left)))
    if not c.archived:
        return ""
    keys = ", ".join(str(e.get("key", "")) for e in c.archived[:SHOWN_KEYS]) + (
        " …" if len(c.archived) > SHOWN_KEYS else "")
    return (QCoreApplication.translate("CarriedAssessments", "Assessment %1 (%2 %3) moved from questionnaire %4 to %5. Answers to questions %5 no longer asks, "
                "archived (kept in the assessment, listed by Edit ▸ Archived answers, exported on its workbook's "
                "Archived answers sheet): %6 (%7).")
            .replace("%1", str(a.id)).replace("%2", isolated(str(a.country))).replace("%3", str(a.round))
            .replace("%4", isolated(c.from_version)).replace("%5", isolated(c.to_version))
            .replace("%6", str(len(c.archived))).replace("%7", isolated(keys)))


def carry_forward(window, q, then: Callable[[str], None], stopped: Callable[[], None]) -> None:
    """Carry the assessments of an earlier version of ``q`` (none on a read-only database: the
    next writer carries them) on the window's task runner, its progress shown with a Cancel (a
    few hundred assessments take about a second, which the window's thread would not paint
    through); then, on the window's thread, ``then(text)``: what the officer was told ("" when
    nothing is worth saying), in the status bar and, outside tests, in a notice that stays until
    closed. Nothing to carry (two small queries): ``then("")`` at once. Stopped (Cancel, the
    window closing): said, and ``stopped()``; what was done is kept and the next start goes on."""
    if window.store.readonly or not versions.carry_pending(window.store, q.id, q.version):
        then("")
        return

    def done(carried: list) -> None:
        # the list once (each assessment's own changes refreshed it once each: 300 lists of 300
        # rows, about a second and a half on the window's thread), the open assessment's view
        # with its own changes
        open_id = window.session.assessment_id if window.session is not None else None
        for c in carried:
            if c.assessment.id == open_id:
                window.writes.publish(c)
        if carried:
            window.writes.publish(Changes.of_listing())
        then(_say(window, q, carried))

    def failed(refused: Refused) -> None:
        window.show_message(refused.message)
        then(refused.message)

    def cancelled() -> None:
        window.show_message(QCoreApplication.translate(
            "CarriedAssessments", "Stopped: the assessments not yet moved stay on the earlier questionnaire; "
            "the next start of the application moves them."), 0)
        stopped()

    title = QCoreApplication.translate("CarriedAssessments", "Moving assessments to questionnaire %1").replace(
        "%1", isolated(q.version))
    window.writes.run_in_background(title, versions.carry_to_current, window.store, q, reports=True,
                                    on_done=done, on_failed=failed, on_cancel=cancelled)


def _say(window, q, carried: list) -> str:
    """Say what the carry did (see :func:`carry_forward`); the text, "" when nothing is worth it."""
    lines = [t for t in (carried_text(c) for c in carried) if t]
    if not lines:
        return ""
    text = "\n".join(lines)
    window.show_message(lines[0] if len(lines) == 1 else
                        QCoreApplication.translate("CarriedAssessments", "Assessments moved to questionnaire %1: %2.").replace("%1", isolated(q.version))
                        .replace("%2", str(len(lines))), 20000)
    if window.dialogs_shown:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("CarriedAssessments", "Assessments of an earlier questionnaire"), text,
                          QMessageBox.StandardButton.Close, window)
        box.setObjectName("carriedNotice")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()
    return text


def archived_note(store, assessment_id: int) -> str:
    """The export's line for an assessment with archived answers ("" without): they are on the
    workbook's Archived answers sheet, not among its answers (the command line says it too)."""
    try:
        keys = versions.archived_answers(store.assessment(int(assessment_id)))
    except Exception:  # noqa: BLE001 - the export's notice never fails for its note
        return ""
    if not keys:
        return ""
    shown = ", ".join(keys[:4]) + (" …" if len(keys) > 4 else "")
    return (QCoreApplication.translate("CarriedAssessments", "Archived answers to questions an earlier questionnaire asked are on the workbook's Archived "
                "answers sheet, not among its answers: %1 (%2).").replace("%1", str(len(keys))).replace("%2", isolated(shown)))
