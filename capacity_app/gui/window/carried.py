"""Assessments of an earlier questionnaire version carried to the bundled one when the window
opens a database for writing, as the command line carries them: through the service
(``services.versions.carry_to_current``: answers to questions the newer version no longer asks
archived in the assessment, its version moved on), said to the officer once, in the interface
language — the carry happens once, so the notice does too."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from ...services import versions
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


def carry_forward(window, q) -> str:
    """Carry the assessments of an earlier version of ``q`` (none on a read-only database: the
    next writer carries them); what the officer is told ("" when nothing is worth saying),
    in the status bar and, outside tests, in a notice that stays until closed."""
    if window.store.readonly:
        return ""
    done = window.writes.run(versions.carry_to_current, window.store, q)
    if isinstance(done, Refused):
        window.show_message(done.message)
        return done.message
    for c in done:
        window.writes.publish(c)  # the list, the dashboard: their answers changed
    lines = [t for t in (carried_text(c) for c in done) if t]
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
